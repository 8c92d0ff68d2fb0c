import { localDay } from '@xieshang/platform-deadlines';
import { firstDayNotDue, releaseTime } from './quiet-hours.rules';

const zone = 'Asia/Shanghai';

describe('quiet hours', () => {
  it('lets a message go at once outside quiet hours or without any', () => {
    const noon = new Date('2027-03-05T04:00:00Z'); // 12:00 in Shanghai
    expect(releaseTime(noon, null, zone)).toEqual(noon);
    expect(releaseTime(noon, { from: '22:00', to: '07:00' }, zone)).toEqual(noon);
  });

  it('holds a late-evening message until the morning after', () => {
    const late = new Date('2027-03-05T15:00:00Z'); // 23:00
    expect(releaseTime(late, { from: '22:00', to: '07:00' }, zone).toISOString()).toBe('2027-03-05T23:00:00.000Z');
  });

  it('holds an early-morning message until the same morning', () => {
    const early = new Date('2027-03-05T19:30:00Z'); // 03:30 on the 6th
    expect(releaseTime(early, { from: '22:00', to: '07:00' }, zone).toISOString()).toBe('2027-03-05T23:00:00.000Z');
  });

  it('holds a message within daytime quiet hours until they end', () => {
    const lunch = new Date('2027-03-05T04:30:00Z'); // 12:30
    expect(releaseTime(lunch, { from: '12:00', to: '14:00' }, zone).toISOString()).toBe('2027-03-05T06:00:00.000Z');
  });
});

describe('digest days', () => {
  it('names the district’s calendar day', () => {
    expect(localDay(new Date('2027-03-05T17:00:00Z'), zone)).toBe('2027-03-06');
  });

  it('sends yesterday’s digest only once the digest hour has come', () => {
    expect(firstDayNotDue(new Date('2027-03-05T22:00:00Z'), 7, zone)).toBe('2027-03-05'); // 06:00 on the 6th
    expect(firstDayNotDue(new Date('2027-03-05T23:30:00Z'), 7, zone)).toBe('2027-03-06'); // 07:30 on the 6th
  });
});
