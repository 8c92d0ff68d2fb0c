import { canonicalJson, leaseExpired, replayOrRefuse, replyLost, requestHash, storeKey } from './idempotency.rules.js';

describe('idempotency keys', () => {
  it('replays the stored reply for the same body', () => {
    const hash = requestHash({ topic: 'A' });
    expect(replayOrRefuse({ state: 'done', requestHash: hash, status: 201, body: { id: 1 } }, hash)).toEqual({ status: 201, body: { id: 1 } });
  });

  it('refuses the same key with another body', () => {
    const record = { state: 'done' as const, requestHash: requestHash({ topic: 'A' }), status: 201, body: {} };
    expect(() => replayOrRefuse(record, requestHash({ topic: 'B' }))).toThrow(expect.objectContaining({ code: 'COMMON.IDEMPOTENCY_KEY_REUSED' }));
  });

  it('hashes the same body the same whatever the order of its keys, at any depth', () => {
    const first = { topic: 'A', items: [{ month: 3, kind: 'thematic' }], meta: { b: 1, a: [2, 1] } };
    const reordered = { meta: { a: [2, 1], b: 1 }, items: [{ kind: 'thematic', month: 3 }], topic: 'A' };
    expect(requestHash(reordered)).toBe(requestHash(first));
    expect(canonicalJson(reordered)).toBe('{"items":[{"kind":"thematic","month":3}],"meta":{"a":[2,1],"b":1},"topic":"A"}');
  });

  it('tells apart bodies that differ in an array’s order or a value’s type', () => {
    expect(requestHash({ a: [1, 2] })).not.toBe(requestHash({ a: [2, 1] }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: '1' }));
    expect(requestHash(undefined)).toBe(requestHash(null));
  });

  it('refuses while the first request is still running', () => {
    const hash = requestHash({});
    expect(() => replayOrRefuse({ state: 'in-progress', requestHash: hash, leaseUntil: Date.now() + 1_000 }, hash)).toThrow(
      expect.objectContaining({ code: 'COMMON.IDEMPOTENCY_IN_PROGRESS' }),
    );
  });

  it('lets a claim be taken over only once its lease has run out', () => {
    const claim = { state: 'in-progress' as const, requestHash: 'h', leaseUntil: 10_000 };
    expect(leaseExpired(claim, 9_999)).toBe(false);
    expect(leaseExpired(claim, 10_000)).toBe(true);
    expect(leaseExpired({ state: 'done', requestHash: 'h', status: 201, body: null }, 99_999)).toBe(false);
  });

  it('keeps the claim only when the reply was lost, not when the request was refused', () => {
    expect(replyLost('GATEWAY.UPSTREAM_TIMEOUT')).toBe(true);
    expect(replyLost('GATEWAY.SERVICE_UNAVAILABLE')).toBe(true);
    expect(replyLost('PLANNING.PLAN_NOT_FOUND')).toBe(false);
    expect(replyLost(undefined)).toBe(false);
  });

  it('separates the same key of two users', () => {
    expect(storeKey('bazhou', 'u1', 'POST', '/api/v1/plans', 'k-1')).not.toEqual(storeKey('bazhou', 'u2', 'POST', '/api/v1/plans', 'k-1'));
  });

  it('refuses an empty or over-long key, naming the header', () => {
    expect(() => storeKey('bazhou', 'u1', 'POST', '/p', '')).toThrow(
      expect.objectContaining({ details: { fields: [{ path: 'Idempotency-Key', message: 'must be 1-255 visible ASCII characters' }] } }),
    );
    expect(() => storeKey('bazhou', 'u1', 'POST', '/p', 'x'.repeat(256))).toThrow(expect.objectContaining({ code: 'VALIDATION.INVALID_INPUT' }));
  });
});
