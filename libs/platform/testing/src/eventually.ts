export interface EventuallyOptions<T> {
  /** When the answer is good enough; by default, any truthy answer. */
  until?: (value: T) => boolean;
  timeoutMs?: number;
  /** Named in the error when time runs out. */
  what?: string;
}

/**
 * Asks `probe` again and again until its answer is good enough, and returns that answer: for what
 * arrives asynchronously (through the outbox, JetStream, a consumer). Fails once time runs out.
 */
export const eventually = async <T>(
  probe: () => Promise<T> | T,
  { until = (value) => Boolean(value), timeoutMs = 10_000, what = 'a condition' }: EventuallyOptions<T> = {},
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (until(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
