#!/usr/bin/env node
/**
 * `npm run bench`: starts the platform on a database of its own (`xieshang_bench_<time>`), signs
 * in as `office`, and measures through the gateway `GET /api/v1/me` and a 25-row tenant-scoped
 * `GET /api/v1/org-units`, then the same list straight against PostgreSQL, each for the same time
 * at the same concurrency. Prints requests/s, p50, p99 and the gateway/direct ratio.
 * BENCH_DURATION_S (default 10) and BENCH_CONNECTIONS (default 16) change the load.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA_DIR, GATEWAY_URL } from '../launcher/catalog.mjs';
import { benchDatabaseName } from '../launcher/database-url.mjs';
import { handleSignals, onShutdown, runMain } from '../launcher/lifecycle.mjs';
import { startPlatform } from '../launcher/platform.mjs';
import { bold, say } from '../launcher/say.mjs';
import { loadDirectPostgres } from './direct-postgres.mjs';
import { loadHttp } from './http-load.mjs';
import { fixed, formatRow } from './stats.mjs';
import { passwordGrantToken } from './token.mjs';

const durationSeconds = Number(process.env.BENCH_DURATION_S ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const WARM_UP_SECONDS = 2;
const database = benchDatabaseName();
const runDir = path.join(DATA_DIR, 'runs', database);

const main = async () => {
  mkdirSync(runDir, { recursive: true });
  let succeeded = false;
  onShutdown('remove the run directory', () => {
    const worthKeeping = !succeeded && readdirSync(runDir).length > 0;
    if (worthKeeping) say(`logs of this run are kept in ${path.relative(process.cwd(), runDir)}`);
    else rmSync(runDir, { recursive: true, force: true });
  });
  const platform = await startPlatform({
    purpose: 'bench',
    database,
    runDir,
    logDir: path.join(runDir, 'logs'),
    echo: 'errors',
    nodeEnv: 'development',
    logLevel: 'warn',
    withConsole: false,
    poolSize: { default: 4, 'directory-service': 20 },
    rateLimitPerMinute: 100_000_000,
  });
  const token = await passwordGrantToken({ username: 'office', password: platform.demoPassword });
  const load = { token, connections };
  const me = `${GATEWAY_URL}/api/v1/me`;
  const orgUnits = `${GATEWAY_URL}/api/v1/org-units?range=${encodeURIComponent('[0,24]')}`;
  const direct = { appUrl: platform.appUrls['directory-service'], tenant: 'bazhou', clients: connections };

  say(`warming up (${WARM_UP_SECONDS} s each)`);
  await loadHttp({ ...load, url: me, durationSeconds: WARM_UP_SECONDS });
  await loadHttp({ ...load, url: orgUnits, durationSeconds: WARM_UP_SECONDS });
  await loadDirectPostgres({ ...direct, durationSeconds: WARM_UP_SECONDS });

  say(`measuring ${durationSeconds} s each at ${connections} connections`);
  const results = [
    ['GET /api/v1/me (gateway)', await loadHttp({ ...load, url: me, durationSeconds })],
    ['GET /api/v1/org-units (gateway)', await loadHttp({ ...load, url: orgUnits, durationSeconds })],
    ['org-unit list, direct PostgreSQL', await loadDirectPostgres({ ...direct, durationSeconds })],
  ];
  printReport(results);
  succeeded = results.every(([, result]) => result.errors === 0);
  return succeeded ? 0 : 1;
};

const printReport = (results) => {
  const widths = [34, 10, 8, 8, 10, 7];
  console.log('');
  console.log(bold(formatRow(['scenario', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors'], widths)));
  for (const [name, result] of results) {
    console.log(formatRow([name, fixed(result.requestsPerSecond, 0), fixed(result.p50), fixed(result.p99), result.total, result.errors], widths));
  }
  const [, gateway] = results[1];
  const [, direct] = results[2];
  console.log('');
  console.log(`org-unit list, gateway/direct: ${fixed(gateway.requestsPerSecond / direct.requestsPerSecond)} (rows per list: ${direct.rows})`);
  console.log(`machine: ${os.cpus().length} CPUs (nproc ${os.availableParallelism()}), ${fixed(os.totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`);
  if (results.some(([, result]) => result.errors > 0)) console.log('some requests failed: the figures above are not a fair measure');
};

handleSignals();
process.exit(await runMain(main));
