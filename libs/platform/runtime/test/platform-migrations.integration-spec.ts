import pg from 'pg';

/**
 * Runs against the database of the running platform: every service has migrated its schema at
 * start, so each schema with an outbox must also have what the platform migration adds.
 */
describe('the platform migration of every service schema', () => {
  const databaseUrl = process.env['DATABASE_URL'];
  let client: pg.Client;

  beforeAll(async () => {
    if (!databaseUrl) throw new Error('DATABASE_URL must name the running platform’s database');
    client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
  });

  it('gives each service schema its deadline table and the retention and deadline functions, owned by the system role', async () => {
    const { rows: schemas } = await client.query<{ schema: string }>(
      `select table_schema as schema from information_schema.tables where table_name = 'outbox' order by 1`,
    );
    expect(schemas.map((row) => row.schema)).toEqual(
      expect.arrayContaining(['directory', 'handling_feedback', 'meeting', 'notification', 'planning', 'written_consultation']),
    );
    for (const { schema } of schemas) {
      const { rows: tables } = await client.query<{ rls: boolean; forced: boolean }>(
        `select relrowsecurity as rls, relforcerowsecurity as forced from pg_class where oid = to_regclass($1)`,
        [`${schema}.deadline`],
      );
      expect({ schema, ...tables[0] }).toEqual({ schema, rls: true, forced: true });
      const { rows: functions } = await client.query<{ name: string; owner: string; definer: boolean }>(
        `select p.proname as name, pg_get_userbyid(p.proowner) as owner, p.prosecdef as definer
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where n.nspname = $1 and p.proname in ('outbox_purge', 'inbox_purge', 'deadline_claim') order by 1`,
        [schema],
      );
      expect(functions).toEqual(
        ['deadline_claim', 'inbox_purge', 'outbox_purge'].map((name) => ({ name, owner: 'xieshang_system', definer: true })),
      );
    }
  });
});
