import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { dropTestDatabase, provisionDatabase, rolePassword, withDatabase } from '@xieshang/platform-persistence';

export interface TestDatabase {
  name: string;
  /** Owner/migration connection to the test database. */
  ownerUrl: string;
  /** Run-time connection as the service role (row-level security binds it). */
  appUrl: string;
  drop(): Promise<void>;
}

const PASSWORD_SECRET = process.env['DATABASE_APP_PASSWORD'] ?? 'xieshang_app';

/** The server the tests may create databases on: the test run's DATABASE_URL, or the local default. */
const serverUrl = (): string => process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A fresh database for one test file, with the service role `role` (e.g. `serviceRole('directory')`)
 * to run as; its name always contains `test`, and it is dropped afterwards.
 */
export const createTestDatabase = async (purpose: string, role: string): Promise<TestDatabase> => {
  const name = `xieshang_test_${purpose.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
  const adminUrl = withDatabase(serverUrl(), 'postgres');
  const password = rolePassword(PASSWORD_SECRET, role);
  await provisionDatabase({ adminUrl, database: name, roles: [{ name: role, password }] });
  return {
    name,
    ownerUrl: withDatabase(adminUrl, name),
    appUrl: withDatabase(adminUrl, name, { user: role, password }),
    drop: () => dropTestDatabase(adminUrl, name),
  };
};

/**
 * A small pool connected as the test database's owner, for a test's setup and assertions. Dropping
 * the database with force ends a backend that is still closing after `end()`; the error that
 * reaches the pool then is expected and must not fail the test file.
 */
export const ownerPool = (database: Pick<TestDatabase, 'ownerUrl'>): pg.Pool => {
  const pool = new pg.Pool({ connectionString: database.ownerUrl, max: 2 });
  pool.on('error', () => undefined);
  return pool;
};
