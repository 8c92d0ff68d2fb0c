import { SYSTEM_ROLE, serviceRole, tenantTableStatements } from '@xieshang/platform-persistence';
import { definerFunctionStatements, RETENTION_FLOOR, sqlIdentifier } from '@xieshang/platform-messaging';

/** Still to fire: neither fired nor cancelled. */
const PENDING = `fired_at is null and cancelled_at is null`;

/**
 * Statements for a service schema's `deadline` table: what is due (kind, the record it concerns),
 * when (an instant), to whom and with what payload, and whether it fired or was cancelled. One
 * pending deadline per kind and record, so scheduling again moves it. The scheduler claims due
 * rows of every tenant through `deadline_claim`, a function owned by the system role; everything
 * else goes through the tenant's own transaction. Run them once from a migration, after
 * `outboxStatements(schema)`.
 */
export const deadlineStatements = (schema: string, role: string = serviceRole(schema)): string[] => {
  const s = sqlIdentifier(schema);
  return [
    `create table ${s}.deadline (
       id uuid primary key,
       tenant_id text not null,
       kind text not null,
       reference text not null,
       subject text not null,
       due_at timestamptz not null,
       recipients jsonb not null default '[]'::jsonb,
       payload jsonb not null default '{}'::jsonb,
       created_at timestamptz not null default now(),
       fired_at timestamptz null,
       cancelled_at timestamptz null,
       constraint deadline_fired_or_cancelled check (fired_at is null or cancelled_at is null))`,
    `create index deadline_due on ${s}.deadline (due_at, id) where ${PENDING}`,
    `create unique index deadline_pending on ${s}.deadline (tenant_id, reference, kind) where ${PENDING}`,
    ...tenantTableStatements(s, 'deadline', role),
    `grant usage on schema ${s} to ${SYSTEM_ROLE}`,
    `grant select, update on ${s}.deadline to ${SYSTEM_ROLE}`,
    ...definerFunctionStatements(s, [
      [`deadline_claim(due_by timestamptz, batch_size integer)`,
        `returns table (id uuid, tenant_id text, kind text, reference text, subject text, due_at timestamptz, recipients jsonb, payload jsonb)`,
        `select d.id, d.tenant_id, d.kind, d.reference, d.subject, d.due_at, d.recipients, d.payload from ${s}.deadline d
         where d.fired_at is null and d.cancelled_at is null and d.due_at <= due_by
         order by d.due_at, d.id limit batch_size for update skip locked`],
    ], role),
  ];
};

/**
 * Statements that let the scheduler delete deadlines that fired or were cancelled long ago: an
 * index on when they settled, and `deadline_purge`, which deletes one batch of those older than
 * `max_age` (never younger than the outbox's floor), skipping rows another replica is deleting.
 * Run them once from a migration, after `deadlineStatements(schema)`.
 */
export const deadlineRetentionStatements = (schema: string, role: string = serviceRole(schema)): string[] => {
  const s = sqlIdentifier(schema);
  return [
    `create index if not exists deadline_settled on ${s}.deadline ((coalesce(fired_at, cancelled_at))) where not (${PENDING})`,
    `grant delete on ${s}.deadline to ${SYSTEM_ROLE}`,
    ...definerFunctionStatements(s, [
      [`deadline_purge(max_age interval, batch_size integer)`, `returns integer`,
        `with doomed as (
           select id from ${s}.deadline
           where not (${PENDING}) and coalesce(fired_at, cancelled_at) < now() - greatest(max_age, ${RETENTION_FLOOR})
           order by coalesce(fired_at, cancelled_at) limit batch_size for update skip locked),
         deleted as (delete from ${s}.deadline d using doomed where d.id = doomed.id returning 1)
         select count(*)::integer from deleted`],
    ], role),
  ];
};
