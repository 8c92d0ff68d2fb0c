import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeadlineScheduler, type Clock } from '@xieshang/platform-deadlines';
import { OutboxRetention } from '@xieshang/platform-messaging';
import type { Logger } from '@xieshang/platform-observability';
import { APP_CONFIG, APP_LOGGER } from './runtime.module.js';
import type { ServiceConfig } from './service-config.js';

/** Where the service's jobs read the time; tests override it with a clock they move. */
export const SERVICE_CLOCK = Symbol('SERVICE_CLOCK');
export const SERVICE_JOBS_SCHEMA = Symbol('SERVICE_JOBS_SCHEMA');

/**
 * The background work of every replica on its own schema: firing due deadlines and deleting old
 * outbox and inbox rows. Both are safe to run in every replica at once.
 */
@Injectable()
export class ServiceJobs implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly deadlines: DeadlineScheduler;
  readonly retention: OutboxRetention;

  constructor(
    @Inject(SERVICE_JOBS_SCHEMA) schema: string,
    @Inject(SERVICE_CLOCK) clock: Clock,
    @Inject(APP_CONFIG) config: ServiceConfig,
    @Inject(APP_LOGGER) logger: Logger,
    dataSource: DataSource,
  ) {
    this.deadlines = new DeadlineScheduler({
      dataSource,
      schema,
      clock,
      logger,
      pollIntervalMs: config.DEADLINE_POLL_SECONDS * 1000,
      settledMaxAgeDays: config.INBOX_RETENTION_DAYS,
      purgeIntervalMs: config.RETENTION_INTERVAL_MINUTES * 60_000,
    });
    this.retention = new OutboxRetention({
      databaseUrl: config.DATABASE_APP_URL,
      schema,
      logger,
      outboxMaxAgeHours: config.OUTBOX_RETENTION_HOURS,
      inboxMaxAgeDays: config.INBOX_RETENTION_DAYS,
      intervalMs: config.RETENTION_INTERVAL_MINUTES * 60_000,
    });
  }

  onApplicationBootstrap(): void {
    this.deadlines.start();
    this.retention.start();
  }

  // Before the data source closes, so no batch is cut off mid-transaction.
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.deadlines.stop(), this.retention.stop()]);
  }
}
