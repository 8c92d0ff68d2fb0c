import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { WireHeader } from '@xieshang/contracts';
import { createLogger, outboxLagSeconds, outboxPending, type Logger } from '@xieshang/platform-observability';
import pg from 'pg';
import { backoffDelay, Pause } from '../backoff.js';
import type { ClaimedEvent, OutboxRelayOptions } from './outbox-relay.options.js';
import { OutboxWakeListener } from './outbox-wake.listener.js';
import { sqlIdentifier } from './sql-identifier.js';

interface ClaimedRow {
  id: string;
  subject: string;
  envelope: Record<string, unknown>;
  created_at: Date;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/**
 * Moves committed events from a service's outbox to JetStream. Each batch is claimed, published
 * and marked in one database transaction: if publishing fails the transaction rolls back and the
 * batch waits for the next try; if the process dies after publishing, the next run publishes the
 * same msgIDs again and JetStream's duplicate window drops the copies.
 */
export class OutboxRelay {
  private readonly pool: pg.Pool;
  private readonly js: JetStreamClient;
  private readonly schema: string;
  private readonly logger: Logger;
  private readonly idle = new Pause();
  private readonly backoffPause = new Pause();
  private readonly wakeListener: OutboxWakeListener;
  private loop: Promise<void> | null = null;
  private running = false;

  constructor(private readonly options: OutboxRelayOptions) {
    this.schema = sqlIdentifier(options.schema);
    this.pool = new pg.Pool({ connectionString: options.databaseUrl, max: 2 });
    this.js = jetstream(options.nats, { timeout: options.publishTimeoutMs ?? 5_000 });
    this.logger = options.logger ?? createLogger('outbox-relay');
    // An idle connection lost with the server (a restart, a failover) must not end the process.
    this.pool.on('error', (error) => this.logger.warn({ err: error }, 'outbox relay lost an idle database connection'));
    this.wakeListener = new OutboxWakeListener(options.databaseUrl, options.schema, () => this.idle.wake(), this.logger);
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.idle.wake();
    this.backoffPause.wake();
    await this.loop;
    this.loop = null;
    await this.wakeListener.close();
    await this.pool.end();
  }

  /** One claim, publish, mark cycle; returns how many events it published. */
  async relayBatch(): Promise<number> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('begin');
      const claimed = await this.claim(client);
      if (claimed.length > 0) {
        await this.publishBatch(claimed);
        await this.options.afterPublish?.(claimed);
        await client.query(`select ${this.schema}.outbox_mark_published($1::uuid[])`, [claimed.map((event) => event.id)]);
      }
      await client.query('commit');
      return claimed.length;
    } catch (error) {
      // A connection that cannot even roll back is discarded rather than returned to the pool.
      await client.query('rollback').catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /** Publishes in claim order; JetStream keeps that order because one connection carries them all. */
  async publishBatch(events: readonly ClaimedEvent[]): Promise<void> {
    await Promise.all(
      events.map((event) => {
        const headers = natsHeaders();
        const tenantId = text(event.envelope['tenantId']);
        const correlationId = text(event.envelope['correlationId']);
        const actorId = text(event.envelope['actorId']);
        if (tenantId) headers.set(WireHeader.TenantId, tenantId);
        if (correlationId) headers.set(WireHeader.CorrelationId, correlationId);
        if (actorId) headers.set(WireHeader.PersonId, actorId);
        return this.js.publish(event.subject, JSON.stringify(event.envelope), { msgID: event.id, headers });
      }),
    );
  }

  private async claim(client: pg.PoolClient): Promise<ClaimedEvent[]> {
    const { rows } = await client.query<ClaimedRow>(`select * from ${this.schema}.outbox_claim($1)`, [this.options.batchSize ?? 100]);
    return rows.map((row) => ({ id: row.id, subject: row.subject, envelope: row.envelope, createdAt: row.created_at }));
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 100;
    const backoff = this.options.backoff ?? { initialMs: 200, maxMs: 10_000 };
    let failures = 0;
    while (this.running) {
      await this.wakeListener.ensure();
      try {
        const published = await this.relayBatch();
        failures = 0;
        await this.refreshBacklog();
        if (published < batchSize && this.running) await this.idle.for(this.options.pollIntervalMs ?? 1_000);
      } catch (error) {
        failures += 1;
        const delay = backoffDelay(failures, backoff);
        this.logger.warn({ err: error, failures, retryInMs: delay }, 'Outbox batch not relayed; it stays in the outbox');
        if (this.running) await this.backoffPause.for(delay);
      }
    }
  }

  private async refreshBacklog(): Promise<void> {
    const { rows } = await this.pool.query<{ pending: string; oldest: Date | null }>(
      `select pending, oldest from ${this.schema}.outbox_backlog()`,
    );
    const backlog = rows[0];
    outboxPending.set(Number(backlog?.pending ?? 0));
    outboxLagSeconds.set(backlog?.oldest ? (Date.now() - backlog.oldest.getTime()) / 1000 : 0);
  }
}
