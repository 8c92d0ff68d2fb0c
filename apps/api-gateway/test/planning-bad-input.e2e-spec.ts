import { randomUUID } from 'node:crypto';
import type { PlanItemView, PlanView } from '@xieshang/contracts';
import { callGateway, passwordToken } from '@xieshang/platform-testing';
import { as, expectProblem, orgUnits, randomYear, type Unit } from './planning-fixtures.js';

/** Bad input is refused naming the field, as problem+json, and leaves nothing behind. */
describe('bad input to the plan', () => {
  const year = randomYear(0);
  let token: string;
  let office: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  let plan: PlanView;

  const valid = () => ({
    topic: '优化营商环境专题协商',
    form: 'meeting',
    meetingType: 'thematic',
    plannedDate: `${year}-05-20`,
    participantOrgUnitIds: [units.get('民盟')?.id],
    leadOrgUnitId: units.get('区委办公室')?.id,
    contentCategory: 'policies_and_plans',
  });

  /** Items in force; the one test that stores an item cancels it again. */
  const itemCount = async (): Promise<string | null> =>
    (await office(`/plans/${plan.id}/items?filter=${encodeURIComponent('{"status":"active"}')}`)).headers.get('content-range');

  beforeAll(async () => {
    token = await passwordToken('office');
    office = as(token);
    units = await orgUnits(token);
    plan = (await office('/plans', 'POST', { year, title: `巴州区${year}年度政党协商计划` })).body as PlanView;
  });

  afterEach(async () => {
    expect(await itemCount()).toBe('plan-items */0');
  });

  it('names a missing topic', async () => {
    const { topic: _topic, ...rest } = valid();
    expectProblem(await office(`/plans/${plan.id}/items`, 'POST', rest), 400, 'VALIDATION.INVALID_INPUT', 'topic');
  });

  it('names a topic over 200 characters', async () => {
    expectProblem(await office(`/plans/${plan.id}/items`, 'POST', { ...valid(), topic: '议'.repeat(201) }), 400, 'VALIDATION.INVALID_INPUT', 'topic');
  });

  it('refuses a 10 MB topic as too large before it reaches a service', async () => {
    const result = await office(`/plans/${plan.id}/items`, 'POST', { ...valid(), topic: 'x'.repeat(10 * 1024 * 1024) });
    expectProblem(result, 413, 'VALIDATION.PAYLOAD_TOO_LARGE');
  });

  it('names each org unit the district does not have', async () => {
    const stranger = randomUUID();
    const participants = await office(`/plans/${plan.id}/items`, 'POST', { ...valid(), participantOrgUnitIds: [units.get('民盟')?.id, stranger] });
    expectProblem(participants, 422, 'VALIDATION.UNKNOWN_ORG_UNIT', 'participantOrgUnitIds.1');
    expectProblem(await office(`/plans/${plan.id}/items`, 'POST', { ...valid(), leadOrgUnitId: stranger }), 422, 'VALIDATION.UNKNOWN_ORG_UNIT', 'leadOrgUnitId');
  });

  it('refuses another district’s org unit like an unknown one', async () => {
    const enyangUnits = await orgUnits(await passwordToken('enyang-office'));
    const result = await office(`/plans/${plan.id}/items`, 'POST', { ...valid(), leadOrgUnitId: enyangUnits.get('区委办公室')?.id });
    expectProblem(result, 422, 'VALIDATION.UNKNOWN_ORG_UNIT', 'leadOrgUnitId');
  });

  it('names a planned date outside the plan’s year', async () => {
    expectProblem(await office(`/plans/${plan.id}/items`, 'POST', { ...valid(), plannedDate: `${year + 1}-01-05` }), 422, 'VALIDATION.OUTSIDE_PLAN_YEAR', 'plannedDate');
  });

  it('names a meeting type that does not exist, and a meeting without one', async () => {
    expectProblem(await office(`/plans/${plan.id}/items`, 'POST', { ...valid(), meetingType: 'banquet' }), 400, 'VALIDATION.INVALID_INPUT', 'meetingType');
    expectProblem(await office(`/plans/${plan.id}/items`, 'POST', { ...valid(), meetingType: undefined }), 400, 'VALIDATION.INVALID_INPUT', 'meetingType');
  });

  it('names an unknown form and content category', async () => {
    const result = await office(`/plans/${plan.id}/items`, 'POST', { ...valid(), form: 'banquet', contentCategory: 'gossip' });
    expectProblem(result, 400, 'VALIDATION.INVALID_INPUT', 'form');
    expect((result.body as { errors: { path: string }[] }).errors.map((error) => error.path)).toContain('contentCategory');
  });

  it('refuses an id that is not a UUID', async () => {
    expectProblem(await office('/plans/not-a-plan/items', 'POST', valid()), 400, 'VALIDATION.INVALID_INPUT', 'id');
  });

  it('keeps one plan per district and year', async () => {
    expectProblem(await office('/plans', 'POST', { year, title: '重复的计划' }), 409, 'PLANNING.PLAN_EXISTS');
    expectProblem(await office('/plans', 'POST', { year: 1999, title: '太早的计划' }), 400, 'VALIDATION.INVALID_INPUT', 'year');
  });

  it('refuses a stale version', async () => {
    const renamed = await office(`/plans/${plan.id}`, 'PUT', { title: `巴州区${year}年度政党协商工作计划`, version: plan.version });
    expect(renamed.status).toBe(200);
    expectProblem(await office(`/plans/${plan.id}`, 'PUT', { title: '又一次改名', version: plan.version }), 409, 'COMMON.VERSION_CONFLICT');
  });

  it('stores an item that passes every check, and then has one', async () => {
    const created = await callGateway(`/api/v1/plans/${plan.id}/items`, { token, method: 'POST', body: valid() });
    expect(created.status).toBe(201);
    expect((created.body as PlanItemView).plannedDate).toBe(`${year}-05-20`);
    expect(await itemCount()).toBe('plan-items 0-0/1');
    const cancelled = await office(`/plan-items/${(created.body as PlanItemView).id}/cancel`, 'POST', {});
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    expect((await office(`/plans/${plan.id}/items`)).headers.get('content-range')).toBe('plan-items 0-0/1');
  });
});
