import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { APPS, DATA_DIR } from './catalog.mjs';
import { stopChild } from './child-process.mjs';
import { natsAuthorizationConfig, natsUsers, passwordVariable, TEST_RUNNER_USER } from './nats-permissions.mjs';
import { pickPort, waitForPort } from './ports.mjs';
import { LauncherError, say } from './say.mjs';

/**
 * Finds the NATS server to use. With `NATS_URL`, that server, each app connecting as its own
 * user with the password in `NATS_PASSWORD_<APP>` when set (the server's operator made the
 * users). Otherwise `nats-server` from the PATH runs with JetStream and the platform's users and
 * permissions (nats-permissions.mjs), with passwords made for this run and handed to it through
 * its environment, never written to a file or a log. Its store is `.data/nats` for `npm start`
 * and in the run directory for tests and benchmarks; a server found on 4222 is never used, since
 * it has none of these users. Returns each app's credentials by app name, and for test runs the
 * test runner's own.
 */
export const ensureNats = async ({ purpose, runDir, logDir }) => {
  if (process.env.NATS_URL) {
    const credentials = Object.fromEntries(
      APPS.filter((app) => process.env[passwordVariable(app.name)]).map((app) => [
        app.name,
        { user: app.name, password: process.env[passwordVariable(app.name)] },
      ]),
    );
    return { url: process.env.NATS_URL, credentials, stop: async () => {}, origin: 'NATS_URL' };
  }
  const binary = findNatsServer();
  const port = await pickPort(purpose === 'start' ? [4222, 4229, 4230, 4231] : [4232, 4233, 4234, 4235, 4236, 4237]);
  const storeDir = purpose === 'start' ? path.join(DATA_DIR, 'nats') : path.join(runDir, 'nats');
  fs.mkdirSync(storeDir, { recursive: true });
  fs.mkdirSync(logDir, { recursive: true });
  const users = natsUsers({ testRunner: purpose === 'test' });
  const passwords = Object.fromEntries(users.map(({ user }) => [user, `xs${randomBytes(24).toString('hex')}`]));
  const configFile = path.join(storeDir, 'nats-server.conf');
  fs.writeFileSync(configFile, natsAuthorizationConfig(users), { mode: 0o600 });
  const child = spawn(
    binary,
    ['-c', configFile, '-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir, '-l', path.join(logDir, 'nats-server.log')],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...Object.fromEntries(users.map(({ user }) => [passwordVariable(user), passwords[user]])) },
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const up = await waitForPort(port, 15_000, () => child.exitCode === null);
  if (!up) {
    child.kill('SIGKILL');
    throw new LauncherError(`nats-server did not start on port ${port}: ${stderr.trim() || 'no output'}`);
  }
  say(`nats-server with JetStream and a user per app on ${port} (store ${path.relative(process.cwd(), storeDir)})`);
  const credentials = Object.fromEntries(users.map(({ user }) => [user, { user, password: passwords[user] }]));
  return {
    url: `nats://127.0.0.1:${port}`,
    credentials,
    testRunner: credentials[TEST_RUNNER_USER],
    // The fault tests pause this process to play a NATS outage.
    pid: child.pid,
    stop: () => stopChild(child, { graceMs: 5_000 }),
    origin: `nats-server on ${port}`,
  };
};

const findNatsServer = () => {
  const found = spawnSync('sh', ['-c', 'command -v nats-server'], { encoding: 'utf8' });
  const fromPath = found.status === 0 ? found.stdout.trim() : '';
  if (fromPath) return fromPath;
  if (fs.existsSync('/usr/sbin/nats-server')) return '/usr/sbin/nats-server';
  throw new LauncherError(
    'nats-server was not found on the PATH: install it (`apt-get install nats-server`, or a release from ' +
      'https://github.com/nats-io/nats-server/releases) or set NATS_URL to a NATS server with JetStream.',
  );
};
