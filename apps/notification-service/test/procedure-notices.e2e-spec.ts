import { randomUUID } from 'node:crypto';
import { HandlingDeadline, InterviewEvent, MeetingDeadline, WrittenDeadlineEvent, WrittenEvent } from '@xieshang/contracts';
import { eventually, passwordToken } from '@xieshang/platform-testing';
import { as, noticesAbout, orgUnits, pause, type Reader, suffix, TestProducer } from './notice-fixtures.js';

/** A deadline as the producer's scheduler fires it: its row, its recipients and its own payload. */
const fired = (kind: string, recipients: unknown[], payload: object) => ({
  deadlineId: randomUUID(),
  kind,
  reference: `test/${randomUUID()}`,
  dueAt: '2027-03-04T01:30:00.000Z',
  firedAt: new Date().toISOString(),
  recipients,
  payload,
});

/**
 * Interviews, lead-time warnings, written consultation and case handling, published as their
 * producers' outboxes and schedulers would: each reaches its row's recipients and nobody else.
 */
describe('notices of interviews, written consultation and case handling', () => {
  let producer: TestProducer;
  let units: Map<string, { id: string }>;
  const readers: Record<string, Reader> = {};
  const marker = `流程${suffix()}`;
  const unit = (name: string): string => units.get(name)?.id as string;
  const publish = (subject: string, payload: object) => producer.publish(subject, producer.envelope(subject, 'bazhou', payload));
  const told = (name: string, title: string) =>
    eventually(() => noticesAbout(readers[name] as Reader, title), { until: (found) => found.length === 1, what: `the notice to ${name}` });
  const notTold = async (names: string[], title: string) => {
    await pause(1_500);
    for (const name of names) expect(await noticesAbout(readers[name] as Reader, title)).toEqual([]);
  };

  beforeAll(async () => {
    producer = await TestProducer.open();
    const names = ['minmeng', 'jiusan', 'fagai', 'ufwd', 'office'];
    const tokens = await Promise.all(names.map((name) => passwordToken(name)));
    names.forEach((name, index) => (readers[name] = as(tokens[index] as string)));
    units = await orgUnits(tokens[0] as string);
  });

  afterAll(() => producer?.close());

  it('tells an interview’s party and arrangers, and a lead-time warning of a personnel consultation only its organiser', async () => {
    const interview = `${marker}约谈`;
    await publish(InterviewEvent.Scheduled, {
      interviewId: randomUUID(),
      title: interview,
      origin: 'cpc',
      status: 'scheduled',
      startsAt: '2027-03-05T01:30:00.000Z',
      place: '区委统战部会议室',
      audience: { orgUnitIds: [unit('民盟')], personIds: [], organiserOrgUnitIds: [unit('区委统战部')], confidential: false },
      reason: null,
    });
    const [notice] = await told('minmeng', interview);
    expect(notice).toMatchObject({ kind: 'interview.scheduled', category: 'meeting', link: { resource: 'interviews' } });
    expect(notice?.bodyZh).toBe(`约谈协商“${interview}”定于2027年3月5日 09:30在区委统战部会议室进行。`);
    await told('ufwd', interview);

    const warning = `${marker}人事协商`;
    const meetingId = randomUUID();
    await publish(MeetingDeadline.NoticeDue, fired('notice-due', [unit('区委统战部')], { meetingId, title: warning, startsAt: '2027-03-05T01:30:00.000Z', confidential: true }));
    const [due] = await told('ufwd', warning);
    expect(due).toMatchObject({ kind: 'meeting.notice-due', link: { resource: 'meetings', id: meetingId } });
    await notTold(['jiusan', 'minmeng', 'office'], warning);
    await notTold(['jiusan'], interview);
  });

  it('asks the addressed branches for their opinion and reminds only the silent one', async () => {
    const solicitation = `${marker}书面征求`;
    const solicitationId = randomUUID();
    await publish(WrittenEvent.SolicitationSent, { solicitationId, title: solicitation, recipientOrgUnitIds: [unit('民盟'), unit('九三学社')], replyDeadline: '2027-03-10T09:00:00.000Z' });
    const [asked] = await told('minmeng', solicitation);
    expect(asked?.bodyZh).toContain('2027年3月10日 17:00前');
    await told('jiusan', solicitation);

    const closed = `${marker}书面截止`;
    await publish(WrittenDeadlineEvent.ReplyDue, fired('reply-due', [unit('九三学社')], { solicitationId, title: closed, replyDeadline: '2027-03-10T09:00:00.000Z' }));
    expect((await told('jiusan', closed))[0]).toMatchObject({ kind: 'written.reply-due', category: 'written', link: { resource: 'solicitations', id: solicitationId } });
    await notTold(['minmeng', 'fagai'], closed);
    await notTold(['fagai'], solicitation);
  });

  it('tells the lead department, the assigner’s unit and UFWD of an overdue case, and no party', async () => {
    const overdue = `${marker}办理超期`;
    const caseId = randomUUID();
    await publish(
      HandlingDeadline.Overdue,
      fired('case-overdue', [{ orgUnitId: unit('区委办公室') }], { caseId, number: 7, title: overdue, leadOrgUnitId: unit('发改局'), dueAt: '2027-06-01T16:00:00.000Z' }),
    );
    const [notice] = await told('fagai', overdue);
    expect(notice).toMatchObject({ kind: 'case.overdue', category: 'handling', link: { resource: 'cases', id: caseId } });
    expect(notice?.bodyZh).toBe(`协商意见“${overdue}”的办理已超过期限（2027年6月2日），请承办单位尽快报送办理情况。`);
    await told('office', overdue);
    await told('ufwd', overdue);
    await notTold(['minmeng', 'jiusan'], overdue);
  });
});
