import { TEMPLATE_DEFAULTS } from '@xieshang/contracts';
import { decidedDraft, fillTemplate, noticeBodies, type NoticeTemplates, publishedDraft, revisedDraft, solicitedDraft } from './notice-text.rules.js';

const templates = (name: string): NoticeTemplates => TEMPLATE_DEFAULTS[name] as NoticeTemplates;
const minmeng = '0b5c3d0e-1111-4a4a-8a8a-000000000001';
const jiusan = '0b5c3d0e-1111-4a4a-8a8a-000000000002';
const plan = { planId: '0b5c3d0e-2222-4a4a-8a8a-000000000001', year: 2027, title: '巴州区2027年度政党协商计划' };

describe('fillTemplate', () => {
  it('fills every placeholder it has a value for, numbers included', () => {
    expect(fillTemplate('{year}年共{count}项，{year}年', { year: 2027, count: 9 })).toBe('2027年共9项，2027年');
  });

  it('leaves an unknown placeholder visible instead of dropping it', () => {
    expect(fillTemplate('请于{dueDate}前报送{year}年度情况', { year: 2027 })).toBe('请于{dueDate}前报送2027年度情况');
  });

  it('does not read placeholders from the object prototype', () => {
    expect(fillTemplate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('takes a value literally, even one that looks like a placeholder or a replacement pattern', () => {
    expect(fillTemplate('“{topic}”', { topic: '{year} $& $1' })).toBe('“{year} $& $1”');
  });

  it('drops the blank a missing reason leaves at the end', () => {
    expect(fillTemplate('已采纳。{reason}', { reason: '' })).toBe('已采纳。');
  });
});

describe('notice drafts', () => {
  it('tells each party branch once that topics are asked for, with the deadline written in each language', () => {
    const draft = solicitedDraft({ ...plan, suggestionsDeadline: '2027-01-31', partyOrgUnitIds: [minmeng, jiusan, jiusan] });
    expect(draft).toMatchObject({ kind: 'plan.solicited', recipientOrgUnitIds: [minmeng, jiusan], reference: { planId: plan.planId, suggestionsDeadline: '2027-01-31' } });
    const { bodyZh, bodyEn } = noticeBodies(draft, templates('plan.solicited'));
    expect(bodyZh).toBe('“巴州区2027年度政党协商计划”正在征集协商议题，请于2027年1月31日前通过平台报送贵单位的议题建议。');
    expect(bodyEn).toContain('by 31 January 2027');
  });

  it('tells each named party branch once of a published plan, with year and item count in both languages', () => {
    const draft = publishedDraft({ ...plan, itemCount: 9, partyOrgUnitIds: [minmeng, jiusan, minmeng] });
    expect(draft).toMatchObject({ kind: 'plan.published', recipientOrgUnitIds: [minmeng, jiusan], reference: { planId: plan.planId, year: 2027 } });
    const { bodyZh, bodyEn } = noticeBodies(draft, templates('plan.published'));
    expect(bodyZh).toBe('2027年度政党协商计划已发布，共9项协商议题，请登录平台查看。');
    expect(bodyEn).toContain('The 2027 party consultation plan has been published with 9 topics');
  });

  it('names the revision and its reason when a published plan is revised', () => {
    const draft = revisedDraft({ ...plan, revision: 3, reason: '会期调整', partyOrgUnitIds: [jiusan] });
    expect(draft.reference).toEqual({ planId: plan.planId, year: 2027, revision: 3 });
    const { bodyZh, bodyEn } = noticeBodies(draft, templates('plan.revised'));
    expect(bodyZh).toContain('第3版');
    expect(bodyZh).toContain('会期调整');
    expect(bodyEn).toContain('revision 3');
    expect(bodyZh + bodyEn).not.toMatch(/\{\w+\}/);
  });

  it('tells only the suggesting branch of a decision, with the reason of a decline', () => {
    const decided = { suggestionId: plan.planId, planId: plan.planId, orgUnitId: minmeng, topic: '乡村振兴', planItemId: null };
    const declined = decidedDraft({ ...decided, decision: 'declined', reason: '与专题协商重复' });
    expect(declined.recipientOrgUnitIds).toEqual([minmeng]);
    const texts = noticeBodies(declined, templates('suggestion.decided'));
    expect(texts.bodyZh).toBe('贵单位建议的协商议题“乡村振兴”未被采纳。与专题协商重复');
    expect(texts.bodyEn).toContain('was declined. 与专题协商重复');
    const accepted = noticeBodies(decidedDraft({ ...decided, decision: 'accepted', reason: null }), templates('suggestion.decided'));
    expect(accepted.bodyZh).toBe('贵单位建议的协商议题“乡村振兴”已被采纳，列入年度协商计划。');
    expect(accepted.bodyEn).toContain('accepted into the annual plan.');
  });

  it('fills a tenant’s own template, keeping what it cannot fill', () => {
    const draft = publishedDraft({ ...plan, itemCount: 4, partyOrgUnitIds: [minmeng] });
    const own = { 'zh-CN': '《{title}》已印发（{count}项），请{unit}组织学习', en: '{title}: {count}' };
    expect(noticeBodies(draft, own)).toEqual({ bodyZh: '《巴州区2027年度政党协商计划》已印发（4项），请{unit}组织学习', bodyEn: '巴州区2027年度政党协商计划: 4' });
  });
});
