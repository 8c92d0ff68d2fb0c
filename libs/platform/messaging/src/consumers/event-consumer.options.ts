import type { NatsConnection } from '@nats-io/transport-node';
import type { EventEnvelope } from '@xieshang/contracts';
import type { Logger } from '@xieshang/platform-observability';
import type { DataSource, EntityManager } from 'typeorm';
import type { Backoff } from '../backoff.js';
import type { OutboxConfig } from '../outbox/record-event.js';

/** Applies one event; it runs in the tenant transaction that also records the event in the inbox. */
export type EventHandler<P = unknown> = (manager: EntityManager, envelope: EventEnvelope, prepared?: P) => Promise<void>;

/**
 * Gathers what applying an event needs from other services (settings, names), before the tenant
 * transaction opens: no NATS request waits inside an open transaction.
 */
export type EventPreparation<P = unknown> = (envelope: EventEnvelope) => Promise<P>;

export interface EventConsumerOptions extends OutboxConfig {
  nats: NatsConnection;
  /** Connected as the runtime (row-level-security-bound) role. */
  dataSource: DataSource;
  /** The durable consumer name, `<service>_<purpose>` (NATS forbids dots in consumer names). */
  durable: string;
  /** One subject, or several (several need NATS 2.10 or newer). */
  filterSubjects: string | readonly string[];
  prepare?: EventPreparation;
  handler: EventHandler;
  /** Deliveries before a message is parked on `dlq.<subject>` (default 5). */
  maxAttempts?: number;
  /** Delay before redelivering a failed message (default 1 s doubling to 60 s). */
  backoff?: Backoff;
  /** How long JetStream waits for an ack before it redelivers on its own (default 30 s). */
  ackWaitMs?: number;
  /** Messages fetched ahead of processing (default 16). */
  prefetch?: number;
  logger?: Logger;
  /**
   * Events applied at once (default 1: one after the other, in stream order). More is for handlers
   * whose outcome does not depend on the order of events (each keyed by its own id).
   */
  concurrency?: number;
  /** Where a consumer created now starts reading (default `all`, see `DurableSettings`). */
  startFrom?: 'all' | 'new';
  /**
   * Runs once the event's transaction has committed (not for a duplicate), with what `prepare`
   * gave; for telling others about what was just written. A failure here is logged, not retried.
   */
  afterCommit?: (envelope: EventEnvelope, prepared: unknown) => Promise<void> | void;
}
