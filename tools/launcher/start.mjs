#!/usr/bin/env node
/**
 * `npm start`: everything on one machine with Node 24 and nothing else (nats-server from the PATH,
 * or NATS_URL). Installs dependencies when node_modules is absent, starts PostgreSQL, NATS, every
 * app and the console, prints where to log in, and stops all of it on Ctrl-C.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_URL, DATA_DIR, GATEWAY_URL, OIDC_ISSUER } from './catalog.mjs';
import { demoLoginTable } from './demo-logins.mjs';
import { handleSignals, onShutdown, runMain } from './lifecycle.mjs';
import { preflight } from './preflight.mjs';
import { bold, green, say } from './say.mjs';

const main = async () => {
  preflight();
  handleSignals();
  // Loaded only now: the platform modules need the packages npm ci just installed.
  const { startPlatform } = await import('./platform.mjs');
  const { catcherMailSetup, MAIL_CATCHER_URL, startMailCatcher } = await import('./mail-catcher.mjs');
  const verbose = process.argv.includes('--verbose') || process.env.XS_LOG_ECHO === 'all';
  const nodeEnv = process.env.NODE_ENV ?? 'development';
  const logDir = path.join(DATA_DIR, 'logs');
  mkdirSync(logDir, { recursive: true });
  // Mail goes to the local catcher unless MAIL_SMTP_URL names a real server.
  if (!process.env.MAIL_SMTP_URL) {
    const catcher = await startMailCatcher({ logDir });
    onShutdown('stop the mail catcher', catcher.stop);
  }
  await startPlatform({
    purpose: 'start',
    nodeEnv,
    logDir,
    echo: verbose ? 'all' : 'warnings',
    consoleMode: 'dev',
    mail: process.env.MAIL_SMTP_URL ? { smtpUrl: process.env.MAIL_SMTP_URL, defaultDomain: process.env.MAIL_DEFAULT_DOMAIN } : catcherMailSetup(),
  });
  console.log('');
  say(`${green('ready')}  console ${bold(CONSOLE_URL)}   API ${GATEWAY_URL}/api/v1   OIDC issuer ${OIDC_ISSUER}`);
  if (!process.env.MAIL_SMTP_URL) say(`mail     every notice mail lands in the catcher: ${bold(MAIL_CATCHER_URL)}`);
  if (nodeEnv !== 'production') console.log(`\n${demoLoginTable()}\n`);
  say('Ctrl-C stops everything');
  await new Promise(() => {});
};

process.exit(await runMain(main));
