import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '@xieshang/platform-observability';
import type { Backoff } from '../backoff.js';

/** An outbox row the relay has claimed for publishing. */
export interface ClaimedEvent {
  id: string;
  subject: string;
  envelope: Record<string, unknown>;
  createdAt: Date;
}

export interface OutboxRelayOptions {
  /** The runtime (row-level-security-bound) role: `DATABASE_APP_URL`. */
  databaseUrl: string;
  schema: string;
  nats: NatsConnection;
  logger?: Logger;
  /** Events claimed per transaction (default 100). */
  batchSize?: number;
  /** How often to look for events when no notification arrives (default 1 s). */
  pollIntervalMs?: number;
  /** Waits after a failed batch (default 200 ms doubling to 10 s). */
  backoff?: Backoff;
  /** How long to wait for JetStream's acknowledgement of one event (default 5 s). */
  publishTimeoutMs?: number;
  /**
   * Runs after a batch is in JetStream and before it is marked published. A failure here leaves
   * the batch unmarked, exactly as if the process had died at that point.
   */
  afterPublish?: (events: readonly ClaimedEvent[]) => Promise<void> | void;
}
