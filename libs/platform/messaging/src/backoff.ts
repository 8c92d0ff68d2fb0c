/** Exponential backoff: `initialMs`, then doubling, never more than `maxMs`. */
export interface Backoff {
  initialMs: number;
  maxMs: number;
}

/** The delay before attempt `attempt + 1`, after `attempt` (1-based) failures in a row. */
export const backoffDelay = (attempt: number, { initialMs, maxMs }: Backoff): number =>
  Math.min(maxMs, initialMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));

/**
 * A pause that ends early when `wake` is called, so a stopping worker need not sit out its
 * backoff. A wake that comes while nobody waits makes the next pause end at once.
 */
export class Pause {
  private wakeUp: (() => void) | null = null;
  private woken = false;

  for(ms: number): Promise<void> {
    if (this.woken) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.end(), ms);
      this.wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  wake(): void {
    if (this.wakeUp) this.end();
    else this.woken = true;
  }

  private end(): void {
    const wakeUp = this.wakeUp;
    this.wakeUp = null;
    wakeUp?.();
  }
}
