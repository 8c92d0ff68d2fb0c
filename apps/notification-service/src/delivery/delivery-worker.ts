import { backoffDelay, Pause } from '@xieshang/platform-messaging';
import type { Logger } from '@xieshang/platform-observability';
import type { Clock } from '@xieshang/platform-deadlines';
import type { DataSource, EntityManager } from 'typeorm';
import type { MessageSender } from './senders.js';

export interface DeliveryWorkerOptions {
  dataSource: DataSource;
  senders: { mail: MessageSender | null; sms: MessageSender };
  clock: Clock;
  logger: Logger;
  maxAttempts: number;
  retry: { initialMs: number; maxMs: number };
  pollMs: number;
}

interface DeliveryRow {
  id: string;
  channel: 'mail' | 'sms';
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
}

/** Why an attempt failed, short enough to keep and free of the message itself. */
const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/**
 * Sends the queued mails and text messages, one delivery per transaction: it claims the oldest due
 * row of any tenant (`for update skip locked`, so replicas share the queue and never send one
 * twice at once), sends it, and records the outcome before the lock goes. A failure moves only
 * that row back by a growing pause; after the last attempt it stays failed with its reason.
 */
export class DeliveryWorker {
  private readonly idle = new Pause();
  private loop: Promise<void> | null = null;
  private running = false;

  constructor(private readonly options: DeliveryWorkerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.idle.wake();
    await this.loop;
  }

  /** Wakes the worker when a delivery was just queued. */
  wake(): void {
    this.idle.wake();
  }

  /** Works one due delivery; false when none was due. */
  workOne(): Promise<boolean> {
    return this.options.dataSource.transaction(async (manager) => {
      const claimed: Array<{ id: string; tenant_id: string }> = await manager.query('select * from notification.delivery_claim($1)', [this.options.clock.now()]);
      const first = claimed[0];
      if (!first) return false;
      await manager.query(`select set_config('app.tenant_id', $1, true)`, [first.tenant_id]);
      const [row] = (await manager.query('select id, channel, to_address, subject, body, attempts from notification.deliveries where id = $1', [first.id])) as DeliveryRow[];
      if (row) await this.attempt(manager, row);
      return true;
    });
  }

  private async attempt(manager: EntityManager, row: DeliveryRow): Promise<void> {
    const sender = row.channel === 'mail' ? this.options.senders.mail : this.options.senders.sms;
    const attempts = row.attempts + 1;
    try {
      if (!sender) throw new Error('No mail server is configured (MAIL_SMTP_URL)');
      await sender.send({ id: row.id, to: row.to_address, subject: row.subject, text: row.body });
      await manager.query(`update notification.deliveries set status = 'sent', attempts = $2, sent_at = $3, last_error = null where id = $1`, [row.id, attempts, this.options.clock.now()]);
    } catch (error) {
      const reason = reasonOf(error);
      if (attempts >= this.options.maxAttempts) {
        await manager.query(`update notification.deliveries set status = 'failed', attempts = $2, last_error = $3 where id = $1`, [row.id, attempts, reason]);
        this.options.logger.error({ deliveryId: row.id, channel: row.channel, attempts, reason }, 'Delivery failed for good');
        return;
      }
      const next = new Date(this.options.clock.now().getTime() + backoffDelay(attempts, this.options.retry));
      await manager.query(`update notification.deliveries set attempts = $2, last_error = $3, next_attempt_at = $4 where id = $1`, [row.id, attempts, reason, next]);
      this.options.logger.warn({ deliveryId: row.id, channel: row.channel, attempts, reason, retryAt: next.toISOString() }, 'Delivery failed; it will be retried');
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let pause = this.options.pollMs;
      try {
        if (await this.workOne()) pause = 0;
        failures = 0;
      } catch (error) {
        failures += 1;
        pause = backoffDelay(failures, { initialMs: 1_000, maxMs: 60_000 });
        this.options.logger.warn({ err: error, failures }, 'Delivery queue not worked; trying again');
      }
      if (this.running && pause > 0) await this.idle.for(pause);
    }
  }
}
