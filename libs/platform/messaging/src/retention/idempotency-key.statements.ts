import { SYSTEM_ROLE, serviceRole, tenantTableStatements } from '@xieshang/platform-persistence';
import { definerFunctionStatements } from '../outbox/definer-functions.js';
import { sqlIdentifier } from '../outbox/sql-identifier.js';
import { RETENTION_FLOOR } from './retention.statements.js';

/**
 * Statements for a service schema's `idempotency_key` table: the keyed writes it answered, with
 * the request hash and the reply, claimed in the write's own transaction (ADR 0008). A tenant
 * table like any other; purged by age like the inbox, through `idempotency_key_purge`. Run once
 * from a migration.
 */
export const idempotencyKeyStatements = (schema: string, role: string = serviceRole(schema)): string[] => {
  const s = sqlIdentifier(schema);
  return [
    `create table ${s}.idempotency_key (
       tenant_id text not null,
       key text not null,
       request_hash text not null,
       reply jsonb null,
       created_at timestamptz not null default now(),
       primary key (tenant_id, key))`,
    `create index idempotency_key_created on ${s}.idempotency_key (created_at)`,
    ...tenantTableStatements(s, 'idempotency_key', role),
    `grant select, update, delete on ${s}.idempotency_key to ${SYSTEM_ROLE}`,
    ...definerFunctionStatements(s, [
      [`idempotency_key_purge(max_age interval, batch_size integer)`, `returns integer`,
        `with doomed as (
           select tenant_id, key from ${s}.idempotency_key
           where created_at < now() - greatest(max_age, ${RETENTION_FLOOR})
           order by created_at limit batch_size for update skip locked),
         deleted as (delete from ${s}.idempotency_key k using doomed where (k.tenant_id, k.key) = (doomed.tenant_id, doomed.key) returning 1)
         select count(*)::integer from deleted`],
    ], role),
  ];
};
