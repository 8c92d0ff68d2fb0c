import { AsyncLocalStorage } from 'node:async_hooks';
import { escapeLiteral, type Pool, type PoolClient, type QueryResult, types } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { CommonErrorCode, isTenantCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { findCaller, requireTenantId, runInTenant } from '@xieshang/platform-tenancy';
import { claimIdempotencyKey, storeIdempotentReply } from './idempotency-key.js';
import { inlineParameters, type InlineValue } from './inline-parameters.rules.js';
import { isoTimestamp } from './iso-timestamp.rules.js';

const TIMESTAMPTZ = 1184;

/** A one-round-trip read's parsers: pg's own, but `timestamptz` as the ISO string a reply carries, without a `Date` between. */
const READ_TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ && format !== 'binary' ? isoTimestamp : types.getTypeParser(oid, format as 'text')) as typeof types.getTypeParser,
};

/** The tenant transaction the current async context runs in, if any. */
const open = new AsyncLocalStorage<{ tenantId: string; manager: EntityManager }>();

/** Whether this code runs inside an open tenant transaction (a NATS request must not, see ServiceRequester). */
export const insideTenantTransaction = (): boolean => open.getStore() !== undefined;

/** The tenant of the transaction a query runner serves, for the entity subscriber that fills `tenant_id`. */
export const TENANT_OF_RUNNER = 'tenantId';

type Work<T> = (manager: EntityManager) => Promise<T>;

/**
 * TypeORM starts a transaction with two statements of its own; ours opens it and sets the tenant
 * in one simple-protocol batch (one round trip), then tells the runner that a transaction is open
 * so that commit, rollback and nested savepoints behave as after `startTransaction`.
 */
const beginInTenant = async (runner: QueryRunner, tenantId: string): Promise<void> => {
  const tenant = setTenant(tenantId);
  try {
    await runner.query(`begin; ${tenant}`);
  } catch (error) {
    await runner.query('rollback').catch(() => undefined);
    throw error;
  }
  // `transactionDepth` is protected in TypeORM's typings; it counts the open transaction and its savepoints.
  Object.assign(runner, { isTransactionActive: true, transactionDepth: 1 });
  runner.data = { ...runner.data, [TENANT_OF_RUNNER]: tenantId };
};

const setTenant = (tenantId: string): string => {
  if (!isTenantCode(tenantId)) throw new AppException(CommonErrorCode.MissingTenant, 'The tenant code is malformed');
  return `select set_config('app.tenant_id', ${escapeLiteral(tenantId)}, true)`;
};

const inTransaction = async <T>(dataSource: DataSource, tenantId: string, work: Work<T>): Promise<T> => {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await beginInTenant(runner, tenantId);
    try {
      const result = await open.run({ tenantId, manager: runner.manager }, () => work(runner.manager));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
};

/**
 * The only way a service reaches its tenant rows: each `run` is one transaction whose
 * `app.tenant_id` is the caller's tenant, which every row-level security policy reads. Outside
 * one, a tenant table answers with an error, never an empty list. Inserts need no `tenantId`: the
 * column defaults to the transaction's tenant, and entities are stamped before they are saved.
 */
export class TenantDatabase {
  constructor(
    private readonly dataSource: DataSource,
    /** The service's schema, which holds its `idempotency_key` table. */
    private readonly schema?: string,
  ) {}

  /** Work in the caller's tenant. */
  async run<T>(work: Work<T>): Promise<T> {
    return inTransaction(this.dataSource, requireTenantId(), work);
  }

  /**
   * One read statement in the caller's tenant, in one round trip: `begin`, the tenant, the
   * statement (its parameters written in as literals) and `commit` go to PostgreSQL as one
   * simple-protocol batch, on a connection of the same pool. For the hot lists; anything that
   * reads twice or writes uses `run`. Inside an open tenant transaction it runs there instead.
   * A `timestamptz` column comes back as its ISO 8601 string, ready for the reply.
   */
  async read<Row>(sql: string, parameters: readonly InlineValue[] = []): Promise<Row[]> {
    const current = open.getStore();
    if (current) {
      // The transaction's own connection, so that its rows come back as outside one.
      const client = (await current.manager.queryRunner!.connect()) as PoolClient;
      return (await client.query<Row & object>({ text: sql, values: [...parameters], types: READ_TYPES })).rows;
    }
    const batch = `begin; ${setTenant(requireTenantId())}; ${inlineParameters(sql, parameters)}; commit`;
    const client = await (this.dataSource.driver as unknown as { master: Pool }).master.connect();
    let broken = false;
    try {
      const results = (await client.query({ text: batch, types: READ_TYPES })) as unknown as QueryResult<Row & object>[];
      if (results.length !== 4) throw new AppException(CommonErrorCode.Internal, 'A one-round-trip read takes exactly one statement');
      return results[2]!.rows;
    } catch (error) {
      await client.query('rollback').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }

  /**
   * The transaction of a write whose result is the route's reply. When the caller carries an
   * `Idempotency-Key`, the key is claimed in this same transaction before the work runs: a key
   * already answered returns its stored reply without running the work again, a concurrent
   * duplicate waits for the first to commit, and the reply is stored before commit.
   */
  async write<T>(work: Work<T>): Promise<T> {
    const idempotency = findCaller()?.idempotency;
    if (!idempotency) return this.run(work);
    const schema = this.schema;
    if (!schema) throw new AppException(CommonErrorCode.Internal, 'A keyed write needs the service schema that holds its idempotency keys');
    return this.run(async (manager) => {
      const stored = await claimIdempotencyKey(manager, schema, idempotency);
      if (stored.answered) return stored.reply as T;
      const reply = await work(manager);
      await storeIdempotentReply(manager, schema, idempotency.key, reply);
      return reply;
    });
  }

  /**
   * Work as a named tenant, for the few system paths that must (an event of that tenant, seeding a
   * new district, a city's figures of its districts): the caller acts in that tenant, so events and
   * audit records it writes belong to it too.
   */
  async runAsTenant<T>(tenantId: string, work: Work<T>): Promise<T> {
    if (!isTenantCode(tenantId)) throw new AppException(CommonErrorCode.MissingTenant, 'The tenant code is malformed');
    return runInTenant(tenantId, () => inTransaction(this.dataSource, tenantId, work));
  }

  /**
   * A query outside any tenant, only for the SECURITY DEFINER functions that read across tenants
   * (the tenant tree, the sign-in lookup): a tenant table here fails by design.
   */
  acrossTenants<T = unknown>(sql: string, parameters?: unknown[]): Promise<T> {
    return this.dataSource.query(sql, parameters);
  }
}
