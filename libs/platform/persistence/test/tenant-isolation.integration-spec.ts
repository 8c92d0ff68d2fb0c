import { DataSource } from 'typeorm';
import { runWithContext } from '@xieshang/platform-tenancy';
import {
  dropTestDatabase,
  inCurrentTenant,
  inTenantTransaction,
  provisionDatabase,
  rolePassword,
  schemaStatements,
  serviceRole,
  tenantTableStatements,
  withDatabase,
} from '../src/index.js';

const server = withDatabase(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'postgres');
const database = `xieshang_test_rls_${process.pid}_${Date.now()}`;
const role = serviceRole('sample');
const appPassword = rolePassword(process.env['DATABASE_APP_PASSWORD'] ?? 'xieshang_app', role);

describe('tenant isolation by row-level security', () => {
  let app: DataSource;

  beforeAll(async () => {
    await provisionDatabase({ adminUrl: server, database, roles: [{ name: role, password: appPassword }] });
    const owner = new DataSource({ type: 'postgres', url: withDatabase(server, database) });
    await owner.initialize();
    for (const statement of [
      ...schemaStatements('sample'),
      'create table sample.notes (id serial primary key, tenant_id text not null, body text not null)',
      ...tenantTableStatements('sample', 'notes'),
      `grant usage on sequence sample.notes_id_seq to ${role}`,
    ]) {
      await owner.query(statement);
    }
    await owner.destroy();
    app = new DataSource({ type: 'postgres', url: withDatabase(server, database, { user: role, password: appPassword }), extra: { max: 2 } });
    await app.initialize();
    await inTenantTransaction(app, 'alpha', (m) => m.query(`insert into sample.notes (tenant_id, body) values ('alpha', 'a1'), ('alpha', 'a2')`));
    await inTenantTransaction(app, 'beta', (m) => m.query(`insert into sample.notes (tenant_id, body) values ('beta', 'b1')`));
  });

  afterAll(async () => {
    await app?.destroy();
    await dropTestDatabase(server, database);
  });

  it("never returns another tenant's rows even when the query has no tenant filter", async () => {
    const rows = await inTenantTransaction(app, 'alpha', (m) => m.query('select body from sample.notes order by body'));
    expect(rows.map((row: { body: string }) => row.body)).toEqual(['a1', 'a2']);
  });

  it('refuses an insert that names another tenant', async () => {
    await expect(
      inTenantTransaction(app, 'alpha', (m) => m.query(`insert into sample.notes (tenant_id, body) values ('beta', 'sneaky')`)),
    ).rejects.toThrow(/row-level security/);
    const rows = await inTenantTransaction(app, 'beta', (m) => m.query('select body from sample.notes'));
    expect(rows).toEqual([{ body: 'b1' }]);
  });

  it('refuses to move a row to another tenant by update', async () => {
    await expect(
      inTenantTransaction(app, 'alpha', (m) => m.query(`update sample.notes set tenant_id = 'beta' where body = 'a1'`)),
    ).rejects.toThrow(/row-level security/);
  });

  it('sees nothing on a connection that never set a tenant', async () => {
    const rows = await app.query('select count(*)::int as n from sample.notes');
    expect(rows[0].n).toBe(0);
  });

  it('does not leak the tenant setting to the next use of a pooled connection', async () => {
    await inTenantTransaction(app, 'alpha', (m) => m.query('select 1'));
    const setting = await app.query(`select coalesce(current_setting('app.tenant_id', true), '') as tenant`);
    expect(setting[0].tenant).toBe('');
  });

  it('fails closed when the request context carries no tenant', async () => {
    await expect(inCurrentTenant(app, (m) => m.query('select 1'))).rejects.toMatchObject({ code: 'TENANCY.MISSING_TENANT' });
    await expect(
      runWithContext({ tenantId: null, userId: 'u', roles: [], correlationId: 'c' }, () => inCurrentTenant(app, (m) => m.query('select 1'))),
    ).rejects.toMatchObject({ code: 'TENANCY.MISSING_TENANT' });
  });

  it('refuses a malformed tenant code before it reaches SQL', async () => {
    await expect(inTenantTransaction(app, "x'; drop table sample.notes; --", (m) => m.query('select 1'))).rejects.toMatchObject({
      code: 'TENANCY.MISSING_TENANT',
    });
  });
});
