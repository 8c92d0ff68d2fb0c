import { dayWords, instantWords } from './words.rules';

const SHANGHAI = 'Asia/Shanghai';

describe('a meeting time in words', () => {
  it('is written in the district’s time in each language', () => {
    expect(instantWords('2027-03-05T01:30:00Z', 'zh-CN', SHANGHAI)).toBe('2027年3月5日 09:30');
    expect(instantWords('2027-03-05T01:30:00Z', 'en', SHANGHAI)).toBe('5 March 2027 09:30');
  });

  it('follows the district’s own zone', () => {
    expect(instantWords('2027-03-05T01:30:00Z', 'zh-CN', 'Asia/Urumqi')).toBe('2027年3月5日 07:30');
    expect(instantWords('2027-03-05T01:30:00Z', 'en', 'Europe/London')).toBe('5 March 2027 01:30');
  });

  it('crosses midnight into the next local day', () => {
    expect(instantWords('2027-03-05T17:00:00Z', 'zh-CN', SHANGHAI)).toBe('2027年3月6日 01:00');
  });

  it('names the day alone for a due date', () => {
    expect(dayWords('2027-06-01T16:00:00Z', 'zh-CN', SHANGHAI)).toBe('2027年6月2日');
    expect(dayWords('2027-06-01T16:00:00Z', 'en', SHANGHAI)).toBe('2 June 2027');
  });
});
