import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import type { IdempotencyRecord } from './idempotency.rules.js';

export const IDEMPOTENCY_BUCKET = 'xs_idempotency';

/** Idempotency records in a JetStream key-value bucket, shared by every gateway replica; entries expire. */
export class IdempotencyStore {
  private constructor(private readonly kv: KV) {}

  static async open(connection: NatsConnection, ttlHours: number): Promise<IdempotencyStore> {
    const kv = await new Kvm(connection).create(IDEMPOTENCY_BUCKET, { ttl: ttlHours * 3_600_000, history: 1 });
    return new IdempotencyStore(kv);
  }

  /** Claims a key atomically; false when someone already holds it. */
  async claim(key: string, requestHash: string): Promise<boolean> {
    const record: IdempotencyRecord = { state: 'in-progress', requestHash };
    try {
      await this.kv.create(key, JSON.stringify(record));
      return true;
    } catch (error) {
      if ((error as Error).message.includes('wrong last sequence')) return false;
      throw error;
    }
  }

  async find(key: string): Promise<IdempotencyRecord | null> {
    const entry = await this.kv.get(key);
    return entry && entry.operation === 'PUT' ? entry.json<IdempotencyRecord>() : null;
  }

  complete(key: string, record: IdempotencyRecord): Promise<number> {
    return this.kv.put(key, JSON.stringify(record));
  }

  /** A failed request frees its key, so the client may retry it. */
  release(key: string): Promise<void> {
    return this.kv.delete(key);
  }
}
