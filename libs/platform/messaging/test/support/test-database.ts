import pg from 'pg';
import { DataSource } from 'typeorm';
import { schemaStatements, serviceRole, tenantTableStatements } from '@xieshang/platform-persistence';
import { createTestDatabase as createDatabase, ownerPool } from '@xieshang/platform-testing';
import { idempotencyKeyStatements, outboxStatements, retentionStatements } from '../../src/index.js';

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

/** The service role of every messaging test schema (their names vary per run; the role need not). */
const ROLE = serviceRole('messaging_test');

/**
 * A fresh database with one service schema, its outbox and inbox (with their retention), a `thing` table the producer
 * changes and an `effect` table the consumer writes.
 */
export const createTestDatabase = async (part: string): Promise<TestDatabase> => {
  const database = await createDatabase(part, ROLE);
  const schema = `msg_${database.name.slice(-8)}`;
  const owner = ownerPool(database);
  const migration = [
    ...schemaStatements(schema, ROLE),
    ...outboxStatements(schema, ROLE),
    ...retentionStatements(schema, ROLE),
    ...idempotencyKeyStatements(schema, ROLE),
    `create table ${schema}.thing (id uuid primary key, tenant_id text not null, note text not null)`,
    ...tenantTableStatements(schema, 'thing', ROLE),
    // Deliberately without a unique key: an effect applied twice shows up as two rows.
    `create table ${schema}.effect (seq bigserial primary key, tenant_id text not null, event_id uuid not null, note text not null)`,
    ...tenantTableStatements(schema, 'effect', ROLE),
    `grant usage on sequence ${schema}.effect_seq_seq to ${ROLE}`,
  ];
  for (const statement of migration) await owner.query(statement);

  const app = new DataSource({ type: 'postgres', url: database.appUrl, poolSize: 8 });
  await app.initialize();

  return {
    name: database.name,
    schema,
    ownerUrl: database.ownerUrl,
    appUrl: database.appUrl,
    app,
    asOwner: async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await owner.query<T>(sql, params)).rows,
    drop: async () => {
      await app.destroy();
      await owner.end();
      await database.drop();
    },
  };
};
