import { LEGACY_APP_ROLE, serviceRole } from './database-roles.js';

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * For a database made before each service had its own role: hands every privilege the shared
 * `xieshang_app` holds in `schema` (tables, sequences, functions, the schema itself) to the
 * service's role, with exactly the same privileges (so the audit table stays append-only), and
 * takes them from `xieshang_app`. On a database made since, it finds nothing to move.
 */
export const moveLegacyGrantsStatements = (schema: string, role: string = serviceRole(schema)): string[] => {
  if (!IDENTIFIER.test(schema) || !IDENTIFIER.test(role)) throw new Error(`Not safe SQL identifiers: ${schema}, ${role}`);
  return [
  `do $move$
   declare
     legacy oid := (select oid from pg_roles where rolname = '${LEGACY_APP_ROLE}');
     target text := '${role}';
     item record;
   begin
     if legacy is null then return; end if;
     for item in
       select c.oid::regclass as relation, c.relkind, string_agg(distinct a.privilege_type, ', ') as privileges
         from pg_class c join pg_namespace n on n.oid = c.relnamespace, aclexplode(c.relacl) a
        where n.nspname = '${schema}' and a.grantee = legacy
        group by c.oid, c.relkind
     loop
       if item.relkind = 'S' then
         execute format('grant %s on sequence %s to %I', item.privileges, item.relation, target);
         execute format('revoke all on sequence %s from %I', item.relation, '${LEGACY_APP_ROLE}');
       else
         execute format('grant %s on table %s to %I', item.privileges, item.relation, target);
         execute format('revoke all on table %s from %I', item.relation, '${LEGACY_APP_ROLE}');
       end if;
     end loop;
     for item in
       select p.oid::regprocedure as routine
         from pg_proc p join pg_namespace n on n.oid = p.pronamespace, aclexplode(p.proacl) a
        where n.nspname = '${schema}' and a.grantee = legacy and a.privilege_type = 'EXECUTE'
     loop
       execute format('grant execute on function %s to %I', item.routine, target);
       execute format('revoke execute on function %s from %I', item.routine, '${LEGACY_APP_ROLE}');
     end loop;
     execute format('grant usage on schema %I to %I', '${schema}', target);
     execute format('revoke all on schema %I from %I', '${schema}', '${LEGACY_APP_ROLE}');
   end $move$`,
  ];
};
