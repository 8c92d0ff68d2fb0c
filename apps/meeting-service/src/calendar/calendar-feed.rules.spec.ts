import ical, { type VEvent } from 'node-ical';
import { calendarFeed } from './calendar-feed.rules.js';
import { daysWindow, feedWindow, hashCalendarToken, newCalendarToken } from './calendar-token.rules.js';
import { tenantOfCalendarToken } from '@xieshang/contracts';

const event = {
  id: 'interview:0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11',
  kind: 'interview' as const,
  recordId: '0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11',
  resource: 'interviews',
  title: '民营经济发展',
  startsAt: '2027-03-15T01:30:00.000Z',
  endsAt: '2027-03-15T02:30:00.000Z',
  place: '区委第三会议室',
  status: 'scheduled',
};

describe('calendar feed', () => {
  it('lists each event with its record as UID, its time, place and kind', () => {
    const parsed = Object.values(ical.sync.parseICS(calendarFeed([event, { ...event, recordId: '1b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11', status: 'cancelled' }], 'bazhou')));
    const events = parsed.filter((entry): entry is VEvent => entry?.type === 'VEVENT');
    expect(events.map((entry) => entry.uid)).toEqual([
      'interview-0b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11@bazhou.xieshang',
      'interview-1b7f7c52-2f49-4a39-9a36-5d0a3f1f3d11@bazhou.xieshang',
    ]);
    expect(events[0]?.summary).toBe('约谈协商：民营经济发展');
    expect(events[0]?.location).toBe('区委第三会议室');
    expect(events[0]?.start.toISOString()).toBe('2027-03-15T01:30:00.000Z');
    expect(events[1]?.status).toBe('CANCELLED');
  });

  it('makes tokens that name their tenant, differ every time and are stored only as a hash', () => {
    const first = newCalendarToken('bazhou');
    const second = newCalendarToken('bazhou');
    expect(first).not.toBe(second);
    expect(tenantOfCalendarToken(first)).toBe('bazhou');
    expect(tenantOfCalendarToken(`${first}x`)).toBeNull();
    expect(tenantOfCalendarToken('xscal.Bazhou.abc')).toBeNull();
    expect(hashCalendarToken(first)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashCalendarToken(first)).not.toContain(first.split('.')[2]);
  });

  it('looks a quarter back and a year ahead', () => {
    const now = new Date('2027-03-15T00:00:00Z');
    const window = feedWindow(now);
    expect(window.from < now && window.to > now).toBe(true);
    expect((window.to.getTime() - now.getTime()) / 86_400_000).toBe(366);
  });

  it('shows whole days on the district’s clock in the month view', () => {
    expect(daysWindow('2027-03-01', '2027-03-31', 'Asia/Shanghai')).toEqual({ from: new Date('2027-02-28T16:00:00Z'), to: new Date('2027-03-31T16:00:00Z') });
    // London moves to summer time on 28 March 2027: the window ends at midnight BST.
    expect(daysWindow('2027-03-01', '2027-03-31', 'Europe/London')).toEqual({ from: new Date('2027-03-01T00:00:00Z'), to: new Date('2027-03-31T23:00:00Z') });
  });
});
