import pg from 'pg';
import {
  LEGACY_APP_ROLE,
  SERVICE_SCHEMAS,
  dropTestDatabase,
  moveLegacyGrantsStatements,
  provisionDatabase,
  rolePassword,
  serviceRole,
  tenantTableStatements,
  withDatabase,
} from '../src/index.js';

const secret = process.env['DATABASE_APP_PASSWORD'] ?? 'xieshang_app';

/** The platform's own database of this run, migrated by the services it started. */
const platformUrl = (): string => {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is not set: run this through npm test, which starts the platform');
  return url;
};

const connectAs = async (url: string, role: string): Promise<pg.Client> => {
  const client = new pg.Client({ connectionString: withDatabase(url, new URL(url).pathname.slice(1), { user: role, password: rolePassword(secret, role) }) });
  await client.connect();
  return client;
};

describe('each service runs as its own database role', () => {
  const planningRole = serviceRole('planning');
  const directoryRole = serviceRole('directory');
  let planning: pg.Client;
  let directory: pg.Client;
  let owner: pg.Client;

  beforeAll(async () => {
    owner = new pg.Client({ connectionString: platformUrl() });
    await owner.connect();
    planning = await connectAs(platformUrl(), planningRole);
    directory = await connectAs(platformUrl(), directoryRole);
  });

  afterAll(async () => {
    await Promise.all([planning?.end(), directory?.end(), owner?.end()]);
  });

  it("refuses planning's role the directory's people and sign-in lookup", async () => {
    await expect(planning.query('select count(*) from directory.people')).rejects.toThrow(/permission denied/);
    await expect(planning.query(`select * from directory.sign_in_lookup('office')`)).rejects.toThrow(/permission denied/);
  });

  it("lets only directory's role call the sign-in lookup, across tenants", async () => {
    const { rows } = await directory.query<{ username: string }>(`select username from directory.sign_in_lookup('office')`);
    expect(rows.map((row) => row.username)).toEqual(['office']);
  });

  it("refuses a service another service's tables and relay functions", async () => {
    await expect(
      planning.query(`insert into meeting.outbox (id, tenant_id, subject, envelope) values (gen_random_uuid(), 'bazhou', 'evt.x', '{}')`),
    ).rejects.toThrow(/permission denied/);
    await expect(planning.query('select * from directory.outbox_claim(1)')).rejects.toThrow(/permission denied/);
    await expect(directory.query('select count(*) from planning.plans')).rejects.toThrow(/permission denied/);
  });

  it('lets a service use its own schema, under row-level security', async () => {
    await planning.query('begin');
    await planning.query(`select set_config('app.tenant_id', 'bazhou', true)`);
    const { rows } = await planning.query<{ n: number }>('select count(*)::int as n from planning.plans');
    await planning.query('commit');
    expect(rows[0]?.n).toBeGreaterThanOrEqual(0);
    await expect(planning.query('select * from planning.outbox_backlog()')).resolves.toBeDefined();
  });

  it('makes every service role a plain login: no superuser, no BYPASSRLS, owner of nothing', async () => {
    const roles = SERVICE_SCHEMAS.map((schema) => serviceRole(schema));
    const { rows } = await owner.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean; owns: number }>(
      `select r.rolname, r.rolsuper, r.rolbypassrls,
              (select count(*)::int from pg_class c where c.relowner = r.oid) as owns
         from pg_roles r where r.rolname = any($1) order by r.rolname`,
      [roles],
    );
    expect(rows.map((row) => row.rolname)).toEqual([...roles].sort());
    for (const row of rows) expect(row).toMatchObject({ rolsuper: false, rolbypassrls: false, owns: 0 });
  });
});

describe('a database made when every service shared xieshang_app', () => {
  const server = withDatabase(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'postgres');
  const database = `xieshang_test_legacy_${process.pid}_${Date.now()}`;
  const schema = 'legacy_sample';
  const role = serviceRole(schema);
  let owner: pg.Client;

  const privileges = async (grantee: string) => {
    const { rows } = await owner.query<Record<string, boolean>>(
      `select has_schema_privilege($1, '${schema}', 'usage') as usage,
              has_table_privilege($1, '${schema}.notes', 'select') as "select",
              has_table_privilege($1, '${schema}.notes', 'insert') as "insert",
              has_table_privilege($1, '${schema}.notes', 'delete') as "delete",
              has_sequence_privilege($1, '${schema}.notes_id_seq', 'usage') as sequence,
              has_function_privilege($1, '${schema}.note_count()', 'execute') as "function"`,
      [grantee],
    );
    return rows[0];
  };

  beforeAll(async () => {
    await provisionDatabase({ adminUrl: server, database, roles: [{ name: role, password: rolePassword(secret, role) }] });
    owner = new pg.Client({ connectionString: withDatabase(server, database) });
    await owner.connect();
    // Roles are cluster-wide: the old shared role may or may not exist on this server already.
    await owner.query(`do $$ begin create role ${LEGACY_APP_ROLE} nologin; exception when duplicate_object then null; end $$`);
    for (const statement of [
      `create schema ${schema}`,
      `grant usage on schema ${schema} to ${LEGACY_APP_ROLE}`,
      `create table ${schema}.notes (id serial primary key, tenant_id text not null, body text not null)`,
      ...tenantTableStatements(schema, 'notes', LEGACY_APP_ROLE),
      `revoke delete on ${schema}.notes from ${LEGACY_APP_ROLE}`,
      `grant usage on sequence ${schema}.notes_id_seq to ${LEGACY_APP_ROLE}`,
      `create function ${schema}.note_count() returns bigint language sql as $$ select count(*) from ${schema}.notes $$`,
      `revoke all on function ${schema}.note_count() from public`,
      `grant execute on function ${schema}.note_count() to ${LEGACY_APP_ROLE}`,
    ]) {
      await owner.query(statement);
    }
  });

  afterAll(async () => {
    await owner?.end();
    await dropTestDatabase(server, database);
  });

  it("hands exactly the old role's privileges to the service's role, and takes them from the old role", async () => {
    for (const statement of moveLegacyGrantsStatements(schema)) await owner.query(statement);
    expect(await privileges(role)).toEqual({ usage: true, select: true, insert: true, delete: false, sequence: true, function: true });
    expect(await privileges(LEGACY_APP_ROLE)).toEqual({ usage: false, select: false, insert: false, delete: false, sequence: false, function: false });
  });

  it('finds nothing to move the second time', async () => {
    for (const statement of moveLegacyGrantsStatements(schema)) await owner.query(statement);
    expect(await privileges(role)).toMatchObject({ select: true, delete: false });
  });
});
