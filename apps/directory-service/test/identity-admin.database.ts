import pg from 'pg';
import type { DataSource } from 'typeorm';
import { createAppDataSource, TenantDatabase, migrateServiceSchema, serviceRole } from '@xieshang/platform-persistence';
import { createTestDatabase, ownerPool } from '@xieshang/platform-testing';
import { CreateDirectorySchema1764201600000 } from '../src/migrations/1764201600000-create-directory-schema.js';
import { OrgUnitEntity } from '../src/org-units/org-unit.entity.js';
import { PersonEntity } from '../src/people/person.entity.js';
import { TenantEntity } from '../src/tenants/tenant.entity.js';

export interface DirectoryTestDatabase {
  /** Connected as the row-level-security-bound role, like the service. */
  app: DataSource;
  /** Reads across tenants as the owner: for assertions only. */
  asOwner: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>;
  /** Adds an org unit to a tenant (creating the tenant if needed) and answers its id. */
  addOrgUnit: (tenant: string, name: string, active?: boolean, kind?: string) => Promise<string>;
  drop: () => Promise<void>;
}

/** A fresh database with the directory schema migrated, dropped by `drop`. */
export const createDirectoryTestDatabase = async (purpose: string): Promise<DirectoryTestDatabase> => {
  const database = await createTestDatabase(purpose, serviceRole('directory'));
  const options = {
    schema: 'directory',
    ownerUrl: database.ownerUrl,
    appUrl: database.appUrl,
    poolSize: 4,
    entities: [TenantEntity, OrgUnitEntity, PersonEntity],
    migrations: [CreateDirectorySchema1764201600000],
  };
  await migrateServiceSchema(options);
  const app = await createAppDataSource(options).initialize();
  const owner = ownerPool(database);
  return {
    app,
    asOwner: async (sql, params) => (await owner.query(sql, params)).rows,
    addOrgUnit: (tenant, name, active = true, kind = 'ufwd') =>
      new TenantDatabase(app).runAsTenant(tenant, async (manager) => {
        await manager.query(`insert into directory.tenants (code, kind, name) values ($1, 'district', $1) on conflict (code) do nothing`, [tenant]);
        const rows: { id: string }[] = await manager.query(
          `insert into directory.org_units (tenant_id, kind, name, short_name, active) values ($1, $4, $2, $2, $3) returning id`,
          [tenant, name, active, kind],
        );
        return (rows[0] as { id: string }).id;
      }),
    drop: async () => {
      await app.destroy();
      await owner.end();
      await database.drop();
    },
  };
};
