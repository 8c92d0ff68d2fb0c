import { addCalendarDays, instantOf, localDateTimeOf } from '@xieshang/platform-deadlines';

export interface QuietHours {
  from: string;
  to: string;
}

const minutesOf = (hhmm: string): number => {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/**
 * When a mail or text message made `now` may go: at once, or when the person's quiet hours end
 * (in the district's time zone). Quiet hours may run over midnight (22:00–07:00).
 */
export const releaseTime = (now: Date, quiet: QuietHours | null, zone: string): Date => {
  if (!quiet) return now;
  const local = localDateTimeOf(now, zone);
  const minute = local.hour * 60 + local.minute;
  const [from, to] = [minutesOf(quiet.from), minutesOf(quiet.to)];
  if (from === to) return now;
  const inside = from < to ? minute >= from && minute < to : minute >= from || minute < to;
  if (!inside) return now;
  const end = { ...local, hour: Math.floor(to / 60), minute: to % 60, second: 0 };
  return instantOf(minute < to ? end : addCalendarDays(end, 1), zone);
};


/**
 * The digest days that may be sent at `now`: every day before today, once the digest hour has
 * come; before it, every day before yesterday. Returns the first day not yet due.
 */
export const firstDayNotDue = (now: Date, digestHour: number, zone: string): string => {
  const local = localDateTimeOf(now, zone);
  const day = local.hour >= digestHour ? local : addCalendarDays(local, -1);
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
};
