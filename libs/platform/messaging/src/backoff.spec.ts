import { backoffDelay, Pause } from './backoff.js';

describe('backoff', () => {
  it('doubles from the initial delay up to the maximum', () => {
    const policy = { initialMs: 100, maxMs: 1_000 };
    expect([1, 2, 3, 4, 5, 50].map((attempt) => backoffDelay(attempt, policy))).toEqual([100, 200, 400, 800, 1_000, 1_000]);
  });

  it('ends a pause early when woken, and at once when woken before it began', async () => {
    const pause = new Pause();
    const started = Date.now();
    const waiting = pause.for(10_000);
    pause.wake();
    await waiting;
    pause.wake();
    await pause.for(10_000);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
