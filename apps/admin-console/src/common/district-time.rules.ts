/** How an instant reads on the district's clock: its day and time in the district's time zone. */
export const districtTime = (zone: string): Intl.DateTimeFormatOptions => ({ dateStyle: 'medium', timeStyle: 'short', timeZone: zone });

/** Its day only, on the district's clock. */
export const districtDay = (zone: string): Intl.DateTimeFormatOptions => ({ dateStyle: 'medium', timeZone: zone });

/** An instant (ISO 8601) as the district's clock shows it, in the console's language. */
export const districtDateTime = (instant: string, locale: string, zone: string): string =>
  new Intl.DateTimeFormat(locale, districtTime(zone)).format(new Date(instant));

/** The day of an instant on the district's clock, in the console's language. */
export const districtDate = (instant: string, locale: string, zone: string): string =>
  new Intl.DateTimeFormat(locale, districtDay(zone)).format(new Date(instant));

/** An instant's wall-clock parts on a district's clock: `2027-03-15`, `09:30`. */
export const wallClock = (instant: Date, zone: string): { day: string; time: string } => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts['year']}-${parts['month']}-${parts['day']}`, time: `${parts['hour']}:${parts['minute']}` };
};

/** How far the district's clock is ahead of UTC at an instant, in ms (to the minute). */
const offsetAt = (instant: number, zone: string): number => {
  const { day, time } = wallClock(new Date(instant), zone);
  return Date.parse(`${day}T${time}:00Z`) - Math.floor(instant / 60_000) * 60_000;
};

/**
 * A `datetime-local` value typed in the console (`2027-03-15T09:30`) as the instant it names on the
 * district's clock, whatever the browser's own zone; undefined when it is not such a value. A time
 * that a clock change skips never shows on that clock; it is read an hour early.
 */
export const districtInstant = (local: string, zone: string): string | undefined => {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local.trim());
  if (!match) return undefined;
  const wall = Date.parse(`${match[1]}T${match[2]}:00Z`);
  if (Number.isNaN(wall)) return undefined;
  // The offset at the first guess may differ from the offset at the answer near a clock change.
  const guess = wall - offsetAt(wall, zone);
  return new Date(wall - offsetAt(guess, zone)).toISOString();
};

/** An instant as a `datetime-local` value on the district's clock, for an input's value. */
export const districtLocal = (instant: Date | string, zone: string): string => {
  const { day, time } = wallClock(new Date(instant), zone);
  return `${day}T${time}`;
};

/** The day it is now on the district's clock, as `2027-03-15`. */
export const districtToday = (zone: string, now: Date = new Date()): string => wallClock(now, zone).day;

const LOCAL_VALUE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** What a date-and-time input stores for what was typed: the instant, null when cleared, else the text as typed (for the gateway to refuse by name). */
export const typedTime = (value: string, zone: string): string | null => (value === '' ? null : (districtInstant(value, zone) ?? value));

/** What a date-and-time input shows for what is stored: a `datetime-local` value on the district's clock, or nothing. */
export const shownTime = (value: unknown, zone: string): string => {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' && LOCAL_VALUE.test(value)) return value;
  const instant = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(instant.getTime()) ? '' : districtLocal(instant, zone);
};
