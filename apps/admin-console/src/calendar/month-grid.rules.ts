import type { CalendarEventView } from '@xieshang/contracts';
import { wallClock } from '../common/district-time.rules.js';

/** A month as `2027-03`. */
export type Month = string;

/** The day of an instant on the district's clock. */
export const dayOf = (instant: string, zone: string): string => wallClock(new Date(instant), zone).day;

/** The month it is now on the district's clock. */
export const monthOf = (now: Date, zone: string): Month => wallClock(now, zone).day.slice(0, 7);

export const shiftMonth = (month: Month, by: number): Month => {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, index - 1 + by, 1));
  return date.toISOString().slice(0, 7);
};

export interface GridDay {
  day: string;
  inMonth: boolean;
}

/** The weeks shown for a month, Monday first (as Chinese calendars are), whole weeks from its first to its last day. */
export const monthWeeks = (month: Month): GridDay[][] => {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(year, index - 1, 1));
  const last = new Date(Date.UTC(year, index, 0));
  const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000);
  const weeks: GridDay[][] = [];
  for (let cursor = start; cursor <= last; ) {
    const week: GridDay[] = [];
    for (let weekday = 0; weekday < 7; weekday += 1) {
      const day = cursor.toISOString().slice(0, 10);
      week.push({ day, inMonth: day.startsWith(month) });
      cursor = new Date(cursor.getTime() + 86_400_000);
    }
    weeks.push(week);
  }
  return weeks;
};

/** The first and last day the grid shows, as the events API takes them. */
export const gridWindow = (month: Month): { from: string; to: string } => {
  const weeks = monthWeeks(month);
  return { from: weeks[0]?.[0]?.day ?? `${month}-01`, to: weeks.at(-1)?.at(-1)?.day ?? `${month}-28` };
};

/** The events by their day on the district's clock, each day's in order of start. */
export const eventsByDay = (events: readonly CalendarEventView[], zone: string): Map<string, CalendarEventView[]> => {
  const days = new Map<string, CalendarEventView[]>();
  for (const event of [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const day = dayOf(event.startsAt, zone);
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return days;
};

/** `09:30`, on the district's clock. */
export const timeOf = (instant: string, zone: string): string => wallClock(new Date(instant), zone).time;
