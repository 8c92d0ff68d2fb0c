import type { MeetingEventPayload, MeetingView, PlanItemView, TaskOpenedPayload } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { meetingOfItem, meetingYear, publishPlanWithMeeting } from './meetings-fixtures.js';
import { as, eventsSince, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';

/** What a revision of the plan does to meetings: one already noticed waits for its organiser; an added item is planned; a cancelled one is called off. */
describe('plan revisions and the meetings they reach', () => {
  const year = meetingYear(1);
  const tag = suffix();
  let office: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  let item: PlanItemView;
  let planId: string;
  let meeting: MeetingView;

  const itemBody = (source: PlanItemView, overrides: Record<string, unknown>) => ({
    topic: source.topic,
    form: source.form,
    meetingType: source.meetingType,
    plannedDate: source.plannedDate,
    participantOrgUnitIds: source.participantOrgUnitIds,
    leadOrgUnitId: source.leadOrgUnitId,
    contentCategory: source.contentCategory,
    version: source.version,
    ...overrides,
  });

  beforeAll(async () => {
    const tokens = await Promise.all(['office', 'leader', 'minmeng'].map((name) => passwordToken(name)));
    [office, leader, minmeng] = tokens.map((token) => as(token as string));
    units = await orgUnits(tokens[0] as string);
    const published = await publishPlanWithMeeting(office, leader, units, year, `调研协商 ${tag}`, `${year}-05-10`);
    item = published.item;
    planId = published.plan.id;
    meeting = await meetingOfItem(office, item.id);
  });

  it('does not silently move a noticed meeting: the organiser is told, and applies the change', async () => {
    const set = await office(`/meetings/${meeting.id}`, 'PUT', {
      title: meeting.title,
      startsAt: `${year}-05-10T06:00:00Z`,
      place: '区委第三会议室',
      leadOrgUnitId: meeting.leadOrgUnitId,
      invitedOrgUnitIds: meeting.invitedOrgUnitIds,
      version: meeting.version,
    });
    expect(set.status).toBe(200);
    expect((await office(`/meetings/${meeting.id}/notice`, 'POST', {})).status).toBe(200);
    expectProblem(await office(`/meetings/${meeting.id}/accept-plan-change`, 'POST'), 409, 'MEETING.NO_PLAN_CHANGE');

    const since = new Date(Date.now() - 1_000);
    expect((await office(`/plan-items/${item.id}`, 'PUT', itemBody(item, { plannedDate: `${year}-05-17`, reason: '与人大会期冲突' }))).status).toBe(200);
    const flagged = await meetingOfItem(office, item.id, (found) => found.planChange !== null);
    expect(flagged).toMatchObject({ status: 'noticed', plannedDate: `${year}-05-10`, startsAt: `${year}-05-10T06:00:00.000Z`, planChange: { plannedDate: `${year}-05-17`, cancelled: false, reason: '与人大会期冲突' } });
    expect(((await minmeng(`/meetings/${meeting.id}`)).body as MeetingView).planChange).toBeNull();
    const tasks = await eventsSince<TaskOpenedPayload>('evt.meeting.task.opened.v1', since, (event) => event.payload.record.id === meeting.id && event.payload.kind === 'meeting.plan-change');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.payload.assignee).toEqual({ orgUnitId: units.get('区委统战部')!.id, roles: ['office', 'ufwd'] });

    const accepted = (await office(`/meetings/${meeting.id}/accept-plan-change`, 'POST')).body as MeetingView;
    expect(accepted).toMatchObject({ status: 'noticed', plannedDate: `${year}-05-17`, startsAt: `${year}-05-17T06:00:00.000Z`, planChange: null });
    const moved = await eventsSince<MeetingEventPayload>('evt.meeting.meeting.rescheduled.v1', since, (event) => event.payload.meetingId === meeting.id);
    expect(moved[0]?.payload).toMatchObject({ startsAt: `${year}-05-17T06:00:00.000Z`, reason: '与人大会期冲突', audience: { confidential: false } });
  });

  it('plans a meeting for an item added to the published plan, and calls it off when the item is cancelled', async () => {
    const added = await office(`/plans/${planId}/items`, 'POST', {
      topic: `情况通报会 ${tag}`,
      form: 'meeting',
      meetingType: 'briefing',
      plannedMonth: 9,
      participantOrgUnitIds: [units.get('民盟')!.id],
      leadOrgUnitId: units.get('区委办公室')!.id,
      contentCategory: 'other',
      reason: '临时增加通报',
    });
    expect(added.status).toBe(201);
    const addedItem = added.body as PlanItemView;
    const planned = await meetingOfItem(office, addedItem.id);
    expect(planned).toMatchObject({ type: 'briefing', status: 'planned', plannedMonth: 9, plannedDate: null });
    const cancelled = await office(`/plan-items/${addedItem.id}/cancel`, 'POST', { reason: '并入年终通报', belowMinimumReason: '测试' });
    expect(cancelled.status).toBe(200);
    const called = await meetingOfItem(office, addedItem.id, (found) => found.status === 'cancelled');
    expect(called.cancelReason).toBe('并入年终通报');
  });
});
