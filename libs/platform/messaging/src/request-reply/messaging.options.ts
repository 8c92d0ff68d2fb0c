import type { NatsConnectionConfig } from '@xieshang/platform-config';

/** What `MessagingModule.forRoot` needs to reach other services. */
export interface MessagingOptions {
  /** The app's NATS settings (`NATS_URL`, and its own `NATS_USER`/`NATS_PASSWORD`). */
  nats: NatsConnectionConfig;
  /** How long a request waits for its reply unless the caller says otherwise. */
  requestTimeoutMs: number;
  /** The calling service's name; it names the NATS connection in server monitoring. */
  service: string;
  /**
   * Whether requests carry the caller's `Idempotency-Key` (the gateway's, which is where keys come
   * from). A service asking another service never does: its key belongs to its own write.
   */
  forwardIdempotencyKey?: boolean;
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
export const NATS_REQUEST_CLIENT = Symbol('NATS_REQUEST_CLIENT');
