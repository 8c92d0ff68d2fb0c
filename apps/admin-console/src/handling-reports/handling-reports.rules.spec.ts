import { describe, expect, it } from 'vitest';
import { reportYear } from './handling-reports.rules.js';

describe('reportYear', () => {
  it('shows the year a supervision notice asks for, and this year for anything else', () => {
    const now = new Date('2027-05-01T00:00:00Z');
    expect(reportYear('2026', now)).toBe(2026);
    expect([null, '', 'abc', '1999', '2026.5'].map((asked) => reportYear(asked, now))).toEqual([2027, 2027, 2027, 2027, 2027]);
  });
});
