#!/usr/bin/env node
/**
 * `npm run bench`: starts the platform on a database of its own (`xieshang_bench_<time>`), signs
 * in as `office`, and measures layer by layer: the gateway's `GET /health` (HTTP pipeline only),
 * `GET /api/v1/me`, the 25-row tenant-scoped `GET /api/v1/org-units`, the same list asked
 * straight over NATS (no gateway), and the same list straight from PostgreSQL in three forms:
 * `begin` + tenant setting batched, the query, `commit` (the reference of the gateway/direct
 * ratio); all four in one batch (what directory-service now sends); and all four apart. Scenarios take turns for a number of rounds,
 * so a burst of load from elsewhere on the machine hits one round, not one scenario; each
 * scenario's best round is reported (req/s, p50, p99) with the spread of its rounds, then
 * the gateway/direct ratio and the per-layer breakdown.
 * Then notices: meeting events published at BENCH_NOTICE_RATE a second (default 100) for
 * BENCH_NOTICE_S seconds (default 20), each timed until its reader's notice is in the inbox.
 * BENCH_ONLY=notices runs that part alone; BENCH_ONLY=lists only the layer scenarios, and
 * BENCH_SCENARIOS=<key,…> (health, me, list, nats, direct, oneTrip, unbatched) only those.
 * BENCH_DURATION_S (default 5, per round), BENCH_ROUNDS (default 3) and BENCH_CONNECTIONS
 * (default 16) change the load; BENCH_LOG_LEVEL (default warn) the apps' log level, `info` to
 * include the access log; BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of every app there.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, GATEWAY_URL } from '../launcher/catalog.mjs';
import { benchDatabaseName } from '../launcher/database-url.mjs';
import { handleSignals, onShutdown, runMain } from '../launcher/lifecycle.mjs';
import { startPlatform } from '../launcher/platform.mjs';
import { say } from '../launcher/say.mjs';
import { loadDirectPostgres, openDirectClients } from './direct-postgres.mjs';
import { loadHttp } from './http-load.mjs';
import { loadNatsList } from './nats-load.mjs';
import { loadNotices, printNoticeReport } from './notice-load.mjs';
import { cpuPerRequest, cpuSnapshot } from './process-cpu.mjs';
import { printReport } from './report.mjs';
import { passwordGrantToken } from './token.mjs';
import { fillCases } from './case-queue.mjs';

const durationSeconds = Number(process.env.BENCH_DURATION_S ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const WARM_UP_SECONDS = 2;
const database = benchDatabaseName();
const runDir = path.join(DATA_DIR, 'runs', database);

const main = async () => {
  mkdirSync(runDir, { recursive: true });
  const profileDir = process.env.BENCH_CPU_PROFILE;
  if (profileDir) {
    const preload = path.join(import.meta.dirname, 'exit-on-sigterm.cjs');
    process.env.APP_NODE_ARGS = `--require ${preload} --cpu-prof --cpu-prof-dir=${path.resolve(profileDir)}`;
  }
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
    logLevel: process.env.BENCH_LOG_LEVEL ?? 'warn',
    withConsole: false,
    poolSize: { default: 4, 'directory-service': 20 },
    rateLimitPerMinute: 100_000_000,
  });
  const token = await passwordGrantToken({ username: 'office', password: platform.demoPassword });
  const appUrl = platform.appUrls['directory-service'];
  // The bench asks directory-service as the gateway does, so it uses the gateway's NATS user.
  const { user, password } = platform.natsCredentials['api-gateway'] ?? {};
  const gatewayNats = user ? { user, pass: password } : {};
  const direct = await openDirectClients({ appUrl, clients: connections });
  onShutdown('close the direct connections', direct.close);
  const http = (url) => (seconds) => loadHttp({ token, connections, url, durationSeconds: seconds });
  const allScenarios = [
    { key: 'health', name: 'GET /health (gateway)', run: http(`${GATEWAY_URL}/health`) },
    { key: 'me', name: 'GET /api/v1/me (gateway)', run: http(`${GATEWAY_URL}/api/v1/me`) },
    { key: 'list', name: 'GET /api/v1/org-units (gateway)', run: http(`${GATEWAY_URL}/api/v1/org-units?range=${encodeURIComponent('[0,24]')}`) },
    {
      key: 'nats',
      name: 'org-unit list over NATS',
      run: (seconds) => loadNatsList({ connection: { servers: platform.natsUrl, ...gatewayNats }, tenant: 'bazhou', roles: ['office'], inFlight: connections, durationSeconds: seconds }),
    },
    {
      key: 'direct',
      name: 'org-unit list, direct PostgreSQL',
      run: (seconds) => loadDirectPostgres({ connections: direct.connections, tenant: 'bazhou', durationSeconds: seconds }),
    },
    {
      key: 'oneTrip',
      name: 'the same in one round trip',
      run: (seconds) => loadDirectPostgres({ connections: direct.connections, tenant: 'bazhou', durationSeconds: seconds, form: 'one-trip' }),
    },
    {
      key: 'unbatched',
      name: 'the same, begin and tenant apart',
      run: (seconds) => loadDirectPostgres({ connections: direct.connections, tenant: 'bazhou', durationSeconds: seconds, form: 'apart' }),
    },
  ];

  // BENCH_SCENARIOS=list,oneTrip measures only those (for a profile of one path).
  const chosen = process.env.BENCH_SCENARIOS?.split(',');
  const scenarios = chosen ? allScenarios.filter((scenario) => chosen.includes(scenario.key)) : allScenarios;
  const noticesOnly = process.env.BENCH_ONLY === 'notices';
  const listsOnly = process.env.BENCH_ONLY === 'lists';
  const measureNotices = async () => {
    say('notices: warming up, then events at a steady rate until each reader has its notice');
    const credentials = (app) => {
      const found = platform.natsCredentials[app];
      return found ? { user: found.user, pass: found.password } : {};
    };
    const options = {
      natsUrl: platform.natsUrl,
      // As meeting-service's relay publishes, and as a gateway listens for live notices.
      producer: credentials('meeting-service'),
      listener: credentials('api-gateway'),
      readerToken: await passwordGrantToken({ username: 'minmeng', password: platform.demoPassword }),
    };
    await loadNotices({ ...options, ratePerSecond: 20, durationSeconds: 3 });
    const result = await loadNotices({
      ...options,
      ratePerSecond: Number(process.env.BENCH_NOTICE_RATE ?? 100),
      durationSeconds: Number(process.env.BENCH_NOTICE_S ?? 20),
    });
    printNoticeReport(result);
    return result.missing === 0 && result.errors === 0;
  };
  if (noticesOnly) {
    succeeded = await measureNotices();
    return succeeded ? 0 : 1;
  }

  say(`warming up (${WARM_UP_SECONDS} s each)`);
  for (const scenario of scenarios) await scenario.run(WARM_UP_SECONDS);

  say(`measuring ${rounds} rounds of ${durationSeconds} s per scenario at ${connections} connections`);
  const measured = new Map(scenarios.map((scenario) => [scenario.key, { ...scenario, rounds: [] }]));
  for (let round = 0; round < rounds; round += 1) {
    for (const scenario of scenarios) {
      const before = cpuSnapshot(runDir);
      const result = await scenario.run(durationSeconds);
      measured.get(scenario.key).rounds.push({ ...result, cpu: cpuPerRequest(before, cpuSnapshot(runDir), result.total) });
    }
  }
  const allAnswered = () => [...measured.values()].every((scenario) => scenario.rounds.every((result) => result.errors === 0));
  if (listsOnly) {
    printReport([...measured.values()], { connections, durationSeconds, rounds });
    succeeded = allAnswered();
    return succeeded ? 0 : 1;
  }
  // A department's case queue at 1 k and at 100 k cases in the tenant: the same query, the same page.
  const department = await passwordGrantToken({ username: 'fagai', password: platform.demoPassword });
  const queueUrl = `${GATEWAY_URL}/api/v1/cases?filter=${encodeURIComponent('{"queue":true}')}&range=${encodeURIComponent('[0,24]')}`;
  for (const size of [1_000, 100_000]) {
    say(`filling the tenant with cases up to ${size}`);
    await fillCases({ adminUrl: platform.adminUrl, tenant: 'bazhou', upTo: size });
    const key = `queue-${size}`;
    const run = (seconds) => loadHttp({ token: department, connections, url: queueUrl, durationSeconds: seconds });
    await run(WARM_UP_SECONDS);
    const entry = { key, name: `department case queue, ${size / 1000} k`, run, rounds: [] };
    for (let round = 0; round < rounds; round += 1) {
      const before = cpuSnapshot(runDir);
      const result = await run(durationSeconds);
      entry.rounds.push({ ...result, cpu: cpuPerRequest(before, cpuSnapshot(runDir), result.total) });
    }
    measured.set(key, entry);
  }
  printReport([...measured.values()], { connections, durationSeconds, rounds });
  const noticesHeld = await measureNotices();
  const bestP50 = (key) => Math.min(...measured.get(key).rounds.map((result) => result.p50));
  const ratio = bestP50('queue-100000') / bestP50('queue-1000');
  say(`case queue p50 at 100 k ÷ at 1 k: ${ratio.toFixed(2)} (at most 1.3)`);
  succeeded = noticesHeld && allAnswered() && ratio <= 1.3;
  return succeeded ? 0 : 1;
};

handleSignals();
process.exit(await runMain(main));
