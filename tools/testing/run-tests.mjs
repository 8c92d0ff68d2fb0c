#!/usr/bin/env node
/**
 * `npm test [-- <jest args or paths>]`: the whole suite against real servers. Starts the platform
 * on a database of its own (`xieshang_test_<time>_<pid>`), runs Jest and the console's Vitest,
 * then stops everything and drops the database, whatever happened. `--unit` (or TEST_SCOPE=unit)
 * runs only the `*.spec.ts` unit tests, without starting anything.
 * Like `npm start`, it first checks the Node version and installs the dependencies when missing,
 * so it works as the first command on a fresh clone.
 * The last line is always `tests: <passed> passed, <failed> failed`.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_URL, DATA_DIR, GATEWAY_METRICS_URL, GATEWAY_URL, OIDC_ISSUER, REPO_ROOT } from '../launcher/catalog.mjs';
import { stopChild } from '../launcher/child-process.mjs';
import { testDatabaseName } from '../launcher/database-url.mjs';
import { handleSignals, onShutdown, runMain } from '../launcher/lifecycle.mjs';
import { preflight } from '../launcher/preflight.mjs';
import { say, warn } from '../launcher/say.mjs';
import { consoleTestConfig, runJest, runVitest } from './test-commands.mjs';
import { addCounts, splitTestArgs, summaryLine } from './test-summary.mjs';

const split = splitTestArgs(process.argv.slice(2));
const unit = split.unit || process.env.TEST_SCOPE === 'unit';
const database = testDatabaseName();
const runDir = path.join(DATA_DIR, 'runs', database);
let counts = { passed: 0, failed: 0 };
const children = [];
const track = (child) => children.push(child);

const main = async () => {
  preflight();
  mkdirSync(runDir, { recursive: true });
  onShutdown('remove the run directory', () => {
    const worthKeeping = counts.failed > 0 && readdirSync(runDir).length > 0;
    if (worthKeeping) say(`logs and reports of this run are kept in ${path.relative(REPO_ROOT, runDir)}`);
    else rmSync(runDir, { recursive: true, force: true });
  });
  onShutdown('stop the test runners', () => Promise.all(children.map((child) => stopChild(child, { graceMs: 5_000 }))));

  let env = {};
  if (!unit) {
    // Loaded only now: the platform modules need the packages preflight may just have installed.
    const { startPlatform } = await import('../launcher/platform.mjs');
    const { testMailSetup } = await import('../launcher/mail-catcher.mjs');
    const { startTestMailbox } = await import('./test-mailbox.mjs');
    const mailbox = await startTestMailbox();
    onShutdown('stop the test mail server', mailbox.stop);
    const platform = await startPlatform({
      purpose: 'test',
      database,
      runDir,
      logDir: path.join(runDir, 'logs'),
      echo: 'errors',
      consoleMode: 'preview',
      nodeEnv: 'test',
      poolSize: { default: 4 },
      rateLimitPerMinute: 100_000,
      // The suite's own mail server (test-mailbox.mjs), which the mail tests read.
      mail: testMailSetup(),
    });
    env = {
      DATABASE_URL: platform.adminUrl,
      NATS_URL: platform.natsUrl,
      // The suite's own NATS user (every app has a narrower one of its own).
      ...(platform.natsTestRunner ? { NATS_USER: platform.natsTestRunner.user, NATS_PASSWORD: platform.natsTestRunner.password } : {}),
      // The platform's own nats-server, for the fault tests that pause it (absent when NATS_URL names another).
      ...(platform.natsPid ? { XS_NATS_PID: String(platform.natsPid) } : {}),
      GATEWAY_URL,
      GATEWAY_METRICS_URL,
      OIDC_ISSUER,
      CONSOLE_URL,
      DEMO_PASSWORD: platform.demoPassword,
      DEV_IDP_SERVICE_CLIENT_SECRET: platform.serviceClientSecret,
      DEV_IDP_KEY_FILE: platform.idpKeyFile,
      // Where the apps' logs go, for the test that no secret reaches them.
      XS_LOG_DIR: path.join(runDir, 'logs'),
      XS_TEST_MAILBOX_URL: mailbox.url,
    };
  }

  const reports = path.join(runDir, 'reports');
  mkdirSync(reports, { recursive: true });
  // Without a filter, the fault tests and then the browser journeys run after the rest, one at a time (jest.config.js).
  const suites = unit || split.jestArgs.length > 0 ? [undefined] : ['server', 'faults', 'browser'];
  for (const suite of suites) {
    say(unit ? 'running unit tests (*.spec.ts) with Jest' : `running Jest${suite ? ` (${suite} suite)` : ''}`);
    const jest = await runJest({
      args: split.jestArgs,
      env: { ...env, ...(suite ? { XS_JEST_SUITE: suite } : {}) },
      reportFile: path.join(reports, `jest${suite ? `-${suite}` : ''}.json`),
      unit,
      track,
    });
    counts = addCounts(counts, jest);
  }

  const config = consoleTestConfig();
  if (!split.runVitest) {
    say('Vitest skipped: the path filter does not point into apps/admin-console');
  } else if (!config) {
    warn('Vitest skipped: apps/admin-console has no vitest.config.* or vite.config.ts');
  } else {
    say('running the console tests with Vitest');
    const vitest = await runVitest({ filters: split.vitestFilters, env, reportFile: path.join(reports, 'vitest.json'), config, track });
    counts = addCounts(counts, vitest);
  }
  return counts.failed > 0 ? 1 : 0;
};

handleSignals(() => {
  warn('interrupted: the run is incomplete');
  console.log(summaryLine(addCounts(counts, { passed: 0, failed: 1 })));
});
const exitCode = await runMain(async () => {
  try {
    return await main();
  } catch (error) {
    counts = addCounts(counts, { passed: 0, failed: 1 });
    throw error;
  }
});
console.log(summaryLine(counts));
process.exit(exitCode);
