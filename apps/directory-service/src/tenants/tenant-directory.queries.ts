import type { TenantDatabase } from '@xieshang/platform-persistence';
import type { TenantRow } from './tenant.entity.js';


/**
 * Reads of the tenant tree across tenants, through the SECURITY DEFINER functions of the
 * 1764201800000 migration; row-level security keeps every other table to one tenant.
 */
export const lookupTenant = async (db: TenantDatabase, code: string): Promise<TenantRow | null> => {
  const rows: TenantRow[] = await db.acrossTenants('select * from directory.tenant_lookup($1)', [code]);
  return rows[0] ?? null;
};

export const allTenants = (db: TenantDatabase): Promise<TenantRow[]> => db.acrossTenants('select * from directory.tenant_directory()');

export const childrenOf = (db: TenantDatabase, parent: string): Promise<TenantRow[]> =>
  db.acrossTenants('select * from directory.tenant_children($1)', [parent]);
