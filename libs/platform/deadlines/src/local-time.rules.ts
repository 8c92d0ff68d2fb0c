import { TEXT_SETTINGS } from '@xieshang/contracts';

/**
 * Deadlines are set in the tenant's calendar ("ten days before the meeting", "three months after
 * the assignment"), then stored as instants. These rules turn a wall-clock date-time in an IANA
 * zone into an instant and back, and move it by calendar days or months.
 */

/** A date and wall-clock time in some zone, without the zone. Months are 1–12. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The zone of a tenant that names none (`tenant.timeZone`'s default): Chinese districts and cities. */
export const DEFAULT_TIME_ZONE = TEXT_SETTINGS['tenant.timeZone'].default;

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const DAY_MS = 24 * 60 * 60 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (zone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
};

export const isTimeZone = (zone: string): boolean => {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
};

const fieldsAsUtc = (local: LocalDateTime): number =>
  Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);

const fromUtcFields = (ms: number): LocalDateTime => {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
};

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Reads `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` or `YYYY-MM-DDTHH:mm:ss`; refuses dates that do not exist. */
export const parseLocalDateTime = (text: string): LocalDateTime => {
  const match = LOCAL_PATTERN.exec(text);
  if (!match) throw new RangeError(`Not a local date-time: ${text}`);
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const local = { year, month, day, hour, minute, second } as LocalDateTime;
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;
  if (!valid) throw new RangeError(`Not a local date-time: ${text}`);
  return local;
};

/** The wall-clock date-time of `instant` in `zone`. */
export const localDateTimeOf = (instant: Date, zone: string): LocalDateTime => {
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    second: Number(parts['second']),
  };
};

/** How far `zone`'s wall clock is ahead of UTC at `ms`. */
const offsetAt = (ms: number, zone: string): number => fieldsAsUtc(localDateTimeOf(new Date(Math.floor(ms / 1000) * 1000), zone)) - Math.floor(ms / 1000) * 1000;

const sameLocal = (a: LocalDateTime, b: LocalDateTime): boolean => fieldsAsUtc(a) === fieldsAsUtc(b);

/**
 * The instant at which `zone`'s wall clock shows `local`. A time repeated when clocks go back is
 * read as its first occurrence; a time skipped when clocks go forward is read as the same
 * distance past the change (02:30 on a spring-forward night is 03:30), as calendars do.
 */
export const instantOf = (local: LocalDateTime, zone: string): Date => {
  const wall = fieldsAsUtc(local);
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((ms) => sameLocal(localDateTimeOf(new Date(ms), zone), local))
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - before);
};

/** The same wall-clock time `days` calendar days later (negative: earlier). */
/** The calendar day of an instant in a zone, `YYYY-MM-DD`: the day a task is due or a digest item belongs to. */
export const localDay = (instant: Date, zone: string): string => {
  const local = localDateTimeOf(instant, zone);
  return `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`;
};

export const addCalendarDays = (local: LocalDateTime, days: number): LocalDateTime =>
  fromUtcFields(Date.UTC(local.year, local.month - 1, local.day + days, local.hour, local.minute, local.second));

/** The same day and time `months` later (negative: earlier); a day the month lacks becomes its last day. */
export const addCalendarMonths = (local: LocalDateTime, months: number): LocalDateTime => {
  const index = local.year * 12 + (local.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { ...local, year, month, day: Math.min(local.day, daysInMonth(year, month)) };
};

const asLocal = (at: LocalDateTime | Date, zone: string): LocalDateTime => (at instanceof Date ? localDateTimeOf(at, zone) : at);

/** "N days before" a local date-time (or an instant, read in `zone`), as an instant. */
export const daysBefore = (at: LocalDateTime | Date, days: number, zone: string): Date =>
  instantOf(addCalendarDays(asLocal(at, zone), -days), zone);

/** "N days after" a local date-time (or an instant, read in `zone`), as an instant. */
export const daysAfter = (at: LocalDateTime | Date, days: number, zone: string): Date =>
  instantOf(addCalendarDays(asLocal(at, zone), days), zone);

/** "N months after" a local date-time (or an instant, read in `zone`), as an instant. */
export const monthsAfter = (at: LocalDateTime | Date, months: number, zone: string): Date =>
  instantOf(addCalendarMonths(asLocal(at, zone), months), zone);
