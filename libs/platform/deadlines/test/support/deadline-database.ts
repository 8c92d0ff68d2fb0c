import pg from 'pg';
import { DataSource } from 'typeorm';
import { outboxStatements } from '@xieshang/platform-messaging';
import { schemaStatements, serviceRole, tenantTableStatements } from '@xieshang/platform-persistence';
import { createTestDatabase, ownerPool } from '@xieshang/platform-testing';
import { deadlineRetentionStatements, deadlineStatements } from '../../src/index.js';

export interface DeadlineDatabase {
  schema: string;
  /** A data source connected as the service role, as one replica of a service holds. */
  connect: () => Promise<DataSource>;
  /** Runs SQL as the owner, across tenants: for assertions only. */
  asOwner: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>;
  drop: () => Promise<void>;
}

/** The service role of every deadline test schema (their names vary per run; the role need not). */
const ROLE = serviceRole('deadlines_test');

/** A fresh database with one service schema: its outbox, its deadlines, and a `meeting` table the business writes change. */
export const createDeadlineDatabase = async (): Promise<DeadlineDatabase> => {
  const database = await createTestDatabase('deadlines', ROLE);
  const schema = `dl_${database.name.slice(-8)}`;
  const owner = ownerPool(database);
  const migration = [
    ...schemaStatements(schema, ROLE),
    ...outboxStatements(schema, ROLE),
    ...deadlineStatements(schema, ROLE),
    ...deadlineRetentionStatements(schema, ROLE),
    `create table ${schema}.meeting (id uuid primary key, tenant_id text not null, starts_at timestamptz not null)`,
    ...tenantTableStatements(schema, 'meeting', ROLE),
  ];
  for (const statement of migration) await owner.query(statement);

  const sources: DataSource[] = [];
  return {
    schema,
    connect: async () => {
      const source = await new DataSource({ type: 'postgres', url: database.appUrl, poolSize: 4 }).initialize();
      sources.push(source);
      return source;
    },
    asOwner: async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await owner.query<T>(sql, params)).rows,
    drop: async () => {
      await Promise.all(sources.map((source) => source.destroy()));
      await owner.end();
      await database.drop();
    },
  };
};

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(private current: Date) {}

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date): void {
    this.current = to;
  }
}
