import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Clock } from '@xieshang/platform-deadlines';
import type { Logger } from '@xieshang/platform-observability';
import { APP_CONFIG, APP_LOGGER, SERVICE_CLOCK } from '@xieshang/platform-runtime';
import type { NotificationConfig } from '../config/config.schema.js';
import type { DeliverySettings } from '../notices/write-notices.js';
import { DeliveryWorker } from './delivery-worker.js';
import { DigestJob } from './digest-job.js';
import { LoggingSmsSender, SmtpMailSender } from './senders.js';

/**
 * The mail and text-message side of the service: the delivery worker and the daily digest, in
 * every replica (they claim rows with SKIP LOCKED, so replicas share the work).
 */
@Injectable()
export class NoticeDeliveries implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly worker: DeliveryWorker;
  readonly digests: DigestJob;
  readonly settings: DeliverySettings;
  private readonly mail: SmtpMailSender | null;

  constructor(
    @Inject(APP_CONFIG) config: NotificationConfig,
    @Inject(APP_LOGGER) private readonly logger: Logger,
    @Inject(SERVICE_CLOCK) clock: Clock,
    dataSource: DataSource,
  ) {
    this.mail = config.MAIL_SMTP_URL ? new SmtpMailSender(config.MAIL_SMTP_URL, config.MAIL_FROM) : null;
    this.settings = {
      mailEnabled: this.mail !== null,
      mailDefaultDomain: config.MAIL_DEFAULT_DOMAIN,
      consoleUrl: config.CONSOLE_PUBLIC_URL,
      digestHour: config.DIGEST_HOUR,
      now: () => clock.now(),
    };
    this.worker = new DeliveryWorker({
      dataSource,
      senders: { mail: this.mail, sms: new LoggingSmsSender(logger) },
      clock,
      logger,
      maxAttempts: config.DELIVERY_MAX_ATTEMPTS,
      retry: { initialMs: config.DELIVERY_RETRY_INITIAL_MS, maxMs: config.DELIVERY_RETRY_MAX_MS },
      pollMs: config.DELIVERY_POLL_MS,
    });
    this.digests = new DigestJob({
      dataSource,
      clock,
      logger,
      consoleUrl: config.CONSOLE_PUBLIC_URL,
      pollMs: config.DELIVERY_POLL_MS,
      queued: () => this.worker.wake(),
    });
  }

  onApplicationBootstrap(): void {
    if (!this.mail) this.logger.warn('MAIL_SMTP_URL is not set: notices reach the inbox only, no mail is queued');
    this.worker.start();
    this.digests.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.worker.stop(), this.digests.stop()]);
    this.mail?.close();
  }
}
