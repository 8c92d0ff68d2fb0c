import { SYSTEM_ROLE, serviceRole } from '@xieshang/platform-persistence';
import { definerFunctionStatements } from '../outbox/definer-functions.js';
import { sqlIdentifier } from '../outbox/sql-identifier.js';

/**
 * The youngest rows retention may ever delete, whatever the caller asks: well beyond JetStream's
 * duplicate window plus the longest redelivery backoff (docs/adr/0002-transactional-outbox.md).
 */
export const RETENTION_FLOOR = `interval '1 hour'`;

/**
 * Purges of one batch each: the rows are picked `for update skip locked`, so replicas purging
 * at once split the rows instead of waiting for each other, and each row is deleted once.
 */
const purgeFunctions = (s: string, role: string): string[] =>
  definerFunctionStatements(s, [
    [`outbox_purge(max_age interval, batch_size integer)`, `returns integer`,
      `with doomed as (
         select id from ${s}.outbox
         where published_at is not null and published_at < now() - greatest(max_age, ${RETENTION_FLOOR})
         order by published_at limit batch_size for update skip locked),
       deleted as (delete from ${s}.outbox o using doomed where o.id = doomed.id returning 1)
       select count(*)::integer from deleted`],
    [`inbox_purge(max_age interval, batch_size integer)`, `returns integer`,
      `with doomed as (
         select consumer, event_id from ${s}.inbox
         where processed_at < now() - greatest(max_age, ${RETENTION_FLOOR})
         order by processed_at limit batch_size for update skip locked),
       deleted as (delete from ${s}.inbox i using doomed where (i.consumer, i.event_id) = (doomed.consumer, doomed.event_id) returning 1)
       select count(*)::integer from deleted`],
  ], role);

/**
 * Statements that let a service schema's outbox and inbox be purged: an index per table on the age
 * that retention reads, row locks and `DELETE` for the system role, and the two purge functions. Run them once
 * from a migration, after `outboxStatements(schema)`.
 */
export const retentionStatements = (schema: string, role: string = serviceRole(schema)): string[] => {
  const s = sqlIdentifier(schema);
  return [
    `create index if not exists outbox_published on ${s}.outbox (published_at) where published_at is not null`,
    `create index if not exists inbox_processed on ${s}.inbox (processed_at)`,
    // `for update` needs UPDATE as well; the functions only ever delete.
    `grant select, update, delete on ${s}.outbox, ${s}.inbox to ${SYSTEM_ROLE}`,
    ...purgeFunctions(s, role),
  ];
};
