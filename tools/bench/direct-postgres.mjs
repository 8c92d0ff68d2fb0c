import pg from 'pg';
import { runClosedLoop } from './closed-loop.mjs';

const LIST_ORG_UNITS = `select id, tenant_id, kind, name, short_name, active, version, created_at, updated_at,
       count(*) over () as total
  from directory.org_units order by name, id limit 25`;

/**
 * The gateway's org-unit list without the gateway, in the best form a service could send it:
 * `begin` and the tenant setting as one simple-protocol batch (one round trip), the 25-row query
 * with its total as a window count, `commit`. From `clients` connections held for the whole run,
 * as the row-level-security-bound role. `batched: false` sends `begin` and the setting apart.
 */
export const loadDirectPostgres = async ({ appUrl, tenant, clients, durationSeconds, batched = true }) => {
  const setTenant = `select set_config('app.tenant_id', ${pg.escapeLiteral(tenant)}, true)`;
  // Unbatched: `begin` and the tenant setting as two round trips, as the tenant transaction sends them today.
  const begin = batched
    ? (client) => client.query(`begin; ${setTenant}`)
    : async (client) => {
        await client.query('begin');
        await client.query(setTenant);
      };
  const connections = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new pg.Client({ connectionString: appUrl });
      // An interrupted run drops the database under open connections; that must end the run quietly.
      client.on('error', () => {});
      await client.connect();
      return client;
    }),
  );
  try {
    return await runClosedLoop({
      workers: clients,
      durationSeconds,
      once: async (worker) => {
        const client = connections[worker];
        try {
          await begin(client);
          const result = await client.query(LIST_ORG_UNITS);
          await client.query('commit');
          return result.rowCount;
        } catch (error) {
          await client.query('rollback').catch(() => {});
          throw error;
        }
      },
    });
  } finally {
    await Promise.all(connections.map((client) => client.end().catch(() => {})));
  }
};
