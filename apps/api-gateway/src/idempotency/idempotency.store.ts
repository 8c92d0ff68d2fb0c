import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { CommonErrorCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { leaseExpired, type IdempotencyRecord } from './idempotency.rules.js';

export const IDEMPOTENCY_BUCKET = 'xs_idempotency';

/** The bucket lives in JetStream: when NATS is down, the client is told to retry (503), never a 500. */
const unavailable = (error: unknown): never => {
  if (error instanceof AppException) throw error;
  throw new AppException(CommonErrorCode.ServiceUnavailable, `The idempotency store is unavailable: ${(error as Error).message}`);
};

const conflict = (error: unknown): boolean => (error as Error).message.includes('wrong last sequence');

/**
 * Idempotency records in a JetStream key-value bucket, shared by every gateway replica; entries
 * expire. A cache in front of the services' own records: it answers replays without a NATS
 * request and keeps concurrent duplicates apart, while the service decides what was written.
 */
export class IdempotencyStore {
  private constructor(
    private readonly kv: KV,
    private readonly leaseMs: number,
  ) {}

  static async open(connection: NatsConnection, ttlHours: number, leaseMs: number): Promise<IdempotencyStore> {
    const kv = await new Kvm(connection).create(IDEMPOTENCY_BUCKET, { ttl: ttlHours * 3_600_000, history: 1 });
    return new IdempotencyStore(kv, leaseMs);
  }

  /** Claims a key atomically, or takes over a claim whose lease ran out; false when someone holds it. */
  async claim(key: string, requestHash: string, now = Date.now()): Promise<boolean> {
    const value = JSON.stringify({ state: 'in-progress', requestHash, leaseUntil: now + this.leaseMs } satisfies IdempotencyRecord);
    try {
      await this.kv.create(key, value);
      return true;
    } catch (error) {
      if (!conflict(error)) return unavailable(error);
    }
    try {
      const entry = await this.kv.get(key);
      if (!entry || entry.operation !== 'PUT' || !leaseExpired(entry.json<IdempotencyRecord>(), now)) return false;
      await this.kv.update(key, value, entry.revision);
      return true;
    } catch (error) {
      return conflict(error) ? false : unavailable(error);
    }
  }

  async find(key: string): Promise<IdempotencyRecord | null> {
    try {
      const entry = await this.kv.get(key);
      return entry && entry.operation === 'PUT' ? entry.json<IdempotencyRecord>() : null;
    } catch (error) {
      return unavailable(error);
    }
  }

  complete(key: string, record: IdempotencyRecord): Promise<number> {
    return this.kv.put(key, JSON.stringify(record));
  }

  /** A refused request frees its key, so the client may retry it. */
  release(key: string): Promise<void> {
    return this.kv.delete(key);
  }
}
