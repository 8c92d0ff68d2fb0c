import { createHash } from 'node:crypto';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

/**
 * What the store holds for one key: first a claim, then the reply to replay. A claim is a lease
 * (`leaseUntil`, epoch ms): once past it, the next attempt may take the key over, so a claim
 * whose release was lost (NATS down) never stays stuck. The service's own record of the key,
 * written with the write, is what keeps a retry from writing twice.
 */
export type IdempotencyRecord =
  | { state: 'in-progress'; requestHash: string; leaseUntil: number }
  | { state: 'done'; requestHash: string; status: number; body: unknown };

const KEY = /^[\x21-\x7e]{1,255}$/;

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** Keys are per tenant and user, so two users' keys never meet; the store key is a hash (subject-safe). */
export const storeKey = (tenantId: string, userId: string, method: string, path: string, key: string): string => {
  if (!KEY.test(key)) {
    throw AppException.invalidInput([{ path: 'Idempotency-Key', message: 'must be 1-255 visible ASCII characters' }]);
  }
  return sha256([tenantId, userId, method, path, key].join('\n'));
};

/**
 * JSON with every object's keys sorted, so two bodies that mean the same hash the same whatever
 * order a client wrote their keys in. Array order is kept: it carries meaning.
 */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};

export const requestHash = (body: unknown): string => sha256(canonicalJson(body ?? null));

/** Whether an in-progress claim's lease has run out, so another attempt may take the key. */
export const leaseExpired = (record: IdempotencyRecord, now: number): boolean => record.state === 'in-progress' && record.leaseUntil <= now;

/** The reply was lost, not refused: the service may still commit, so the claim stays until its lease ends. */
export const replyLost = (code: string | undefined): boolean =>
  code === CommonErrorCode.UpstreamTimeout || code === CommonErrorCode.ServiceUnavailable;

/** A key seen before: replay the stored reply, or refuse when it is still running or the body differs. */
export const replayOrRefuse = (record: IdempotencyRecord, hash: string): { status: number; body: unknown } => {
  if (record.requestHash !== hash) {
    throw new AppException(CommonErrorCode.IdempotencyKeyReused, 'This Idempotency-Key was used with a different request body');
  }
  if (record.state === 'in-progress') {
    throw new AppException(CommonErrorCode.IdempotencyInProgress, 'A request with this Idempotency-Key is still being processed');
  }
  return { status: record.status, body: record.body };
};
