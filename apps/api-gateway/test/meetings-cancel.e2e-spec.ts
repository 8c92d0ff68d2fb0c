import type { MeetingView, TaskDonePayload, TaskOpenedPayload } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { daysFromNow, makePdf, uploadToMeeting } from './meetings-fixtures.js';
import { as, eventsSince, orgUnits, suffix, type Unit } from './planning-fixtures.js';

/** Reads the stream until every key wanted is among the events' keys, or the time is up. */
const keysOf = async <T extends { taskKey: string }>(subject: string, since: Date, prefix: string, wanted: readonly string[]): Promise<Set<string>> => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const events = await eventsSince<T>(subject, since, (event) => event.payload.taskKey.startsWith(prefix));
    const keys = new Set(events.map((event) => event.payload.taskKey));
    if (wanted.every((key) => keys.has(key)) || Date.now() > deadline) return keys;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};

/** A meeting called off while its parties still had work on it: nobody is asked for it any more. */
describe('a cancelled meeting closes every task it opened', () => {
  const tag = suffix();
  let office: ReturnType<typeof as>;
  let minmeng: ReturnType<typeof as>;
  let units: Map<string, Unit>;
  let tokens: string[];

  beforeAll(async () => {
    tokens = (await Promise.all(['office', 'minmeng'].map((name) => passwordToken(name)))) as string[];
    [office, minmeng] = tokens.map((token) => as(token as string));
    units = await orgUnits(tokens[0] as string);
  });

  it('marks done the unread documents’ reading and the unapproved prepared opinion once cancelled, and only those left open', async () => {
    const since = new Date(Date.now() - 1_000);
    const invited = [units.get('民盟')!.id, units.get('九三学社')!.id];
    const created = await office('/meetings', 'POST', {
      type: 'thematic',
      title: `取消的专题协商 ${tag}`,
      startsAt: daysFromNow(20),
      place: '区委第一会议室',
      leadOrgUnitId: units.get('区委办公室')!.id,
      invitedOrgUnitIds: invited,
    });
    expect(created.status).toBe(201);
    const meeting = created.body as MeetingView;
    const prefix = `meeting/${meeting.id}/`;
    expect((await office(`/meetings/${meeting.id}/notice`, 'POST', {})).status).toBe(200);
    expect((await uploadToMeeting(tokens[0]!, meeting.id, makePdf(tag), '文件稿.pdf')).status).toBe(201);
    expect((await office(`/meetings/${meeting.id}/provide-documents`, 'POST', {})).status).toBe(200);
    expect((await minmeng(`/meetings/${meeting.id}/confirm-reading`, 'POST')).status).toBe(200);
    expect((await minmeng(`/meetings/${meeting.id}/prepared-opinions`, 'POST', { text: `准备意见 ${tag}` })).status).toBe(200);

    const readMinmeng = `${prefix}read-documents/${invited[0]}`;
    const readJiusan = `${prefix}read-documents/${invited[1]}`;
    const opened = await keysOf<TaskOpenedPayload>('evt.meeting.task.opened.v1', since, prefix, [readMinmeng, readJiusan]);
    const approval = [...opened].find((key) => key.startsWith(`${prefix}approve-prepared-opinion/`));
    expect(approval).toBeDefined();
    expect([...opened].sort()).toEqual([readMinmeng, readJiusan, approval!].sort());
    const doneBefore = await keysOf<TaskDonePayload>('evt.meeting.task.done.v1', since, prefix, [readMinmeng]);
    expect([...doneBefore]).toEqual([readMinmeng]);

    const cancelledAt = new Date();
    const cancelled = await office(`/meetings/${meeting.id}/cancel`, 'POST', { reason: '议题已由其他会议协商' });
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    const doneOnCancel = await keysOf<TaskDonePayload>('evt.meeting.task.done.v1', cancelledAt, prefix, [readJiusan, approval!]);
    expect([...doneOnCancel].sort()).toEqual([readJiusan, approval!].sort());
    const doneAll = await keysOf<TaskDonePayload>('evt.meeting.task.done.v1', since, prefix, [...opened]);
    expect([...opened].filter((key) => !doneAll.has(key))).toEqual([]);
  });
});
