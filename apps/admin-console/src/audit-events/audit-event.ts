/** One stored audit record (`GET /api/v1/audit-events`), a link in its tenant's hash chain. */
export interface AuditEvent {
  id: string;
  seq: number;
  tenantId: string;
  occurredAt: string;
  actorId: string | null;
  correlationId: string | null;
  context: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  hash: string;
  previousHash: string | null;
}

/** `GET /api/v1/audit-events/verify`: the chain re-walked, and its first broken link if any. */
export interface AuditChainReport {
  valid: boolean;
  checked: number;
  lastSeq: number | null;
  firstBroken?: { seq: number; id: string; reason: string };
}
