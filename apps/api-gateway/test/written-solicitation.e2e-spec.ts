import JSZip from 'jszip';
import { OpinionEvent, type OpinionRecordedPayload, type ReplyView, type SolicitationView, type SummaryView } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { as, download, eventsSince, expectProblem, orgUnits, suffix, type Unit } from './planning-fixtures.js';
import { allEventsSince, inSeconds, newPerson, sleepUntil } from './written-fixtures.js';

const text = (xml: string): string => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('');

/**
 * A solicitation to three branches: 民盟 answers on time after its leader's approval, 九三学社
 * late, 民革 never. The summary lists the two replies and names 民革; every opinion reaches
 * JetStream once; a submitted reply never changes; a branch not addressed cannot see it.
 */
describe('a written solicitation from sending to the exported summary', () => {
  const tag = suffix();
  const since = new Date();
  let office: ReturnType<typeof as>;
  let ufwd: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let minmengLeader: ReturnType<typeof as>;
  let jiusan: ReturnType<typeof as>;
  let jiusanLeader: ReturnType<typeof as>;
  let minjin: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  let solicitation: SolicitationView;
  let minmengReply: ReplyView;
  let jiusanReply: ReplyView;
  const unit = (name: string): string => units.get(name)?.id as string;

  beforeAll(async () => {
    const token = await passwordToken('office');
    office = as(token);
    units = await orgUnits(token);
    [ufwd, minmeng, minmengLeader, jiusan] = await Promise.all(['ufwd', 'minmeng', 'minmeng-leader', 'jiusan'].map(async (user) => as(await passwordToken(user))));
    jiusanLeader = await newPerson('bazhou', unit('九三学社'), ['party-member', 'party-leader'], 'jiusan-leader');
    minjin = await newPerson('bazhou', unit('民进'), ['party-member', 'party-leader'], 'minjin');
    const created = await office('/solicitations', 'POST', {
      title: `关于巴州区营商环境条例 ${tag}`,
      documentVersion: '征求意见稿',
      description: '请各党派提出修改意见',
      draftingOrgUnitId: unit('发改局'),
      sections: [
        { key: '一', title: '总则' },
        { key: '二', title: '保障措施' },
      ],
      recipientOrgUnitIds: [unit('民盟'), unit('九三学社'), unit('民革')],
      replyDeadline: inSeconds(30),
    });
    expect(created.status).toBe(201);
    solicitation = created.body as SolicitationView;
    expect(solicitation).toMatchObject({ status: 'draft', recipients: expect.any(Array) });
  }, 60_000);

  it('is invisible to the branches while a draft, and sent to the three', async () => {
    expectProblem(await minmeng(`/solicitations/${solicitation.id}`), 404, 'COMMON.NOT_FOUND');
    const sent = await office(`/solicitations/${solicitation.id}/send`, 'POST');
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', silentOrgUnitIds: [unit('民盟'), unit('九三学社'), unit('民革')] });
    expectProblem(await office(`/solicitations/${solicitation.id}/send`, 'POST'), 409, 'WRITTEN.SOLICITATION_NOT_IN_STATE');
  });

  it('records when a branch first opened it, and shows a branch only its own line', async () => {
    const opened = (await minmeng(`/solicitations/${solicitation.id}`)).body as SolicitationView;
    expect(opened.recipients).toHaveLength(1);
    expect(opened.recipients[0]).toMatchObject({ orgUnitName: '民盟', openedAt: expect.any(String), answeredAt: null });
    const first = opened.recipients[0]?.openedAt;
    await minmeng(`/solicitations/${solicitation.id}`);
    const watched = (await office(`/solicitations/${solicitation.id}`)).body as SolicitationView;
    const lines = new Map(watched.recipients.map((line) => [line.orgUnitName, line]));
    expect(lines.get('民盟')?.openedAt).toBe(first);
    expect(lines.get('九三学社')?.openedAt).toBeNull();
    expect(lines.get('民革')?.openedAt).toBeNull();
    expect(((await minmeng('/solicitations?range=%5B0%2C99%5D')).body as SolicitationView[]).map((found) => found.id)).toContain(solicitation.id);
  });

  it('tells a branch that was not addressed that the solicitation does not exist', async () => {
    expectProblem(await minjin(`/solicitations/${solicitation.id}`), 404, 'COMMON.NOT_FOUND');
    expectProblem(await minjin('/replies', 'POST', { solicitationId: solicitation.id, comments: [{ sectionKey: null, text: '越权' }] }), 404, 'COMMON.NOT_FOUND');
    expect(((await minjin('/solicitations?range=%5B0%2C99%5D')).body as SolicitationView[]).map((found) => found.id)).not.toContain(solicitation.id);
  });

  it('lets the members draft per section, but only the leader submits, with the review’s form and day', async () => {
    const drafted = await minmeng('/replies', 'POST', {
      solicitationId: solicitation.id,
      comments: [
        { sectionKey: '一', text: `建议明确适用范围 ${tag}` },
        { sectionKey: '二', text: `建议增加融资支持条款 ${tag}` },
      ],
    });
    expect(drafted.status).toBe(201);
    minmengReply = drafted.body as ReplyView;
    expectProblem(await minmeng(`/replies/${minmengReply.id}/submit`, 'POST', { reviewForm: 'chair_office_meeting', reviewedOn: '2026-12-01' }), 403, 'AUTH.FORBIDDEN');
    expect((await minmeng(`/replies/${minmengReply.id}/request-approval`, 'POST')).body).toMatchObject({ status: 'awaiting_leader' });
    expect(((await office(`/solicitations/${solicitation.id}`)).body as SolicitationView).recipients.find((line) => line.orgUnitName === '民盟')?.answeredAt).toBeNull();
    const submitted = await minmengLeader(`/replies/${minmengReply.id}/submit`, 'POST', { reviewForm: 'chair_office_meeting', reviewedOn: '2026-12-01' });
    expect(submitted.status).toBe(200);
    minmengReply = submitted.body as ReplyView;
    expect(minmengReply).toMatchObject({ status: 'submitted', late: false, reviewForm: 'chair_office_meeting', reviewedOn: '2026-12-01', approvedByName: expect.any(String) });
    expect(minmengReply.comments.every((comment) => typeof comment.opinionId === 'string')).toBe(true);
  });

  it('never changes a submitted reply; only a supplement may follow it', async () => {
    const edit = { comments: [{ sectionKey: '一', text: '改过的意见' }], noComment: false, version: minmengReply.version };
    expectProblem(await minmeng(`/replies/${minmengReply.id}`, 'PUT', edit), 409, 'WRITTEN.REPLY_SUBMITTED');
    expectProblem(await minmengLeader(`/replies/${minmengReply.id}/submit`, 'POST', { reviewForm: 'committee_review', reviewedOn: '2026-12-02' }), 409, 'WRITTEN.REPLY_SUBMITTED');
    expect(((await minmeng(`/replies/${minmengReply.id}`)).body as ReplyView).comments.map((comment) => comment.text)).toEqual([`建议明确适用范围 ${tag}`, `建议增加融资支持条款 ${tag}`]);
    expectProblem(await minmeng('/replies', 'POST', { solicitationId: solicitation.id, comments: [{ sectionKey: null, text: '第二份' }] }), 409, 'WRITTEN.REPLY_EXISTS');
  });

  it('accepts 九三学社’s reply after the deadline and marks it late', async () => {
    await sleepUntil(solicitation.replyDeadline);
    const drafted = (await jiusan('/replies', 'POST', { solicitationId: solicitation.id, comments: [{ sectionKey: '二', text: `建议细化考核办法 ${tag}` }] })).body as ReplyView;
    const submitted = await jiusanLeader(`/replies/${drafted.id}/submit`, 'POST', { reviewForm: 'committee_review', reviewedOn: '2026-12-02' });
    expect(submitted.status).toBe(200);
    jiusanReply = submitted.body as ReplyView;
    expect(jiusanReply).toMatchObject({ status: 'submitted', late: true });
    const watched = (await office(`/solicitations/${solicitation.id}`)).body as SolicitationView;
    expect(watched.silentOrgUnitIds).toEqual([unit('民革')]);
    expect(watched.recipients.find((line) => line.orgUnitName === '九三学社')).toMatchObject({ late: true, answeredAt: expect.any(String) });
  }, 60_000);

  it('keeps a branch’s reply from the other branches', async () => {
    expectProblem(await jiusan(`/replies/${minmengReply.id}`), 404, 'COMMON.NOT_FOUND');
    expect(((await jiusan(`/replies?filter=${encodeURIComponent(JSON.stringify({ solicitationId: solicitation.id }))}`)).body as ReplyView[]).map((reply) => reply.orgUnitName)).toEqual(['九三学社']);
  });

  it('summarises both replies by section and names the silent branch', async () => {
    const annotated = await ufwd(`/solicitations/${solicitation.id}/summary`, 'PUT', { overallNote: `统战部汇总说明 ${tag}`, sectionNotes: { 二: '保障措施意见较集中' } });
    expect(annotated.status).toBe(200);
    const summary = annotated.body as SummaryView;
    const bySection = Object.fromEntries(summary.sections.map((section) => [section.title, section.opinions.map((opinion) => `${opinion.orgUnitName}:${opinion.text}${opinion.late ? '(late)' : ''}`)]));
    expect(bySection).toEqual({
      总体意见: [],
      总则: [`民盟:建议明确适用范围 ${tag}`],
      保障措施: [`民盟:建议增加融资支持条款 ${tag}`, `九三学社:建议细化考核办法 ${tag}(late)`],
    });
    expect(summary.silentOrgUnits.map((silent) => silent.orgUnitName)).toEqual(['民革']);
    expect(summary.sections.find((section) => section.sectionKey === '二')?.note).toBe('保障措施意见较集中');
    expectProblem(await office(`/solicitations/${solicitation.id}/summary`, 'PUT', { overallNote: 'x' }), 403, 'AUTH.FORBIDDEN');
    expectProblem(await minmeng(`/solicitations/${solicitation.id}/summary`), 403, 'AUTH.FORBIDDEN');
  });

  it('exports the summary as an official DOCX whose text names every opinion and the silent branch, and as XLSX', async () => {
    const docx = await download(`/solicitations/${solicitation.id}/summary/export.docx`, await passwordToken('ufwd'));
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    const body = text(await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string'));
    expect(body).toContain(`关于《关于巴州区营商环境条例 ${tag}》征求意见情况的汇总报告`);
    expect(body).toContain(`统战部汇总说明 ${tag}`);
    expect(body).toContain(`民盟：建议明确适用范围 ${tag}`);
    expect(body).toContain(`九三学社：建议细化考核办法 ${tag}（逾期报送）`);
    expect(body).toContain('民革未回复意见');
    expect(body).toContain('中共巴州区委统战部');
    const xlsx = await download(`/solicitations/${solicitation.id}/summary/export.xlsx`, await passwordToken('office'));
    expect(xlsx.status).toBe(200);
    const strings = await (await JSZip.loadAsync(xlsx.bytes)).file('xl/sharedStrings.xml')!.async('string');
    expect(strings).toContain(`建议细化考核办法 ${tag}`);
    expect(strings).toContain('逾期报送');
  });

  it('records the report to the party committee', async () => {
    const sent = await ufwd(`/solicitations/${solicitation.id}/summary/send`, 'POST');
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ sentToCommitteeAt: expect.any(String), sentToCommitteeByName: expect.any(String) });
  });

  it('publishes each opinion to JetStream exactly once, for the drafting department', async () => {
    const events = await allEventsSince<OpinionRecordedPayload>(OpinionEvent.FromWritten, since, (envelope) => envelope.payload.source.recordId === solicitation.id);
    const ids = events.map((envelope) => envelope.payload.opinionId);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(ids.sort()).toEqual([...minmengReply.comments, ...jiusanReply.comments].map((comment) => comment.opinionId).sort());
    for (const { payload } of events) {
      expect(payload).toMatchObject({ source: { kind: 'solicitation_reply', draftingOrgUnitId: unit('发改局') }, suggestedTrack: 'document_revision' });
    }
    expect(events.map(({ payload }) => `${payload.raisedByName}/${payload.source.section}`).sort()).toEqual(['九三学社/保障措施', '民盟/保障措施', '民盟/总则']);
  }, 30_000);

  it('tells the branches still silent at the deadline, and sends no reminder whose moment had passed', async () => {
    const reference = `solicitation/${solicitation.id}`;
    const due = await eventsSince<{ reference: string; recipients: string[] }>('evt.written.deadline.reply-due.v1', since, (envelope) => envelope.payload.reference === reference, 40_000);
    expect(due).toHaveLength(1);
    expect(due[0]?.payload.recipients).toContain(unit('民革'));
    expect(due[0]?.payload.recipients).not.toContain(unit('民盟'));
    const reminders = await allEventsSince<{ reference: string }>('evt.written.deadline.reply-reminder.v1', since, (envelope) => envelope.payload.reference === reference, 2_000);
    expect(reminders).toEqual([]);
  }, 60_000);

  it('closes, after which no reply is taken', async () => {
    expect((await office(`/solicitations/${solicitation.id}/close`, 'POST')).body).toMatchObject({ status: 'closed' });
    expectProblem(
      await minmeng('/replies', 'POST', { solicitationId: solicitation.id, supplementTo: minmengReply.id, comments: [{ sectionKey: null, text: '补充' }] }),
      409,
      'WRITTEN.SOLICITATION_CLOSED',
    );
    const replies = (await ufwd(`/replies?filter=${encodeURIComponent(JSON.stringify({ solicitationId: solicitation.id }))}`)).body as ReplyView[];
    expect(replies.map((reply) => reply.orgUnitName).sort()).toEqual(['九三学社', '民盟']);
  });
});
