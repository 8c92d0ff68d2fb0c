import { randomBytes } from 'node:crypto';
import { APP_ROLE, dropTestDatabase, provisionDatabase, withDatabase } from '@xieshang/platform-persistence';

export interface TestDatabase {
  name: string;
  /** Owner/migration connection to the test database. */
  ownerUrl: string;
  /** Run-time connection as the role that row-level security binds. */
  appUrl: string;
  drop(): Promise<void>;
}

const APP_PASSWORD = process.env['DATABASE_APP_PASSWORD'] ?? 'xieshang_app';

/** The server the tests may create databases on: the test run's DATABASE_URL, or the local default. */
const serverUrl = (): string => process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh database for one test file; its name always contains `test`, and it is dropped afterwards. */
export const createTestDatabase = async (purpose: string): Promise<TestDatabase> => {
  const name = `xieshang_test_${purpose.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
  const adminUrl = withDatabase(serverUrl(), 'postgres');
  await provisionDatabase({ adminUrl, database: name, appPassword: APP_PASSWORD });
  return {
    name,
    ownerUrl: withDatabase(adminUrl, name),
    appUrl: withDatabase(adminUrl, name, { user: APP_ROLE, password: APP_PASSWORD }),
    drop: () => dropTestDatabase(adminUrl, name),
  };
};
