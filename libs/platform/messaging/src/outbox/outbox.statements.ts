import { SYSTEM_ROLE, serviceRole, tenantTableStatements } from '@xieshang/platform-persistence';
import { definerFunctionStatements } from './definer-functions.js';
import { outboxChannel, sqlIdentifier } from './sql-identifier.js';

/**
 * The relay reads every tenant's unpublished events, which row-level security forbids the app
 * role. These functions claim a batch, mark ids published and count the backlog, and nothing else;
 * only the schema's own service role may run them.
 */
const relayFunctions = (s: string, role: string): string[] =>
  definerFunctionStatements(s, [
    [`outbox_claim(batch_size integer)`, `returns table (id uuid, subject text, envelope jsonb, created_at timestamptz)`,
      `select o.id, o.subject, o.envelope, o.created_at from ${s}.outbox o where o.published_at is null
       order by o.created_at, o.id limit batch_size for update skip locked`],
    [`outbox_mark_published(ids uuid[])`, `returns integer`,
      `with marked as (update ${s}.outbox set published_at = now() where id = any(ids) and published_at is null returning 1)
       select count(*)::integer from marked`],
    [`outbox_backlog()`, `returns table (pending bigint, oldest timestamptz)`,
      `select count(*), min(created_at) from ${s}.outbox where published_at is null`],
  ], role);

/** A statement-level trigger: one notification per committing transaction, however many events it wrote. */
const wakeRelayStatements = (s: string): string[] => [
  `create or replace function ${s}.outbox_wake_relay() returns trigger language plpgsql as $fn$
   begin perform pg_notify('${outboxChannel(s)}', ''); return null; end $fn$`,
  `create trigger outbox_wake_relay after insert on ${s}.outbox for each statement execute function ${s}.outbox_wake_relay()`,
];

/**
 * Statements for a service schema's `outbox` (events written in the same transaction as the
 * change they report) and `inbox` (events this service's consumers have already applied).
 * Run them once from a migration, after `schemaStatements(schema)`.
 */
export const outboxStatements = (schema: string, role: string = serviceRole(schema)): string[] => {
  const s = sqlIdentifier(schema);
  return [
    `create table ${s}.outbox (
       id uuid primary key,
       tenant_id text not null,
       subject text not null,
       envelope jsonb not null,
       created_at timestamptz not null default now(),
       published_at timestamptz null)`,
    `create index outbox_unpublished on ${s}.outbox (created_at, id) where published_at is null`,
    ...tenantTableStatements(s, 'outbox', role),
    `create table ${s}.inbox (
       consumer text not null,
       event_id uuid not null,
       tenant_id text not null,
       processed_at timestamptz not null default now(),
       primary key (consumer, event_id))`,
    ...tenantTableStatements(s, 'inbox', role),
    `grant usage on schema ${s} to ${SYSTEM_ROLE}`,
    `grant select, update on ${s}.outbox to ${SYSTEM_ROLE}`,
    ...relayFunctions(s, role),
    ...wakeRelayStatements(s),
  ];
};
