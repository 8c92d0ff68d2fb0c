import pg from 'pg';
import { APP_ROLE, SYSTEM_ROLE } from './database-roles.js';

const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface ProvisionOptions {
  /** A superuser (or CREATEROLE + CREATEDB) connection to the server's maintenance database. */
  adminUrl: string;
  database: string;
  appPassword: string;
}

/**
 * Makes a database ready for the services: the database itself, the run-time role without
 * BYPASSRLS, and the system role that owns the few cross-tenant functions. Safe to repeat.
 */
export const provisionDatabase = async ({ adminUrl, database, appPassword }: ProvisionOptions): Promise<void> => {
  if (!DATABASE_NAME.test(database)) throw new Error(`Not a safe database name: ${database}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`create database ${database}`);
    await ensureRole(admin, `${APP_ROLE}`, `login nosuperuser nobypassrls noinherit password ${pg.escapeLiteral(appPassword)}`);
    await ensureRole(admin, SYSTEM_ROLE, 'nologin bypassrls');
    await admin.query(`grant ${SYSTEM_ROLE} to current_user`);
    await admin.query(`grant connect, temporary on database ${database} to ${APP_ROLE}`);
  } finally {
    await admin.end();
  }
};

const DUPLICATE = new Set(['42710', '23505']);

/** Roles are cluster-wide and parallel test files provision at once: losing the race to create means alter. */
const ensureRole = async (client: pg.Client, role: string, attributes: string): Promise<void> => {
  const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  if (found.rowCount === 0) {
    try {
      await client.query(`create role ${role} with ${attributes}`);
      return;
    } catch (error) {
      if (!DUPLICATE.has((error as { code?: string }).code ?? '')) throw error;
    }
  }
  await client.query(`alter role ${role} with ${attributes}`);
};

/** Drops a database made for one test run; refuses any name without `test` in it. */
export const dropTestDatabase = async (adminUrl: string, database: string): Promise<void> => {
  if (!DATABASE_NAME.test(database) || !database.includes('test')) throw new Error(`Refusing to drop ${database}`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${database} with (force)`);
  } finally {
    await admin.end();
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
