import type { MeetingEventPayload, MeetingFiguresView, MeetingView } from '@xieshang/contracts';
import { callGateway, passwordToken } from '@xieshang/platform-testing';
import { daysFromNow, makePdf, uploadToMeeting } from './meetings-fixtures.js';
import { as, download, eventsSince, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';

/**
 * Who sees a meeting and what of it: lead times, a party that was not invited, a personnel
 * consultation's nominees, and input refused with its code and nothing stored.
 */
describe('meetings: lead times, invitations, confidentiality and bad input', () => {
  const tag = suffix();
  const nominee = `候选人${tag}`;
  let office: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let jiusan: ReturnType<typeof as>;
  let fagai: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  let enyangUnits: Map<string, Unit>;
  let late: MeetingView;
  let personnel: MeetingView;
  let tokens: string[];

  const draft = (overrides: Record<string, unknown> = {}) => ({
    type: 'thematic',
    title: `专题协商 ${tag}`,
    chairName: '区委副书记',
    startsAt: daysFromNow(30),
    place: '区委第二会议室',
    leadOrgUnitId: units.get('区委办公室')!.id,
    invitedOrgUnitIds: [units.get('民盟')!.id],
    ...overrides,
  });

  beforeAll(async () => {
    tokens = (await Promise.all(['office', 'leader', 'minmeng', 'jiusan', 'fagai', 'city', 'enyang-office'].map((name) => passwordToken(name)))) as string[];
    [office, leader, minmeng, jiusan, fagai] = tokens.map((token) => as(token as string));
    units = await orgUnits(tokens[0] as string);
    enyangUnits = await orgUnits(tokens[6] as string);
  });

  it('refuses a notice 9 days ahead without a reason, and accepts it with one, flagged', async () => {
    const created = await office('/meetings', 'POST', draft({ title: `迟发通知 ${tag}`, startsAt: daysFromNow(9) }));
    expect(created.status).toBe(201);
    late = created.body as MeetingView;
    expectProblem(await office(`/meetings/${late.id}/notice`, 'POST', {}), 422, 'VALIDATION.LATE_REASON_REQUIRED', 'lateReason');
    expect(((await office(`/meetings/${late.id}`)).body as MeetingView).status).toBe('planned');
    const noticed = await office(`/meetings/${late.id}/notice`, 'POST', { lateReason: '上级临时安排' });
    expect(noticed.status).toBe(200);
    expect(noticed.body).toMatchObject({ status: 'noticed', lateNotice: true, lateNoticeReason: '上级临时安排' });
    // Nine days ahead the documents (five days' lead) are still on time.
    expect((await uploadToMeeting(tokens[0]!, late.id, makePdf(), '文件稿.pdf')).status).toBe(201);
    expect((await office(`/meetings/${late.id}/provide-documents`, 'POST', {})).body).toMatchObject({ status: 'documents_ready', lateDocuments: false, lateDocumentsReason: null });
    const soon = (await office('/meetings', 'POST', draft({ title: `迟发材料 ${tag}`, startsAt: daysFromNow(4) }))).body as MeetingView;
    expect((await office(`/meetings/${soon.id}/notice`, 'POST', { lateReason: '紧急会议' })).status).toBe(200);
    expect((await uploadToMeeting(tokens[0]!, soon.id, makePdf(), '文件稿.pdf')).status).toBe(201);
    expectProblem(await office(`/meetings/${soon.id}/provide-documents`, 'POST', {}), 422, 'VALIDATION.LATE_REASON_REQUIRED', 'lateReason');
    expect((await office(`/meetings/${soon.id}/provide-documents`, 'POST', { lateReason: '材料修改' })).body).toMatchObject({ lateDocuments: true, lateDocumentsReason: '材料修改' });
    const flagged = (await office(`/meetings?filter=${encodeURIComponent(JSON.stringify({ late: true, q: tag }))}`)).body as MeetingView[];
    expect(flagged.map((meeting) => meeting.id).sort()).toEqual([late.id, soon.id].sort());
    expect(((await office(`/meetings?filter=${encodeURIComponent(JSON.stringify({ late: false, q: tag }))}`)).body as MeetingView[]).map((meeting) => meeting.id)).not.toContain(late.id);
    const year = Number(late.startsAt!.slice(0, 4));
    const figures = (await office(`/meetings/figures?year=${year}`)).body as MeetingFiguresView;
    expect(figures.lateNotices).toBeGreaterThanOrEqual(1);
    expect(figures.lateDocuments).toBeGreaterThanOrEqual(1);
  });

  it('answers 404 to a party that was not invited, for the meeting and all it holds', async () => {
    expect((await minmeng(`/meetings/${late.id}`)).status).toBe(200);
    expectProblem(await jiusan(`/meetings/${late.id}`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await jiusan(`/meetings/${late.id}/confirm-reading`, 'POST'), 404, 'COMMON.NOT_FOUND');
    expectProblem(await jiusan(`/meetings/${late.id}/prepared-opinions`, 'POST', { text: '未受邀' }), 404, 'COMMON.NOT_FOUND');
    expectProblem(await jiusan(`/meetings/${late.id}/opinions`, 'POST', { raisedByName: '九三', text: '未受邀' }), 404, 'COMMON.NOT_FOUND');
    expectProblem(await fagai(`/meetings/${late.id}`), 404, 'COMMON.NOT_FOUND');
    const [document] = ((await office(`/meetings/${late.id}`)).body as MeetingView).documents;
    expect((await download(`/meetings/${late.id}/documents/${document!.id}`, tokens[2]!)).status).toBe(200);
    for (const outsider of [tokens[3]!, tokens[4]!, tokens[1]!]) {
      const refused = await download(`/meetings/${late.id}/documents/${document!.id}`, outsider);
      expect(refused.status).toBe(404);
      expect(refused.bytes.toString('utf8')).toContain('COMMON.NOT_FOUND');
    }
    expect((await uploadToMeeting(tokens[3]!, late.id, makePdf(), '冒名.pdf')).status).toBe(403);
    const listed = (await jiusan(`/meetings?filter=${encodeURIComponent(JSON.stringify({ q: tag }))}`)).body as MeetingView[];
    expect(listed).toEqual([]);
    expect(((await minmeng(`/meetings?filter=${encodeURIComponent(JSON.stringify({ q: tag }))}`)).body as MeetingView[]).map((meeting) => meeting.id)).toContain(late.id);
  });

  it('shows a personnel consultation’s nominees to its invitees and organisers only, by no route to anyone else', async () => {
    const since = new Date(Date.now() - 1_000);
    const created = await office('/meetings', 'POST', draft({ type: 'personnel', title: `人事协商座谈会 ${tag}`, nominees: [{ name: nominee, position: '区人民法院副院长' }] }));
    expect(created.status).toBe(201);
    personnel = created.body as MeetingView;
    expect(personnel).toMatchObject({ confidential: true, nominees: [{ name: nominee }] });
    expect((await office(`/meetings/${personnel.id}/notice`, 'POST', {})).status).toBe(200);
    expect((await minmeng(`/meetings/${personnel.id}`)).body).toMatchObject({ nominees: [{ name: nominee }] });

    const reads: Array<[ReturnType<typeof as>, string]> = [];
    for (const caller of [leader, jiusan, fagai, minmeng, office]) {
      reads.push([caller, '/meetings'], [caller, `/meetings?filter=${encodeURIComponent(JSON.stringify({ q: '人事' }))}`], [caller, `/meetings?filter=${encodeURIComponent(JSON.stringify({ type: 'personnel' }))}`]);
      reads.push([caller, `/meetings/figures?year=${personnel.startsAt!.slice(0, 4)}`], [caller, '/meetings/agenda-outcomes']);
    }
    for (const caller of [leader, jiusan, fagai]) reads.push([caller, `/meetings/${personnel.id}`], [caller, `/meetings/${personnel.id}/minutes-attachment`]);
    for (const [caller, path] of reads) {
      const result = await caller(path);
      expect(JSON.stringify(result.body)).not.toContain(nominee);
    }
    const asLeader = (await leader(`/meetings/${personnel.id}`)).body as MeetingView;
    expect(asLeader).toMatchObject({ nominees: null, minutes: null, confidential: true });
    expectProblem(await jiusan(`/meetings/${personnel.id}`), 404, 'COMMON.NOT_FOUND');
    const cityToken = await passwordToken('city');
    const cityList = await callGateway(`/api/v1/meetings?filter=${encodeURIComponent(JSON.stringify({ q: tag }))}`, { token: cityToken, headers: { 'x-tenant': 'bazhou' } });
    expect(cityList.status).toBe(200);
    expect((cityList.body as MeetingView[]).map((meeting) => meeting.id)).not.toContain(personnel.id);
    expectProblem(await callGateway(`/api/v1/meetings/${personnel.id}`, { token: cityToken, headers: { 'x-tenant': 'bazhou' } }), 404, 'COMMON.NOT_FOUND');
    for (const write of ['confirm-reading', 'prepared-opinions', 'opinions']) {
      const result = await jiusan(`/meetings/${personnel.id}/${write}`, 'POST', write === 'confirm-reading' ? undefined : { text: '试探', raisedByName: '九三' });
      expect(JSON.stringify(result.body)).not.toContain(nominee);
    }
    const events = await eventsSince<MeetingEventPayload>('evt.meeting.meeting.noticed.v1', since, (event) => event.payload.meetingId === personnel.id);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload.audience).toMatchObject({ confidential: true, orgUnitIds: [units.get('民盟')!.id] });
    expect(JSON.stringify(events[0])).not.toContain(nominee);
    const tasks = await eventsSince('evt.meeting.>', since, (event) => JSON.stringify(event).includes(personnel.id), 2_000);
    for (const event of tasks) expect(JSON.stringify(event)).not.toContain(nominee);
  });

  it('refuses a date in the past, a participant of another district, and nominees of another kind, storing nothing', async () => {
    const before = (await office(`/meetings?filter=${encodeURIComponent(JSON.stringify({ q: `坏输入 ${tag}` }))}`)).headers.get('content-range');
    expectProblem(await office('/meetings', 'POST', draft({ title: `坏输入 ${tag}`, startsAt: daysFromNow(-1) })), 422, 'VALIDATION.STARTS_IN_PAST', 'startsAt');
    expectProblem(
      await office('/meetings', 'POST', draft({ title: `坏输入 ${tag}`, invitedOrgUnitIds: [units.get('民盟')!.id, enyangUnits.get('民盟')!.id] })),
      422,
      'VALIDATION.UNKNOWN_PARTICIPANT',
      'invitedOrgUnitIds.1',
    );
    expectProblem(await office('/meetings', 'POST', draft({ title: `坏输入 ${tag}`, leadOrgUnitId: enyangUnits.get('区委办公室')!.id })), 422, 'VALIDATION.UNKNOWN_PARTICIPANT', 'leadOrgUnitId');
    expectProblem(await office('/meetings', 'POST', draft({ title: `坏输入 ${tag}`, nominees: [{ name: '某人', position: '某职' }] })), 422, 'VALIDATION.NOMINEES_ONLY_FOR_PERSONNEL', 'nominees');
    expectProblem(await office('/meetings', 'POST', draft({ title: `坏输入 ${tag}`, type: 'plenary' })), 400, 'VALIDATION.INVALID_INPUT', 'type');
    expectProblem(await office('/meetings', 'POST', { ...draft({ title: `坏输入 ${tag}` }), organiser: 'x' }), 400, 'VALIDATION.INVALID_INPUT');
    expectProblem(await office('/meetings/not-a-uuid'), 400, 'VALIDATION.INVALID_INPUT', 'id');
    expectProblem(await minmeng('/meetings', 'POST', draft({ title: `坏输入 ${tag}` })), 403, 'AUTH.FORBIDDEN');
    const after = await office(`/meetings?filter=${encodeURIComponent(JSON.stringify({ q: `坏输入 ${tag}` }))}`);
    expect(after.body).toEqual([]);
    expect(after.headers.get('content-range')).toBe(before);
  });

  it('refuses an invited person unknown to the district or of another district, on add and on change, storing nothing', async () => {
    const idOf = async (token: string) => ((await callGateway('/api/v1/me', { token })).body as { id: string }).id;
    const known = await idOf(tokens[4]!);
    const otherDistrict = await idOf(tokens[6]!);
    const unknown = '6f1c2f9e-1b7a-4c1e-9d3f-2a5b8c7d9e01';
    expectProblem(await office('/meetings', 'POST', draft({ title: `坏受邀人 ${tag}`, invitedPersonIds: [known, otherDistrict] })), 422, 'VALIDATION.UNKNOWN_PARTICIPANT', 'invitedPersonIds.1');
    expectProblem(await office('/meetings', 'POST', draft({ title: `坏受邀人 ${tag}`, invitedPersonIds: [unknown] })), 422, 'VALIDATION.UNKNOWN_PARTICIPANT', 'invitedPersonIds.0');
    expect(((await office(`/meetings?filter=${encodeURIComponent(JSON.stringify({ q: `坏受邀人 ${tag}` }))}`)).body as MeetingView[])).toEqual([]);

    const created = await office('/meetings', 'POST', draft({ title: `受邀人 ${tag}`, invitedPersonIds: [known] }));
    expect(created.status).toBe(201);
    const meeting = created.body as MeetingView;
    expect(meeting.invitedPersonIds).toEqual([known]);
    const { title, chairName, startsAt, place, leadOrgUnitId, invitedOrgUnitIds, version } = meeting;
    const change = { title, chairName, startsAt, place, leadOrgUnitId, invitedOrgUnitIds, version };
    expectProblem(await office(`/meetings/${meeting.id}`, 'PUT', { ...change, invitedPersonIds: [known, otherDistrict] }), 422, 'VALIDATION.UNKNOWN_PARTICIPANT', 'invitedPersonIds.1');
    expect(((await office(`/meetings/${meeting.id}`)).body as MeetingView)).toMatchObject({ invitedPersonIds: [known], version });
    // The invited person, of no invited unit, sees the meeting that names them.
    expect((await fagai(`/meetings/${meeting.id}`)).status).toBe(200);
  });

  it('adds a joint meeting, which counts apart from the yearly minimums, and cancels it with a reason', async () => {
    const joint = (await office('/meetings', 'POST', draft({ type: 'joint', title: `联席会议 ${tag}`, invitedOrgUnitIds: [units.get('民盟')!.id, units.get('区政府办公室')!.id] }))).body as MeetingView;
    expect(joint).toMatchObject({ type: 'joint', status: 'planned', origin: 'added' });
    expectProblem(await office(`/meetings/${joint.id}/cancel`, 'POST', {}), 400, 'VALIDATION.INVALID_INPUT', 'reason');
    const cancelled = (await office(`/meetings/${joint.id}/cancel`, 'POST', { reason: '议程合并' })).body as MeetingView;
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '议程合并' });
    const figures = (await office(`/meetings/figures?year=${joint.startsAt!.slice(0, 4)}`)).body as MeetingFiguresView;
    expect(figures.byType.joint.cancelled).toBeGreaterThanOrEqual(1);
  });

  it('keeps a retried add with the same Idempotency-Key to one meeting', async () => {
    const key = `meeting-${tag}`;
    const token = await passwordToken('office');
    const body = draft({ title: `幂等 ${tag}` });
    const send = () => callGateway('/api/v1/meetings', { token, method: 'POST', body, headers: { 'idempotency-key': key } });
    const [first, second] = [await send(), await send()];
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect((second.body as MeetingView).id).toBe((first.body as MeetingView).id);
    expect(((await office(`/meetings?filter=${encodeURIComponent(JSON.stringify({ q: `幂等 ${tag}` }))}`)).body as MeetingView[]).length).toBe(1);
  });
});
