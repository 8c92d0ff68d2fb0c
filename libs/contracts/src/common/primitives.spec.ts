import { int, isoDay, isoInstant, text } from './primitives.js';

describe('contract primitives', () => {
  it('refuse NUL and lone surrogates in text, and accept any well-formed text', () => {
    expect(text.safeParse('a\u0000b').success).toBe(false);
    expect(text.safeParse('\ud800').success).toBe(false);
    expect(text.safeParse('x\udc00').success).toBe(false);
    expect(text.safeParse('巴州 😀 ok').success).toBe(true);
  });

  it('bound integers to PostgreSQL’s integer', () => {
    expect(int.safeParse(2147483647).success).toBe(true);
    expect(int.safeParse(2147483648).success).toBe(false);
    expect(int.safeParse(-2147483649).success).toBe(false);
  });

  it('accept only real days and instants within the years every column holds', () => {
    expect(isoDay.safeParse('2028-02-29').success).toBe(true);
    expect(isoDay.safeParse('2027-02-29').success).toBe(false);
    expect(isoDay.safeParse('0000-01-01').success).toBe(false);
    expect(isoInstant.safeParse('2027-03-15T09:30:00+08:00').success).toBe(true);
    expect(isoInstant.safeParse('0000-01-01T00:00:00Z').success).toBe(false);
  });
});
