import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../launcher/catalog.mjs';

/** Linux reports process CPU time in clock ticks of 1/100 s. */
const TICK_MS = 10;

const readProcess = (pid) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    const own = Number(fields[11]) + Number(fields[12]);
    const kernel = Number(fields[12]);
    // Time of children that exited and were waited for: PostgreSQL's backends of closed connections.
    const reaped = Number(fields[13]) + Number(fields[14]);
    return { pid, ppid: Number(fields[1]), ms: own * TICK_MS, kernelMs: kernel * TICK_MS, reapedMs: reaped * TICK_MS, cmd };
  } catch {
    return null;
  }
};

const cwdOf = (pid) => {
  try {
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    return null;
  }
};

/** Busy time of the whole machine, all CPUs, in ms. */
const machineBusyMs = () => {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = values[3] + values[4];
  return (values.reduce((sum, value) => sum + value, 0) - idle) * TICK_MS;
};

const partOf = (p, { runDir, database, postmasters }) => {
  const app = /apps\/([a-z-]+)\/dist\/main\.js/.exec(p.cmd)?.[1];
  if (app && cwdOf(p.pid) === REPO_ROOT) return app === 'api-gateway' ? 'gateway' : app === 'directory-service' ? 'directory' : 'otherApps';
  if (p.cmd.includes('nats-server') && p.cmd.includes(runDir)) return 'nats';
  if (postmasters.has(p.pid) || postmasters.has(p.ppid)) return 'postgres';
  if (p.cmd.startsWith('postgres: ') && p.cmd.includes(database)) return 'postgres';
  return null;
};

/**
 * CPU time used so far by each process of this run: the gateway, directory-service, the other
 * apps, nats-server and PostgreSQL (an embedded server under this run's directory with its
 * backends; on a shared server, the backends serving this run's database, named after the
 * directory), and the load generator (this process), plus the machine's busy time. Linux only;
 * elsewhere null.
 */
export const cpuSnapshot = (runDir) => {
  if (os.platform() !== 'linux') return null;
  const all = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number).map(readProcess).filter(Boolean);
  const context = { runDir, database: ` ${path.basename(runDir)} `, postmasters: new Set(all.filter((p) => /\/postgres -D /.test(p.cmd) && p.cmd.includes(runDir)).map((p) => p.pid)) };
  const processes = new Map();
  for (const p of all) {
    const part = partOf(p, context);
    // An embedded postmaster also holds the time of the backends it reaped.
    if (part) processes.set(p.pid, { part, ms: p.ms + (context.postmasters.has(p.pid) ? p.reapedMs : 0), kernelMs: p.kernelMs });
  }
  const own = process.cpuUsage();
  return { processes, loadGenerator: (own.user + own.system) / 1000, loadGeneratorKernel: own.system / 1000, machine: machineBusyMs() };
};

/**
 * CPU ms per request of each part between two snapshots, process by process: a process that
 * started during the round counts from zero, one that ended during it (a pooled connection's
 * backend closed when idle) is left out rather than taking its whole past with it.
 * `elsewhere` is the rest of the machine's busy time; `kernelShare` the part of this run's own
 * time spent in the kernel (system time: socket reads and writes, wake-ups), the cost of each hop
 * between processes.
 */
export const cpuPerRequest = (before, after, requests) => {
  if (!before || !after || requests === 0) return null;
  const delta = { gateway: 0, directory: 0, otherApps: 0, nats: 0, postgres: 0 };
  let kernel = after.loadGeneratorKernel - before.loadGeneratorKernel;
  for (const [pid, { part, ms, kernelMs }] of after.processes) {
    const earlier = before.processes.get(pid);
    delta[part] += ms - (earlier?.ms ?? 0);
    kernel += kernelMs - (earlier?.kernelMs ?? 0);
  }
  delta.loadGenerator = after.loadGenerator - before.loadGenerator;
  const ours = Object.values(delta).reduce((sum, ms) => sum + ms, 0);
  const machine = after.machine - before.machine;
  const per = Object.fromEntries(Object.entries(delta).map(([key, ms]) => [key, ms / requests]));
  return {
    ...per,
    kernelShare: kernel / Math.max(1, ours),
    elsewhere: Math.max(0, machine - ours) / requests,
    elsewhereShare: Math.max(0, machine - ours) / Math.max(1, machine),
  };
};
