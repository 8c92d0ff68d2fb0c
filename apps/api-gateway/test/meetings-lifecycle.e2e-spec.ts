import type { AgendaOutcomeView, MeetingFiguresView, MeetingView, OpinionRecordedPayload, PlanItemView } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { makePdf, meetingOfItem, meetingYear, publishPlanWithMeeting, uploadToMeeting } from './meetings-fixtures.js';
import { as, download, eventsSince, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';

/**
 * A thematic meeting from the published plan to its close: moved by a plan revision while still
 * planned, noticed, documents read, a party's opinion drafted and approved, held, opinions raised,
 * minutes recorded, outcomes sent on exactly once, closed.
 */
describe('a thematic meeting from a published plan item, through its whole life', () => {
  const year = meetingYear(0);
  const tag = suffix();
  const topic = `优化营商环境专题协商 ${tag}`;
  let office: ReturnType<typeof as>;
  let ufwd: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let minmengLeader: ReturnType<typeof as>;
  let jiusan: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  let item: PlanItemView;
  let meeting: MeetingView;
  let tokens: string[];
  const pdf = makePdf(topic);

  beforeAll(async () => {
    tokens = (await Promise.all(['office', 'ufwd', 'leader', 'minmeng', 'minmeng-leader', 'jiusan'].map((name) => passwordToken(name)))) as string[];
    [office, ufwd, leader, minmeng, minmengLeader, jiusan] = tokens.map((token) => as(token as string));
    units = await orgUnits(tokens[0] as string);
  });

  it('turns the published plan’s meeting item into a planned meeting', async () => {
    ({ item } = await publishPlanWithMeeting(office, leader, units, year, topic, `${year}-06-15`));
    meeting = await meetingOfItem(office, item.id);
    expect(meeting).toMatchObject({
      type: 'thematic',
      title: topic,
      origin: 'plan',
      status: 'planned',
      plannedDate: `${year}-06-15`,
      year,
      leadOrgUnitId: units.get('区委统战部')!.id,
      invitedOrgUnitIds: [units.get('民盟')!.id, units.get('九三学社')!.id],
    });
  });

  it('moves the planned meeting when a revision of the plan moves its item', async () => {
    const changed = { ...item, plannedDate: `${year}-06-22`, reason: '会期调整' };
    const { id: _id, planId: _planId, origin: _origin, suggestionId: _s, status: _st, cancelReason: _c, createdAt: _ca, updatedAt: _u, ...body } = changed;
    expect((await office(`/plan-items/${item.id}`, 'PUT', body)).status).toBe(200);
    meeting = await meetingOfItem(office, item.id, (found) => found.plannedDate === `${year}-06-22`);
    const detail = (await office(`/meetings/${meeting.id}`)).body as MeetingView;
    expect(detail.steps.map((step) => step.step)).toEqual(['planned', 'plan-revised']);
    expect(detail.steps[1]?.reason).toBe('会期调整');
  });

  it('lets office set the day and place, then send the notice in time without a reason', async () => {
    const updated = await office(`/meetings/${meeting.id}`, 'PUT', {
      title: meeting.title,
      chairName: '区委书记',
      startsAt: `${year}-06-22T01:30:00Z`,
      place: '区委第一会议室',
      leadOrgUnitId: meeting.leadOrgUnitId,
      invitedOrgUnitIds: meeting.invitedOrgUnitIds,
      version: meeting.version,
    });
    expect(updated.status).toBe(200);
    expectProblem(await minmeng(`/meetings/${meeting.id}/notice`, 'POST', {}), 403, 'AUTH.FORBIDDEN');
    const noticed = await office(`/meetings/${meeting.id}/notice`, 'POST', {});
    expect(noticed.status).toBe(200);
    expect(noticed.body).toMatchObject({ status: 'noticed', lateNotice: false, lateNoticeReason: null });
    expectProblem(await office(`/meetings/${meeting.id}/notice`, 'POST', {}), 409, 'MEETING.NOT_IN_STATE');
  });

  it('has the invited parties read the documents and prepare an opinion their leader approves', async () => {
    expectProblem(await minmeng(`/meetings/${meeting.id}/confirm-reading`, 'POST'), 409, 'MEETING.NOT_IN_STATE');
    expectProblem(await office(`/meetings/${meeting.id}/provide-documents`, 'POST', {}), 409, 'MEETING.DOCUMENTS_MISSING');
    const uploaded = await uploadToMeeting(tokens[1]!, meeting.id, pdf, '营商环境文件稿.pdf');
    expect(uploaded.status).toBe(201);
    const [document] = (uploaded.body as MeetingView).documents;
    expect(document).toMatchObject({ title: '营商环境文件稿.pdf', version: 1, mediaType: 'application/pdf', size: pdf.length });
    expect((await office(`/meetings/${meeting.id}/provide-documents`, 'POST', {})).body).toMatchObject({ status: 'documents_ready', lateDocuments: false });
    const fetched = await download(`/meetings/${meeting.id}/documents/${document!.id}`, tokens[3]!);
    expect(fetched.status).toBe(200);
    expect(fetched.bytes.equals(pdf)).toBe(true);
    expect(fetched.headers.get('content-type')).toBe('application/pdf');
    const todo = async (caller: ReturnType<typeof as>, kind: string) =>
      ((await caller(`/meetings?filter=${encodeURIComponent(JSON.stringify({ todo: kind, q: tag }))}`)).body as MeetingView[]).map((found) => found.id);
    expect(await todo(minmeng, 'read')).toEqual([meeting.id]);
    expect((await minmeng(`/meetings/${meeting.id}/confirm-reading`, 'POST')).status).toBe(200);
    expect((await minmeng(`/meetings/${meeting.id}/confirm-reading`, 'POST')).status).toBe(200);
    expect(await todo(minmeng, 'read')).toEqual([]);
    expect(await todo(jiusan, 'read')).toEqual([meeting.id]);
    expect(await todo(office, 'read')).toEqual([]);
    const read = (await jiusan(`/meetings/${meeting.id}/confirm-reading`, 'POST')).body as MeetingView;
    expect(read.readings.map((reading) => reading.orgUnitId).sort()).toEqual([units.get('民盟')!.id, units.get('九三学社')!.id].sort());

    const drafted = (await minmeng(`/meetings/${meeting.id}/prepared-opinions`, 'POST', { text: `建议设立企业服务专员 ${tag}` })).body as MeetingView;
    const draft = drafted.preparedOpinions[0]!;
    expect(await todo(minmengLeader, 'approve')).toEqual([meeting.id]);
    expect(await todo(jiusan, 'approve')).toEqual([]);
    expect(draft).toMatchObject({ status: 'draft', orgUnitId: units.get('民盟')!.id });
    // The draft stays inside the party until its leader approves it.
    expect(((await office(`/meetings/${meeting.id}`)).body as MeetingView).preparedOpinions).toEqual([]);
    expect(((await jiusan(`/meetings/${meeting.id}`)).body as MeetingView).preparedOpinions).toEqual([]);
    expectProblem(await minmeng(`/meetings/${meeting.id}/prepared-opinions/${draft.id}/approve`, 'POST'), 403, 'AUTH.FORBIDDEN');
    const approved = (await minmengLeader(`/meetings/${meeting.id}/prepared-opinions/${draft.id}/approve`, 'POST')).body as MeetingView;
    expect(approved.preparedOpinions[0]).toMatchObject({ status: 'approved', approvedByName: expect.any(String) });
    expect(((await office(`/meetings/${meeting.id}`)).body as MeetingView).preparedOpinions.map((opinion) => opinion.id)).toEqual([draft.id]);
    expect(await todo(minmengLeader, 'approve')).toEqual([]);
    expect(await todo(jiusan, 'prepare')).toEqual([meeting.id]);
  });

  it('records the meeting held, the opinions raised and the minutes', async () => {
    expectProblem(await office(`/meetings/${meeting.id}/opinions`, 'POST', { raisedByName: '张三', text: '太早' }), 409, 'MEETING.NOT_IN_STATE');
    const held = await office(`/meetings/${meeting.id}/hold`, 'POST', {
      attendance: [
        { orgUnitId: units.get('民盟')!.id, name: '民盟代表' },
        { orgUnitId: units.get('九三学社')!.id, name: '九三学社代表' },
      ],
    });
    expect(held.body).toMatchObject({ status: 'held', attendance: [{ name: '民盟代表' }, { name: '九三学社代表' }] });
    const prepared = ((await office(`/meetings/${meeting.id}`)).body as MeetingView).preparedOpinions[0]!;
    const spoken = await office(`/meetings/${meeting.id}/opinions`, 'POST', {
      partyOrgUnitId: units.get('民盟')!.id,
      raisedByName: '民盟代表',
      text: prepared.text,
      preparedOpinionId: prepared.id,
      forAgenda: true,
    });
    expect(spoken.status).toBe(200);
    const written = await jiusan(`/meetings/${meeting.id}/opinions`, 'POST', { raisedByName: '九三学社', text: `书面意见：简化审批 ${tag}`, form: 'written' });
    expect(written.status).toBe(200);
    expect((written.body as MeetingView).opinions.map((opinion) => [opinion.partyOrgUnitId, opinion.form, opinion.forAgenda])).toEqual([
      [units.get('民盟')!.id, 'spoken', true],
      [units.get('九三学社')!.id, 'written', false],
    ]);
    expectProblem(await minmeng(`/meetings/${meeting.id}/record-minutes`, 'POST', { text: '纪要' }), 403, 'AUTH.FORBIDDEN');
    const minutes = await ufwd(`/meetings/${meeting.id}/record-minutes`, 'POST', { text: `会议纪要 ${tag}` });
    expect(minutes.body).toMatchObject({ status: 'minutes_recorded', minutes: { text: `会议纪要 ${tag}` } });
    const minutesPdf = makePdf(`会议纪要 ${tag}`);
    const attached = await uploadToMeeting(tokens[1]!, meeting.id, minutesPdf, '会议纪要.pdf', 'minutes-attachment');
    expect(attached.status).toBe(201);
    expect((attached.body as MeetingView).minutes).toMatchObject({ text: `会议纪要 ${tag}`, attachment: { fileName: '会议纪要.pdf', size: minutesPdf.length } });
    expect((await download(`/meetings/${meeting.id}/minutes-attachment`, tokens[5]!)).bytes.equals(minutesPdf)).toBe(true);
  });

  it('sends each opinion on exactly once, however often outcomes are transferred', async () => {
    const since = new Date(Date.now() - 1_000);
    expect((await office(`/meetings/${meeting.id}/transfer-outcomes`, 'POST')).body).toMatchObject({ status: 'outcomes_transferred' });
    expect((await office(`/meetings/${meeting.id}/transfer-outcomes`, 'POST')).body).toMatchObject({ status: 'outcomes_transferred' });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const events = await eventsSince<OpinionRecordedPayload>('evt.meeting.opinion.recorded.v1', since, (event) => event.payload.source.recordId === meeting.id);
    const view = (await office(`/meetings/${meeting.id}`)).body as MeetingView;
    expect(events.map((event) => event.payload.opinionId).sort()).toEqual(view.opinions.map((opinion) => opinion.id).sort());
    expect(events).toHaveLength(2);
    expect(events.find((event) => event.payload.partyOrgUnitId === units.get('民盟')!.id)?.payload).toMatchObject({
      source: { kind: 'meeting', recordId: meeting.id, title: topic },
      raisedByName: '民盟代表',
      suggestedTrack: 'actionable',
      confidential: false,
    });
    expect(view.opinions.every((opinion) => opinion.transferredAt !== null)).toBe(true);
  });

  it('lists the outcome marked for the standing committee for the office, and closes the meeting', async () => {
    const agenda = (await office(`/meetings/agenda-outcomes?year=${year}`)).body as AgendaOutcomeView[];
    expect(agenda.map((outcome) => outcome.meetingId)).toEqual([meeting.id]);
    expectProblem(await minmeng('/meetings/agenda-outcomes'), 403, 'AUTH.FORBIDDEN');
    const closed = (await office(`/meetings/${meeting.id}/close`, 'POST')).body as MeetingView;
    expect(closed.status).toBe('closed');
    expect(closed.steps.map((step) => step.step)).toEqual([
      'planned',
      'plan-revised',
      'updated',
      'noticed',
      'documents-provided',
      'held',
      'minutes-recorded',
      'outcomes-transferred',
      'outcomes-transferred',
      'closed',
    ]);
    const figures = (await leader(`/meetings/figures?year=${year}`)).body as MeetingFiguresView;
    expect(figures.byType.thematic).toMatchObject({ planned: 1, held: 1, cancelled: 0 });
    expect(figures).toMatchObject({ lateNotices: 0, lateDocuments: 0, total: 1 });
  });

  it('keeps every step in the audit trail', async () => {
    const expected = ['planned-from-plan', 'plan-revised', 'updated', 'noticed', 'added', 'documents-provided', 'held', 'minutes-recorded', 'minutes-attached', 'outcomes-transferred', 'closed'];
    let actions: string[] = [];
    for (let tries = 0; tries < 30 && !expected.every((action) => actions.includes(action)); tries += 1) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 500));
      const audit = await leader(`/audit-events?filter=${encodeURIComponent(JSON.stringify({ context: 'meeting' }))}&range=${encodeURIComponent('[0,199]')}`);
      const events = audit.body as { action: string; entityId: string; after: { meetingId?: string } | null }[];
      actions = events.filter((event) => event.entityId === meeting.id || event.after?.meetingId === meeting.id).map((event) => event.action);
    }
    expect(actions).toEqual(expect.arrayContaining(expected));
  });
});
