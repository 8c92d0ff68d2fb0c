import { DataSource } from 'typeorm';
import { NO_TENANT_SQLSTATE, rolePassword, SERVICE_SCHEMAS, serviceRole, TenantDatabase, withDatabase } from '../src/index.js';

const ownerUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Each service schema, as the running services have migrated it, reached as that service's own role. */
const appUrl = (schema: string): string =>
  withDatabase(ownerUrl, new URL(ownerUrl).pathname.slice(1), {
    user: serviceRole(schema),
    password: rolePassword(process.env['DATABASE_APP_PASSWORD'] ?? 'xieshang_app', serviceRole(schema)),
  });

interface TenantTable {
  table: string;
  policy: string | null;
  check: string | null;
  column_default: string | null;
}

describe('a tenant table used outside a tenant transaction, in every service schema', () => {
  let owner: DataSource;

  beforeAll(async () => {
    owner = await new DataSource({ type: 'postgres', url: ownerUrl, extra: { max: 1 } }).initialize();
  });

  afterAll(async () => {
    await owner?.destroy();
  });

  const tenantTables = (schema: string): Promise<TenantTable[]> =>
    owner.query(
      `select c.relname as table, p.qual as policy, p.with_check as check, col.column_default
         from pg_class c
         join pg_namespace n on n.oid = c.relnamespace
         left join pg_policies p on p.schemaname = n.nspname and p.tablename = c.relname and p.policyname = 'tenant_isolation'
         left join information_schema.columns col on col.table_schema = n.nspname and col.table_name = c.relname and col.column_name = 'tenant_id'
        where n.nspname = $1 and c.relkind = 'r' and c.relrowsecurity
        order by c.relname`,
      [schema],
    );

  it.each(SERVICE_SCHEMAS)('%s: every table under row-level security checks the tenant through the failing function', async (schema) => {
    const tables = await tenantTables(schema);
    expect(tables.map((table) => table.table)).toEqual(expect.arrayContaining(['inbox', 'outbox']));
    for (const table of tables) {
      expect({ table: table.table, policy: table.policy }).toEqual({ table: table.table, policy: expect.stringContaining(`${schema}.current_tenant()`) });
      expect(table.check).toContain(`${schema}.current_tenant()`);
      if (table.table !== 'tenants') expect(table.column_default).toBe(`${schema}.current_tenant()`);
    }
  });

  it.each(SERVICE_SCHEMAS)('%s: reading or writing without a tenant fails with an error, not an empty answer', async (schema) => {
    const app = await new DataSource({ type: 'postgres', url: appUrl(schema), extra: { max: 1 } }).initialize();
    try {
      await expectFailLoud(app, schema);
    } finally {
      await app.destroy();
    }
  });

  const expectFailLoud = async (app: DataSource, schema: string): Promise<void> => {
    const db = new TenantDatabase(app);
    const eventId = crypto.randomUUID();
    await db.runAsTenant('bazhou', (m) => m.query(`insert into ${schema}.inbox (consumer, event_id) values ('fail-loud-test', $1)`, [eventId]));
    const inTenant: unknown[] = await db.runAsTenant('bazhou', (m) => m.query(`select event_id from ${schema}.inbox where event_id = $1`, [eventId]));
    expect(inTenant).toHaveLength(1);
    await expect(app.query(`select event_id from ${schema}.inbox`)).rejects.toMatchObject({ driverError: { code: NO_TENANT_SQLSTATE } });
    await expect(app.query(`insert into ${schema}.inbox (consumer, event_id) values ('fail-loud-test', $1)`, [crypto.randomUUID()])).rejects.toMatchObject({
      driverError: { code: NO_TENANT_SQLSTATE },
    });
  };
});
