import { describe, expect, it } from 'vitest';
import { districtDate, districtDateTime, districtInstant, districtLocal, districtToday, shownTime, typedTime } from './district-time.rules.js';

// 20:00 UTC on New Year's Eve is already New Year's Day in Bazhou, still the 31st in New York.
const NEW_YEARS_EVE = '2026-12-31T20:00:00Z';

describe('times on the district’s clock', () => {
  it('writes an instant as the district reads it, whatever the browser’s zone', () => {
    expect(districtDateTime(NEW_YEARS_EVE, 'zh-CN', 'Asia/Shanghai')).toBe('2027年1月1日 04:00');
    expect(districtDateTime(NEW_YEARS_EVE, 'en', 'America/New_York')).toBe('Dec 31, 2026, 3:00 PM');
  });

  it('puts a day on the district’s calendar', () => {
    expect(districtToday('Asia/Shanghai', new Date(NEW_YEARS_EVE))).toBe('2027-01-01');
    expect(districtToday('America/New_York', new Date(NEW_YEARS_EVE))).toBe('2026-12-31');
    expect(districtDate(NEW_YEARS_EVE, 'zh-CN', 'Asia/Shanghai')).toBe('2027年1月1日');
    expect(districtDate(NEW_YEARS_EVE, 'en', 'America/New_York')).toBe('Dec 31, 2026');
  });

  it('reads a typed time on the district’s clock and writes one back', () => {
    expect(districtInstant('2027-03-15T09:30', 'Asia/Shanghai')).toBe('2027-03-15T01:30:00.000Z');
    expect(districtInstant('2027-01-15T09:30', 'America/New_York')).toBe('2027-01-15T14:30:00.000Z');
    expect(districtInstant('2027-07-15T09:30', 'America/New_York')).toBe('2027-07-15T13:30:00.000Z');
    expect(districtInstant('', 'Asia/Shanghai')).toBeUndefined();
    expect(districtInstant('15/03/2027 09:30', 'Asia/Shanghai')).toBeUndefined();
    expect(districtLocal('2027-03-15T01:30:00Z', 'Asia/Shanghai')).toBe('2027-03-15T09:30');
    expect(districtLocal(new Date('2027-07-15T13:30:00Z'), 'America/New_York')).toBe('2027-07-15T09:30');
  });

  it('keeps a typed time whole across a clock change', () => {
    // New York moves from 02:00 to 03:00 on 14 March 2027: 01:30 is still EST, 03:30 already EDT.
    expect(districtInstant('2027-03-14T01:30', 'America/New_York')).toBe('2027-03-14T06:30:00.000Z');
    expect(districtInstant('2027-03-14T03:30', 'America/New_York')).toBe('2027-03-14T07:30:00.000Z');
    expect(districtInstant('2027-03-14T02:30', 'America/New_York')).toBe('2027-03-14T06:30:00.000Z');
    expect(districtLocal(districtInstant('2027-11-07T00:30', 'America/New_York')!, 'America/New_York')).toBe('2027-11-07T00:30');
  });

  it('stores what a time input holds as an instant, and shows it on the district’s clock', () => {
    expect(typedTime('2027-03-15T09:30', 'Asia/Shanghai')).toBe('2027-03-15T01:30:00.000Z');
    expect(typedTime('', 'Asia/Shanghai')).toBeNull();
    expect(typedTime('next tuesday', 'Asia/Shanghai')).toBe('next tuesday');
    expect(shownTime('2027-03-15T01:30:00.000Z', 'Asia/Shanghai')).toBe('2027-03-15T09:30');
    expect(shownTime('2027-03-15T09:30', 'Asia/Shanghai')).toBe('2027-03-15T09:30');
    expect(shownTime(null, 'Asia/Shanghai')).toBe('');
    expect(shownTime('not a time', 'Asia/Shanghai')).toBe('');
  });
});
