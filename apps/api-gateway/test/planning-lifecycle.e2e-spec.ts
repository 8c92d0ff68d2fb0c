import type { PlanItemView, PlanPublishedPayload, PlanRevisedPayload, PlanRevisionView, PlanSuggestionView, PlanView } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { as, eventsSince, expectProblem, orgUnits, randomYear, suffix, type Unit } from './planning-fixtures.js';

/**
 * The year of a plan in the demo district: drafted, parties asked, a suggestion through its
 * branch's leader, accepted and declined, approved below the minimums with a reason, published,
 * revised, and never seen by another district.
 */
describe('the annual consultation plan, from draft to revision', () => {
  const year = randomYear(1);
  const tag = suffix();
  let office: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let minmengLeader: ReturnType<typeof as>;
  let jiusan: ReturnType<typeof as>;
  let enyang: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  let plan: PlanView;
  const items: PlanItemView[] = [];
  const suggestions: Record<string, PlanSuggestionView> = {};

  const item = (topic: string, meetingType: string | null, month: number) => ({
    topic: `${topic} ${tag}`,
    form: meetingType ? 'meeting' : 'written',
    meetingType,
    plannedMonth: month,
    participantOrgUnitIds: [units.get('民盟')?.id, units.get('九三学社')?.id],
    leadOrgUnitId: units.get('区委统战部')?.id,
    contentCategory: 'reform_development_livelihood',
  });

  beforeAll(async () => {
    const [o, l, m, ml, j, e] = await Promise.all(['office', 'leader', 'minmeng', 'minmeng-leader', 'jiusan', 'enyang-office'].map((name) => passwordToken(name)));
    [office, leader, minmeng, minmengLeader, jiusan, enyang] = [o, l, m, ml, j, e].map((token) => as(token as string));
    units = await orgUnits(o as string);
  });

  it('lets office draft the plan with items, and shows how it stands against the minimums', async () => {
    const created = await office('/plans', 'POST', { year, title: `巴州区${year}年度政党协商计划` });
    expect(created.status).toBe(201);
    plan = created.body as PlanView;
    const { thematic, research, briefing } = plan.minimums;
    const drafts = [
      ...Array.from({ length: thematic.required - 1 }, (_, i) => item(`专题协商${i + 1}`, 'thematic', 3 + i)),
      ...Array.from({ length: research.required }, (_, i) => item(`调研协商${i + 1}`, 'research', 6)),
      ...Array.from({ length: briefing.required }, (_, i) => item(`情况通报${i + 1}`, 'briefing', 9 + (i % 3))),
      item('书面征求意见', null, 11),
    ];
    for (const draft of drafts) {
      const result = await office(`/plans/${plan.id}/items`, 'POST', draft);
      expect(result.status).toBe(201);
      items.push(result.body as PlanItemView);
    }
    const view = (await office(`/plans/${plan.id}`)).body as PlanView;
    expect(view.itemCount).toBe(drafts.length);
    expect(view.minimums.thematic).toEqual({ required: thematic.required, planned: thematic.required - 1, met: false });
    expect(view.minimums.research.met && view.minimums.briefing.met).toBe(true);
  });

  it('keeps the draft from party members', async () => {
    expectProblem(await minmeng(`/plans/${plan.id}`), 404, 'COMMON.NOT_FOUND');
    expect(((await minmeng(`/plans?filter=${encodeURIComponent(JSON.stringify({ year }))}`)).body as PlanView[]).length).toBe(0);
  });

  it('asks the parties for topics until a deadline', async () => {
    const result = await office(`/plans/${plan.id}/solicit`, 'POST', { suggestionsDeadline: `${year}-01-31` });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'soliciting', suggestionsDeadline: `${year}-01-31` });
  });

  it('lets a party member draft suggestions for their own branch, unseen by office until sent', async () => {
    const spoofed = { orgUnitId: units.get('九三学社')?.id, displayName: '冒名' };
    for (const key of ['accepted', 'declined']) {
      const body = { planId: plan.id, topic: `民盟建议（${key}）${tag}`, reason: '群众关切，建议纳入年度协商' };
      expectProblem(await minmeng('/plan-suggestions', 'POST', { ...body, actor: spoofed }), 400, 'VALIDATION.INVALID_INPUT', 'actor');
      const result = await minmeng('/plan-suggestions', 'POST', body);
      expect(result.status).toBe(201);
      suggestions[key] = result.body as PlanSuggestionView;
      expect(suggestions[key]).toMatchObject({ status: 'draft', orgUnitId: units.get('民盟')?.id, authorName: '刘明理' });
    }
    const jiusanDraft = await jiusan('/plan-suggestions', 'POST', { planId: plan.id, topic: `九三学社建议 ${tag}`, reason: '科技创新' });
    suggestions['jiusan'] = jiusanDraft.body as PlanSuggestionView;
    const seen = (await office(`/plan-suggestions?filter=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}`)).body as PlanSuggestionView[];
    expect(seen).toEqual([]);
    expectProblem(await office(`/plan-suggestions/${suggestions['accepted']?.id}`), 404, 'COMMON.NOT_FOUND');
  });

  it('does not send a suggestion without its branch leader’s approval', async () => {
    const submitted = await minmeng(`/plan-suggestions/${suggestions['accepted']?.id}/submit`, 'POST');
    expect(submitted.body).toMatchObject({ status: 'awaiting_leader' });
    expectProblem(await minmeng(`/plan-suggestions/${suggestions['accepted']?.id}/approve`, 'POST'), 403, 'AUTH.FORBIDDEN');
    await jiusan(`/plan-suggestions/${suggestions['jiusan']?.id}/submit`, 'POST');
    expectProblem(await minmengLeader(`/plan-suggestions/${suggestions['jiusan']?.id}/approve`, 'POST'), 404, 'COMMON.NOT_FOUND');
    expect(((await office(`/plan-suggestions?filter=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}`)).body as unknown[]).length).toBe(0);
    const sent = await minmengLeader(`/plan-suggestions/${suggestions['accepted']?.id}/approve`, 'POST');
    expect(sent.body).toMatchObject({ status: 'sent', approvedByName: '何主委' });
    await minmeng(`/plan-suggestions/${suggestions['declined']?.id}/submit`, 'POST');
    await minmengLeader(`/plan-suggestions/${suggestions['declined']?.id}/approve`, 'POST');
    const inbox = (await office(`/plan-suggestions?filter=${encodeURIComponent(JSON.stringify({ planId: plan.id }))}`)).body as PlanSuggestionView[];
    expect(inbox.map((s) => s.id).sort()).toEqual([suggestions['accepted']?.id, suggestions['declined']?.id].sort());
  });

  it('refuses review while sent suggestions are undecided', async () => {
    expectProblem(await office(`/plans/${plan.id}/submit-for-review`, 'POST'), 409, 'PLANNING.SUGGESTIONS_UNDECIDED');
  });

  it('accepts one suggestion as a party item linked back, and declines another with a reason the party reads', async () => {
    const accepted = await office(`/plan-suggestions/${suggestions['accepted']?.id}/accept`, 'POST', {
      form: 'meeting',
      meetingType: 'research',
      plannedMonth: 7,
      contentCategory: 'united_front',
    });
    expect(accepted.status).toBe(200);
    const decision = accepted.body as PlanSuggestionView;
    expect(decision.status).toBe('accepted');
    const linked = (await office(`/plan-items/${decision.planItemId}`)).body as PlanItemView;
    expect(linked).toMatchObject({ origin: 'party', suggestionId: decision.id, topic: suggestions['accepted']?.topic, participantOrgUnitIds: [units.get('民盟')?.id] });
    items.push(linked);
    expectProblem(await office(`/plan-suggestions/${suggestions['declined']?.id}/decline`, 'POST', {}), 400, 'VALIDATION.INVALID_INPUT', 'reason');
    await office(`/plan-suggestions/${suggestions['declined']?.id}/decline`, 'POST', { reason: '与第三季度专题协商重复，并入该议题' });
    const seenByParty = (await minmeng(`/plan-suggestions/${suggestions['declined']?.id}`)).body as PlanSuggestionView;
    expect(seenByParty).toMatchObject({ status: 'declined', declineReason: '与第三季度专题协商重复，并入该议题' });
  });

  it('goes to the standing committee, and no one but the leader approves it', async () => {
    expect((await office(`/plans/${plan.id}/submit-for-review`, 'POST')).body).toMatchObject({ status: 'under_review' });
    expectProblem(await minmeng(`/plans/${plan.id}/approve`, 'POST', { decisionReference: '巴州委〔2027〕3号' }), 403, 'AUTH.FORBIDDEN');
    expectProblem(await office(`/plans/${plan.id}/approve`, 'POST', { decisionReference: '巴州委〔2027〕3号' }), 403, 'AUTH.FORBIDDEN');
    expectProblem(await office(`/plans/${plan.id}/items`, 'POST', item('审议中新增', 'thematic', 4)), 409, 'PLANNING.PLAN_NOT_IN_STATE');
  });

  it('refuses approval with too few thematic consultations unless the leader gives a reason, and shows the reason', async () => {
    const refused = await leader(`/plans/${plan.id}/approve`, 'POST', { decisionReference: `巴州委〔${year}〕3号` });
    expectProblem(refused, 409, 'PLANNING.MINIMUMS_NOT_MET');
    expect(refused.body).toMatchObject({ detail: expect.stringContaining('thematic') });
    const reason = '下半年区委换届，专题协商顺延一次';
    const approved = await leader(`/plans/${plan.id}/approve`, 'POST', { decisionReference: `巴州委〔${year}〕3号`, belowMinimumReason: reason });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', belowMinimumReason: reason, approvedByName: '陈书记', decisionReference: `巴州委〔${year}〕3号` });
    expect((await office(`/plans/${plan.id}`)).body).toMatchObject({ belowMinimumReason: reason, allowedActions: ['publish'] });
  });

  it('publishes the plan and names every party branch in the event', async () => {
    const since = new Date(Date.now() - 1_000);
    const published = await office(`/plans/${plan.id}/publish`, 'POST');
    expect(published.body).toMatchObject({ status: 'published', currentRevision: 1, itemCount: items.length });
    const events = await eventsSince<PlanPublishedPayload>('evt.planning.plan.published.v1', since, (event) => event.payload.planId === plan.id);
    expect(events).toHaveLength(1);
    const parties = [...units.values()].filter((unit) => ['democratic_party', 'non_party', 'federation'].includes(unit.kind)).map((unit) => unit.id);
    expect(events[0]?.payload).toMatchObject({ year, itemCount: items.length, publishedByName: '李文静' });
    expect([...(events[0]?.payload.partyOrgUnitIds ?? [])].sort()).toEqual(parties.sort());
    expect(events[0]?.tenantId).toBe('bazhou');
  });

  it('shows the published plan and its items to party members', async () => {
    expect((await minmeng(`/plans/${plan.id}`)).body).toMatchObject({ status: 'published' });
    const seen = await minmeng(`/plans/${plan.id}/items?range=${encodeURIComponent('[0,99]')}`);
    expect(seen.headers.get('content-range')).toBe(`plan-items 0-${items.length - 1}/${items.length}`);
  });

  it('changes the published plan only with a reason, as a new revision that keeps the earlier one readable', async () => {
    const first = items[0] as PlanItemView;
    const { topic, form, meetingType, plannedDate, participantOrgUnitIds, leadOrgUnitId, contentCategory, version } = first;
    const changed = { topic, form, meetingType, plannedDate, participantOrgUnitIds, leadOrgUnitId, contentCategory, plannedMonth: 10, version };
    expectProblem(await office(`/plan-items/${first.id}`, 'PUT', changed), 422, 'VALIDATION.REASON_REQUIRED', 'reason');
    const since = new Date(Date.now() - 1_000);
    expect((await office(`/plan-items/${first.id}`, 'PUT', { ...changed, reason: '会期调整' })).status).toBe(200);
    const added = await office(`/plans/${plan.id}/items`, 'POST', { ...item('临时增加议题', 'thematic', 12), reason: '区委临时部署' });
    expect(added.status).toBe(201);
    expectProblem(await office(`/plan-items/${items[1]?.id}/cancel`, 'POST', { reason: '并入其他议题' }), 409, 'PLANNING.MINIMUMS_NOT_MET', 'belowMinimumReason');
    const cancelled = await office(`/plan-items/${items[1]?.id}/cancel`, 'POST', { reason: '并入其他议题', belowMinimumReason: '专题协商合并召开' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: '并入其他议题' });

    const history = (await office(`/plans/${plan.id}/revisions`)).body as PlanRevisionView[];
    expect(history.map((revision) => revision.number)).toEqual([4, 3, 2, 1]);
    expect(history.find((revision) => revision.number === 2)).toMatchObject({
      reason: '会期调整',
      madeByName: '李文静',
      changes: { added: [], cancelled: [], changed: [{ itemId: first.id, fields: [{ field: 'plannedMonth', before: first.plannedMonth, after: 10 }] }] },
    });
    expect(history.find((revision) => revision.number === 3)?.changes.added).toEqual([{ itemId: (added.body as PlanItemView).id, topic: `临时增加议题 ${tag}` }]);
    expect(history.find((revision) => revision.number === 4)).toMatchObject({ belowMinimumReason: '专题协商合并召开', changes: { cancelled: [{ itemId: items[1]?.id, topic: items[1]?.topic }] } });

    const asPublished = (await minmeng(`/plans/${plan.id}/revisions/1`)).body as PlanRevisionView;
    expect(asPublished.items?.find((entry) => entry.id === first.id)?.plannedMonth).toBe(first.plannedMonth);
    expect(asPublished.items).toHaveLength(items.length);

    const revised = await eventsSince<PlanRevisedPayload>('evt.planning.plan.revised.v1', since, (event) => event.payload.planId === plan.id && event.payload.revision === 2);
    expect(revised[0]?.payload).toMatchObject({ reason: '会期调整', partyOrgUnitIds: expect.arrayContaining([units.get('民盟')?.id]) });
  });

  it('is never seen by another district', async () => {
    expectProblem(await enyang(`/plans/${plan.id}`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await enyang(`/plans/${plan.id}/revisions/1`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await enyang(`/plan-items/${items[0]?.id}`), 404, 'COMMON.NOT_FOUND');
    const listed = await enyang(`/plans?filter=${encodeURIComponent(JSON.stringify({ year }))}`);
    expect(listed.body).toEqual([]);
    expect(listed.headers.get('content-range')).toBe('plans */0');
  });
});
