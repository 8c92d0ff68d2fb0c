import type { EntityManager } from 'typeorm';
import type { AuditEventView, EventEnvelope } from '@xieshang/contracts';
import { chainHash, GENESIS_HASH } from '../../audit-chain.rules.js';
import { chainedContentOf } from '../../audit-append.rules.js';
import { AUDIT_EVENT_COLUMNS, toAuditEventView, type AuditEventRow } from '../../audit-event.row.js';

/**
 * Appends an audit event to its tenant's chain, inside the tenant transaction of `manager`.
 * The advisory lock serialises appends per tenant (across replicas too), so each record reads
 * the true last link. An event id already in the trail appends nothing and answers null.
 */
export const appendAuditEvent = async (manager: EntityManager, envelope: EventEnvelope): Promise<AuditEventView | null> => {
  await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`audit:${envelope.tenantId}`]);
  const [last]: { seq: string; hash: string }[] = await manager.query(
    'select seq, hash from directory.audit_events where tenant_id = $1 order by seq desc limit 1',
    [envelope.tenantId],
  );
  const content = chainedContentOf(envelope, last ? Number(last.seq) + 1 : 1);
  const previousHash = last?.hash ?? GENESIS_HASH;
  const inserted: AuditEventRow[] = await manager.query(
    `insert into directory.audit_events
       (tenant_id, seq, event_id, occurred_at, actor_id, correlation_id, context, entity, entity_id, action, before, after, previous_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13, $14)
     on conflict (event_id) do nothing
     returning ${AUDIT_EVENT_COLUMNS}`,
    [
      content.tenantId,
      content.seq,
      content.eventId,
      content.occurredAt,
      content.actorId,
      content.correlationId,
      content.context,
      content.entity,
      content.entityId,
      content.action,
      JSON.stringify(content.before),
      JSON.stringify(content.after),
      previousHash,
      chainHash(previousHash, content),
    ],
  );
  const [row] = inserted;
  return row ? toAuditEventView(row) : null;
};
