import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { APP_ROLE, schemaStatements, SYSTEM_ROLE, tenantTableStatements } from '@xieshang/platform-persistence';
import { outboxStatements } from '../../src/index.js';

const SERVER = 'postgres://postgres@127.0.0.1:5432';

/** The cluster-wide roles; other suites may create them at the same moment, so a lost race is fine. */
const ensureRoles = async (client: pg.Client): Promise<void> => {
  const statements = [
    `create role ${APP_ROLE} login password '${APP_ROLE}'`,
    `create role ${SYSTEM_ROLE} nologin bypassrls`,
  ];
  for (const statement of statements) {
    const role = statement.split(' ')[2];
    await client.query(
      `do $$ begin if not exists (select from pg_roles where rolname = '${role}') then execute $s$${statement}$s$; end if;
       exception when duplicate_object or unique_violation then null; end $$`,
    );
  }
};

export interface TestDatabase {
  name: string;
  schema: string;
  ownerUrl: string;
  appUrl: string;
  /** A TypeORM data source connected as the app role (row-level security applies). */
  app: DataSource;
  /** Runs SQL as the owner, across tenants: for assertions only. */
  asOwner: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>;
  drop: () => Promise<void>;
}

/**
 * A fresh database with one service schema, its outbox and inbox, a `thing` table the producer
 * changes and an `effect` table the consumer writes.
 */
export const createTestDatabase = async (part: string): Promise<TestDatabase> => {
  const suffix = randomBytes(4).toString('hex');
  const name = `xieshang_test_${part}_${suffix}`;
  const schema = `msg_${suffix}`;
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await ensureRoles(admin);
  await admin.query(`create database ${name}`);
  await admin.end();

  const ownerUrl = `${SERVER}/${name}`;
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  const migration = [
    ...schemaStatements(schema),
    ...outboxStatements(schema),
    `create table ${schema}.thing (id uuid primary key, tenant_id text not null, note text not null)`,
    ...tenantTableStatements(schema, 'thing'),
    // Deliberately without a unique key: an effect applied twice shows up as two rows.
    `create table ${schema}.effect (seq bigserial primary key, tenant_id text not null, event_id uuid not null, note text not null)`,
    ...tenantTableStatements(schema, 'effect'),
    `grant usage on sequence ${schema}.effect_seq_seq to ${APP_ROLE}`,
  ];
  for (const statement of migration) await owner.query(statement);

  const appUrl = `postgres://${APP_ROLE}:${APP_ROLE}@127.0.0.1:5432/${name}`;
  const app = new DataSource({ type: 'postgres', url: appUrl, poolSize: 8 });
  await app.initialize();

  return {
    name,
    schema,
    ownerUrl,
    appUrl,
    app,
    asOwner: async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await owner.query<T>(sql, params)).rows,
    drop: async () => {
      await app.destroy();
      await owner.end();
      const cleanup = new pg.Client({ connectionString: `${SERVER}/postgres` });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
};
