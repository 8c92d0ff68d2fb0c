import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from './catalog.mjs';
import { stopChild } from './child-process.mjs';
import { isPortAnswering, pickPort, waitForPort } from './ports.mjs';
import { LauncherError, say } from './say.mjs';

const DEFAULT_NATS_PORT = 4222;

/**
 * Finds the NATS server to use. `NATS_URL` always wins; test and bench runs use one already on
 * 127.0.0.1:4222; otherwise `nats-server` from the PATH runs with JetStream, its store in
 * `.data/nats` for `npm start` and in the run directory for tests and benchmarks.
 */
export const ensureNats = async ({ purpose, runDir }) => {
  if (process.env.NATS_URL) return { url: process.env.NATS_URL, stop: async () => {}, origin: 'NATS_URL' };
  if (purpose !== 'start' && (await isPortAnswering(DEFAULT_NATS_PORT, ['127.0.0.1']))) {
    return { url: `nats://127.0.0.1:${DEFAULT_NATS_PORT}`, stop: async () => {}, origin: '127.0.0.1:4222' };
  }
  const binary = findNatsServer();
  const port = await pickPort([DEFAULT_NATS_PORT, 4229, 4230, 4231]);
  const storeDir = purpose === 'start' ? path.join(DATA_DIR, 'nats') : path.join(runDir, 'nats');
  fs.mkdirSync(storeDir, { recursive: true });
  const child = spawn(binary, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const up = await waitForPort(port, 15_000, () => child.exitCode === null);
  if (!up) {
    child.kill('SIGKILL');
    throw new LauncherError(`nats-server did not start on port ${port}: ${stderr.trim() || 'no output'}`);
  }
  say(`nats-server with JetStream on ${port} (store ${path.relative(process.cwd(), storeDir)})`);
  return {
    url: `nats://127.0.0.1:${port}`,
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
