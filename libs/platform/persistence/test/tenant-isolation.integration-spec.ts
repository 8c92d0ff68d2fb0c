import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { runAsCaller, systemCaller } from '@xieshang/platform-tenancy';
import {
  dropTestDatabase,
  NO_TENANT_SQLSTATE,
  provisionDatabase,
  rolePassword,
  schemaStatements,
  serviceRole,
  TenantDatabase,
  tenantTableStatements,
  TenantStampSubscriber,
  withDatabase,
} from '../src/index.js';

const server = withDatabase(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres', 'postgres');
const database = `xieshang_test_rls_${process.pid}_${Date.now()}`;
const role = serviceRole('sample');
const appPassword = rolePassword(process.env['DATABASE_APP_PASSWORD'] ?? 'xieshang_app', role);

@Entity({ schema: 'sample', name: 'notes' })
class NoteEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'tenant_id', type: 'text' })
  tenantId!: string;

  @Column({ type: 'text' })
  body!: string;
}

const inCaller = <T>(tenantId: string | null, work: () => Promise<T>): Promise<T> => runAsCaller(systemCaller('c-rls', tenantId), work);

describe('tenant isolation by row-level security', () => {
  let app: DataSource;
  let db: TenantDatabase;

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
    app = new DataSource({
      type: 'postgres',
      url: withDatabase(server, database, { user: role, password: appPassword }),
      entities: [NoteEntity],
      subscribers: [TenantStampSubscriber],
      extra: { max: 2 },
    });
    await app.initialize();
    db = new TenantDatabase(app);
    await db.runAsTenant('alpha', (m) => m.query(`insert into sample.notes (body) values ('a1'), ('a2')`));
    await db.runAsTenant('beta', (m) => m.query(`insert into sample.notes (body) values ('b1')`));
  });

  afterAll(async () => {
    await app?.destroy();
    await dropTestDatabase(server, database);
  });

  it("never returns another tenant's rows even when the query has no tenant filter", async () => {
    const rows = await inCaller('alpha', () => db.run((m) => m.query('select body from sample.notes order by body')));
    expect(rows.map((row: { body: string }) => row.body)).toEqual(['a1', 'a2']);
  });

  it('fills tenant_id itself, for plain SQL (column default) and for entities (stamped on insert)', async () => {
    const saved = await inCaller('alpha', () => db.run((m) => m.save(m.create(NoteEntity, { body: 'a3' }))));
    expect(saved.tenantId).toBe('alpha');
    const rows = await inCaller('alpha', () => db.run((m) => m.query(`select tenant_id from sample.notes where body in ('a1', 'a3')`)));
    expect(rows).toEqual([{ tenant_id: 'alpha' }, { tenant_id: 'alpha' }]);
  });

  it('refuses an insert that names another tenant', async () => {
    await expect(db.runAsTenant('alpha', (m) => m.query(`insert into sample.notes (tenant_id, body) values ('beta', 'sneaky')`))).rejects.toThrow(
      /row-level security/,
    );
    const rows = await db.runAsTenant('beta', (m) => m.query('select body from sample.notes'));
    expect(rows).toEqual([{ body: 'b1' }]);
  });

  it('refuses to move a row to another tenant by update', async () => {
    await expect(db.runAsTenant('alpha', (m) => m.query(`update sample.notes set tenant_id = 'beta' where body = 'a1'`))).rejects.toThrow(
      /row-level security/,
    );
  });

  it('fails loudly, instead of answering nothing, when a tenant table is used outside a tenant transaction', async () => {
    await expect(app.query('select count(*)::int as n from sample.notes')).rejects.toMatchObject({ driverError: { code: NO_TENANT_SQLSTATE } });
    await expect(app.query(`insert into sample.notes (body) values ('nobody')`)).rejects.toMatchObject({ driverError: { code: NO_TENANT_SQLSTATE } });
    const runner = app.createQueryRunner();
    try {
      await runner.query(`begin; select set_config('app.tenant_id', '', true)`);
      await expect(runner.query('select count(*) from sample.notes')).rejects.toMatchObject({ driverError: { code: NO_TENANT_SQLSTATE } });
    } finally {
      await runner.query('rollback');
      await runner.release();
    }
  });

  it('opens the transaction and sets the tenant in one round trip, and keeps commit, rollback and savepoints', async () => {
    const statements: string[] = [];
    app.logger.logQuery = (query: string) => {
      statements.push(query);
    };
    await db.runAsTenant('beta', async (m) => {
      await m.query(`insert into sample.notes (body) values ('b2')`);
      await m.transaction(async (inner) => inner.query(`insert into sample.notes (body) values ('b3')`));
    });
    await expect(
      db.runAsTenant('beta', async (m) => {
        await m.query(`insert into sample.notes (body) values ('b4')`);
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    const rows = await db.runAsTenant('beta', (m) => m.query('select body from sample.notes order by body'));
    expect(rows.map((row: { body: string }) => row.body)).toEqual(['b1', 'b2', 'b3']);
    const opening = statements.filter((query) => /^begin|^start transaction|set_config/i.test(query));
    expect(opening.slice(0, 1)).toEqual([`begin; select set_config('app.tenant_id', 'beta', true)`]);
    expect(opening.every((query) => query.startsWith('begin; select set_config'))).toBe(true);
  });

  it('does not leak the tenant setting to the next use of a pooled connection', async () => {
    await db.runAsTenant('alpha', (m) => m.query('select 1'));
    const setting = await app.query(`select coalesce(current_setting('app.tenant_id', true), '') as tenant`);
    expect(setting[0].tenant).toBe('');
  });

  it('fails closed when the caller carries no tenant', async () => {
    await expect(db.run((m) => m.query('select 1'))).rejects.toMatchObject({ code: 'TENANCY.MISSING_TENANT' });
    await expect(inCaller(null, () => db.run((m) => m.query('select 1')))).rejects.toMatchObject({ code: 'TENANCY.MISSING_TENANT' });
  });

  it('refuses a malformed tenant code before it reaches SQL', async () => {
    await expect(db.runAsTenant("x'; drop table sample.notes; --", (m) => m.query('select 1'))).rejects.toMatchObject({
      code: 'TENANCY.MISSING_TENANT',
    });
  });

  describe('a read in one round trip', () => {
    it("answers only the caller's tenant, with its parameters as data", async () => {
      const rows = await inCaller('alpha', () => db.read<{ body: string }>('select body from sample.notes where body like $1 order by body limit $2', ['a%', 10]));
      expect(rows.map((row) => row.body)).toEqual(['a1', 'a2', 'a3']);
      const sneaky = await inCaller('alpha', () => db.read('select body from sample.notes where body = $1', ["b1' or '1'='1"]));
      expect(sneaky).toEqual([]);
      const listed = await inCaller('beta', () => db.read<{ body: string }>('select body from sample.notes where body = any($1::text[]) order by body', [['a1', 'b1']]));
      expect(listed.map((row) => row.body)).toEqual(['b1']);
    });

    it('sends begin, the tenant, the statement and commit as one batch', async () => {
      const batches: string[] = [];
      const pool = (app.driver as unknown as { master: { on(event: 'acquire', listener: (client: { query: (...args: unknown[]) => unknown }) => void): void } }).master;
      const spy = (client: { query: (...args: unknown[]) => unknown }) => {
        const query = client.query.bind(client);
        client.query = (...args: unknown[]) => {
          const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: unknown } | undefined)?.text;
          if (typeof text === 'string') batches.push(text);
          return query(...args);
        };
      };
      pool.on('acquire', spy);
      await inCaller('beta', () => db.read('select count(*)::int as n from sample.notes'));
      expect(batches.at(-1)).toBe(`begin; select set_config('app.tenant_id', 'beta', true); select count(*)::int as n from sample.notes; commit`);
    });

    it('hands a timestamptz back as its ISO string, inside an open transaction too', async () => {
      const at = "select timestamptz '2026-12-04 03:21:47.123456+08' as at, date '2026-12-03' as day";
      const [alone] = await inCaller('alpha', () => db.read<{ at: string; day: unknown }>(at));
      expect(alone).toEqual({ at: '2026-12-03T19:21:47.123Z', day: expect.any(Date) });
      const inside = await inCaller('alpha', () => db.run(() => db.read<{ at: string }>(`${at}, current_setting('app.tenant_id') as tenant`)));
      expect(inside).toEqual([{ at: '2026-12-03T19:21:47.123Z', day: expect.any(Date), tenant: 'alpha' }]);
    });

    it('rolls back a failed read, leaving the connection usable and without the tenant', async () => {
      await expect(inCaller('alpha', () => db.read('select body::int from sample.notes'))).rejects.toMatchObject({ code: '22P02' });
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const setting = await app.query(`select coalesce(current_setting('app.tenant_id', true), '') as tenant`);
        expect(setting[0].tenant).toBe('');
      }
      await expect(inCaller('alpha', () => db.read<{ n: number }>('select count(*)::int as n from sample.notes'))).resolves.toEqual([{ n: 3 }]);
    });

    it('refuses two statements and fails closed without a tenant', async () => {
      await expect(inCaller('alpha', () => db.read('select 1; select 2'))).rejects.toMatchObject({ code: 'COMMON.INTERNAL' });
      await expect(db.read('select 1')).rejects.toMatchObject({ code: 'TENANCY.MISSING_TENANT' });
    });
  });
});
