import { SYSTEM_ROLE, serviceRole } from '@xieshang/platform-persistence';
import { sqlIdentifier } from './sql-identifier.js';

/** A cross-tenant SQL function: its signature, what it returns, and its body. */
export type DefinerFunction = readonly [signature: string, returns: string, body: string];

/**
 * Statements that create SQL functions running as `xieshang_system` (BYPASSRLS) in schema `s`,
 * for the few jobs that must read across tenants (relay, retention, deadlines). The search_path
 * is pinned so a caller cannot shadow the tables they name, and only the schema's own service role
 * (`role`) may run them. `s` must already be a checked identifier.
 */
export const definerFunctionStatements = (s: string, functions: readonly DefinerFunction[], role: string = serviceRole(s)): string[] => {
  const definer = `language sql volatile security definer set search_path = pg_catalog, pg_temp`;
  return [
    // A new owner needs CREATE on the schema, but only for the hand-over.
    `grant create on schema ${s} to ${SYSTEM_ROLE}`,
    ...functions.flatMap(([signature, returns, body]) => [
      `create or replace function ${s}.${signature} ${returns} ${definer} as $fn$ ${body} $fn$`,
      `alter function ${s}.${signature} owner to ${SYSTEM_ROLE}`,
      `revoke all on function ${s}.${signature} from public`,
      `grant execute on function ${s}.${signature} to ${sqlIdentifier(role)}`,
    ]),
    `revoke create on schema ${s} from ${SYSTEM_ROLE}`,
  ];
};
