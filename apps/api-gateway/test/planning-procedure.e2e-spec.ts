import type { DistrictFiguresView, NoticeView, PlanItemView, PlanRevisionView, PlanSolicitedPayload, PlanView, ResearchTopicView } from '@xieshang/contracts';
import { callGateway, eventually, passwordToken } from '@xieshang/platform-testing';
import { as, eventsSince, expectProblem, orgUnits, randomYear, suffix, type Unit } from './planning-fixtures.js';

const query = (filter: object) => `?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${encodeURIComponent('[0,99]')}`;

/**
 * The procedure's own checks on a plan: the parties are asked first (or the reason recorded), by
 * a deadline still to come and with a notice to each branch; study tours count at approval;
 * revisions and renames of the published plan keep their reasons; the city sees each plan's state.
 */
describe('the planning procedure’s checks', () => {
  const base = randomYear(5);
  const second = randomYear(9);
  const tag = suffix();
  let office: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  let tourLimits: { min: number; max: number };

  const meeting = (topic: string, meetingType: string, month: number) => ({
    topic: `${topic} ${tag}`,
    form: 'meeting',
    meetingType,
    plannedMonth: month,
    participantOrgUnitIds: [units.get('民盟')?.id],
    leadOrgUnitId: units.get('区委统战部')?.id,
    contentCategory: 'policies_and_plans',
  });

  /** A plan of `year` with exactly the yearly minimums of meetings. */
  const fullPlan = async (year: number): Promise<{ plan: PlanView; items: PlanItemView[] }> => {
    const plan = (await office('/plans', 'POST', { year, title: `巴州区${year}年度计划` })).body as PlanView;
    const items: PlanItemView[] = [];
    for (const kind of ['thematic', 'research', 'briefing'] as const) {
      for (let n = 0; n < plan.minimums[kind].required; n += 1) items.push((await office(`/plans/${plan.id}/items`, 'POST', meeting(`${kind}${n}`, kind, 3 + n))).body as PlanItemView);
    }
    return { plan, items };
  };

  const tour = (year: number, n: number) => ({ year, kind: 'study_tour', title: `考察 ${n} ${tag}`, tourDate: `${year}-0${n + 3}-15`, destination: '成都市' });

  beforeAll(async () => {
    const token = await passwordToken('office');
    [office, leader, minmeng] = [as(token), as(await passwordToken('leader')), as(await passwordToken('minmeng'))];
    units = await orgUnits(token);
    const settings = (await callGateway('/api/v1/settings', { token: await passwordToken('bazhou-admin') })).body as { key: string; value: number }[];
    const value = (key: string) => settings.find((entry) => entry.key === key)?.value as number;
    tourLimits = { min: value('research.studyToursMin'), max: value('research.studyToursMax') };
    expect(tourLimits.min).toBeGreaterThanOrEqual(1);
  });

  it('refuses a suggestions deadline already past, naming the field, and leaves the plan as it was', async () => {
    const plan = (await office('/plans', 'POST', { year: base, title: `巴州区${base}年度计划` })).body as PlanView;
    expectProblem(await office(`/plans/${plan.id}/solicit`, 'POST', { suggestionsDeadline: '2020-01-31' }), 422, 'VALIDATION.DEADLINE_PASSED', 'suggestionsDeadline');
    expect((await office(`/plans/${plan.id}`)).body).toMatchObject({ status: 'draft', suggestionsDeadline: null });
  });

  it('asks every party branch by name, and each gets one notice with the deadline in both languages', async () => {
    const plan = ((await office(`/plans${query({ year: base })}`)).body as PlanView[])[0] as PlanView;
    const since = new Date(Date.now() - 1_000);
    const deadline = `${base}-02-28`;
    expect((await office(`/plans/${plan.id}/solicit`, 'POST', { suggestionsDeadline: deadline })).body).toMatchObject({ status: 'soliciting' });
    const [event] = await eventsSince<PlanSolicitedPayload>('evt.planning.plan.solicited.v1', since, (envelope) => envelope.payload.planId === plan.id);
    const parties = [...units.values()].filter((unit) => ['democratic_party', 'non_party', 'federation'].includes(unit.kind)).map((unit) => unit.id);
    expect(event?.payload).toMatchObject({ year: base, suggestionsDeadline: deadline });
    expect([...(event?.payload.partyOrgUnitIds ?? [])].sort()).toEqual(parties.sort());
    const notices = await eventually(async () => (await minmeng(`/notices${query({ planId: plan.id, kind: 'plan.solicited' })}`)).body as NoticeView[], {
      until: (found) => found.length > 0,
      what: 'the notice asking for topics',
    });
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ recipientOrgUnitId: units.get('民盟')?.id, reference: { planId: plan.id, suggestionsDeadline: deadline } });
    expect(notices[0]?.bodyZh).toContain(`请于${base}年2月28日前`);
    expect(notices[0]?.bodyEn).toContain(`by 28 February ${base}`);
  });

  it('sends a plan whose parties were never asked to review only with the reason, which the plan keeps', async () => {
    const { plan } = await fullPlan(second);
    expectProblem(await office(`/plans/${plan.id}/submit-for-review`, 'POST'), 422, 'VALIDATION.REASON_REQUIRED', 'skipSolicitationReason');
    expect((await office(`/plans/${plan.id}`)).body).toMatchObject({ status: 'draft' });
    const sent = await office(`/plans/${plan.id}/submit-for-review`, 'POST', { skipSolicitationReason: '各党派已在年初座谈会上提出议题' });
    expect(sent.body).toMatchObject({ status: 'under_review', skipSolicitationReason: '各党派已在年初座谈会上提出议题' });
  });

  it('checks the study-tour minimum at approval, and leaves closed tours out of the maximum', async () => {
    const year = second;
    const plan = ((await office(`/plans${query({ year })}`)).body as PlanView[])[0] as PlanView;
    const refused = await leader(`/plans/${plan.id}/approve`, 'POST', { decisionReference: `巴州委〔${year}〕1号` });
    expectProblem(refused, 409, 'PLANNING.MINIMUMS_NOT_MET', 'belowMinimumReason');
    expect(refused.body).toMatchObject({ detail: expect.stringContaining(`studyTours 0/${tourLimits.min}`) });

    const tours: ResearchTopicView[] = [];
    for (let n = 1; n <= tourLimits.max; n += 1) tours.push((await office('/research-topics', 'POST', tour(year, n))).body as ResearchTopicView);
    expectProblem(await office('/research-topics', 'POST', tour(year, tourLimits.max + 1)), 409, 'PLANNING.TOO_MANY_STUDY_TOURS');
    const closing = tours[0] as ResearchTopicView;
    const closed = await office(`/research-topics/${closing.id}`, 'PUT', { title: closing.title, description: closing.description, status: 'closed', version: closing.version });
    expect(closed.body).toMatchObject({ status: 'closed' });
    expect((await office('/research-topics', 'POST', tour(year, tourLimits.max + 1))).status).toBe(201);

    const approved = await leader(`/plans/${plan.id}/approve`, 'POST', { decisionReference: `巴州委〔${year}〕1号` });
    expect(approved.body).toMatchObject({ status: 'approved', belowMinimumReason: null });
  });

  it('refuses a revision that drops the published plan below a minimum unless it carries the reason', async () => {
    const year = second;
    const plan = ((await office(`/plans${query({ year })}`)).body as PlanView[])[0] as PlanView;
    await office(`/plans/${plan.id}/publish`, 'POST');
    const thematic = ((await office(`/plans/${plan.id}/items${query({})}`)).body as PlanItemView[]).find((item) => item.meetingType === 'thematic') as PlanItemView;
    expectProblem(await office(`/plan-items/${thematic.id}/cancel`, 'POST', { reason: '议题取消' }), 409, 'PLANNING.MINIMUMS_NOT_MET', 'belowMinimumReason');
    const asBriefing = { ...meeting('改为通报', 'briefing', 5), reason: '改为情况通报', version: thematic.version };
    expectProblem(await office(`/plan-items/${thematic.id}`, 'PUT', asBriefing), 409, 'PLANNING.MINIMUMS_NOT_MET', 'belowMinimumReason');
    expect(((await office(`/plans/${plan.id}`)).body as PlanView).currentRevision).toBe(1);

    const changed = await office(`/plan-items/${thematic.id}`, 'PUT', { ...asBriefing, belowMinimumReason: '专题协商并入下半年' });
    expect(changed.status).toBe(200);
    const [latest] = (await office(`/plans/${plan.id}/revisions`)).body as PlanRevisionView[];
    expect(latest).toMatchObject({ number: 2, reason: '改为情况通报', belowMinimumReason: '专题协商并入下半年' });
    const view = (await office(`/plans/${plan.id}`)).body as PlanView;
    expect(view.minimums.thematic).toMatchObject({ met: false });
  });

  it('renames the published plan only with a reason, as a revision naming both titles', async () => {
    const year = second;
    const plan = ((await office(`/plans${query({ year })}`)).body as PlanView[])[0] as PlanView;
    const renamed = `巴州区${year}年度政党协商计划（修订）`;
    expectProblem(await office(`/plans/${plan.id}`, 'PUT', { title: renamed, version: plan.version }), 422, 'VALIDATION.REASON_REQUIRED', 'reason');
    const done = await office(`/plans/${plan.id}`, 'PUT', { title: renamed, version: plan.version, reason: '按区委要求规范名称' });
    expect(done.body).toMatchObject({ title: renamed, currentRevision: plan.currentRevision + 1 });
    const [latest] = (await office(`/plans/${plan.id}/revisions`)).body as PlanRevisionView[];
    expect(latest).toMatchObject({ reason: '按区委要求规范名称', changes: { title: { before: plan.title, after: renamed }, added: [], changed: [], cancelled: [] } });
  });

  it('shows the city each district’s plan of a year, with its state and minimums', async () => {
    const city = await passwordToken('city');
    const figures = await callGateway(`/api/v1/district-figures${query({ year: base })}`, { token: city });
    expect(figures.status).toBe(200);
    const byCode = new Map((figures.body as DistrictFiguresView[]).map((district) => [district.code, district]));
    expect(byCode.get('bazhou')?.plan).toMatchObject({ year: base, status: 'soliciting', minimums: { thematic: { planned: 0, met: false } } });
    expect(byCode.get('enyang')?.plan).toMatchObject({ year: base, status: null });
    expect(byCode.get('bazhou')?.orgUnits).toBeGreaterThanOrEqual(20);
    const thisYear = await callGateway('/api/v1/district-figures', { token: city });
    expect((thisYear.body as DistrictFiguresView[])[0]?.plan.year).toBe(Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4)));
  });

  it('matches % and _ in search text literally', async () => {
    const plan = ((await office(`/plans${query({ year: base })}`)).body as PlanView[])[0] as PlanView;
    for (const topic of ['增长100%目标', '增长1000目标', 'a_b议题', 'axb议题']) await office(`/plans/${plan.id}/items`, 'POST', meeting(topic, 'thematic', 4));
    const found = async (q: string) => ((await office(`/plans/${plan.id}/items${query({ q })}`)).body as PlanItemView[]).map((item) => item.topic);
    expect(await found('100%')).toEqual([`增长100%目标 ${tag}`]);
    expect(await found('a_b')).toEqual([`a_b议题 ${tag}`]);
    expect(await found('%')).toEqual([`增长100%目标 ${tag}`]);
  });
});
