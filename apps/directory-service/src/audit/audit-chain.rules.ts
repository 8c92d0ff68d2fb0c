import { createHash } from 'node:crypto';
import type { ChainBreak } from '@xieshang/contracts';

/** What the first record of a tenant's chain links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields a record's hash covers; `recordedAt` and the row id are bookkeeping and stay outside. */
export interface ChainedContent {
  seq: number;
  tenantId: string;
  eventId: string;
  occurredAt: string;
  actorId: string | null;
  correlationId: string;
  context: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export interface ChainRecord extends ChainedContent {
  id: string;
  previousHash: string;
  hash: string;
}

/** The end of the chain so far: the next record takes seq + 1 and links to this hash. */
export interface ChainTip {
  seq: number;
  hash: string;
}

/**
 * JSON with object keys sorted and no whitespace, so the same content always hashes the same,
 * whatever key order PostgreSQL's jsonb hands back. Members whose value is undefined are left
 * out and undefined array items become null, as JSON.stringify does.
 */
export const canonicalJson = (value: unknown): string => {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  if (typeof value === 'object') {
    const withJson = value as { toJSON?: () => unknown };
    if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON());
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

const hashedFields = (content: ChainedContent): ChainedContent => ({
  seq: content.seq,
  tenantId: content.tenantId,
  eventId: content.eventId,
  occurredAt: content.occurredAt,
  actorId: content.actorId,
  correlationId: content.correlationId,
  context: content.context,
  entity: content.entity,
  entityId: content.entityId,
  action: content.action,
  before: content.before,
  after: content.after,
});

/** sha256 hex of the previous hash, a newline, and the canonical JSON of the record's content. */
export const chainHash = (previousHash: string, content: ChainedContent): string =>
  createHash('sha256').update(`${previousHash}\n${canonicalJson(hashedFields(content))}`).digest('hex');

/** How a walk of the chain stands after some records: the tip reached and the first break met, if any. */
export interface ChainWalk {
  checked: number;
  tip: ChainTip;
  firstBroken?: ChainBreak;
}

export const startOfChain = (): ChainWalk => ({ checked: 0, tip: { seq: 0, hash: GENESIS_HASH } });

const breakOf = (record: ChainRecord, tip: ChainTip): ChainBreak['reason'] | null => {
  if (record.seq !== tip.seq + 1) return 'seq-gap';
  if (record.previousHash !== tip.hash) return 'previous-hash-mismatch';
  if (chainHash(record.previousHash, record) !== record.hash) return 'hash-mismatch';
  return null;
};

/**
 * Walks on through the next records, in seq order. Each record must follow the tip's seq, link
 * to the tip's stored hash, and hash to what it stores. The walk goes on from each stored hash
 * after a break, so one edited record is reported alone and `checked` counts the whole chain.
 */
export const walkChain = (walk: ChainWalk, records: readonly ChainRecord[]): ChainWalk =>
  records.reduce<ChainWalk>((state, record) => {
    const reason = state.firstBroken ? null : breakOf(record, state.tip);
    return {
      checked: state.checked + 1,
      tip: { seq: record.seq, hash: record.hash },
      ...(state.firstBroken ? { firstBroken: state.firstBroken } : {}),
      ...(reason ? { firstBroken: { seq: record.seq, id: record.id, reason } } : {}),
    };
  }, walk);

/** Verifies a whole chain held in memory. */
export const verifyChain = (records: readonly ChainRecord[]): ChainWalk => walkChain(startOfChain(), records);
