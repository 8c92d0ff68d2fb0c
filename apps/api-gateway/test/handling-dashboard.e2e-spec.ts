import { randomUUID } from 'node:crypto';
import { type CaseView, type DashboardView, MeetingEvent, type MeetingEventPayload, type PlanView } from '@xieshang/contracts';
import { callGateway, eventually, passwordToken } from '@xieshang/platform-testing';
import { casesWith, opinion, publishEvent, publishOpinion } from './handling-fixtures.js';
import { as, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';

/** A year no other test uses (plans are one per district and year): this file's figures alone. */
const YEAR = 2900 + Math.floor(Math.random() * 100);

/** The organisers' dashboard, kept from the events as they arrive; the city reads a district's with X-Tenant. */
describe('the handling dashboard', () => {
  const tag = suffix();
  let office: ReturnType<typeof as>;
  let officeToken: string;
  let units: Map<string, Unit>;
  const unit = (name: string): string => units.get(name)!.id;
  const dashboard = (token: string, headers: Record<string, string> = {}) => callGateway(`/api/v1/handling-dashboard?year=${YEAR}`, { token, headers });

  const act = async (who: string, id: string, action: string, body: object = {}): Promise<CaseView> => {
    const result = await as(await passwordToken(who))(`/cases/${id}/${action}`, 'POST', body);
    expect({ action, status: result.status }).toEqual({ action, status: 200 });
    return result.body as CaseView;
  };

  beforeAll(async () => {
    officeToken = await passwordToken('office');
    office = as(officeToken);
    units = await orgUnits(officeToken);
  });

  it('shows the published plan against the minimums, the meetings held, the opinions by party, cases by state and timeliness', async () => {
    const plan = (await office('/plans', 'POST', { year: YEAR, title: `${YEAR}年度计划 ${tag}` })).body as PlanView;
    const item = await office(`/plans/${plan.id}/items`, 'POST', {
      topic: `专题协商 ${tag}`,
      form: 'meeting',
      meetingType: 'thematic',
      plannedMonth: 5,
      participantOrgUnitIds: [unit('民盟')],
      leadOrgUnitId: unit('区委统战部'),
      contentCategory: 'policies_and_plans',
    });
    expect(item.status).toBe(201);
    expect((await office(`/plans/${plan.id}/submit-for-review`, 'POST', { skipSolicitationReason: '年中补充计划' })).status).toBe(200);
    const approved = await as(await passwordToken('leader'))(`/plans/${plan.id}/approve`, 'POST', { decisionReference: `巴州委〔${YEAR}〕1号`, belowMinimumReason: '年中补充' });
    expect(approved.status).toBe(200);
    const required = (approved.body as PlanView).minimums.thematic.required;
    expect((await office(`/plans/${plan.id}/publish`, 'POST', {})).status).toBe(200);

    const meeting: MeetingEventPayload = {
      meetingId: randomUUID(),
      title: `专题协商会 ${tag}`,
      type: 'thematic',
      startsAt: `${YEAR}-05-20T01:30:00.000Z`,
      place: '区委常委会议室',
      audience: { orgUnitIds: [unit('民盟')], personIds: [], organiserOrgUnitIds: [unit('区委统战部')], confidential: false },
      reason: null,
    };
    const held = await publishEvent(MeetingEvent.Held, 'bazhou', meeting);
    await publishEvent(MeetingEvent.Held, 'bazhou', meeting, held.id);

    const raisedAt = `${YEAR}-05-20T03:00:00.000Z`;
    await publishOpinion('bazhou', opinion(unit('民盟'), `公交 ${tag}：建议增开夜班公交。`, { raisedAt }));
    await publishOpinion('bazhou', opinion(unit('民盟'), `停车 ${tag}：建议错时开放机关停车场。`, { raisedAt }));
    const [bus] = await casesWith(office, `公交 ${tag}`);
    await casesWith(office, `停车 ${tag}`);
    await act('ufwd', bus!.id, 'accept', { track: 'actionable' });
    await act('office', bus!.id, 'assign', { leadOrgUnitId: unit('发改局') });
    await act('fagai', bus!.id, 'reply', { outcome: 'solved', reply: '已增开2条夜班线路。' });
    await act('office', bus!.id, 'approve');
    await act('ufwd', bus!.id, 'release');

    const figures = await eventually(async () => (await dashboard(officeToken)).body as DashboardView, {
      until: (view) => view.plan?.status === 'published' && view.meetingsHeld >= 1 && view.timeliness?.length === 1,
      timeoutMs: 20_000,
      what: 'the dashboard to catch up',
    });
    expect(figures.plan).toMatchObject({ status: 'published', thematic: 1, research: 0, briefing: 0, minimums: { thematic: required } });
    expect(figures.meetingsHeld).toBe(1);
    expect(figures.opinionsByParty).toEqual([{ key: unit('民盟'), name: '民盟', count: 2 }]);
    const status = (key: string) => figures.casesByStatus.find((entry) => entry.key === key)?.count;
    expect([status('registered'), status('released'), status('assigned')]).toEqual([1, 1, 0]);
    expect(figures.timeliness).toEqual([{ orgUnitId: unit('发改局'), orgUnitName: '发改局', due: 1, onTime: 1, late: 0, rate: 1 }]);
    expect(figures.overdue).toEqual([]);

    // The city observer reads each district's, side by side: this one's figures, and the other district's its own.
    const city = await passwordToken('city');
    expect((await dashboard(city, { 'x-tenant': 'bazhou' })).body).toEqual(figures);
    const other = await dashboard(city, { 'x-tenant': 'enyang' });
    expect(other.status).toBe(200);
    expect(other.body).toMatchObject({ tenantId: 'enyang', meetingsHeld: 0, opinionsByParty: [], plan: { status: null } });
    expectProblem(await as(await passwordToken('minmeng'))(`/handling-dashboard?year=${YEAR}`), 403, 'AUTH.FORBIDDEN');
    expectProblem(await as(await passwordToken('fagai'))(`/handling-dashboard?year=${YEAR}`), 403, 'AUTH.FORBIDDEN');
  });
});
