import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DeliverPolicy, jetstream, type ConsumerMessages } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { EVENTS_STREAM, type EventEnvelope, type PersonAccessChangedPayload } from '@xieshang/contracts';
import type { AuthenticatedUser, TokenRevocations } from '@xieshang/platform-auth';
import type { Logger } from '@xieshang/platform-observability';
import { APP_CONFIG, APP_LOGGER } from '@xieshang/platform-runtime';
import type { GatewayConfig } from '../config/config.schema.js';
import { NATS_CONNECTION } from '../nats-connection.provider.js';
import { applyAccessChange, forgetExpired, type RevokedSubjects } from './revoked-people.rules.js';

const RETRY_MS = 2_000;
/** Every directory event about people; several filters would need nats-server 2.10. */
const PERSON_EVENTS = 'evt.directory.person.>';
/** How long a starting replica waits to catch up with past revocations before it serves anyway. */
const CATCH_UP_MS = 5_000;

/**
 * The people disabled since the oldest token still valid was issued, as the directory reports
 * them. Each replica reads the events stream itself (an ordered consumer, nothing durable left
 * behind), from `REVOCATION_LOOKBACK_MINUTES` ago, so every replica holds the same set.
 */
@Injectable()
export class RevokedPeople implements TokenRevocations, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly revoked: RevokedSubjects = new Map();
  private messages: ConsumerMessages | null = null;
  private stopped = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
  ) {}

  isRevoked(user: AuthenticatedUser): boolean {
    return this.revoked.has(user.subject);
  }

  async onApplicationBootstrap(): Promise<void> {
    let caughtUp!: () => void;
    const ready = new Promise<void>((resolve) => (caughtUp = resolve));
    void this.follow(caughtUp);
    await Promise.race([ready, new Promise((resolve) => setTimeout(resolve, CATCH_UP_MS).unref())]);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    void this.messages?.close().catch(() => undefined);
  }

  private get lookbackMs(): number {
    return this.config.REVOCATION_LOOKBACK_MINUTES * 60_000;
  }

  /** Reads the stream for as long as the gateway runs; starts again from the lookback if it fails. */
  private async follow(caughtUp: () => void): Promise<void> {
    while (!this.stopped) {
      try {
        const consumer = await jetstream(this.nats).consumers.get(EVENTS_STREAM, {
          filter_subjects: PERSON_EVENTS,
          deliver_policy: DeliverPolicy.StartTime,
          opt_start_time: new Date(Date.now() - this.lookbackMs).toISOString(),
        });
        if ((await consumer.info()).num_pending === 0) caughtUp();
        this.messages = await consumer.consume();
        for await (const message of this.messages) {
          const envelope = message.json<EventEnvelope<PersonAccessChangedPayload>>();
          applyAccessChange(this.revoked, { subject: message.subject, occurredAt: envelope.occurredAt, payload: envelope.payload });
          forgetExpired(this.revoked, Date.now(), this.lookbackMs);
          if (message.info.pending === 0) caughtUp();
        }
      } catch (error) {
        if (this.stopped) return;
        this.logger.warn({ err: error }, 'cannot read person revocations yet; retrying');
      }
      if (!this.stopped) await new Promise((resolve) => setTimeout(resolve, RETRY_MS).unref());
    }
  }
}
