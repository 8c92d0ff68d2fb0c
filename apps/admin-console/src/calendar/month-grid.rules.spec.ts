import { describe, expect, it } from 'vitest';
import { eventsByDay, gridWindow, monthOf, monthWeeks, shiftMonth, timeOf } from './month-grid.rules.js';

const BAZHOU = 'Asia/Shanghai';

const event = (id: string, startsAt: string) => ({ id, kind: 'interview' as const, recordId: id, resource: 'interviews', title: id, startsAt, endsAt: startsAt, place: null, status: 'scheduled' });

describe('the month grid', () => {
  it('shows whole weeks, Monday first, from the month’s first day to its last', () => {
    const weeks = monthWeeks('2027-03');
    expect(weeks[0]?.[0]).toEqual({ day: '2027-03-01', inMonth: true });
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks.at(-1)?.some((day) => day.day === '2027-03-31')).toBe(true);
    expect(monthWeeks('2027-02')[0]?.[0]).toEqual({ day: '2027-02-01', inMonth: true });
    expect(monthWeeks('2026-12')[0]?.[0]).toEqual({ day: '2026-11-30', inMonth: false });
    expect(gridWindow('2026-12')).toEqual({ from: '2026-11-30', to: '2027-01-03' });
  });

  it('moves by months across years and reads the month on the district’s clock', () => {
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(monthOf(new Date('2027-02-28T17:00:00Z'), BAZHOU)).toBe('2027-03');
    expect(monthOf(new Date('2027-02-28T17:00:00Z'), 'Europe/London')).toBe('2027-02');
  });

  it('puts each event on its day on the district’s clock, in order of start', () => {
    const events = [event('late', '2027-03-15T08:00:00Z'), event('early', '2027-03-15T01:00:00Z'), event('night', '2027-03-15T17:00:00Z')];
    const days = eventsByDay(events, BAZHOU);
    expect(days.get('2027-03-15')?.map((entry) => entry.id)).toEqual(['early', 'late']);
    expect(days.get('2027-03-16')?.map((entry) => entry.id)).toEqual(['night']);
    expect(timeOf('2027-03-15T01:30:00Z', BAZHOU)).toBe('09:30');
    expect(eventsByDay(events, 'Europe/London').get('2027-03-15')?.map((entry) => entry.id)).toEqual(['early', 'late', 'night']);
    expect(timeOf('2027-03-15T01:30:00Z', 'Europe/London')).toBe('01:30');
  });
});
