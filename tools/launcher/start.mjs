#!/usr/bin/env node
/**
 * `npm start`: everything on one machine with Node and nothing else (nats-server from the PATH,
 * or NATS_URL). Installs dependencies when node_modules is absent, starts PostgreSQL, NATS, every
 * app and the console, prints where to log in, and stops all of it on Ctrl-C.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_URL, DATA_DIR, GATEWAY_URL, OIDC_ISSUER, REPO_ROOT } from './catalog.mjs';
import { demoLoginTable } from './demo-logins.mjs';
import { handleSignals, runMain } from './lifecycle.mjs';
import { LauncherError, bold, green, say } from './say.mjs';

const installIfMissing = () => {
  if (existsSync(path.join(REPO_ROOT, 'node_modules'))) return;
  say('node_modules is missing: running npm ci');
  const result = spawnSync('npm', ['ci'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new LauncherError('npm ci failed; see its output above');
};

const main = async () => {
  installIfMissing();
  handleSignals();
  // Loaded only now: the platform modules need the packages npm ci just installed.
  const { startPlatform } = await import('./platform.mjs');
  const verbose = process.argv.includes('--verbose') || process.env.XS_LOG_ECHO === 'all';
  const nodeEnv = process.env.NODE_ENV ?? 'development';
  await startPlatform({
    purpose: 'start',
    nodeEnv,
    logDir: path.join(DATA_DIR, 'logs'),
    echo: verbose ? 'all' : 'warnings',
    consoleMode: 'dev',
  });
  console.log('');
  say(`${green('ready')}  console ${bold(CONSOLE_URL)}   API ${GATEWAY_URL}/api/v1   OIDC issuer ${OIDC_ISSUER}`);
  if (nodeEnv !== 'production') console.log(`\n${demoLoginTable()}\n`);
  say('Ctrl-C stops everything');
  await new Promise(() => {});
};

process.exit(await runMain(main));
