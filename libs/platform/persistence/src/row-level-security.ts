import { serviceRole } from './database-roles.js';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

const identifier = (name: string): string => {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return name;
};

/** SQLSTATE of a tenant table used outside a tenant transaction. */
export const NO_TENANT_SQLSTATE = 'XS001';

/** Statements that create a service's schema and let its run-time role use it. */
export const schemaStatements = (schema: string, role: string = serviceRole(schema)): string[] => {
  const s = identifier(schema);
  return [`create schema if not exists ${s}`, `grant usage on schema ${s} to ${identifier(role)}`];
};

/**
 * `<schema>.current_tenant()`: the transaction's `app.tenant_id`, or an error when it is unset or
 * empty. Policies call it as `(select …)`, evaluated once per statement; a tenant table read or
 * written outside a tenant transaction therefore fails (as soon as it meets a row) instead of
 * silently answering nothing.
 */
export const currentTenantFunctionStatement = (schema: string): string =>
  `create or replace function ${identifier(schema)}.current_tenant() returns text language plpgsql stable as $fn$
   declare tenant text := current_setting('app.tenant_id', true);
   begin
     if tenant is null or tenant = '' then
       raise exception 'No tenant transaction is open: tenant rows are reached only through the tenant database'
         using errcode = '${NO_TENANT_SQLSTATE}';
     end if;
     return tenant;
   end $fn$`;

const sameTenant = (schema: string): string => `tenant_id = (select ${identifier(schema)}.current_tenant())`;

/**
 * Statements that put a table under tenant isolation: rows are visible and writable only when
 * their `tenant_id` equals the transaction's tenant, which is also the column's default. FORCE
 * binds the owner too.
 */
export const tenantTableStatements = (schema: string, table: string, role: string = serviceRole(schema)): string[] => {
  const qualified = `${identifier(schema)}.${identifier(table)}`;
  const policy = sameTenant(schema);
  return [
    currentTenantFunctionStatement(schema),
    `alter table ${qualified} enable row level security`,
    `alter table ${qualified} force row level security`,
    `create policy tenant_isolation on ${qualified} using (${policy}) with check (${policy})`,
    tenantDefaultStatement(schema, table, `set default ${identifier(schema)}.current_tenant()`),
    `grant select, insert, update, delete on ${qualified} to ${identifier(role)}`,
  ];
};

/**
 * For schemas made before policies failed loudly: every `tenant_isolation` policy of the schema
 * is replaced by the one `tenantTableStatements` makes today, and `tenant_id` defaults to the
 * transaction's tenant.
 */
export const failLoudTenantPolicyStatements = (schema: string): string[] => {
  const s = identifier(schema);
  return [currentTenantFunctionStatement(s), replacePolicies(s, sameTenant(s), `set default ${s}.current_tenant()`)];
};

/** The way back: policies that read `app.tenant_id` as before (an unset tenant sees no rows), no default. */
export const quietTenantPolicyStatements = (schema: string): string[] => {
  const s = identifier(schema);
  return [replacePolicies(s, `tenant_id = current_setting(''app.tenant_id'', true)`, 'drop default')];
};

const replacePolicies = (s: string, condition: string, columnDefault: string): string =>
  `do $do$
   declare t record;
   begin
     for t in select tablename from pg_policies where schemaname = '${s}' and policyname = 'tenant_isolation' loop
       execute format('alter policy tenant_isolation on %I.%I using (%s) with check (%s)', '${s}', t.tablename, '${condition}', '${condition}');
       if exists (${ordinaryTenantColumn(`'${s}'`, 't.tablename')}) then
         execute format('alter table %I.%I alter column tenant_id ${columnDefault}', '${s}', t.tablename);
       end if;
     end loop;
   end $do$`;

/** A `tenant_id` computed from another column (`directory.tenants`) takes no default. */
const ordinaryTenantColumn = (schemaLiteral: string, tableExpression: string): string =>
  `select 1 from information_schema.columns where table_schema = ${schemaLiteral} and table_name = ${tableExpression}
     and column_name = 'tenant_id' and is_generated = 'NEVER'`;

const tenantDefaultStatement = (schema: string, table: string, columnDefault: string): string =>
  `do $do$ begin
     if exists (${ordinaryTenantColumn(`'${identifier(schema)}'`, `'${identifier(table)}'`)}) then
       alter table ${identifier(schema)}.${identifier(table)} alter column tenant_id ${columnDefault};
     end if;
   end $do$`;
