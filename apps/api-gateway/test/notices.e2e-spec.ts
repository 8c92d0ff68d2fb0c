import type { AuditEventView, NoticeView, PlanItemView, PlanView, UnreadNoticeCount } from '@xieshang/contracts';
import { eventually, passwordToken } from '@xieshang/platform-testing';
import { as, expectProblem, orgUnits, randomYear, type Unit } from './planning-fixtures.js';

const PARTY_KINDS = ['democratic_party', 'non_party', 'federation'];
const query = (filter: object) => `?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,99]')}`;

/** A published plan becomes a notice for every person of every party branch, each read by its reader alone. */
describe('notices of a published plan', () => {
  const year = randomYear(4);
  let office: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let minmengLeader: ReturnType<typeof as>;
  let jiusan: ReturnType<typeof as>;
  let fagai: ReturnType<typeof as>;
  let enyang: ReturnType<typeof as>;
  let admin: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  let plan: PlanView;
  let minmengNotice: NoticeView;

  const ofPlan = async (reader: ReturnType<typeof as>): Promise<NoticeView[]> =>
    (await reader(`/notices${query({ planId: plan.id, kind: 'plan.published' })}`)).body as NoticeView[];
  const unread = async (reader: ReturnType<typeof as>): Promise<number> => ((await reader('/notices/unread-count')).body as UnreadNoticeCount).unread;

  beforeAll(async () => {
    const names = ['office', 'leader', 'minmeng', 'minmeng-leader', 'jiusan', 'fagai', 'enyang-office', 'bazhou-admin'];
    const tokens = await Promise.all(names.map((name) => passwordToken(name)));
    const [o, l, m, ml, j, f, e, a] = tokens.map((token) => as(token));
    [office, minmeng, minmengLeader, jiusan, fagai, enyang, admin] = [o, m, ml, j, f, e, a] as ReturnType<typeof as>[];
    const leader = l as ReturnType<typeof as>;
    units = await orgUnits(tokens[0] as string);
    plan = (await office('/plans', 'POST', { year, title: `巴州区${year}年度政党协商计划` })).body as PlanView;
    for (const [n, meetingType] of (['thematic', 'research', 'briefing'] as const).entries()) {
      const item = await office(`/plans/${plan.id}/items`, 'POST', {
        topic: `通知测试议题${n + 1}`,
        form: 'meeting',
        meetingType,
        plannedMonth: 3 + n,
        participantOrgUnitIds: [units.get('民盟')?.id],
        leadOrgUnitId: units.get('区委统战部')?.id,
        contentCategory: 'policies_and_plans',
      });
      expect((item.body as PlanItemView).planId).toBe(plan.id);
    }
    await office(`/plans/${plan.id}/submit-for-review`, 'POST', { skipSolicitationReason: '通知测试不征集' });
    await leader(`/plans/${plan.id}/approve`, 'POST', { decisionReference: `巴州委〔${year}〕3号`, belowMinimumReason: '通知测试' });
    expect((await office(`/plans/${plan.id}/publish`, 'POST')).body).toMatchObject({ status: 'published', itemCount: 3 });
  });

  it('tells each person of each party branch once, naming their org unit, with the year and item count', async () => {
    for (const [reader, unit] of [[minmeng, '民盟'], [minmengLeader, '民盟'], [jiusan, '九三学社']] as const) {
      const notices = await eventually(() => ofPlan(reader), { until: (found) => found.length > 0, what: 'the notice' });
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({
        kind: 'plan.published',
        category: 'planning',
        recipientPersonId: expect.any(String),
        recipientOrgUnitId: units.get(unit)?.id,
        read: false,
        reference: { planId: plan.id, year },
        link: { resource: 'plans', id: plan.id },
      });
      expect(notices[0]?.bodyZh).toContain(`${year}年度`);
      expect(notices[0]?.bodyZh).toContain('共3项');
      expect(notices[0]?.bodyEn).toContain(`The ${year} party consultation plan`);
    }
    minmengNotice = (await ofPlan(minmeng))[0] as NoticeView;
  });

  it('gives each reader a notice of their own, and none to office, who published it', async () => {
    const [own] = await ofPlan(minmengLeader);
    expect(own?.id).not.toBe(minmengNotice.id);
    expect(own?.recipientPersonId).not.toBe(minmengNotice.recipientPersonId);
    const parties = [...units.values()].filter((unit) => PARTY_KINDS.includes(unit.kind)).map((unit) => unit.id);
    expect(parties).toContain(minmengNotice.recipientOrgUnitId);
    expect(await ofPlan(office)).toEqual([]);
    expectProblem(await office(`/notices/${minmengNotice.id}`), 404, 'COMMON.NOT_FOUND');
  });

  it('shows a department and another district nothing of it', async () => {
    expect(await ofPlan(fagai)).toEqual([]);
    expectProblem(await fagai(`/notices/${minmengNotice.id}`), 404, 'COMMON.NOT_FOUND');
    expect(await ofPlan(enyang)).toEqual([]);
    expectProblem(await enyang(`/notices/${minmengNotice.id}`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await enyang(`/notices/${minmengNotice.id}/read`, 'POST'), 404, 'COMMON.NOT_FOUND');
  });

  it('keeps a branch to its own notices even when it asks for another branch’s', async () => {
    expect((await jiusan(`/notices${query({ recipientOrgUnitId: units.get('民盟')?.id })}`)).body).toEqual([]);
    expectProblem(await jiusan(`/notices/${minmengNotice.id}`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await jiusan(`/notices${query({ reader: { orgUnitId: units.get('民盟')?.id } })}`), 400, 'VALIDATION.INVALID_INPUT', 'filter.reader');
  });

  it('marks a notice read for the reader alone, once', async () => {
    const before = await unread(minmeng);
    const read = await minmeng(`/notices/${minmengNotice.id}/read`, 'POST');
    expect(read.status).toBe(200);
    const first = read.body as NoticeView;
    expect(first).toMatchObject({ id: minmengNotice.id, read: true, readAt: expect.any(String) });
    expect(await unread(minmeng)).toBe(before - 1);
    const again = (await minmeng(`/notices/${minmengNotice.id}/read`, 'POST')).body as NoticeView;
    expect(again.readAt).toBe(first.readAt);
    expect(await unread(minmeng)).toBe(before - 1);
    expect(((await minmeng(`/notices${query({ planId: plan.id, unread: true })}`)).body as NoticeView[]).length).toBe(0);
    expectProblem(await minmengLeader(`/notices/${minmengNotice.id}`), 404, 'COMMON.NOT_FOUND');
    expect((await ofPlan(minmengLeader))[0]).toMatchObject({ read: false, readAt: null });
  });

  it('answers the list as react-admin reads it, newest first', async () => {
    const page = await minmeng(`/notices?range=${encodeURIComponent('[0,1]')}`);
    expect(page.headers.get('content-range')).toMatch(/^notices 0-\d+\/\d+$/);
    const [newer, older] = page.body as NoticeView[];
    if (newer && older) expect(newer.createdAt >= older.createdAt).toBe(true);
    expectProblem(await minmeng(`/notices?sort=${encodeURIComponent('["bodyZh","ASC"]')}`), 400, 'VALIDATION.INVALID_INPUT', 'sort');
    expectProblem(await minmeng('/notices/not-a-uuid'), 400, 'VALIDATION.INVALID_INPUT', 'id');
  });

  it('leaves the creation and the one reading in the audit trail', async () => {
    const trail = await eventually(
      async () => (await admin(`/audit-events${query({ entity: 'notice', entityId: minmengNotice.id })}`)).body as AuditEventView[],
      { until: (events) => events.length >= 2, what: 'both audit records' },
    );
    expect(trail.map((event) => event.action).sort()).toEqual(['created', 'read']);
    expect(trail.find((event) => event.action === 'read')?.after).toMatchObject({ read: true });
  });
});
