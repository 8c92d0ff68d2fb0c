import { randomUUID } from 'node:crypto';
import { CommonErrorCode } from '@xieshang/contracts';
import { TenantDatabase } from '@xieshang/platform-persistence';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

/** A keyed write is claimed, answered and remembered in its own transaction (ADR 0008). */
describe('TenantDatabase.write with an Idempotency-Key', () => {
  let db: TestDatabase;
  let database: TenantDatabase;
  let runs = 0;

  beforeAll(async () => {
    db = await createTestDatabase('idempotent-write');
    database = new TenantDatabase(db.app, db.schema);
  });

  afterAll(async () => {
    await db?.drop();
  });

  const keyedWrite = (tenant: string, key: string, requestHash: string, note: string, options: { delayMs?: number; fail?: boolean } = {}) =>
    runAsCaller({ ...systemCaller(randomUUID(), tenant), idempotency: { key, requestHash } }, () =>
      database.write(async (manager) => {
        runs += 1;
        const id = randomUUID();
        await manager.query(`insert into ${db.schema}.thing (id, note) values ($1, $2)`, [id, note]);
        if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
        if (options.fail) throw new Error('the write failed');
        return { id, note };
      }),
    );

  const things = async (note: string) => (await db.asOwner<{ id: string; tenant_id: string }>(`select id, tenant_id from ${db.schema}.thing where note = $1`, [note]));

  it('runs the work once and answers a repeat with the first reply', async () => {
    const note = `once-${randomUUID()}`;
    const before = runs;
    const first = await keyedWrite('bazhou', note, HASH_A, note);
    const second = await keyedWrite('bazhou', note, HASH_A, note);
    expect(second).toEqual(first);
    expect(runs - before).toBe(1);
    expect(await things(note)).toEqual([{ id: first.id, tenant_id: 'bazhou' }]);
  });

  it('makes concurrent duplicates wait for the first and replay it', async () => {
    const note = `concurrent-${randomUUID()}`;
    const replies = await Promise.all(Array.from({ length: 4 }, () => keyedWrite('bazhou', note, HASH_A, note, { delayMs: 200 })));
    expect(new Set(replies.map((reply) => reply.id)).size).toBe(1);
    expect(await things(note)).toHaveLength(1);
  });

  it('refuses the same key with another request, writing nothing', async () => {
    const note = `reused-${randomUUID()}`;
    await keyedWrite('bazhou', note, HASH_A, note);
    await expect(keyedWrite('bazhou', note, HASH_B, `${note}-other`)).rejects.toMatchObject({ code: CommonErrorCode.IdempotencyKeyReused });
    expect(await things(`${note}-other`)).toEqual([]);
  });

  it('keeps nothing of a write that failed, so its retry runs', async () => {
    const note = `failed-${randomUUID()}`;
    await expect(keyedWrite('bazhou', note, HASH_A, note, { fail: true })).rejects.toThrow('the write failed');
    expect(await db.asOwner(`select key from ${db.schema}.idempotency_key where key = $1`, [note])).toEqual([]);
    const retried = await keyedWrite('bazhou', note, HASH_A, note);
    expect(await things(note)).toEqual([{ id: retried.id, tenant_id: 'bazhou' }]);
  });

  it('keeps one tenant’s keys apart from another’s', async () => {
    const note = `tenants-${randomUUID()}`;
    const bazhou = await keyedWrite('bazhou', note, HASH_A, note);
    const enyang = await keyedWrite('enyang', note, HASH_A, note);
    expect(enyang.id).not.toBe(bazhou.id);
    expect((await db.asOwner(`select tenant_id from ${db.schema}.idempotency_key where key = $1 order by tenant_id`, [note])).map((row) => row['tenant_id'])).toEqual(['bazhou', 'enyang']);
  });

  it('remembers a write that answers nothing', async () => {
    const note = `void-${randomUUID()}`;
    const write = () =>
      runAsCaller({ ...systemCaller(randomUUID(), 'bazhou'), idempotency: { key: note, requestHash: HASH_A } }, () =>
        database.write(async (manager) => {
          await manager.query(`insert into ${db.schema}.thing (id, note) values ($1, $2)`, [randomUUID(), note]);
        }),
      );
    await write();
    await expect(write()).resolves.toBeNull();
    expect(await things(note)).toHaveLength(1);
  });

  it('writes as a plain transaction without a key', async () => {
    const note = `unkeyed-${randomUUID()}`;
    await runAsCaller(systemCaller(randomUUID(), 'bazhou'), () =>
      database.write((manager) => manager.query(`insert into ${db.schema}.thing (id, note) values ($1, $2)`, [randomUUID(), note])),
    );
    expect(await things(note)).toHaveLength(1);
    expect(await db.asOwner(`select key from ${db.schema}.idempotency_key where key = $1`, [note])).toEqual([]);
  });
});
