import { describe, expect, it } from 'vitest';
import { attendeesFromLines, meetingWhen, mustConfirmReading, preparing, recordingOpinions } from './meeting-display.rules.js';

const MINMENG = 'a';

describe('how a meeting is shown', () => {
  it('names its day by its time, else the planned day or month', () => {
    expect(meetingWhen({ startsAt: null, plannedDate: '2027-06-15', plannedMonth: null, year: 2027 }, 'zh-CN', 'Asia/Shanghai')).toBe('2027-06-15');
    expect(meetingWhen({ startsAt: null, plannedDate: null, plannedMonth: 3, year: 2027 }, 'zh-CN', 'Asia/Shanghai')).toBe('2027-03');
    expect(meetingWhen({ startsAt: '2027-06-15T01:30:00Z', plannedDate: null, plannedMonth: null, year: 2027 }, 'en', 'Asia/Shanghai')).toContain('2027');
    // 01:30 UTC is 09:30 in Bazhou, 07:30 on a district clock set to Urumqi.
    expect(meetingWhen({ startsAt: '2027-06-15T01:30:00Z', plannedDate: null, plannedMonth: null, year: 2027 }, 'en-GB', 'Asia/Shanghai')).toContain('09:30');
    expect(meetingWhen({ startsAt: '2027-06-15T01:30:00Z', plannedDate: null, plannedMonth: null, year: 2027 }, 'en-GB', 'Asia/Urumqi')).toContain('07:30');
  });

  it('reads attendees one per line', () => {
    expect(attendeesFromLines('张三\n\n 李四 \r\n')).toEqual([{ name: '张三' }, { name: '李四' }]);
  });

  it('asks an invited party to confirm its reading once, while the documents are out', () => {
    const meeting = { status: 'documents_ready' as const, readings: [], invitedOrgUnitIds: [MINMENG] };
    expect(mustConfirmReading(meeting, MINMENG)).toBe(true);
    expect(mustConfirmReading(meeting, 'b')).toBe(false);
    expect(mustConfirmReading({ ...meeting, readings: [{ orgUnitId: MINMENG, personName: 'x', at: '' }] }, MINMENG)).toBe(false);
    expect(mustConfirmReading({ ...meeting, status: 'noticed' }, MINMENG)).toBe(false);
  });

  it('prepares opinions before the meeting and records them after', () => {
    expect(preparing({ status: 'noticed' })).toBe(true);
    expect(preparing({ status: 'held' })).toBe(false);
    expect(recordingOpinions({ status: 'held' })).toBe(true);
    expect(recordingOpinions({ status: 'closed' })).toBe(false);
  });
});
