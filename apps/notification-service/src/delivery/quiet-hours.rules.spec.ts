import { localDay } from '@xieshang/platform-deadlines';
import { digestDueAt, releaseTime } from './quiet-hours.rules';

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

  it('sends a day’s digest at the digest hour of the next day, in the district’s zone', () => {
    expect(digestDueAt(new Date('2027-03-05T01:00:00Z'), 7, zone)).toEqual(new Date('2027-03-05T23:00:00Z')); // 09:00 on the 5th → 07:00 on the 6th
    expect(digestDueAt(new Date('2027-03-05T17:00:00Z'), 7, zone)).toEqual(new Date('2027-03-06T23:00:00Z')); // 01:00 on the 6th → 07:00 on the 7th
    expect(digestDueAt(new Date('2027-03-05T17:00:00Z'), 7, 'Europe/London')).toEqual(new Date('2027-03-06T07:00:00Z')); // 17:00 on the 5th in London
    // The day of the change to summer time: 07:00 in London is 06:00 UTC.
    expect(digestDueAt(new Date('2027-03-27T12:00:00Z'), 7, 'Europe/London')).toEqual(new Date('2027-03-28T06:00:00Z'));
  });
});
