import type { CaseView } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { casesWith, opinion, publishOpinion } from './handling-fixtures.js';
import { noticesOf, toldNone, toldOnce } from './notice-inbox.js';
import { as, orgUnits, suffix, type Unit } from './planning-fixtures.js';

/**
 * A year no other test uses (meetings take 2700–2749, year-end and supervision 2800–2899, the
 * dashboard 2900–2999): its supervision report names this file's cases alone.
 */
const YEAR = 2750 + Math.floor(Math.random() * 50);

const dayInShanghai = (instant: string): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return `${parts['year']}年${Number(parts['month'])}月${Number(parts['day'])}日`;
};

/**
 * The steps of handling, taken through the gateway, reach the inboxes of those who must know and of
 * nobody else, once: an assignment its lead and co-handling departments, a return the office that
 * assigned it, a published supervision report the departments it names and the organisers.
 */
describe('notices of handling steps', () => {
  const tag = suffix();
  const people: Record<string, ReturnType<typeof as>> = {};
  let units: Map<string, Unit>;
  const unit = (name: string): string => units.get(name)!.id;

  const step = async (who: string, id: string, action: string, body: object = {}): Promise<CaseView> => {
    const result = await people[who]!(`/cases/${id}/${action}`, 'POST', body);
    expect({ action, status: result.status }).toEqual({ action, status: 200 });
    return result.body as CaseView;
  };

  /** A case waiting for assignment, from an opinion raised in `year`. */
  const caseToAssign = async (marker: string, raisedAt = new Date().toISOString()): Promise<CaseView> => {
    await publishOpinion('bazhou', opinion(unit('民盟'), `${marker}\n建议优化老城区公交线路。`, { raisedAt }));
    const [created] = await casesWith(people['ufwd']!, marker);
    return step('ufwd', created!.id, 'accept', { track: 'actionable' });
  };

  beforeAll(async () => {
    const names = ['office', 'ufwd', 'gov-office', 'fagai', 'caizheng', 'minmeng', 'supervisor'];
    const tokens = await Promise.all(names.map((name) => passwordToken(name)));
    names.forEach((name, index) => (people[name] = as(tokens[index]!)));
    units = await orgUnits(tokens[0]!);
  });

  it('tells the lead and the co-handling department of an assignment, with its due day, and no department not involved', async () => {
    const shared = `协办交办 ${tag}`;
    const first = await caseToAssign(shared);
    const assigned = await step('office', first.id, 'assign', { leadOrgUnitId: unit('发改局'), coHandlerOrgUnitIds: [unit('财政局')] });
    const notice = await toldOnce(people['fagai']!, 'case.assigned', shared);
    expect(notice).toMatchObject({ category: 'handling', link: { resource: 'cases', id: first.id }, reference: { caseId: first.id } });
    expect(notice.bodyZh).toBe(`协商意见“${assigned.title}”（第${assigned.number}号）已交办，请牵头单位于${dayInShanghai(assigned.dueAt!)}前报送办理情况。`);
    await toldOnce(people['caizheng']!, 'case.assigned', shared);

    const alone = `单独交办 ${tag}`;
    const second = await caseToAssign(alone);
    await step('gov-office', second.id, 'assign', { leadOrgUnitId: unit('财政局') });
    await toldOnce(people['caizheng']!, 'case.assigned', alone);
    await toldNone({ fagai: people['fagai']!, office: people['office']!, ufwd: people['ufwd']!, minmeng: people['minmeng']! }, 'case.assigned', alone);
    await toldNone({ office: people['office']!, ufwd: people['ufwd']!, 'gov-office': people['gov-office']!, minmeng: people['minmeng']! }, 'case.assigned', shared);
  });

  it('tells the office that assigned a case, and not the other office, that the department returned it and why', async () => {
    const marker = `退回 ${tag}`;
    const created = await caseToAssign(marker);
    await step('gov-office', created.id, 'assign', { leadOrgUnitId: unit('财政局') });
    await step('caizheng', created.id, 'return', { reason: '该事项属发改局职责' });
    const notice = await toldOnce(people['gov-office']!, 'case.returned', marker);
    expect(notice).toMatchObject({ category: 'handling', link: { resource: 'cases', id: created.id } });
    expect(notice.bodyZh).toBe(`协商意见“${created.title}”（第${created.number}号）已被承办单位退回，请重新交办。退回理由：该事项属发改局职责`);
    expect(notice.bodyEn).toContain('Reason: 该事项属发改局职责');
    await toldNone({ office: people['office']!, ufwd: people['ufwd']!, caizheng: people['caizheng']!, fagai: people['fagai']!, minmeng: people['minmeng']! }, 'case.returned', marker);
  });

  it('tells the departments a published supervision report names and the office and UFWD, never a department it does not name nor a party', async () => {
    const marker = `督查 ${tag}`;
    const created = await caseToAssign(`停车难 ${tag}`, `${YEAR}-02-01T02:00:00.000Z`);
    await step('office', created.id, 'assign', { leadOrgUnitId: unit('发改局') });
    await step('fagai', created.id, 'reply', { outcome: 'explained', reply: '暂无条件。' });
    await step('office', created.id, 'send-back', { reason: '未说明选址研究情况' });
    const published = await people['supervisor']!('/handling-reports/supervision', 'POST', { year: YEAR, title: `${YEAR}年度督查通报 ${marker}`, remarks: '' });
    expect(published.status).toBe(201);

    const notice = await toldOnce(people['fagai']!, 'supervision.published', marker);
    expect(notice).toMatchObject({ category: 'supervision', link: { resource: 'handling-reports', id: String(YEAR) }, reference: { year: YEAR } });
    expect(notice.bodyZh).toBe(`督查通报“${YEAR}年度督查通报 ${marker}”已发布，通报单位1个，请登录平台查看。`);
    await toldOnce(people['office']!, 'supervision.published', marker);
    await toldOnce(people['ufwd']!, 'supervision.published', marker);
    await toldNone({ caizheng: people['caizheng']!, minmeng: people['minmeng']!, 'gov-office': people['gov-office']! }, 'supervision.published', marker);
    // What the notice says is what the department reads: the report names it.
    const reports = (await people['fagai']!(`/handling-reports/supervision/${YEAR}`)).body as Array<{ title: string }>;
    expect(reports.map((report) => report.title)).toEqual([`${YEAR}年度督查通报 ${marker}`]);
    expect(await noticesOf(people['fagai']!, 'case.assigned', `停车难 ${tag}`)).toHaveLength(1);
  });
});
