import type { AuditEventView } from '@xieshang/contracts';
import type { ChainRecord } from './audit-chain.rules.js';

/** A row of `directory.audit_events` as the pg driver returns it (bigint arrives as text). */
export interface AuditEventRow {
  id: string;
  tenant_id: string;
  seq: string;
  event_id: string;
  occurred_at: Date;
  recorded_at: Date;
  actor_id: string | null;
  correlation_id: string;
  context: string;
  entity: string;
  entity_id: string;
  action: string;
  before: unknown;
  after: unknown;
  previous_hash: string;
  hash: string;
}

export const AUDIT_EVENT_COLUMNS =
  'id, tenant_id, seq, event_id, occurred_at, recorded_at, actor_id, correlation_id, context, entity, entity_id, action, before, after, previous_hash, hash';

export const toChainRecord = (row: AuditEventRow): ChainRecord => ({
  id: row.id,
  seq: Number(row.seq),
  tenantId: row.tenant_id,
  eventId: row.event_id,
  occurredAt: row.occurred_at.toISOString(),
  actorId: row.actor_id,
  correlationId: row.correlation_id,
  context: row.context,
  entity: row.entity,
  entityId: row.entity_id,
  action: row.action,
  before: row.before,
  after: row.after,
  previousHash: row.previous_hash,
  hash: row.hash,
});

export const toAuditEventView = (row: AuditEventRow): AuditEventView => ({
  ...toChainRecord(row),
  recordedAt: row.recorded_at.toISOString(),
});
