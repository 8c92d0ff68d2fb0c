import net from 'node:net';
import { LauncherError } from './say.mjs';

/** True when something accepts TCP connections on the port, over IPv4 or IPv6 loopback. */
export const isPortAnswering = async (port, hosts = ['127.0.0.1', '::1']) => {
  const answers = await Promise.all(hosts.map((host) => connects(host, port)));
  return answers.some(Boolean);
};

const connects = (host, port, timeoutMs = 1000) =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });

/** Refuses to go on when any of the named ports is taken, naming who wanted it. */
export const assertPortsFree = async (wanted) => {
  const taken = [];
  for (const { port, owner } of wanted) {
    if (await isPortAnswering(port)) taken.push(`${port} (${owner})`);
  }
  if (taken.length > 0) {
    throw new LauncherError(
      `port${taken.length > 1 ? 's' : ''} already in use: ${taken.join(', ')}. ` +
        'Stop whatever holds them (another `npm start`, `npm test` or `npm run bench`?) and try again.',
    );
  }
};

/** The first candidate port nobody answers on, else one the kernel hands out. */
export const pickPort = async (candidates) => {
  for (const port of candidates) {
    if (!(await isPortAnswering(port))) return port;
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
};

/** Polls until the port answers, for servers that say nothing useful on stdout. */
export const waitForPort = async (port, timeoutMs, isAlive = () => true) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isPortAnswering(port, ['127.0.0.1'])) return true;
    if (!isAlive()) return false;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
};
