import { isoTimestamp } from './iso-timestamp.rules.js';

describe('isoTimestamp', () => {
  it('rewrites a UTC timestamp with microseconds, cutting them to milliseconds as Date does', () => {
    expect(isoTimestamp('2026-12-03 19:21:47.123456+00')).toBe('2026-12-03T19:21:47.123Z');
    expect(isoTimestamp('2026-12-03 19:21:47.999999+00')).toBe(new Date(Date.UTC(2026, 11, 3, 19, 21, 47, 999.999)).toISOString());
  });

  it('pads a short fraction and adds one where PostgreSQL wrote none', () => {
    expect(isoTimestamp('2026-12-03 19:21:47.5+00')).toBe('2026-12-03T19:21:47.500Z');
    expect(isoTimestamp('2026-01-01 00:00:00+00')).toBe('2026-01-01T00:00:00.000Z');
  });

  it('turns another offset into the same instant in UTC', () => {
    expect(isoTimestamp('2026-12-04 03:21:47.123+08')).toBe('2026-12-03T19:21:47.123Z');
    expect(isoTimestamp('2026-12-03 14:21:47-05')).toBe('2026-12-03T19:21:47.000Z');
    expect(isoTimestamp('2026-12-03 19:51:47+00:30')).toBe('2026-12-03T19:21:47.000Z');
  });

  it('refuses what is not a timestamp', () => {
    expect(() => isoTimestamp('infinity')).toThrow(RangeError);
  });
});
