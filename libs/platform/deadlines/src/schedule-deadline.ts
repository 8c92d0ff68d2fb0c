import { randomUUID } from 'node:crypto';
import { sqlIdentifier } from '@xieshang/platform-messaging';
import { requireTenantId } from '@xieshang/platform-tenancy';
import type { EntityManager } from 'typeorm';

/** Which schema holds the deadlines and which context names their events (`evt.<context>.deadline.<kind>.v1`). */
export interface DeadlineConfig {
  schema: string;
  context: string;
}

/** Something to be told to someone at an instant: "the notice is due", "the reply period ends". */
export interface NewDeadline<TPayload = Record<string, unknown>> {
  /** What falls due, in kebab-case: `notice-due`, `reply-overdue`. */
  kind: string;
  /** The record it concerns, e.g. `meeting/<id>`; with `kind`, it names the deadline. */
  reference: string;
  dueAt: Date;
  /** Whom to tell, as the service's consumers understand it (org units, people). */
  recipients: readonly unknown[];
  payload?: TPayload;
}

/** Which pending deadlines a reschedule or cancellation touches: all of a record, or one kind of it. */
export interface DeadlineSelector {
  reference: string;
  kind?: string;
}

const TOKEN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const token = (value: string, what: string): string => {
  if (!TOKEN.test(value)) throw new Error(`A deadline ${what} is lowercase words joined by '-': ${value}`);
  return value;
};

/** The subject a deadline's event is published on (docs/adr/0003-subject-naming.md). */
export const deadlineSubject = (context: string, kind: string): string =>
  `evt.${token(context, 'context')}.deadline.${token(kind, 'kind')}.v1`;

const reference = (value: string): string => {
  if (value.length < 1 || value.length > 200) throw new Error('A deadline reference has 1 to 200 characters');
  return value;
};

/**
 * Records a deadline through `manager`, in the same transaction as the change that sets it. A
 * pending deadline of the same kind for the same record is moved instead (a meeting moved to
 * another day): there is one pending deadline per kind and record. Returns its id.
 */
export const scheduleDeadline = async (manager: EntityManager, deadline: NewDeadline, config: DeadlineConfig): Promise<string> => {
  const s = sqlIdentifier(config.schema);
  const rows: Array<{ id: string }> = await manager.query(
    `insert into ${s}.deadline (id, tenant_id, kind, reference, subject, due_at, recipients, payload)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (tenant_id, reference, kind) where fired_at is null and cancelled_at is null
     do update set due_at = excluded.due_at, recipients = excluded.recipients, payload = excluded.payload, subject = excluded.subject
     returning id`,
    [
      randomUUID(),
      requireTenantId(),
      deadline.kind,
      reference(deadline.reference),
      deadlineSubject(config.context, deadline.kind),
      deadline.dueAt,
      JSON.stringify(deadline.recipients),
      JSON.stringify(deadline.payload ?? {}),
    ],
  );
  return rows[0]!.id;
};

const changePending = async (manager: EntityManager, schema: string, selector: DeadlineSelector, set: string, value: Date): Promise<number> => {
  const s = sqlIdentifier(schema);
  const rows: Array<{ count: number }> = await manager.query(
    `with changed as (
       update ${s}.deadline set ${set} = $4
       where tenant_id = $1 and reference = $2 and ($3::text is null or kind = $3) and fired_at is null and cancelled_at is null
       returning 1)
     select count(*)::integer as count from changed`,
    [requireTenantId(), selector.reference, selector.kind ?? null, value],
  );
  return rows[0]?.count ?? 0;
};

/**
 * Moves the pending deadlines of a record (a case's handling period extended). One that has
 * already fired stays fired; schedule a new one if it must be told again. Returns how many moved.
 */
export const rescheduleDeadlines = (manager: EntityManager, selector: DeadlineSelector, dueAt: Date, config: Pick<DeadlineConfig, 'schema'>): Promise<number> =>
  changePending(manager, config.schema, selector, 'due_at', dueAt);

/**
 * Cancels the pending deadlines of a record (a meeting called off). If the scheduler is firing one
 * at that moment, this waits for it and then finds it fired: the count says how many were stopped.
 */
export const cancelDeadlines = (manager: EntityManager, selector: DeadlineSelector, config: Pick<DeadlineConfig, 'schema'>, at: Date = new Date()): Promise<number> =>
  changePending(manager, config.schema, selector, 'cancelled_at', at);
