import type { DataSource, EntityManager } from 'typeorm';
import type { TenantRow } from './tenant.entity.js';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/**
 * Reads of the tenant tree across tenants, through the SECURITY DEFINER functions of the
 * 1764201800000 migration; row-level security keeps every other table to one tenant.
 */
export const lookupTenant = async (db: Queryable, code: string): Promise<TenantRow | null> => {
  const rows: TenantRow[] = await db.query('select * from directory.tenant_lookup($1)', [code]);
  return rows[0] ?? null;
};

export const allTenants = (db: Queryable): Promise<TenantRow[]> => db.query('select * from directory.tenant_directory()');

export const childrenOf = (db: Queryable, parent: string): Promise<TenantRow[]> =>
  db.query('select * from directory.tenant_children($1)', [parent]);
