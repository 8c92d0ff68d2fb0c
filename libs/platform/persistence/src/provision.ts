import pg from 'pg';
import { LEGACY_APP_ROLE, SYSTEM_ROLE } from './database-roles.js';

const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const ROLE_NAME = /^xieshang_[a-z0-9_]{1,54}$/;

export interface ProvisionOptions {
  /** A superuser (or CREATEROLE + CREATEDB) connection to the server's maintenance database. */
  adminUrl: string;
  database: string;
  /** The run-time login roles to make (one per service), each with its password. */
  roles: { name: string; password: string }[];
}

/**
 * Makes a database ready for the services: the database itself, each service's run-time role
 * without BYPASSRLS, and the system role that owns the few cross-tenant functions, granted to
 * the migration user so migrations can hand it those functions. Safe to repeat, and to run from
 * parallel test runs at once.
 */
export const provisionDatabase = async ({ adminUrl, database, roles }: ProvisionOptions): Promise<void> => {
  if (!DATABASE_NAME.test(database)) throw new Error(`Not a safe database name: ${database}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Roles are cluster-wide: two runs altering one role at once fail with "tuple concurrently
    // updated", so provisioning takes turns (the lock ends with the session).
    await admin.query(`select pg_advisory_lock(hashtext('xieshang.provision'))`);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await ignoring([DUPLICATE_DATABASE], () => admin.query(`create database ${database}`));
    for (const role of roles) {
      if (!ROLE_NAME.test(role.name) || role.name === LEGACY_APP_ROLE) throw new Error(`Not a service role: ${role.name}`);
      await ensureRole(admin, role.name, { login: true, bypassRls: false });
      await admin.query(`alter role ${role.name} password ${pg.escapeLiteral(role.password)}`);
      await admin.query(`grant connect, temporary on database ${database} to ${role.name}`);
    }
    await ensureRole(admin, SYSTEM_ROLE, { login: false, bypassRls: true });
    await ignoring([DUPLICATE_OBJECT], () => admin.query(`grant ${SYSTEM_ROLE} to current_user`));
  } finally {
    await admin.end();
  }
};

const DUPLICATE_DATABASE = '42P04';
const DUPLICATE_OBJECT = '42710';
const UNIQUE_VIOLATION = '23505';

/** Losing a race to create something shared (roles are cluster-wide) means it exists: success. */
const ignoring = async (codes: string[], statement: () => Promise<unknown>): Promise<void> => {
  try {
    await statement();
  } catch (error) {
    if (!codes.includes((error as { code?: string }).code ?? '')) throw error;
  }
};

/** Creates the role, or corrects an existing one; alters only when needed, since BYPASSRLS changes need a superuser. */
const ensureRole = async (client: pg.Client, role: string, wanted: { login: boolean; bypassRls: boolean }): Promise<void> => {
  const attributes = `${wanted.login ? 'login' : 'nologin'} ${wanted.bypassRls ? 'bypassrls' : 'nobypassrls'} nosuperuser noinherit`;
  const { rows } = await client.query<{ rolcanlogin: boolean; rolbypassrls: boolean; rolsuper: boolean }>(
    'select rolcanlogin, rolbypassrls, rolsuper from pg_roles where rolname = $1',
    [role],
  );
  const current = rows[0];
  if (!current) {
    await ignoring([DUPLICATE_OBJECT, UNIQUE_VIOLATION], () => client.query(`create role ${role} ${attributes}`));
  } else if (current.rolcanlogin !== wanted.login || current.rolbypassrls !== wanted.bypassRls || current.rolsuper) {
    await client.query(`alter role ${role} ${attributes}`);
  }
};

/** Drops a database made for one test run; refuses any name without `test` in it. */
export const dropTestDatabase = async (adminUrl: string, database: string): Promise<void> => {
  if (!DATABASE_NAME.test(database) || !database.includes('test')) throw new Error(`Refusing to drop ${database}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await untilDisconnected(admin, database);
    await admin.query(`drop database if exists ${database} with (force)`);
  } finally {
    await admin.end();
  }
};

/**
 * A pool's `end()` resolves before its backends are gone; forcing them off then makes the closing
 * client report an error nobody listens to. Waiting a moment leaves `force` for what truly leaked.
 */
const untilDisconnected = async (admin: pg.Client, database: string, waitMs = 2_000): Promise<void> => {
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    const { rows } = await admin.query<{ connected: number }>(
      'select count(*)::int as connected from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [database],
    );
    if ((rows[0]?.connected ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/** The same URL pointing at another database or user. */
export const withDatabase = (url: string, database: string, credentials?: { user: string; password: string }): string => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (credentials) {
    parsed.username = credentials.user;
    parsed.password = credentials.password;
  }
  return parsed.toString();
};
