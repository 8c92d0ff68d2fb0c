import { randomUUID } from 'node:crypto';
import { backoffDelay, Pause, recordEvent, sqlIdentifier, type Backoff } from '@xieshang/platform-messaging';
import { createLogger, type Logger } from '@xieshang/platform-observability';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import type { DataSource, EntityManager } from 'typeorm';
import { systemClock, type Clock } from './clock.js';

/** The payload of every deadline event. */
export interface DeadlineFiredPayload<TPayload = Record<string, unknown>> {
  deadlineId: string;
  kind: string;
  reference: string;
  dueAt: string;
  firedAt: string;
  recipients: unknown[];
  payload: TPayload;
}

export interface DeadlineSchedulerOptions {
  /** The service's row-level-security-bound data source. */
  dataSource: DataSource;
  schema: string;
  clock?: Clock;
  /** Deadlines fired per transaction (default 50). */
  batchSize?: number;
  /** How often to look for due deadlines (default 15 s). */
  pollIntervalMs?: number;
  /** Waits after a failed batch (default 1 s doubling to 60 s). */
  backoff?: Backoff;
  /** Fired and cancelled deadlines older than this are deleted (default 30 days). */
  settledMaxAgeDays?: number;
  /** How often to delete them (default 1 h). */
  purgeIntervalMs?: number;
  logger?: Logger;
}

interface DueRow {
  id: string;
  tenant_id: string;
  kind: string;
  reference: string;
  subject: string;
  due_at: Date;
  recipients: unknown[];
  payload: Record<string, unknown>;
}

/**
 * Fires a service's due deadlines. In one transaction it claims due rows of every tenant
 * (`for update skip locked`, so replicas split them), writes each one's event to the outbox in
 * its tenant and marks it fired: the event and the mark commit together, and a row another
 * replica holds is skipped, so each deadline fires once. Once an hour it also deletes deadlines
 * that fired or were cancelled long ago (`deadline_purge`), a batch per statement.
 */
export class DeadlineScheduler {
  private readonly schema: string;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly idle = new Pause();
  private loop: Promise<void> | null = null;
  private running = false;
  private purgedAt = 0;

  constructor(private readonly options: DeadlineSchedulerOptions) {
    this.schema = sqlIdentifier(options.schema);
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? createLogger('deadline-scheduler');
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.idle.wake();
    await this.loop;
    this.loop = null;
  }

  /** One claim-and-fire transaction; returns how many deadlines it fired. */
  fireDue(): Promise<number> {
    const now = this.clock.now();
    return this.options.dataSource.transaction(async (manager) => {
      const due: DueRow[] = await manager.query(`select * from ${this.schema}.deadline_claim($1, $2)`, [now, this.options.batchSize ?? 50]);
      for (const row of due) await this.fire(manager, row, now);
      return due.length;
    });
  }

  /** Deletes every fired or cancelled deadline older than the settled age, batch after batch; returns how many. */
  async purgeSettled(): Promise<number> {
    const batchSize = this.options.batchSize ?? 50;
    let total = 0;
    for (;;) {
      const rows: Array<{ deleted: number }> = await this.options.dataSource.query(`select ${this.schema}.deadline_purge($1::interval, $2) as deleted`, [
        `${this.options.settledMaxAgeDays ?? 30} days`,
        batchSize * 20,
      ]);
      const deleted = rows[0]?.deleted ?? 0;
      total += deleted;
      if (deleted < batchSize * 20) return total;
    }
  }

  private async purgeWhenDue(): Promise<void> {
    const interval = this.options.purgeIntervalMs ?? 3_600_000;
    if (Date.now() - this.purgedAt < interval) return;
    this.purgedAt = Date.now();
    try {
      const deleted = await this.purgeSettled();
      if (deleted > 0) this.logger.info({ deleted }, 'Settled deadlines deleted');
    } catch (error) {
      this.logger.warn({ err: error }, 'Settled deadlines not deleted; trying again at the next purge');
    }
  }

  private async fire(manager: EntityManager, row: DueRow, firedAt: Date): Promise<void> {
    // The outbox and the deadline are tenant tables: each row is written as its own tenant.
    await manager.query(`select set_config('app.tenant_id', $1, true)`, [row.tenant_id]);
    const payload: DeadlineFiredPayload = {
      deadlineId: row.id,
      kind: row.kind,
      reference: row.reference,
      dueAt: row.due_at.toISOString(),
      firedAt: firedAt.toISOString(),
      recipients: row.recipients,
      payload: row.payload,
    };
    await runAsCaller(systemCaller(randomUUID(), row.tenant_id), () =>
      recordEvent(manager, { subject: row.subject, payload }, { schema: this.schema }),
    );
    await manager.query(`update ${this.schema}.deadline set fired_at = $2 where id = $1`, [row.id, firedAt]);
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 50;
    const backoff = this.options.backoff ?? { initialMs: 1_000, maxMs: 60_000 };
    let failures = 0;
    while (this.running) {
      await this.purgeWhenDue();
      let pause = this.options.pollIntervalMs ?? 15_000;
      try {
        const fired = await this.fireDue();
        failures = 0;
        if (fired === batchSize) pause = 0;
      } catch (error) {
        failures += 1;
        pause = backoffDelay(failures, backoff);
        this.logger.warn({ err: error, failures, retryInMs: pause }, 'Due deadlines not fired; they stay pending');
      }
      if (this.running && pause > 0) await this.idle.for(pause);
    }
  }
}
