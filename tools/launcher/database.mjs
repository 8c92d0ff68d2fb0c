import path from 'node:path';
import pg from 'pg';
import { APPS, DATA_DIR } from './catalog.mjs';
import {
  DEFAULT_APP_PASSWORD,
  appUrlFor,
  assertDatabaseName,
  redact,
  withDatabase,
} from './database-url.mjs';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { isPortAnswering, pickPort } from './ports.mjs';
import { LauncherError } from './say.mjs';

export const EMBEDDED_PORT = 5439;
const LOCAL_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Finds the PostgreSQL server to use. `DATABASE_URL` always wins. Otherwise `npm start` runs the
 * embedded server persistently in `.data/postgres`, while test and bench runs prefer a server
 * already on 127.0.0.1:5432 and fall back to a throw-away embedded one in their run directory.
 * Returns the server's admin URL and a `stop` for whatever was started here.
 */
export const ensurePostgresServer = async ({ purpose, runDir }) => {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, stop: async () => {}, origin: 'DATABASE_URL' };
  }
  if (purpose !== 'start' && (await isPortAnswering(5432, ['127.0.0.1']))) {
    return { url: LOCAL_SERVER_URL, stop: async () => {}, origin: '127.0.0.1:5432' };
  }
  if (purpose === 'start') {
    if (await isPortAnswering(EMBEDDED_PORT)) {
      throw new LauncherError(
        `port ${EMBEDDED_PORT} is taken, where the embedded PostgreSQL runs: is another \`npm start\` running? ` +
          'Stop it, or set DATABASE_URL.',
      );
    }
    const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, 'postgres'), port: EMBEDDED_PORT });
    return { ...server, origin: `embedded PostgreSQL on ${EMBEDDED_PORT}` };
  }
  const port = await pickPort([EMBEDDED_PORT + 1, EMBEDDED_PORT + 2, EMBEDDED_PORT + 3]);
  const server = await startEmbeddedPostgres({ dataDir: path.join(runDir, 'postgres'), port, persistent: false });
  return { ...server, origin: `embedded PostgreSQL on ${port}` };
};

/**
 * Makes the database and roles the apps expect, with the platform's own provisioning
 * (libs/platform/persistence/src/provision.ts, built before this runs): one login role per
 * service, `xieshang_<schema>`, whose password is `DATABASE_APP_PASSWORD_<SCHEMA>` when set,
 * else derived from `DATABASE_APP_PASSWORD`. Returns the migration (admin) URL of the database
 * and each service's run-time URL, by app name.
 */
export const provisionDatabase = async ({ serverUrl, database }) => {
  assertDatabaseName(database);
  const persistence = await import('@xieshang/platform-persistence');
  const services = APPS.filter((app) => app.kind === 'service').map((app) => {
    const role = persistence.serviceRole(app.schema);
    const password = rolePasswordFromEnv(persistence.rolePassword, app.schema, role);
    return { app, role, password };
  });
  try {
    await persistence.provisionDatabase({
      adminUrl: withDatabase(serverUrl, 'postgres'),
      database,
      roles: services.map(({ role, password }) => ({ name: role, password })),
    });
  } catch (error) {
    throw new LauncherError(`cannot prepare ${database} on ${redact(serverUrl)}: ${error.message}`);
  }
  const adminUrl = withDatabase(serverUrl, database);
  const appUrls = Object.fromEntries(services.map(({ app, role, password }) => [app.name, appUrlFor(adminUrl, role, password)]));
  return { adminUrl, appUrls, roles: services.map(({ role }) => role) };
};

/** Drops a database even while stray connections remain; only ever called on databases made by a run. */
export const dropDatabase = async ({ serverUrl, database }) => {
  assertDatabaseName(database);
  await withClient(serverUrl, (client) => client.query(`drop database if exists ${database} with (force)`));
};

export const describeServer = (url) => redact(url);

/** A password set for one role wins; otherwise each is derived from the one secret, so each role has its own. */
const rolePasswordFromEnv = (derive, schema, role) =>
  process.env[`DATABASE_APP_PASSWORD_${schema.toUpperCase()}`] ??
  derive(process.env.DATABASE_APP_PASSWORD ?? DEFAULT_APP_PASSWORD, role);

const withClient = async (url, work) => {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new LauncherError(`cannot connect to PostgreSQL at ${redact(url)}: ${error.message}`);
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};
