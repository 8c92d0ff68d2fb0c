import {
  addCalendarMonths,
  daysAfter,
  daysBefore,
  instantOf,
  isTimeZone,
  localDateTimeOf,
  monthsAfter,
  parseLocalDateTime,
} from './local-time.rules.js';

const local = parseLocalDateTime;
const iso = (date: Date): string => date.toISOString();

describe('local time rules', () => {
  describe('in a zone without daylight saving (Asia/Shanghai, UTC+8)', () => {
    const zone = 'Asia/Shanghai';

    it('reads a wall-clock time as eight hours ahead of UTC, also across the date line of UTC', () => {
      expect(iso(instantOf(local('2026-06-15T09:30'), zone))).toBe('2026-06-15T01:30:00.000Z');
      expect(iso(instantOf(local('2026-01-01T07:00'), zone))).toBe('2025-12-31T23:00:00.000Z');
      expect(localDateTimeOf(new Date('2025-12-31T23:00:00Z'), zone)).toEqual(local('2026-01-01T07:00'));
    });

    it('counts days before in the local calendar, across a month and a year', () => {
      expect(iso(daysBefore(local('2026-03-05T14:00'), 10, zone))).toBe('2026-02-23T06:00:00.000Z');
      expect(iso(daysBefore(local('2027-01-03T09:00'), 5, zone))).toBe('2026-12-29T01:00:00.000Z');
    });

    it('reads an instant in the zone before counting: 23:30 UTC is already the next local day', () => {
      expect(iso(daysAfter(new Date('2026-04-30T23:30:00Z'), 1, zone))).toBe('2026-05-01T23:30:00.000Z');
      expect(localDateTimeOf(daysAfter(new Date('2026-04-30T23:30:00Z'), 1, zone), zone)).toEqual(local('2026-05-02T07:30'));
    });

    it('ends months on their last day when the day does not exist', () => {
      expect(iso(monthsAfter(local('2026-11-30T17:00'), 3, zone))).toBe('2027-02-28T09:00:00.000Z');
      expect(iso(monthsAfter(local('2027-11-30T17:00'), 3, zone))).toBe('2028-02-29T09:00:00.000Z');
      expect(iso(monthsAfter(local('2026-01-31T08:00'), 1, zone))).toBe('2026-02-28T00:00:00.000Z');
      expect(iso(monthsAfter(local('2026-08-31T08:00'), 3, zone))).toBe('2026-11-30T00:00:00.000Z');
      expect(iso(monthsAfter(local('2026-10-15T08:00'), 3, zone))).toBe('2027-01-15T00:00:00.000Z');
    });

    it('goes back across a year when the months are negative', () => {
      expect(addCalendarMonths(local('2026-03-31T10:00'), -4)).toEqual(local('2025-11-30T10:00'));
    });
  });

  describe('in a zone with daylight saving (Europe/Berlin)', () => {
    const zone = 'Europe/Berlin';

    it('keeps the wall-clock time when counting days across the spring change', () => {
      // 2026-03-29 clocks go from 02:00 CET to 03:00 CEST.
      expect(iso(instantOf(local('2026-04-02T10:00'), zone))).toBe('2026-04-02T08:00:00.000Z');
      expect(iso(daysBefore(local('2026-04-02T10:00'), 10, zone))).toBe('2026-03-23T09:00:00.000Z');
    });

    it('reads a skipped time as the same distance past the change', () => {
      expect(iso(instantOf(local('2026-03-29T02:30'), zone))).toBe('2026-03-29T01:30:00.000Z');
      expect(localDateTimeOf(instantOf(local('2026-03-29T02:30'), zone), zone)).toEqual(local('2026-03-29T03:30'));
    });

    it('reads a repeated time in autumn as its first occurrence', () => {
      // 2026-10-25 clocks go from 03:00 CEST back to 02:00 CET; 02:30 happens twice.
      expect(iso(instantOf(local('2026-10-25T02:30'), zone))).toBe('2026-10-25T00:30:00.000Z');
      expect(iso(instantOf(local('2026-10-25T03:30'), zone))).toBe('2026-10-25T02:30:00.000Z');
    });

    it('adds months across the autumn change at the same wall-clock time', () => {
      expect(iso(monthsAfter(local('2026-08-31T09:00'), 3, zone))).toBe('2026-11-30T08:00:00.000Z');
    });
  });

  describe('in a zone south of the equator (Australia/Sydney)', () => {
    it('follows Sydney into summer time in October', () => {
      // 2026-10-04 02:00 AEST becomes 03:00 AEDT.
      expect(iso(instantOf(local('2026-10-03T12:00'), 'Australia/Sydney'))).toBe('2026-10-03T02:00:00.000Z');
      expect(iso(daysAfter(local('2026-10-03T12:00'), 2, 'Australia/Sydney'))).toBe('2026-10-05T01:00:00.000Z');
    });
  });

  it('refuses dates that do not exist and zones that are not IANA names', () => {
    expect(() => parseLocalDateTime('2026-02-29')).toThrow(RangeError);
    expect(() => parseLocalDateTime('2026-04-31T10:00')).toThrow(RangeError);
    expect(() => parseLocalDateTime('2026-04-30T24:00')).toThrow(RangeError);
    expect(parseLocalDateTime('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29, hour: 0, minute: 0, second: 0 });
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
