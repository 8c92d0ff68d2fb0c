/**
 * The database roles of every deployment (docs/adr/0001-tenancy-and-row-level-security.md):
 * - the migration role (whoever `DATABASE_URL` names) owns schemas and tables;
 * - `xieshang_app` is what services use at run time: not an owner, no BYPASSRLS;
 * - `xieshang_system` cannot log in; it owns the few SECURITY DEFINER functions that must read
 *   across tenants (the outbox relay, the sign-in lookup), and nothing else.
 */
export const APP_ROLE = 'xieshang_app';
export const SYSTEM_ROLE = 'xieshang_system';
