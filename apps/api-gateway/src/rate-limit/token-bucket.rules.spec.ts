import { takeToken, type Bucket } from './token-bucket.rules.js';

describe('per-user token bucket', () => {
  it('lets a full minute of requests through, then refuses the next one', () => {
    let bucket: Bucket | undefined;
    const outcomes: boolean[] = [];
    for (let i = 0; i < 4; i += 1) {
      const take = takeToken(bucket, 1_000, 3);
      bucket = take.bucket;
      outcomes.push(take.allowed);
    }
    expect(outcomes).toEqual([true, true, true, false]);
  });

  it('says how long to wait, and allows again once a token has refilled', () => {
    const spent = { tokens: 0, updatedAt: 0 };
    const refused = takeToken(spent, 0, 60);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBe(1);
    expect(takeToken(refused.bucket, 1_000, 60).allowed).toBe(true);
  });

  it('never stores more than one minute of tokens', () => {
    const idle = takeToken({ tokens: 2, updatedAt: 0 }, 3_600_000, 10);
    expect(idle.bucket.tokens).toBe(9);
  });
});
