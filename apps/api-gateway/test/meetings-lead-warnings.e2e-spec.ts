import type { DeadlineFiredPayload } from '@xieshang/platform-deadlines';
import type { MeetingView } from '@xieshang/contracts';
import { passwordToken } from '@xieshang/platform-testing';
import { makePdf, uploadToMeeting } from './meetings-fixtures.js';
import { as, eventsSince, orgUnits, suffix } from './planning-fixtures.js';

const DAY_MS = 86_400_000;

/**
 * The organiser is warned a day before a lead time runs out: a meeting whose notice lead time
 * (10 days) ends in 11 days and a few seconds fires `notice-due` in those seconds; a meeting whose
 * notice is already out, or that was cancelled, fires none.
 */
describe('lead-time warnings to the organiser', () => {
  const tag = suffix();

  it('warns the organising unit that the notice is due, and not once the notice is out', async () => {
    const token = await passwordToken('office');
    const office = as(token);
    const units = await orgUnits(token);
    const since = new Date(Date.now() - 1_000);
    const startsIn = (seconds: number) => new Date(Date.now() + 11 * DAY_MS + seconds * 1_000).toISOString();
    const draft = (title: string, startsAt: string) => ({
      type: 'briefing',
      title,
      startsAt,
      place: '区委会议室',
      leadOrgUnitId: units.get('区委统战部')!.id,
      invitedOrgUnitIds: [units.get('民盟')!.id],
    });
    const warned = (await office('/meetings', 'POST', draft(`通报会 ${tag}`, startsIn(5)))).body as MeetingView;
    const noticed = (await office('/meetings', 'POST', draft(`已通知 ${tag}`, startsIn(8)))).body as MeetingView;
    expect((await office(`/meetings/${noticed.id}/notice`, 'POST', {})).status).toBe(200);
    expect((await uploadToMeeting(token, noticed.id, makePdf(), '材料.pdf')).status).toBe(201);
    expect((await office(`/meetings/${noticed.id}/provide-documents`, 'POST', {})).status).toBe(200);
    const cancelled = (await office('/meetings', 'POST', draft(`已取消 ${tag}`, startsIn(10)))).body as MeetingView;
    expect((await office(`/meetings/${cancelled.id}/cancel`, 'POST', { reason: '会议取消' })).body).toMatchObject({ status: 'cancelled' });

    const fired = await eventsSince<DeadlineFiredPayload>('evt.meeting.deadline.notice-due.v1', since, (event) => event.payload.reference === `meeting/${warned.id}`, 90_000);
    expect(fired).toHaveLength(1);
    expect(fired[0]!.payload).toMatchObject({ kind: 'notice-due', recipients: [units.get('区委办公室')!.id], payload: { meetingId: warned.id, confidential: false } });
    // The noticed meeting's warnings were cancelled with its steps, the cancelled meeting's with it; all were due by now.
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    const none = await eventsSince<DeadlineFiredPayload>('evt.meeting.deadline.>', since, (event) => [`meeting/${noticed.id}`, `meeting/${cancelled.id}`].includes(event.payload.reference), 3_000);
    expect(none).toEqual([]);
  }, 150_000);
});
