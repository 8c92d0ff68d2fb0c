import { AsyncLocalStorage } from 'node:async_hooks';
import { escapeLiteral } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { CommonErrorCode, isTenantCode } from '@xieshang/contracts';
import { AppException } from '@xieshang/platform-errors';
import { requireTenantId } from '@xieshang/platform-tenancy';

const managers = new AsyncLocalStorage<EntityManager>();

/**
 * Runs `work` in one transaction whose first statement sets `app.tenant_id`, which every
 * row-level security policy reads. The code is checked against a strict pattern before it is
 * quoted. `set_config(..., true)` is local to the transaction, so nothing leaks through the pool.
 */
export const inTenantTransaction = async <T>(
  dataSource: DataSource,
  tenantId: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> => {
  if (!isTenantCode(tenantId)) throw new AppException(CommonErrorCode.MissingTenant, 'The tenant code is malformed');
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    try {
      await runner.query(`select set_config('app.tenant_id', ${escapeLiteral(tenantId)}, true)`);
      const result = await managers.run(runner.manager, () => work(runner.manager));
      await runner.commitTransaction();
      return result;
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    }
  } finally {
    await runner.release();
  }
};

/** The same, for the tenant of the current request context. */
export const inCurrentTenant = async <T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> =>
  inTenantTransaction(dataSource, requireTenantId(), work);

/** The manager of the tenant transaction this code runs in; there is no other way to reach tenant rows. */
export const currentManager = (): EntityManager => {
  const manager = managers.getStore();
  if (!manager) throw new AppException(CommonErrorCode.MissingTenant, 'No tenant transaction is open');
  return manager;
};
