import { serviceRole } from './database-roles.js';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

const identifier = (name: string): string => {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return name;
};

/** Statements that create a service's schema and let its run-time role use it. */
export const schemaStatements = (schema: string, role: string = serviceRole(schema)): string[] => {
  const s = identifier(schema);
  return [`create schema if not exists ${s}`, `grant usage on schema ${s} to ${identifier(role)}`];
};

/**
 * Statements that put a table under tenant isolation: rows are visible and writable only when
 * their `tenant_id` equals the transaction's `app.tenant_id`. FORCE binds the owner too.
 */
export const tenantTableStatements = (schema: string, table: string, role: string = serviceRole(schema)): string[] => {
  const qualified = `${identifier(schema)}.${identifier(table)}`;
  const sameTenant = `tenant_id = current_setting('app.tenant_id', true)`;
  return [
    `alter table ${qualified} enable row level security`,
    `alter table ${qualified} force row level security`,
    `create policy tenant_isolation on ${qualified} using (${sameTenant}) with check (${sameTenant})`,
    `grant select, insert, update, delete on ${qualified} to ${identifier(role)}`,
  ];
};
