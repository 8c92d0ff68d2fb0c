/** One server-sent event as the gateway writes it: `event: <type>` and one `data:` line of JSON. */
export interface ServerSentEvent {
  type: string;
  data: unknown;
}

/**
 * Splits what has arrived of a stream into whole events and the unfinished rest. Comment lines
 * (the keep-alive) and `retry:` lines make no event; a `data` that is not JSON is skipped.
 */
export const takeEvents = (buffer: string): { events: ServerSentEvent[]; rest: string } => {
  const blocks = buffer.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: ServerSentEvent[] = [];
  for (const block of blocks) {
    const type = /^event: (.*)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (!type || data === undefined) continue;
    try {
      events.push({ type, data: JSON.parse(data) as unknown });
    } catch {
      // A broken line is dropped; the inbox stays the truth.
    }
  }
  return { events, rest };
};

/** Waits before reconnecting: 1 s, doubling to 30 s. */
export const reconnectDelay = (failures: number): number => Math.min(30_000, 1_000 * 2 ** Math.max(0, failures - 1));
