import pg from 'pg';
import { percentile } from './stats.mjs';

const LIST_ORG_UNITS = `select id, tenant_id, kind, name, short_name, active, version, created_at, updated_at
  from directory.org_units order by name limit 25`;

/**
 * The gateway's org-unit list without the gateway: the same tenant transaction a service runs
 * (begin; set the tenant for this transaction only; the 25-row query; commit), from `clients`
 * concurrent connections as the row-level-security-bound role, for the given time.
 */
export const loadDirectPostgres = async ({ appUrl, tenant, clients, durationSeconds }) => {
  const latencies = [];
  let rows = 0;
  let errors = 0;
  const pool = new pg.Pool({ connectionString: appUrl, max: clients });
  // An interrupted run drops the database under open connections; that must end the run quietly.
  const onConnectionLost = () => {
    errors += 1;
  };
  pool.on('error', onConnectionLost);
  const deadline = Date.now() + durationSeconds * 1000;
  const worker = async () => {
    const client = await pool.connect();
    client.on('error', onConnectionLost);
    try {
      while (Date.now() < deadline) {
        const started = process.hrtime.bigint();
        try {
          await client.query('begin');
          await client.query("select set_config('app.tenant_id', $1, true)", [tenant]);
          const result = await client.query(LIST_ORG_UNITS);
          await client.query('commit');
          rows = result.rowCount;
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        } catch {
          errors += 1;
          await client.query('rollback').catch(() => {});
        }
      }
    } finally {
      client.removeListener('error', onConnectionLost);
      client.release();
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsedSeconds = (Date.now() - started) / 1000;
  await pool.end();
  return {
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    total: latencies.length,
    errors,
    rows,
  };
};
