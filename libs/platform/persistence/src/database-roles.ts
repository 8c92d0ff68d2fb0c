import { createHmac } from 'node:crypto';

/**
 * The database roles of every deployment (docs/adr/0001-tenancy-and-row-level-security.md):
 * - the migration role (whoever `DATABASE_URL` names) owns schemas and tables;
 * - each service runs as its own login role, `xieshang_<schema>` (`DATABASE_APP_URL`): not an
 *   owner, no BYPASSRLS, with grants on its own schema only;
 * - `xieshang_system` cannot log in; it owns the few SECURITY DEFINER functions that must read
 *   across tenants (the outbox relay, the sign-in lookup), each executable by one service role.
 */
export const SYSTEM_ROLE = 'xieshang_system';

/** The one run-time role every service shared before each had its own; migrations move its grants away. */
export const LEGACY_APP_ROLE = 'xieshang_app';

/** The schema of each service that has a database, in the launcher's start order. */
export const SERVICE_SCHEMAS = [
  'directory',
  'planning',
  'meeting',
  'written_consultation',
  'handling_feedback',
  'notification',
] as const;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,53}$/;

/** The run-time login role of the service that owns `schema`. */
export const serviceRole = (schema: string): string => {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Not a safe SQL identifier: ${schema}`);
  return `xieshang_${schema}`;
};

/**
 * A role's password derived from one secret (`DATABASE_APP_PASSWORD`), so that every role has
 * its own and parallel runs against one server agree on them without sharing state.
 */
export const rolePassword = (secret: string, role: string): string =>
  createHmac('sha256', secret).update(role).digest('base64url').slice(0, 32);
