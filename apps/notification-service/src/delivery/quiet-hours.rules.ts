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


/** When the digest of a notice made `now` goes: at the digest hour of the next day, in the district's time zone. */
export const digestDueAt = (now: Date, digestHour: number, zone: string): Date => {
  const nextDay = addCalendarDays(localDateTimeOf(now, zone), 1);
  return instantOf({ ...nextDay, hour: digestHour, minute: 0, second: 0 }, zone);
};
