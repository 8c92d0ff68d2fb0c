import { SYSTEM_ROLE, serviceRole, tenantTableStatements } from '@xieshang/platform-persistence';
import { outboxChannel, sqlIdentifier } from './sql-identifier.js';

/**
 * The relay reads every tenant's unpublished events, which row-level security forbids the app
 * role. These functions run as `xieshang_system` (BYPASSRLS) and do only that: claim a batch,
 * mark ids published, count the backlog. Their search_path is pinned so a caller cannot
 * shadow the tables they name; only the schema's own service role may execute them.
 */
const relayFunctions = (s: string, role: string): string[] => {
  const definer = `language sql volatile security definer set search_path = pg_catalog, pg_temp`;
  const functions = [
    [`${s}.outbox_claim(batch_size integer)`, `returns table (id uuid, subject text, envelope jsonb, created_at timestamptz)`,
      `select o.id, o.subject, o.envelope, o.created_at from ${s}.outbox o where o.published_at is null
       order by o.created_at, o.id limit batch_size for update skip locked`],
    [`${s}.outbox_mark_published(ids uuid[])`, `returns integer`,
      `with marked as (update ${s}.outbox set published_at = now() where id = any(ids) and published_at is null returning 1)
       select count(*)::integer from marked`],
    [`${s}.outbox_backlog()`, `returns table (pending bigint, oldest timestamptz)`,
      `select count(*), min(created_at) from ${s}.outbox where published_at is null`],
  ] as const;
  return [
    // A new owner needs CREATE on the schema, but only for the hand-over.
    `grant create on schema ${s} to ${SYSTEM_ROLE}`,
    ...functions.flatMap(([signature, returns, body]) => [
      `create or replace function ${signature} ${returns} ${definer} as $fn$ ${body} $fn$`,
      `alter function ${signature} owner to ${SYSTEM_ROLE}`,
      `revoke all on function ${signature} from public`,
      `grant execute on function ${signature} to ${sqlIdentifier(role)}`,
    ]),
    `revoke create on schema ${s} from ${SYSTEM_ROLE}`,
  ];
};

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
