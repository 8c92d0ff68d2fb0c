import type { CaseView } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { casesWith, listCases, opinion, publishOpinion } from './handling-fixtures.js';
import { as, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';

const DAY = 86_400_000;

/**
 * The whole path of an actionable opinion through the gateway (DOMAIN.md §5): opinion event → case
 * → triage → assignment with a co-handler → co-sign → step-by-step outcome → the office sends it
 * back → revised → released → the party is not satisfied → re-handling → solved → rated. Every
 * step is refused to the roles and units it is not theirs.
 */
describe('a consultation opinion handled to the party’s rating', () => {
  const tag = suffix();
  let ufwd: ReturnType<typeof as>;
  let office: ReturnType<typeof as>;
  let govOffice: ReturnType<typeof as>;
  let fagai: ReturnType<typeof as>;
  let caizheng: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let jiusan: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  const unit = (name: string): string => units.get(name)!.id;

  beforeAll(async () => {
    [ufwd, office, govOffice, fagai, caizheng, minmeng, jiusan] = await Promise.all(
      ['ufwd', 'office', 'gov-office', 'fagai', 'caizheng', 'minmeng', 'jiusan'].map(async (user) => as(await passwordToken(user))),
    );
    units = await orgUnits(await passwordToken('office'));
  });

  const step = async (caller: ReturnType<typeof as>, id: string, action: string, body: object = {}): Promise<CaseView> => {
    const result = await caller(`/cases/${id}/${action}`, 'POST', body);
    expect({ action, status: result.status, body: result.status === 200 ? 'ok' : result.body }).toEqual({ action, status: 200, body: 'ok' });
    return result.body as CaseView;
  };

  it('makes one case of an opinion however often its event arrives, and takes it to the party’s rating', async () => {
    const marker = `交通拥堵 ${tag}`;
    const payload = opinion(unit('民盟'), `${marker}：建议优化老城区公交线路。`);
    const envelope = await publishOpinion('bazhou', payload);
    // The relay publishing the same event again, and the same opinion in a fresh event: one case.
    await publishOpinion('bazhou', payload, { eventId: envelope.id });
    await publishOpinion('bazhou', payload);
    let [created] = await casesWith(ufwd, marker);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await listCases(ufwd, { q: marker })).toHaveLength(1);
    expect(created).toMatchObject({ status: 'registered', suggestedTrack: 'actionable', parties: [{ partyOrgUnitId: unit('民盟'), opinionId: payload.opinionId }] });
    const id = created!.id;

    // The party reads its own case, another party does not; UFWD's triage queue holds it.
    expect((await minmeng(`/cases/${id}`)).status).toBe(200);
    expectProblem(await jiusan(`/cases/${id}`), 404, 'COMMON.NOT_FOUND');
    expect((await listCases(ufwd, { queue: true, q: marker })).map((item) => item.id)).toEqual([id]);

    // Triage is UFWD's alone.
    expectProblem(await office(`/cases/${id}/accept`, 'POST', { track: 'actionable' }), 403, 'AUTH.FORBIDDEN');
    created = await step(ufwd, id, 'accept', { track: 'actionable' });
    expect(created.status).toBe('to_assign');

    // The office assigns to 发改局 with 财政局 co-handling; a department may not assign.
    expectProblem(await fagai(`/cases/${id}/assign`, 'POST', { leadOrgUnitId: unit('发改局') }), 403, 'AUTH.FORBIDDEN');
    expectProblem(await office(`/cases/${id}/assign`, 'POST', { leadOrgUnitId: unit('民盟') }), 422, 'VALIDATION.UNKNOWN_DEPARTMENT', 'leadOrgUnitId');
    const before = Date.now();
    let assigned = await step(office, id, 'assign', { leadOrgUnitId: unit('发改局'), coHandlerOrgUnitIds: [unit('财政局')], note: '请牵头办理' });
    expect(assigned).toMatchObject({ status: 'assigned', assignedByRole: 'office', leadOrgUnitId: unit('发改局'), coHandlers: [{ orgUnitId: unit('财政局'), signedAt: null }] });
    // Three months in the district's calendar (89 to 92 days), counted down in days.
    const period = new Date(assigned.dueAt!).getTime() - before;
    expect(period).toBeGreaterThan(88 * DAY);
    expect(period).toBeLessThan(93 * DAY);
    expect(assigned.daysLeft).toBeGreaterThanOrEqual(88);
    expect((await listCases(fagai, { queue: true, q: marker })).map((item) => item.id)).toEqual([id]);

    // Only the lead replies; a step-by-step outcome needs its plan and date.
    expectProblem(await caizheng(`/cases/${id}/reply`, 'POST', { outcome: 'solved', reply: '已解决' }), 403, 'AUTH.FORBIDDEN');
    expectProblem(await fagai(`/cases/${id}/reply`, 'POST', { outcome: 'solving_step_by_step', reply: '分步解决' }), 400, 'VALIDATION.INVALID_INPUT', 'plan');
    const stepByStep = { outcome: 'solving_step_by_step', reply: '已纳入年度交通规划，分步实施。', plan: '一季度调研，三季度调整线路', planDueOn: '2027-09-30' };
    let replied = await step(fagai, id, 'reply', stepByStep);
    expect(replied.status).toBe('co_signing');
    expectProblem(await office(`/cases/${id}/approve`, 'POST', {}), 409, 'HANDLING.CASE_NOT_IN_STATE');
    replied = await step(caizheng, id, 'co-sign', { opinion: '同意' });
    expect(replied).toMatchObject({ status: 'in_review', coHandlers: [{ orgUnitId: unit('财政局'), opinion: '同意' }] });
    expectProblem(await caizheng(`/cases/${id}/co-sign`, 'POST', {}), 409, 'HANDLING.CASE_NOT_IN_STATE');

    // Review by the assigning office: the government office may not; the office sends it back.
    expectProblem(await govOffice(`/cases/${id}/approve`, 'POST', {}), 403, 'AUTH.FORBIDDEN');
    const sentBack = await step(office, id, 'send-back', { reason: '未说明具体线路调整时间' });
    expect(sentBack).toMatchObject({ status: 'assigned', sentBackCount: 1, coHandlers: [{ signedAt: null }] });
    await step(fagai, id, 'reply', { ...stepByStep, reply: '已纳入年度交通规划，9月底前完成3条线路调整。' });
    await step(caizheng, id, 'co-sign');
    expectProblem(await minmeng(`/cases/${id}/rate`, 'POST', { satisfaction: 'satisfied' }), 409, 'HANDLING.CASE_NOT_IN_STATE');
    expect((await step(office, id, 'approve')).status).toBe('to_release');
    expectProblem(await office(`/cases/${id}/release`, 'POST', {}), 403, 'AUTH.FORBIDDEN');
    const released = await step(ufwd, id, 'release');
    expect(released).toMatchObject({ status: 'released', outcome: 'solving_step_by_step', plan: '一季度调研，三季度调整线路', planDueOn: '2027-09-30', onTime: true });

    // The party sees the reply; not satisfied, it asks once for re-handling by the same department.
    expect(((await minmeng(`/cases/${id}`)).body as CaseView).reply).toContain('3条线路');
    expectProblem(await jiusan(`/cases/${id}/rate`, 'POST', { satisfaction: 'satisfied' }), 404, 'COMMON.NOT_FOUND');
    expectProblem(await minmeng(`/cases/${id}/rate`, 'POST', { satisfaction: 'satisfied', requestRehandling: true }), 400, 'VALIDATION.INVALID_INPUT', 'requestRehandling');
    const reopened = await step(minmeng, id, 'rate', { satisfaction: 'not_satisfied', comment: '进度太慢', requestRehandling: true });
    expect(reopened).toMatchObject({ status: 'assigned', rehandled: true, leadOrgUnitId: unit('发改局') });
    expect(new Date(reopened.dueAt!).getTime()).toBeGreaterThan(new Date(assigned.dueAt!).getTime() - DAY);

    // Handled again, solved, and rated; re-handling is not offered twice.
    await step(fagai, id, 'reply', { outcome: 'solved', reply: '3条线路已于本月完成调整。' });
    await step(caizheng, id, 'co-sign');
    await step(office, id, 'approve');
    await step(ufwd, id, 'release');
    expectProblem(await minmeng(`/cases/${id}/rate`, 'POST', { satisfaction: 'not_satisfied', requestRehandling: true }), 409, 'HANDLING.REHANDLING_USED');
    const rated = await step(minmeng, id, 'rate', { satisfaction: 'satisfied', comment: '满意' });
    expect(rated).toMatchObject({ status: 'rated', outcome: 'solved' });
    expect(rated.ratings.map((rating) => [rating.round, rating.satisfaction])).toEqual([
      [1, 'not_satisfied'],
      [2, 'satisfied'],
    ]);

    // The case page holds every step, who and when.
    const history = ((await office(`/cases/${id}`)).body as CaseView).history;
    expect(history.map((entry) => entry.step)).toEqual([
      'registered',
      'accepted-actionable',
      'assigned',
      'replied-solving_step_by_step',
      'co-signed',
      'review-sent-back',
      'replied-solving_step_by_step',
      'co-signed',
      'review-approved',
      'released',
      'rated-not_satisfied',
      'rehandling-requested',
      'replied-solved',
      'co-signed',
      'review-approved',
      'released',
      'rated-satisfied',
    ]);
    expect(history.every((entry) => entry.actorName.length > 0 && !Number.isNaN(Date.parse(entry.at)))).toBe(true);
    assigned = (await office(`/cases/${id}`)).body as CaseView;
    expect(assigned.version).toBeGreaterThan(10);
  });

  it('keeps a department to its own cases, and lets it return one it cannot own', async () => {
    const marker = `财政补贴 ${tag}`;
    await publishOpinion('bazhou', opinion(unit('九三学社'), `${marker}：建议提高农机购置补贴。`));
    const [created] = await casesWith(ufwd, marker);
    const id = created!.id;
    await step(ufwd, id, 'accept', { track: 'actionable' });
    await step(govOffice, id, 'assign', { leadOrgUnitId: unit('财政局') });
    expectProblem(await fagai(`/cases/${id}`), 404, 'COMMON.NOT_FOUND');
    expect(await listCases(fagai, { q: marker })).toEqual([]);
    expectProblem(await minmeng(`/cases/${id}`), 404, 'COMMON.NOT_FOUND');
    expect((await listCases(jiusan, { q: marker })).map((item) => item.id)).toEqual([id]);

    // The assigner extends once, with its reason; a second time is refused.
    const extended = await step(govOffice, id, 'extend', { reason: '涉及跨年度预算' });
    expect(extended.extended).toBe(true);
    expect(new Date(extended.dueAt!).getTime() - new Date(created!.createdAt).getTime()).toBeGreaterThan(170 * DAY);
    expectProblem(await govOffice(`/cases/${id}/extend`, 'POST', { reason: '再次延期' }), 409, 'HANDLING.ALREADY_EXTENDED');
    expectProblem(await office(`/cases/${id}/extend`, 'POST', { reason: '延期' }), 403, 'AUTH.FORBIDDEN');

    const returned = await step(caizheng, id, 'return', { reason: '属农业农村局职责' });
    expect(returned).toMatchObject({ status: 'to_assign', leadOrgUnitId: null, dueAt: null });
    expect((await listCases(govOffice, { queue: true, q: marker })).map((item) => item.id)).toEqual([id]);
    expect(((await govOffice(`/cases/${id}`)).body as CaseView).history.map((entry) => entry.step)).toContain('returned-by-department');
  });
});
