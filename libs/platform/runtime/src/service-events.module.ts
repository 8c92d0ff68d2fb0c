import { Inject, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { EventEnvelope } from '@xieshang/contracts';
import { DataSource } from 'typeorm';
import { systemClock } from '@xieshang/platform-deadlines';
import { EventConsumer, ensureStreams, OutboxRelay, retireDurableConsumers, type EventHandler, type EventPreparation } from '@xieshang/platform-messaging';
import type { Logger } from '@xieshang/platform-observability';
import { connectNats } from './nats-connection.js';
import { ReadinessRegistry } from './readiness.js';
import { APP_CONFIG, APP_LOGGER, APP_NAME } from './runtime.module.js';
import type { ServiceConfig } from './service-config.js';
import { SERVICE_CLOCK, SERVICE_JOBS_SCHEMA, ServiceJobs } from './service-jobs.js';

export const SERVICE_NATS = Symbol('SERVICE_NATS');
export const SERVICE_SCHEMA = Symbol('SERVICE_SCHEMA');

/** A durable subscription of a service to events of others (or its own). */
export interface EventSubscription {
  /** `<service>_<purpose>`; NATS forbids dots in consumer names. */
  durable: string;
  filterSubjects: string | readonly string[];
  prepare?: EventPreparation;
  handler: EventHandler;
  maxAttempts?: number;
  /** Events applied at once (default 1, in order); see EventConsumerOptions. */
  concurrency?: number;
  /** `new`: a consumer created now reads only what arrives from now on. */
  startFrom?: 'all' | 'new';
  /** Runs after the event's transaction committed (e.g. to tell live readers). */
  afterCommit?: (envelope: EventEnvelope, prepared: unknown) => Promise<void> | void;
}

const natsProvider: Provider = {
  provide: SERVICE_NATS,
  inject: [APP_NAME, APP_CONFIG, ReadinessRegistry],
  useFactory: async (name: string, config: ServiceConfig, readiness: ReadinessRegistry): Promise<NatsConnection> => {
    const connection = await connectNats(config, name, readiness);
    await ensureStreams(await jetstreamManager(connection));
    return connection;
  },
};

/**
 * Publishes the service's outbox and runs its event subscriptions. Subscriptions are added by the
 * service's modules while they initialise (`subscribe`), and start once the whole app is up.
 */
@Injectable()
export class ServiceEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly subscriptions: EventSubscription[] = [];
  private readonly consumers: EventConsumer[] = [];
  private relay: OutboxRelay | null = null;
  private readonly retired: string[] = [];

  constructor(
    @Inject(SERVICE_NATS) private readonly nats: NatsConnection,
    @Inject(SERVICE_SCHEMA) private readonly schema: string,
    @Inject(APP_CONFIG) private readonly config: ServiceConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
  ) {}

  subscribe(subscription: EventSubscription): void {
    this.subscriptions.push(subscription);
  }

  /** Durable consumers this service read under earlier names: deleted at start, so they hold no messages. */
  retire(...durables: string[]): void {
    this.retired.push(...durables);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.relay = new OutboxRelay({ databaseUrl: this.config.DATABASE_APP_URL, schema: this.schema, nats: this.nats, logger: this.logger });
    this.relay.start();
    if (this.retired.length > 0) {
      const deleted = await retireDurableConsumers(await jetstreamManager(this.nats), this.retired);
      if (deleted.length > 0) this.logger.info({ deleted }, 'Retired consumers deleted');
    }
    for (const subscription of this.subscriptions) {
      const consumer = new EventConsumer({ ...subscription, schema: this.schema, nats: this.nats, dataSource: this.dataSource, logger: this.logger });
      await consumer.start();
      this.consumers.push(consumer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    await this.relay?.stop();
    await this.nats.drain().catch(() => undefined);
  }
}

@Module({})
export class ServiceEventsModule {
  static forSchema(schema: string) {
    return {
      module: ServiceEventsModule,
      global: true,
      providers: [
        natsProvider,
        { provide: SERVICE_SCHEMA, useValue: schema },
        ServiceEvents,
        // Deadlines and outbox retention (service-jobs.ts).
        { provide: SERVICE_JOBS_SCHEMA, useValue: schema },
        { provide: SERVICE_CLOCK, useValue: systemClock },
        ServiceJobs,
      ],
      exports: [ServiceEvents, SERVICE_NATS, SERVICE_SCHEMA, SERVICE_CLOCK, ServiceJobs],
    };
  }
}
