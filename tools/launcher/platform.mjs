import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { APPS, CONSOLE, DATA_DIR, DEFAULT_DEMO_PASSWORD } from './catalog.mjs';
import { envForApp } from './app-env.mjs';
import { createSupervisor } from './apps.mjs';
import { seedDemoCases } from './demo-cases.mjs';
import { seedDemoPlan } from './demo-plan.mjs';
import { assertAppsBuilt, assertEnvAccepted, buildAll } from './build.mjs';
import { assertConsolePresent, launchConsole } from './console.mjs';
import { databaseNameOf } from './database-url.mjs';
import { describeServer, dropDatabase, ensurePostgresServer, provisionDatabase } from './database.mjs';
import { onShutdown } from './lifecycle.mjs';
import { ensureNats } from './nats.mjs';
import { assertPortsFree } from './ports.mjs';
import { say } from './say.mjs';

const START_TIMEOUT_MS = Number(process.env.XS_START_TIMEOUT_MS ?? 120_000);

/**
 * Brings up the whole platform for `npm start`, `npm test` and `npm run bench`: PostgreSQL and
 * NATS, the build, every app tier by tier, and the console. Everything it starts is registered
 * for shutdown, so a failure half-way still leaves nothing running. `options.database` names a
 * run's own database, which is dropped at shutdown; without it `npm start` keeps its data.
 * `options.withConsole: false` leaves the console out (the benchmark has no use for it).
 */
export const startPlatform = async (options) => {
  const { purpose, runDir = DATA_DIR, logDir, echo, consoleMode } = options;
  const withConsole = options.withConsole ?? true;
  await assertPortsFree([
    ...APPS.flatMap((app) => [app.port, ...(app.metricsPort ? [app.metricsPort] : [])].map((port) => ({ port, owner: app.name }))),
    ...(withConsole ? [{ port: CONSOLE.port, owner: CONSOLE.name }] : []),
  ]);
  await buildAll();
  assertAppsBuilt();
  if (withConsole) assertConsolePresent();

  const postgres = await ensurePostgresServer({ purpose, runDir });
  onShutdown('stop PostgreSQL', postgres.stop);
  const database = options.database ?? (process.env.DATABASE_URL ? databaseNameOf(process.env.DATABASE_URL) : 'xieshang');
  const { adminUrl, appUrls } = await provisionDatabase({ serverUrl: postgres.url, database });
  if (options.database) onShutdown(`drop database ${database}`, () => dropDatabase({ serverUrl: postgres.url, database }));
  say(`PostgreSQL: ${postgres.origin}, database ${database} (${describeServer(adminUrl)})`);

  const nats = await ensureNats({ purpose, runDir, logDir });
  onShutdown('stop nats-server', nats.stop);
  say(`NATS: ${nats.origin} (${nats.url})`);

  const supervisor = createSupervisor({ logDir, echo });
  onShutdown('stop the apps', supervisor.stopAll);
  const setup = {
    nodeEnv: options.nodeEnv,
    logLevel: options.logLevel ?? process.env.LOG_LEVEL ?? 'info',
    natsUrl: nats.url,
    natsCredentials: nats.credentials,
    adminUrl,
    appUrls,
    demoPassword: process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD,
    idpKeyFile: path.join(runDir, 'dev-idp', 'signing-key.json'),
    serviceClientSecret: process.env.DEV_IDP_SERVICE_CLIENT_SECRET ?? randomBytes(24).toString('base64url'),
    poolSize: options.poolSize,
    rateLimitPerMinute: options.rateLimitPerMinute,
    storageDir: path.join(runDir, 'storage'),
    mail: options.mail,
  };
  await startApps(supervisor, setup);
  // The demo district's plan, a meeting held and sample cases, through the API once everything answers (not in production).
  if (options.nodeEnv !== 'production') {
    const plan = await seedDemoPlan(setup.demoPassword);
    if (plan) say(`seeded bazhou's ${plan.year} plan (published, ${plan.meetingItems} meetings) and a meeting held today with its opinions`);
    const seeded = await seedDemoCases(setup.demoPassword);
    if (seeded > 0) say(`seeded ${seeded} demo cases in bazhou`);
  }
  if (withConsole) {
    const consoleEntry = await launchConsole(supervisor, consoleMode);
    await supervisor.waitUntilAnswering(consoleEntry, `http://localhost:${CONSOLE.port}/`, START_TIMEOUT_MS);
  }
  say(`all ${APPS.length} apps${withConsole ? ' and the console' : ''} are up; logs in ${path.relative(process.cwd(), logDir)}`);
  return { ...setup, natsTestRunner: nats.testRunner, natsPid: nats.pid, serverUrl: postgres.url, database };
};

const startApps = async (supervisor, setup) => {
  const tiers = [...new Set(APPS.map((app) => app.tier))];
  for (const tier of tiers) {
    const apps = APPS.filter((app) => app.tier === tier);
    const launched = [];
    for (const app of apps) {
      const env = envForApp(app, setup);
      await assertEnvAccepted(app, { ...process.env, ...env });
      launched.push({ app, entry: supervisor.launchApp(app, env) });
    }
    say(`starting ${apps.map((app) => app.name).join(', ')}`);
    await Promise.all(
      launched.map(async ({ app, entry }) => {
        const base = `http://localhost:${app.port}`;
        await supervisor.waitUntilAnswering(entry, `${base}/health`, START_TIMEOUT_MS);
        if (app.kind === 'service') await supervisor.waitUntilAnswering(entry, `${base}/ready`, START_TIMEOUT_MS);
      }),
    );
  }
};
