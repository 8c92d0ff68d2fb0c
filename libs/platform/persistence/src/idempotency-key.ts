import type { EntityManager } from 'typeorm';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';

export interface IdempotencyClaim {
  key: string;
  requestHash: string;
}

export type ClaimOutcome = { answered: true; reply: unknown } | { answered: false };

/** Schema names come from the service's own definition; still, only plain identifiers reach SQL. */
const table = (schema: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new AppException(CommonErrorCode.Internal, `Not a schema name: ${schema}`);
  return `${schema}.idempotency_key`;
};

/**
 * Claims the key inside the write's transaction: the insert makes the row ours (a concurrent
 * duplicate's insert waits until ours commits or rolls back), and `for update` reads what a
 * committed first attempt stored. The same key with another request is refused.
 */
export const claimIdempotencyKey = async (manager: EntityManager, schema: string, claim: IdempotencyClaim): Promise<ClaimOutcome> => {
  const qualified = table(schema);
  await manager.query(`insert into ${qualified} (key, request_hash) values ($1, $2) on conflict do nothing`, [claim.key, claim.requestHash]);
  const rows: { request_hash: string; reply: { value: unknown } | null }[] = await manager.query(`select request_hash, reply from ${qualified} where key = $1 for update`, [claim.key]);
  const row = rows[0];
  if (!row) throw new AppException(CommonErrorCode.Internal, 'The idempotency key vanished inside its own transaction');
  if (row.request_hash !== claim.requestHash) {
    throw new AppException(CommonErrorCode.IdempotencyKeyReused, 'This Idempotency-Key was used with a different request body');
  }
  return row.reply === null ? { answered: false } : { answered: true, reply: row.reply.value };
};

/**
 * The reply is stored as JSON, as it travels, so a replay answers exactly what the first attempt
 * sent. It is wrapped (`{"value": …}`) so that a write answering nothing is still told apart
 * from one not yet answered (a NULL column).
 */
export const storeIdempotentReply = async (manager: EntityManager, schema: string, key: string, reply: unknown): Promise<void> => {
  await manager.query(`update ${table(schema)} set reply = $2::jsonb where key = $1`, [key, JSON.stringify({ value: reply ?? null })]);
};
