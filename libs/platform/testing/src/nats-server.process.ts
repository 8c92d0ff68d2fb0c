import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))));
    });
  });

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.connect(port, '127.0.0.1');
  });

export interface OwnNatsServerOptions {
  /** A nats-server config file's text (users and permissions, say); none means no users. */
  config?: string;
  /** Extra environment for the server, which the config may read (`$NATS_PASSWORD_...`). */
  env?: Record<string, string>;
}

/** A nats-server of this test's own, so stopping it disturbs no one else; its store survives restarts. */
export class OwnNatsServer {
  private process: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly storeDir: string,
    private readonly options: OwnNatsServerOptions,
  ) {}

  static async create(options: OwnNatsServerOptions = {}): Promise<OwnNatsServer> {
    return new OwnNatsServer(await freePort(), await mkdtemp(join(tmpdir(), 'xs-nats-')), options);
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const configArgs: string[] = [];
    if (this.options.config !== undefined) {
      const configFile = join(this.storeDir, 'nats-server.conf');
      await writeFile(configFile, this.options.config, { mode: 0o600 });
      configArgs.push('-c', configFile);
    }
    const args = [...configArgs, '-a', '127.0.0.1', '-p', String(this.port), '-js', '-sd', this.storeDir];
    this.process = spawn(process.env['NATS_SERVER_BIN'] ?? 'nats-server', args, {
      stdio: 'ignore',
      env: { ...process.env, ...this.options.env },
    });
    for (let tries = 0; tries < 100; tries += 1) {
      if (await accepts(this.port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`nats-server did not start on ${this.port}`);
  }

  async stop(): Promise<void> {
    const child = this.process;
    this.process = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async destroy(): Promise<void> {
    await this.stop();
    await rm(this.storeDir, { recursive: true, force: true });
  }
}
