import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './catalog.mjs';
import { stopChild } from './child-process.mjs';
import { isPortAnswering } from './ports.mjs';
import { LauncherError, say } from './say.mjs';

/** Where `npm start`'s mail catcher listens: SMTP for notification-service, a web page for people. */
export const MAIL_CATCHER = { smtpPort: 1025, webPort: 1080 };
export const MAIL_CATCHER_URL = `http://localhost:${MAIL_CATCHER.webPort}`;

/** The mail settings notification-service gets: the catcher of `npm start`, or the test mail server of `npm test`. */
export const catcherMailSetup = () => ({ smtpUrl: `smtp://127.0.0.1:${MAIL_CATCHER.smtpPort}?tls=off`, defaultDomain: 'xieshang.local' });

/** `npm test`: its mail server (tools/testing/test-mailbox.mjs) listens on this port for the whole run. */
export const TEST_SMTP_PORT = 2526;
export const testMailSetup = () => ({
  smtpUrl: `smtp://127.0.0.1:${TEST_SMTP_PORT}?tls=off`,
  defaultDomain: 'xieshang.test',
  // Quick retries, many of them: a test plays an outage of the mail server and expects the mails after.
  retryInitialMs: 250,
  retryMaxMs: 2_000,
  maxAttempts: 40,
  pollMs: 200,
});

/**
 * Runs maildev (an npm package) as the local mail catcher: every mail the platform sends lands
 * there, readable on its web page, and none leaves the machine.
 */
export const startMailCatcher = async ({ logDir }) => {
  const binary = path.join(REPO_ROOT, 'node_modules', '.bin', 'maildev');
  if (!fs.existsSync(binary)) throw new LauncherError('maildev is missing from node_modules; run npm ci');
  if ((await isPortAnswering(MAIL_CATCHER.smtpPort)) || (await isPortAnswering(MAIL_CATCHER.webPort))) {
    throw new LauncherError(`ports ${MAIL_CATCHER.smtpPort}/${MAIL_CATCHER.webPort} (mail catcher) are in use; stop whatever holds them`);
  }
  const log = fs.openSync(path.join(logDir, 'maildev.log'), 'a');
  const child = spawn(binary, ['--smtp', String(MAIL_CATCHER.smtpPort), '--web', String(MAIL_CATCHER.webPort), '--ip', '127.0.0.1', '--silent'], {
    stdio: ['ignore', log, log],
  });
  for (let waited = 0; waited < 15_000; waited += 200) {
    if (await isPortAnswering(MAIL_CATCHER.smtpPort, ['127.0.0.1'])) {
      say(`mail catcher (maildev): SMTP 127.0.0.1:${MAIL_CATCHER.smtpPort}, mails at ${MAIL_CATCHER_URL}`);
      return { stop: () => stopChild(child, { graceMs: 3_000 }) };
    }
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGKILL');
  throw new LauncherError(`maildev did not start; see ${path.join(logDir, 'maildev.log')}`);
};
