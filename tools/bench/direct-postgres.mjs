import pg from 'pg';
import { runClosedLoop } from './closed-loop.mjs';

const LIST_ORG_UNITS = `select id, tenant_id, kind, name, short_name, active, version, created_at, updated_at,
       count(*) over () as total
  from directory.org_units order by name, id limit 25`;

/**
 * How the transaction around the list goes to PostgreSQL:
 * - `batched`: `begin` and the tenant setting as one batch, the query, `commit` (three round trips);
 * - `apart`: `begin`, the setting, the query, `commit` (four);
 * - `one-trip`: all four as one simple-protocol batch, as `TenantDatabase.read` sends a list.
 */
const FORMS = {
  batched: async (client, setTenant) => {
    await client.query(`begin; ${setTenant}`);
    const result = await client.query(LIST_ORG_UNITS);
    await client.query('commit');
    return result.rowCount;
  },
  apart: async (client, setTenant) => {
    await client.query('begin');
    await client.query(setTenant);
    const result = await client.query(LIST_ORG_UNITS);
    await client.query('commit');
    return result.rowCount;
  },
  'one-trip': async (client, setTenant) => {
    const results = await client.query(`begin; ${setTenant}; ${LIST_ORG_UNITS}; commit`);
    return results[2].rowCount;
  },
};

/**
 * `clients` connections as the row-level-security-bound role, opened once and held for the whole
 * bench: their backends then exist before and after every round, so the CPU they spend is counted
 * as PostgreSQL's (a backend that starts and ends inside a round is seen by neither snapshot).
 */
export const openDirectClients = async ({ appUrl, clients }) => {
  const connections = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new pg.Client({ connectionString: appUrl });
      // An interrupted run drops the database under open connections; that must end the run quietly.
      client.on('error', () => {});
      await client.connect();
      return client;
    }),
  );
  return { connections, close: () => Promise.all(connections.map((client) => client.end().catch(() => {}))) };
};

/**
 * The gateway's org-unit list without the gateway or the service: the 25-row query with its total
 * as a window count, in a tenant transaction sent in the given form, one loop per held connection.
 */
export const loadDirectPostgres = ({ connections, tenant, durationSeconds, form = 'batched' }) => {
  const setTenant = `select set_config('app.tenant_id', ${pg.escapeLiteral(tenant)}, true)`;
  const list = FORMS[form];
  return runClosedLoop({
    workers: connections.length,
    durationSeconds,
    once: async (worker) => {
      const client = connections[worker];
      try {
        return await list(client, setTenant);
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      }
    },
  });
};
