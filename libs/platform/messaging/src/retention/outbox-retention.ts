import { createLogger, type Logger } from '@xieshang/platform-observability';
import pg from 'pg';
import { Pause } from '../backoff.js';
import { sqlIdentifier } from '../outbox/sql-identifier.js';

export interface OutboxRetentionOptions {
  /** The runtime (row-level-security-bound) role: `DATABASE_APP_URL`. */
  databaseUrl: string;
  schema: string;
  /** Published outbox rows older than this go. */
  outboxMaxAgeHours: number;
  /** Inbox rows older than this go. */
  inboxMaxAgeDays: number;
  /** Rows deleted per statement (default 1,000), so no purge holds many locks for long. */
  batchSize?: number;
  /** Time between purges (default 1 h). */
  intervalMs?: number;
  logger?: Logger;
}

export interface PurgeResult {
  outbox: number;
  inbox: number;
  /** Keyed writes' records, kept as long as the inbox. */
  idempotencyKeys: number;
}

/**
 * Deletes published outbox rows and inbox rows once they are old, in batches of one statement
 * each, through the schema's purge functions (`retentionStatements`). Every replica runs it; the
 * functions skip rows another replica is deleting, so they share the work without waiting.
 */
export class OutboxRetention {
  private readonly pool: pg.Pool;
  private readonly schema: string;
  private readonly logger: Logger;
  private readonly pause = new Pause();
  private loop: Promise<void> | null = null;
  private running = false;
  private stopping = false;

  constructor(private readonly options: OutboxRetentionOptions) {
    this.schema = sqlIdentifier(options.schema);
    this.pool = new pg.Pool({ connectionString: options.databaseUrl, max: 1 });
    this.logger = options.logger ?? createLogger('outbox-retention');
    // An idle connection lost with the server (a restart, a failover) must not end the process.
    this.pool.on('error', (error) => this.logger.warn({ err: error }, 'retention lost an idle database connection'));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    this.pause.wake();
    await this.loop;
    this.loop = null;
    await this.pool.end();
  }

  /** Deletes everything that is old enough, batch after batch, until a batch comes back short. */
  async purge(): Promise<PurgeResult> {
    return {
      outbox: await this.purgeTable('outbox_purge', `${this.options.outboxMaxAgeHours} hours`),
      inbox: await this.purgeTable('inbox_purge', `${this.options.inboxMaxAgeDays} days`),
      idempotencyKeys: await this.purgeTable('idempotency_key_purge', `${this.options.inboxMaxAgeDays} days`),
    };
  }

  private async purgeTable(fn: 'outbox_purge' | 'inbox_purge' | 'idempotency_key_purge', maxAge: string): Promise<number> {
    const batchSize = this.options.batchSize ?? 1_000;
    let total = 0;
    for (;;) {
      const { rows } = await this.pool.query<{ deleted: number }>(
        `select ${this.schema}.${fn}($1::interval, $2) as deleted`,
        [maxAge, batchSize],
      );
      const deleted = rows[0]?.deleted ?? 0;
      total += deleted;
      if (deleted < batchSize || this.stopping) return total;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        const purged = await this.purge();
        if (purged.outbox + purged.inbox + purged.idempotencyKeys > 0) this.logger.info({ purged, schema: this.schema }, 'Old outbox, inbox and idempotency rows deleted');
      } catch (error) {
        this.logger.warn({ err: error }, 'Outbox retention failed; it tries again at its next turn');
      }
      if (this.running) await this.pause.for(this.options.intervalMs ?? 60 * 60 * 1000);
    }
  }
}
