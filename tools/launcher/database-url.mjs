/** Pure helpers over PostgreSQL connection URLs; no I/O, so they are unit-tested. */

/** The secret each service role's password is derived from when DATABASE_APP_PASSWORD is unset. */
export const DEFAULT_APP_PASSWORD = 'xieshang_app';

/** Database names go into DDL unquoted-safe only when they are plain identifiers. */
export const DATABASE_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

export const assertDatabaseName = (name) => {
  if (!DATABASE_NAME_PATTERN.test(name)) {
    throw new Error(`database name "${name}" must be lowercase letters, digits and underscores`);
  }
  return name;
};

export const databaseNameOf = (url) => decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres';

export const withDatabase = (url, database) => {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(assertDatabaseName(database))}`;
  return parsed.toString();
};

/** A service's run-time URL: same server and database as the migration URL, but as its own row-level-security-bound role. */
export const appUrlFor = (adminUrl, role, password) => {
  const parsed = new URL(adminUrl);
  parsed.username = role;
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
};

/** Test databases must say so in their name; the suites refuse any other. */
export const testDatabaseName = (now = new Date(), pid = process.pid) =>
  `xieshang_test_${timestamp(now)}_${pid}`;

export const benchDatabaseName = (now = new Date()) => `xieshang_bench_${timestamp(now)}`;

const timestamp = (now) => now.toISOString().replace(/[-:T]/g, '').slice(0, 14);

/** A URL with its password masked, for printing. */
export const redact = (url) => {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
};
