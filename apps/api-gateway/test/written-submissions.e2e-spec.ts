import { OpinionEvent, type EscalationView, type MaterialView, type OpinionRecordedPayload, type SubmissionView } from '@xieshang/contracts';
import { eventually, passwordToken } from '@xieshang/platform-testing';
import { as, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';
import { allEventsSince, inSeconds, newPerson } from './written-fixtures.js';

/**
 * The parties' own submissions through UFWD, a research report raised from 巴州区 to 巴中市 and
 * answered there (enyang sees nothing of it), and materials only their recipients see.
 */
describe('party submissions, escalation to the city, and materials', () => {
  const tag = suffix();
  const since = new Date();
  let ufwd: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let minmengLeader: ReturnType<typeof as>;
  let jiusan: ReturnType<typeof as>;
  let city: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  let report: SubmissionView;
  const unit = (name: string): string => units.get(name)?.id as string;
  const research = { kind: 'research_report', addressee: 'party_committee', title: `关于乡村振兴的调研报告 ${tag}`, body: '调研发现……', recommendations: [`建立产业基金 ${tag}`, `完善人才政策 ${tag}`] };

  beforeAll(async () => {
    const token = await passwordToken('office');
    units = await orgUnits(token);
    [ufwd, minmeng, minmengLeader, jiusan, city] = await Promise.all(['ufwd', 'minmeng', 'minmeng-leader', 'jiusan', 'city'].map(async (user) => as(await passwordToken(user))));
  });

  it('needs the leader’s approval, with the review, before a collective report leaves the branch', async () => {
    report = (await minmeng('/submissions', 'POST', research)).body as SubmissionView;
    expect(report).toMatchObject({ status: 'draft', collective: true, orgUnitName: '民盟' });
    expectProblem(await ufwd(`/submissions/${report.id}`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await minmeng(`/submissions/${report.id}/submit`, 'POST', {}), 403, 'AUTH.FORBIDDEN');
    await minmeng(`/submissions/${report.id}/request-approval`, 'POST');
    expectProblem(await minmengLeader(`/submissions/${report.id}/submit`, 'POST', {}), 400, 'VALIDATION.INVALID_INPUT', 'reviewForm');
    const submitted = await minmengLeader(`/submissions/${report.id}/submit`, 'POST', { reviewForm: 'chair_office_meeting', reviewedOn: '2026-11-20' });
    expect(submitted.body).toMatchObject({ status: 'submitted', reviewForm: 'chair_office_meeting', approvedByName: expect.any(String) });
    expect((await ufwd(`/submissions/${report.id}`)).status).toBe(200);
    expectProblem(await jiusan(`/submissions/${report.id}`), 404, 'COMMON.NOT_FOUND');
  });

  it('lets a party leader send advice in their own name without a review', async () => {
    const advice = (await minmengLeader('/submissions', 'POST', { kind: 'personal_advice', addressee: 'government', title: `个人建议 ${tag}`, body: '建议……', recommendations: [`优化公交线路 ${tag}`] })).body as SubmissionView;
    expect(advice.collective).toBe(false);
    expect((await minmengLeader(`/submissions/${advice.id}/submit`, 'POST', {})).body).toMatchObject({ status: 'submitted', reviewForm: null });
    expectProblem(await minmeng('/submissions', 'POST', { kind: 'personal_advice', addressee: 'government', title: 'x', body: 'x', recommendations: ['x'] }), 403, 'AUTH.FORBIDDEN');
  });

  it('turns each recommendation into one opinion event', async () => {
    const events = await allEventsSince<OpinionRecordedPayload>(OpinionEvent.FromWritten, since, (envelope) => envelope.payload.source.recordId === report.id);
    expect(events.map((envelope) => envelope.payload.text).sort()).toEqual([...research.recommendations].sort());
    expect(new Set(events.map((envelope) => envelope.payload.opinionId)).size).toBe(2);
    expect(events[0]?.payload).toMatchObject({ source: { kind: 'submission' }, partyOrgUnitId: unit('民盟'), suggestedTrack: 'actionable' });
  }, 30_000);

  it('is forwarded by UFWD and raised to the city, where the city’s UFWD sees its origin', async () => {
    expect((await ufwd(`/submissions/${report.id}/forward`, 'POST', { note: '转报区委' })).body).toMatchObject({ status: 'forwarded' });
    const raised = await ufwd(`/submissions/${report.id}/escalate`, 'POST', { note: '建议市级层面推动' });
    expect(raised.body).toMatchObject({ escalatedAt: expect.any(String), cityDecision: 'received' });
    expectProblem(await ufwd(`/submissions/${report.id}/escalate`, 'POST', {}), 409, 'WRITTEN.NOT_ESCALATABLE');
    const received = await eventually(
      async () => ((await city('/escalations?range=%5B0%2C99%5D')).body as EscalationView[]).find((found) => found.originSubmissionId === report.id),
      { timeoutMs: 20_000, what: 'the escalation in the city' },
    );
    expect(received).toMatchObject({ originTenantId: 'bazhou', originTenantName: '巴州区', originOrgUnitName: '民盟', title: research.title, status: 'received', escalationNote: '建议市级层面推动' });
    expect(received?.recommendations).toEqual(research.recommendations);
  }, 40_000);

  it('is invisible to another district', async () => {
    const enyangUfwd = await newPerson('enyang', (await orgUnits(await passwordToken('enyang-admin'))).get('区委统战部')?.id as string, ['ufwd'], 'enyang-ufwd');
    const list = (await enyangUfwd('/escalations?range=%5B0%2C99%5D')).body as EscalationView[];
    expect(list.filter((found) => found.originSubmissionId === report.id)).toEqual([]);
    expectProblem(await enyangUfwd(`/submissions/${report.id}`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await as(await passwordToken('enyang-office'))(`/escalations`), 403, 'AUTH.FORBIDDEN');
  }, 30_000);

  it('carries the city’s decision back to the district', async () => {
    const escalation = ((await city('/escalations?range=%5B0%2C99%5D')).body as EscalationView[]).find((found) => found.originSubmissionId === report.id) as EscalationView;
    expect((await city(`/escalations/${escalation.id}/decide`, 'POST', { decision: 'accepted', note: '转市委研究' })).body).toMatchObject({ status: 'accepted' });
    expectProblem(await city(`/escalations/${escalation.id}/decide`, 'POST', { decision: 'returned', note: '再议' }), 409, 'WRITTEN.ESCALATION_NOT_IN_STATE');
    const back = await eventually(async () => (await ufwd(`/submissions/${report.id}`)).body as SubmissionView, { until: (found) => found.cityDecision === 'accepted', timeoutMs: 20_000, what: 'the city’s decision in the district' });
    expect(back).toMatchObject({ cityDecision: 'accepted', cityNote: '转市委研究', cityDecidedAt: expect.any(String) });
  }, 40_000);

  it('raises only a research report', async () => {
    const proposal = (await minmeng('/submissions', 'POST', { ...research, kind: 'proposal', title: `建议 ${tag}` })).body as SubmissionView;
    await minmengLeader(`/submissions/${proposal.id}/submit`, 'POST', { reviewForm: 'committee_review', reviewedOn: '2026-11-21' });
    expectProblem(await ufwd(`/submissions/${proposal.id}/escalate`, 'POST', {}), 409, 'WRITTEN.NOT_ESCALATABLE');
  });

  it('shows a department’s statistics to the addressed branch alone, which confirms reading', async () => {
    const fagai = as(await passwordToken('fagai'));
    const sent = await fagai('/materials', 'POST', { kind: 'statistics', title: `前三季度经济数据 ${tag}`, body: 'GDP 增长……', recipientOrgUnitIds: [unit('民盟')] });
    expect(sent.status).toBe(201);
    const material = sent.body as MaterialView;
    expect(((await minmeng('/materials?range=%5B0%2C99%5D')).body as MaterialView[]).map((found) => found.id)).toContain(material.id);
    expectProblem(await jiusan(`/materials/${material.id}`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await as(await passwordToken('office'))(`/materials/${material.id}`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await jiusan(`/materials/${material.id}/confirm`, 'POST'), 404, 'COMMON.NOT_FOUND');
    expect((await minmeng(`/materials/${material.id}/confirm`, 'POST')).body).toMatchObject({ receipts: [{ orgUnitName: '民盟', readAt: expect.any(String) }] });
    expect(((await fagai(`/materials/${material.id}`)).body as MaterialView).receipts).toEqual([expect.objectContaining({ orgUnitName: '民盟', readAt: expect.any(String), readByName: expect.any(String) })]);
  });

  it('addresses a leader’s invitation to the branch leader only', async () => {
    const leader = as(await passwordToken('leader'));
    expectProblem(await leader('/materials', 'POST', { kind: 'inspection_invitation', title: `视察 ${tag}`, recipientOrgUnitIds: [unit('民盟')] }), 400, 'VALIDATION.INVALID_INPUT', 'eventAt');
    const invitation = (await leader('/materials', 'POST', { kind: 'inspection_invitation', title: `视察重点项目 ${tag}`, eventAt: inSeconds(86_400 * 7), location: '巴州区工业园', recipientOrgUnitIds: [unit('民盟')] })).body as MaterialView;
    expectProblem(await minmeng(`/materials/${invitation.id}`), 404, 'COMMON.NOT_FOUND');
    expect((await minmengLeader(`/materials/${invitation.id}`)).body).toMatchObject({ kind: 'inspection_invitation', location: '巴州区工业园' });
    expectProblem(await as(await passwordToken('fagai'))('/materials', 'POST', { kind: 'meeting_invitation', title: 'x', eventAt: inSeconds(3600), recipientOrgUnitIds: [unit('民盟')] }), 403, 'AUTH.FORBIDDEN');
  });
});
