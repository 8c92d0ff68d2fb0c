import { randomUUID } from 'node:crypto';
import { InterviewEvent, type InterviewEventPayload, type InterviewView, OpinionEvent, type OpinionRecordedPayload, type TaskOpenedPayload, taskSubjects } from '@xieshang/contracts';
import { callGateway, eventually, passwordToken } from '@xieshang/platform-testing';
import { inDays, interviewPeople, type InterviewPeople } from './interview-fixtures.js';
import { eventsSince, expectProblem, suffix } from './planning-fixtures.js';

const TASKS = taskSubjects('meeting');

describe('interview consultations through the gateway', () => {
  let people: InterviewPeople;
  const marker = `约谈${suffix()}`;

  beforeAll(async () => {
    people = await interviewPeople();
  }, 60_000);

  const invitation = (overrides: Record<string, unknown> = {}) => ({
    partyOrgUnitId: people.minmeng,
    subject: `${marker} 民营经济发展座谈`,
    information: '请围绕优化营商环境准备意见，会前提交书面材料。',
    startsAt: inDays(10),
    place: '区委第三会议室',
    ...overrides,
  });

  it('runs a leader’s invitation to the record, shows it to the party only, and hands each opinion on once', async () => {
    const since = new Date();
    const invited = await people.leader('/interviews', 'POST', invitation());
    expect(invited.status).toBe(201);
    const interview = invited.body as InterviewView;
    expect(interview).toMatchObject({ origin: 'cpc', status: 'scheduled', partyOrgUnitId: people.minmeng, leaderPersonId: people.leaderId, place: '区委第三会议室' });
    expect(interview.leaderName).toBeTruthy();

    expect((await people.partyMember(`/interviews/${interview.id}`)).status).toBe(200);
    expect((await people.partyLeader(`/interviews/${interview.id}`)).status).toBe(200);
    expectProblem(await people.otherParty(`/interviews/${interview.id}`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await people.otherTenant(`/interviews/${interview.id}`), 404, 'COMMON.NOT_FOUND');
    // The city reads a district's interviews only with X-Tenant naming that district, and changes none.
    const city = await passwordToken('city');
    const asCity = (tenant: string, method = 'GET', body?: unknown) =>
      callGateway(`/api/v1/interviews/${interview.id}${method === 'GET' ? '' : '/decline'}`, { token: city, method, headers: { 'x-tenant': tenant }, ...(body ? { body } : {}) });
    expect((await asCity('bazhou')).status).toBe(200);
    expect((await asCity('enyang')).status).toBe(404);
    expect((await asCity('bazhou', 'POST', { reason: '市里不能拒绝' })).status).toBe(403);
    const otherList = await people.otherParty(`/interviews?filter=${encodeURIComponent(JSON.stringify({ q: marker }))}`);
    expect(otherList.body).toEqual([]);
    expectProblem(await people.partyLeader(`/interviews/${interview.id}/hold`, 'POST'), 403, 'AUTH.FORBIDDEN');
    expectProblem(await people.ufwd(`/interviews/${interview.id}/record`, 'POST', { summary: '未开先记', opinions: [] }), 409, 'INTERVIEW.NOT_IN_STATE');

    expect((await people.ufwd(`/interviews/${interview.id}/hold`, 'POST')).status).toBe(200);
    const record = {
      summary: '何主委介绍了调研情况，区委领导回应。',
      opinions: [
        { text: '建议设立民营企业服务专窗', raisedByName: '何主委' },
        { text: '建议清理拖欠中小企业账款', raisedByName: '刘明理', suggestedTrack: 'actionable' },
      ],
    };
    const key = randomUUID();
    const recorded = await callGateway(`/api/v1/interviews/${interview.id}/record`, { token: people.tokens.leader, method: 'POST', body: record, headers: { 'idempotency-key': key } });
    expect(recorded.status).toBe(200);
    const again = await callGateway(`/api/v1/interviews/${interview.id}/record`, { token: people.tokens.leader, method: 'POST', body: record, headers: { 'idempotency-key': key } });
    expect(again.body).toEqual(recorded.body);
    expectProblem(await people.leader(`/interviews/${interview.id}/record`, 'POST', record), 409, 'INTERVIEW.NOT_IN_STATE');

    const view = (await people.partyMember(`/interviews/${interview.id}`)).body as InterviewView;
    expect(view.status).toBe('recorded');
    expect(view.steps.map((step) => step.step)).toEqual(['requested', 'scheduled', 'held', 'recorded']);
    expect(view.opinions.map((opinion) => opinion.text).sort()).toEqual(record.opinions.map((opinion) => opinion.text).sort());

    // Every opinion is on the stream exactly once, with its interview as source; the late events would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const opinions = await eventsSince<OpinionRecordedPayload>(OpinionEvent.FromMeeting, since, (envelope) => envelope.payload.source.recordId === interview.id);
    expect(opinions).toHaveLength(2);
    expect(new Set(opinions.map((envelope) => envelope.payload.opinionId))).toEqual(new Set(view.opinions.map((opinion) => opinion.id)));
    expect(opinions[0]?.payload).toMatchObject({ source: { kind: 'interview', title: interview.subject }, partyOrgUnitId: people.minmeng, suggestedTrack: 'actionable' });

    const scheduled = await eventsSince<InterviewEventPayload>(InterviewEvent.Scheduled, since, (envelope) => envelope.payload.interviewId === interview.id);
    expect(scheduled[0]?.payload.audience).toMatchObject({ orgUnitIds: [people.minmeng], personIds: [people.leaderId], confidential: false });
    const tasks = await eventsSince<TaskOpenedPayload>(TASKS.opened, since, (envelope) => envelope.payload.record.id === interview.id);
    expect(tasks.map((task) => task.payload.kind).sort()).toEqual(['interview.prepare', 'interview.record']);
  }, 90_000);

  it('runs a party’s request through UFWD: arranged with a leader, held and recorded', async () => {
    const since = new Date();
    expectProblem(await people.partyMember('/interviews/requests', 'POST', { subject: `${marker} 成员不能约`, information: '无' }), 403, 'AUTH.FORBIDDEN');
    const requested = await people.partyLeader('/interviews/requests', 'POST', { subject: `${marker} 请求约谈`, information: '就乡村振兴反映社情民意。', preferredLeader: '分管副书记' });
    expect(requested.status).toBe(201);
    const interview = requested.body as InterviewView;
    expect(interview).toMatchObject({ origin: 'party', status: 'requested', partyOrgUnitId: people.minmeng, preferredLeader: '分管副书记', leaderPersonId: null });

    const schedule = { startsAt: inDays(5), place: '统战部会议室' };
    const leaders = (await people.ufwd('/interviews/leaders')).body as { id: string; displayName: string }[];
    expect(leaders.map((leader) => leader.id)).toContain(people.leaderId);
    expect(leaders.map((leader) => leader.id)).not.toContain(people.ufwdId);
    expectProblem(await people.partyLeader('/interviews/leaders'), 403, 'AUTH.FORBIDDEN');
    expectProblem(await people.ufwd(`/interviews/${interview.id}/schedule`, 'POST', schedule), 400, 'VALIDATION.INVALID_INPUT', 'leaderPersonId');
    expectProblem(await people.ufwd(`/interviews/${interview.id}/schedule`, 'POST', { ...schedule, leaderPersonId: people.ufwdId }), 422, 'VALIDATION.UNKNOWN_LEADER', 'leaderPersonId');
    expectProblem(await people.ufwd(`/interviews/${interview.id}/schedule`, 'POST', { ...schedule, startsAt: inDays(-1), leaderPersonId: people.leaderId }), 422, 'VALIDATION.DATE_IN_PAST', 'startsAt');
    expectProblem(await people.partyLeader(`/interviews/${interview.id}/schedule`, 'POST', { ...schedule, leaderPersonId: people.leaderId }), 403, 'AUTH.FORBIDDEN');
    const scheduled = await people.ufwd(`/interviews/${interview.id}/schedule`, 'POST', { ...schedule, leaderPersonId: people.leaderId, durationMinutes: 90 });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ status: 'scheduled', leaderPersonId: people.leaderId, place: '统战部会议室' });
    const view = scheduled.body as InterviewView;
    expect(Date.parse(view.endsAt as string) - Date.parse(view.startsAt as string)).toBe(90 * 60_000);

    expect((await people.leader(`/interviews/${interview.id}/hold`, 'POST')).status).toBe(200);
    const recorded = await people.ufwd(`/interviews/${interview.id}/record`, 'POST', { summary: '领导听取意见并作回应。', opinions: [{ text: '建议加大农村电商扶持', raisedByName: '何主委' }] });
    expect(recorded.body).toMatchObject({ status: 'recorded', summary: '领导听取意见并作回应。' });

    const tasks = await eventsSince<TaskOpenedPayload>(TASKS.opened, since, (envelope) => envelope.payload.record.id === interview.id);
    const scheduleTask = tasks.find((task) => task.payload.kind === 'interview.schedule');
    expect(scheduleTask?.payload.assignee).toMatchObject({ roles: ['ufwd', 'office'] });
    const done = await eventsSince<{ taskKey: string }>(TASKS.done, since, (envelope) => envelope.payload.taskKey.startsWith(`interview:${interview.id}:`));
    expect(done.map((task) => task.payload.taskKey)).toEqual(expect.arrayContaining([`interview:${interview.id}:schedule`, `interview:${interview.id}:record`]));
    const opinions = await eventsSince<OpinionRecordedPayload>(OpinionEvent.FromMeeting, since, (envelope) => envelope.payload.source.recordId === interview.id);
    expect(opinions).toHaveLength(1);

    // Every step is in the district's audit trail, by whom it was taken.
    const admin = await passwordToken('bazhou-admin');
    const filter = encodeURIComponent(JSON.stringify({ context: 'meeting', entity: 'interview', entityId: interview.id }));
    const actions = await eventually(
      async () => ((await callGateway(`/api/v1/audit-events?filter=${filter}&range=${encodeURIComponent('[0,49]')}`, { token: admin })).body as { action: string }[]).map((entry) => entry.action).sort(),
      { until: (found) => found.length >= 4, timeoutMs: 15_000 },
    );
    expect(actions).toEqual(['held', 'recorded', 'requested', 'scheduled']);
  }, 90_000);

  it('declines with a reason both ways, and lets no other party decline', async () => {
    const since = new Date();
    const request = (await people.partyLeader('/interviews/requests', 'POST', { subject: `${marker} 待拒绝`, information: '情况说明' })).body as InterviewView;
    expectProblem(await people.ufwd(`/interviews/${request.id}/decline`, 'POST', {}), 400, 'VALIDATION.INVALID_INPUT', 'reason');
    expectProblem(await people.partyLeader(`/interviews/${request.id}/decline`, 'POST', { reason: '自己的请求由统战部答复' }), 403, 'AUTH.FORBIDDEN');
    const declined = await people.ufwd(`/interviews/${request.id}/decline`, 'POST', { reason: '近期议程已满，建议以书面形式反映' });
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: '近期议程已满，建议以书面形式反映' });
    expect(((await people.partyLeader(`/interviews/${request.id}`)).body as InterviewView).declineReason).toBe('近期议程已满，建议以书面形式反映');
    expectProblem(await people.ufwd(`/interviews/${request.id}/schedule`, 'POST', { startsAt: inDays(3), place: '会议室', leaderPersonId: people.leaderId }), 409, 'INTERVIEW.NOT_IN_STATE');

    const invited = (await people.leader('/interviews', 'POST', invitation({ subject: `${marker} 受邀方婉拒` }))).body as InterviewView;
    const byParty = await people.partyLeader(`/interviews/${invited.id}/decline`, 'POST', { reason: '主委届时在外学习' });
    expect(byParty.body).toMatchObject({ status: 'declined', declineReason: '主委届时在外学习' });
    const events = await eventsSince<InterviewEventPayload>(InterviewEvent.Declined, since, (envelope) => envelope.payload.interviewId === invited.id);
    expect(events[0]?.payload).toMatchObject({ reason: '主委届时在外学习', status: 'declined' });
  }, 60_000);

  it('refuses bad input with a clear code and stores nothing', async () => {
    const bad = `${marker} 不应保存`;
    const cases: [Promise<Awaited<ReturnType<InterviewPeople['leader']>>>, number, string, string][] = [
      [people.leader('/interviews', 'POST', invitation({ subject: bad, startsAt: inDays(-2) })), 422, 'VALIDATION.DATE_IN_PAST', 'startsAt'],
      [people.leader('/interviews', 'POST', invitation({ subject: bad, partyOrgUnitId: randomUUID() })), 422, 'VALIDATION.UNKNOWN_ORG_UNIT', 'partyOrgUnitId'],
      [people.leader('/interviews', 'POST', invitation({ subject: bad, partyOrgUnitId: people.enyangMinmeng })), 422, 'VALIDATION.UNKNOWN_ORG_UNIT', 'partyOrgUnitId'],
      [people.leader('/interviews', 'POST', invitation({ subject: bad, partyOrgUnitId: people.fagai })), 422, 'VALIDATION.ORG_UNIT_NOT_A_PARTY', 'partyOrgUnitId'],
      [people.ufwd('/interviews', 'POST', invitation({ subject: bad })), 400, 'VALIDATION.INVALID_INPUT', 'leaderPersonId'],
      [people.office('/interviews', 'POST', invitation({ subject: bad, leaderPersonId: randomUUID() })), 422, 'VALIDATION.UNKNOWN_LEADER', 'leaderPersonId'],
      [people.leader('/interviews', 'POST', invitation({ subject: bad, place: undefined })), 400, 'VALIDATION.INVALID_INPUT', 'place'],
      [people.leader('/interviews', 'POST', invitation({ subject: bad, startsAt: '2027-02-30T09:00:00+08:00' })), 400, 'VALIDATION.INVALID_INPUT', 'startsAt'],
      [people.leader('/interviews', 'POST', { ...invitation({ subject: bad }), createdBy: people.ufwdId }), 400, 'VALIDATION.INVALID_INPUT', 'createdBy'],
      [people.partyMember('/interviews', 'POST', invitation({ subject: bad })), 403, 'AUTH.FORBIDDEN', ''],
    ];
    for (const [call, status, code, path] of cases) expectProblem(await call, status, code, path || undefined);
    const stored = await people.ufwd(`/interviews?filter=${encodeURIComponent(JSON.stringify({ q: bad }))}`);
    expect(stored.headers.get('content-range')).toMatch(/\/0$/);
  }, 60_000);

  it('lists the party’s own interviews to its users and every one to UFWD', async () => {
    const filter = encodeURIComponent(JSON.stringify({ q: marker }));
    const mine = (await people.partyMember(`/interviews?filter=${filter}&range=${encodeURIComponent('[0,99]')}`)).body as InterviewView[];
    const all = (await people.ufwd(`/interviews?filter=${filter}&range=${encodeURIComponent('[0,99]')}`)).body as InterviewView[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((interview) => interview.partyOrgUnitId === people.minmeng)).toBe(true);
    expect(all.map((interview) => interview.id).sort()).toEqual(mine.map((interview) => interview.id).sort());
    expect((await people.otherTenant(`/interviews?filter=${filter}`)).body).toEqual([]);
  });
});
