import { jetstream, jetstreamManager, type ConsumerMessages, type JetStreamClient, type JsMsg } from '@nats-io/jetstream';
import { EVENTS_STREAM, type EventEnvelope } from '@xieshang/contracts';
import { createLogger, type Logger } from '@xieshang/platform-observability';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { runAsCaller, systemCaller, type Caller } from '@xieshang/platform-tenancy';
import { backoffDelay } from '../backoff.js';
import { sqlIdentifier } from '../outbox/sql-identifier.js';
import { describeFailure, parkMessage } from './dead-letter.js';
import { ensureDurableConsumer } from './durable-consumer.js';
import type { EventConsumerOptions } from './event-consumer.options.js';
import { parseEnvelope } from './event-envelope.schema.js';

type Outcome = 'applied' | 'duplicate';

const DEFAULT_BACKOFF = { initialMs: 1_000, maxMs: 60_000 };

/**
 * A durable JetStream consumer that applies each event at most once per consumer: the event id
 * goes into the inbox in the same tenant transaction as the handler's effect, so a redelivery
 * finds it there and is acknowledged without effect. Failures are retried with backoff; after
 * `maxAttempts` deliveries the message is parked on `dlq.<subject>` and later messages flow on.
 */
export class EventConsumer {
  private readonly js: JetStreamClient;
  private readonly logger: Logger;
  private readonly inboxTable: string;
  private messages: ConsumerMessages | null = null;
  private loop: Promise<void> | null = null;
  private readonly database: TenantDatabase;

  constructor(private readonly options: EventConsumerOptions) {
    this.js = jetstream(options.nats);
    this.logger = options.logger ?? createLogger('event-consumer');
    this.inboxTable = `${sqlIdentifier(options.schema)}.inbox`;
    this.database = new TenantDatabase(options.dataSource);
  }

  get maxAttempts(): number {
    return this.options.maxAttempts ?? 5;
  }

  async start(): Promise<void> {
    if (this.messages) return;
    const prefetch = this.options.prefetch ?? 16;
    await ensureDurableConsumer(await jetstreamManager(this.options.nats), {
      durable: this.options.durable,
      filterSubjects: this.options.filterSubjects,
      ackWaitMs: this.options.ackWaitMs ?? 30_000,
      prefetch,
      startFrom: this.options.startFrom,
    });
    const consumer = await this.js.consumers.get(EVENTS_STREAM, this.options.durable);
    const messages = await consumer.consume({ max_messages: prefetch });
    this.messages = messages;
    const concurrency = Math.max(1, this.options.concurrency ?? 1);
    this.loop = (async () => {
      const inFlight = new Set<Promise<void>>();
      for await (const message of messages) {
        const job: Promise<void> = this.process(message)
          .catch((error: unknown) =>
            // Only acknowledging can fail here (the connection closed); JetStream redelivers after ack_wait.
            this.logger.error({ err: error, subject: message.subject }, 'Event outcome not acknowledged'),
          )
          .finally(() => inFlight.delete(job));
        inFlight.add(job);
        if (inFlight.size >= concurrency) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    })();
  }

  async stop(): Promise<void> {
    await this.messages?.close();
    await this.loop;
    this.messages = null;
    this.loop = null;
  }

  private async process(message: JsMsg): Promise<void> {
    let envelope: EventEnvelope;
    try {
      envelope = parseEnvelope(message.string());
    } catch (error) {
      // A body that is not an envelope will never succeed; retrying it only delays the park.
      return this.park(message, error);
    }
    try {
      const outcome = await this.apply(envelope);
      message.ack();
      if (outcome === 'duplicate') this.logger.debug({ eventId: envelope.id, consumer: this.options.durable }, 'Event already applied');
    } catch (error) {
      await this.retryOrPark(message, error);
    }
  }

  private apply(envelope: EventEnvelope): Promise<Outcome> {
    const caller: Caller = { ...systemCaller(envelope.correlationId, envelope.tenantId), personId: envelope.actorId, causationId: envelope.id };
    return runAsCaller(caller, async () => {
      // What the handler needs from other services is asked before the transaction opens.
      const prepared = this.options.prepare ? await this.options.prepare(envelope) : undefined;
      const outcome = await this.database.runAsTenant(envelope.tenantId, async (manager): Promise<Outcome> => {
        const inserted: unknown[] = await manager.query(
          `insert into ${this.inboxTable} (consumer, event_id) values ($1, $2) on conflict do nothing returning event_id`,
          [this.options.durable, envelope.id],
        );
        if (inserted.length === 0) return 'duplicate';
        await this.options.handler(manager, envelope, prepared);
        return 'applied';
      });
      if (outcome === 'applied' && this.options.afterCommit) {
        await Promise.resolve(this.options.afterCommit(envelope, prepared)).catch((error: unknown) =>
          this.logger.warn({ err: error, eventId: envelope.id, consumer: this.options.durable }, 'After-commit step failed; the event stays applied'),
        );
      }
      return outcome;
    });
  }

  private async retryOrPark(message: JsMsg, error: unknown): Promise<void> {
    const attempts = message.info.deliveryCount;
    if (attempts >= this.maxAttempts) return this.park(message, error);
    const delay = backoffDelay(attempts, this.options.backoff ?? DEFAULT_BACKOFF);
    this.logger.warn({ err: error, subject: message.subject, attempts, retryInMs: delay, consumer: this.options.durable }, 'Event failed; it will be redelivered');
    message.nak(delay);
  }

  private async park(message: JsMsg, error: unknown): Promise<void> {
    const attempts = message.info.deliveryCount;
    try {
      await parkMessage(this.js, message, { error, consumer: this.options.durable, attempts });
      message.term(describeFailure(error));
      this.logger.error({ err: error, subject: message.subject, attempts, consumer: this.options.durable }, 'Event parked on the dead-letter stream');
    } catch (parkError) {
      // Without a dead letter the message must stay where it is; try again after a pause.
      this.logger.error({ err: parkError, subject: message.subject }, 'Event could not be parked; it will be redelivered');
      message.nak(backoffDelay(attempts, this.options.backoff ?? DEFAULT_BACKOFF));
    }
  }
}
