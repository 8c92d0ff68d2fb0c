/** One record of a tenant's audit trail: the change, who made it, and its link in the hash chain. */
export interface AuditEventView {
  id: string;
  tenantId: string;
  /** 1, 2, 3 … per tenant, without gaps. */
  seq: number;
  /** The id of the event envelope that reported the change. */
  eventId: string;
  occurredAt: string;
  recordedAt: string;
  actorId: string | null;
  correlationId: string;
  context: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  /** The hash of the record before this one; 64 zeros for the first. */
  previousHash: string;
  hash: string;
}

/** Why a record does not fit the chain: its content changed, its link changed, or records are missing before it. */
export const CHAIN_BREAK_REASONS = ['hash-mismatch', 'previous-hash-mismatch', 'seq-gap'] as const;
export type ChainBreakReason = (typeof CHAIN_BREAK_REASONS)[number];

export interface ChainBreak {
  seq: number;
  id: string;
  reason: ChainBreakReason;
}

/** The outcome of re-walking a tenant's chain from its first record. */
export interface AuditChainVerification {
  valid: boolean;
  checked: number;
  /** The last record's seq, or 0 for an empty chain. */
  lastSeq: number;
  /** The last record's hash: keep it elsewhere to notice a rewrite of the whole chain later. */
  lastHash: string | null;
  firstBroken?: ChainBreak;
}
