import { describe, expect, it } from 'vitest';
import { reconnectDelay, takeEvents } from './sse.rules.js';

describe('reading the notice stream', () => {
  it('takes whole events and keeps the unfinished rest', () => {
    const { events, rest } = takeEvents('retry: 3000\n\nevent: ready\ndata: {"at":"x"}\n\n: keep-alive\n\nevent: notice\ndata: {"noticeId":"1"}\n\nevent: tas');
    expect(events).toEqual([
      { type: 'ready', data: { at: 'x' } },
      { type: 'notice', data: { noticeId: '1' } },
    ]);
    expect(rest).toBe('event: tas');
  });

  it('skips a line that is not JSON', () => {
    expect(takeEvents('event: notice\ndata: {broken\n\n').events).toEqual([]);
  });

  it('waits longer after each failure, up to half a minute', () => {
    expect([1, 2, 3, 10].map(reconnectDelay)).toEqual([1_000, 2_000, 4_000, 30_000]);
  });
});
