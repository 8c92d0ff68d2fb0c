import type { CaseView, SupervisionReportView } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { casesWith, opinion, publishOpinion } from './handling-fixtures.js';
import { as, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';

/** A year no other test uses: its cases are this file's alone. */
const YEAR = 2850 + Math.floor(Math.random() * 50);

/** 督查通报: the supervisor publishes the year's returned and late cases by department; the departments named read it. */
describe('the supervision report', () => {
  const tag = suffix();
  let units: Map<string, Unit>;
  const unit = (name: string): string => units.get(name)!.id;
  const user = async (name: string) => as(await passwordToken(name));

  const act = async (who: string, id: string, action: string, body: object = {}): Promise<CaseView> => {
    const result = await (await user(who))(`/cases/${id}/${action}`, 'POST', body);
    expect({ action, status: result.status }).toEqual({ action, status: 200 });
    return result.body as CaseView;
  };

  beforeAll(async () => {
    units = await orgUnits(await passwordToken('office'));
    const marker = `停车难 ${tag}`;
    await publishOpinion('bazhou', opinion(unit('民盟'), `${marker}：建议新建停车场。`, { raisedAt: `${YEAR}-02-01T02:00:00.000Z` }));
    const [created] = await casesWith(await user('ufwd'), marker);
    await act('ufwd', created!.id, 'accept', { track: 'actionable' });
    await act('office', created!.id, 'assign', { leadOrgUnitId: unit('发改局') });
    await act('fagai', created!.id, 'reply', { outcome: 'explained', reply: '暂无条件。' });
    await act('office', created!.id, 'send-back', { reason: '未说明选址研究情况' });
  });

  it('drafts from the facts, is published by the supervisor alone, and reaches the departments it names', async () => {
    const supervisor = await user('supervisor');
    const draft = (await supervisor(`/handling-reports/supervision/${YEAR}/draft`)).body as SupervisionReportView;
    expect(draft.entries).toEqual([
      expect.objectContaining({ orgUnitId: unit('发改局'), orgUnitName: '发改局', lateCases: [], sentBackCases: [expect.objectContaining({ times: 1, reasons: ['未说明选址研究情况'] })] }),
    ]);
    const body = { year: YEAR, title: `${YEAR}年度督查通报 ${tag}`, remarks: '请相关单位限期整改。' };
    expectProblem(await (await user('office'))('/handling-reports/supervision', 'POST', body), 403, 'AUTH.FORBIDDEN');
    expectProblem(await supervisor('/handling-reports/supervision', 'POST', { ...body, title: '' }), 400, 'VALIDATION.INVALID_INPUT', 'title');
    const published = await supervisor('/handling-reports/supervision', 'POST', body);
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ title: body.title, publishedByName: expect.any(String), entries: draft.entries });

    expect(((await (await user('fagai'))(`/handling-reports/supervision/${YEAR}`)).body as SupervisionReportView[]).map((report) => report.title)).toEqual([body.title]);
    expect((await (await user('caizheng'))(`/handling-reports/supervision/${YEAR}`)).body).toEqual([]);
    expect(((await (await user('minmeng'))(`/handling-reports/supervision/${YEAR}`)).body as SupervisionReportView[]).map((report) => report.title)).toEqual([body.title]);
  });
});
