import { SETTING_KEYS, templateKey } from '@xieshang/contracts';
import { crossSettingErrors, parseChanges, resolveEffective } from './settings.rules.js';

const entry = (entries: ReturnType<typeof resolveEffective>, key: string) => entries.find((e) => e.key === key);

describe('effective settings', () => {
  it('serves the built-in defaults of DOMAIN.md when neither tenant nor city set anything', () => {
    const entries = resolveEffective({}, {});
    expect(entries).toHaveLength(SETTING_KEYS.length);
    expect(entry(entries, 'plan.minThematic')).toMatchObject({ value: 3, source: 'default' });
    expect(entry(entries, 'meeting.noticeLeadDays')).toMatchObject({ value: 10, source: 'default' });
    expect(entry(entries, 'handling.reportMonths')).toMatchObject({ value: 3, source: 'default' });
    expect(String(entry(entries, templateKey('meeting.notice', 'zh-CN'))?.value)).toContain('{date}');
  });

  it("inherits the city's value until the district sets its own", () => {
    expect(entry(resolveEffective({}, { 'meeting.noticeLeadDays': 14 }), 'meeting.noticeLeadDays')).toMatchObject({ value: 14, source: 'city' });
    expect(entry(resolveEffective({ 'meeting.noticeLeadDays': 12 }, { 'meeting.noticeLeadDays': 14 }), 'meeting.noticeLeadDays')).toMatchObject({
      value: 12,
      source: 'tenant',
    });
  });

  it('lets a city without a parent use its own values', () => {
    expect(entry(resolveEffective({ 'plan.minResearch': 2 }, null), 'plan.minResearch')).toMatchObject({ value: 2, source: 'tenant' });
  });

  it('passes over a stored value that breaks its rule and falls back to the next level', () => {
    expect(entry(resolveEffective({ 'plan.minBriefing': -4 }, { 'plan.minBriefing': 5 }), 'plan.minBriefing')).toMatchObject({ value: 5, source: 'city' });
    expect(entry(resolveEffective({ 'plan.minBriefing': 'many' }, null), 'plan.minBriefing')).toMatchObject({ value: 3, source: 'default' });
  });
});

describe('changing settings', () => {
  it('accepts values within their ranges and templates with placeholders', () => {
    const { changes, errors } = parseChanges({ 'meeting.noticeLeadDays': 12, [templateKey('case.overdue', 'en')]: 'Late: {title}' });
    expect(errors).toEqual([]);
    expect(changes).toEqual({ 'meeting.noticeLeadDays': 12, 'template.case.overdue.en': 'Late: {title}' });
  });

  it('names an unknown key, a fraction, a number out of range and an empty template', () => {
    const { errors } = parseChanges({
      'meeting.colour': 'red',
      'plan.minThematic': 2.5,
      'meeting.noticeLeadDays': 400,
      [templateKey('plan.published', 'zh-CN')]: '  ',
    });
    expect(errors.map((error) => error.path)).toEqual([
      'values.meeting.colour',
      'values.plan.minThematic',
      'values.meeting.noticeLeadDays',
      'values.template.plan.published.zh-CN',
    ]);
  });

  it("keeps the tenant's time zone only when it is an IANA zone", () => {
    expect(parseChanges({ 'tenant.timeZone': 'Asia/Urumqi' })).toEqual({ changes: { 'tenant.timeZone': 'Asia/Urumqi' }, errors: [] });
    expect(parseChanges({ 'tenant.timeZone': 'Mars/Olympus' }).errors.map((error) => error.path)).toEqual(['values.tenant.timeZone']);
    expect(parseChanges({ 'tenant.timeZone': 'CST' }).errors.map((error) => error.path)).toEqual(['values.tenant.timeZone']);
    expect(entry(resolveEffective({}, {}), 'tenant.timeZone')).toMatchObject({ value: 'Asia/Shanghai', source: 'default' });
  });

  it('refuses a template longer than 2000 characters', () => {
    expect(parseChanges({ [templateKey('case.assigned', 'en')]: 'x'.repeat(2001) }).errors).toHaveLength(1);
  });

  it('refuses fewer study tours at most than at least, across levels', () => {
    expect(crossSettingErrors(resolveEffective({ 'research.studyToursMin': 3 }, { 'research.studyToursMax': 2 }))[0]?.path).toBe(
      'values.research.studyToursMin',
    );
    expect(crossSettingErrors(resolveEffective({ 'research.studyToursMin': 2 }, null))).toEqual([]);
  });
});
