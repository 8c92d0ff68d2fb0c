import os from 'node:os';
import { bold } from '../launcher/say.mjs';
import { fixed, formatRow } from './stats.mjs';

const bestOf = (rounds) => rounds.reduce((best, result) => (result.requestsPerSecond > best.requestsPerSecond ? result : best));

const spreadOf = (rounds) => {
  const rates = rounds.map((result) => result.requestsPerSecond);
  return `${fixed(Math.min(...rates), 0)}–${fixed(Math.max(...rates), 0)}`;
};

/**
 * Prints each scenario's best round, the gateway/direct ratio of the org-unit list, and what
 * each layer adds to a list request's median latency (the difference between neighbouring layers).
 */
export const printReport = (scenarios, { connections, durationSeconds, rounds }) => {
  const widths = [34, 8, 8, 8, 13, 7];
  const best = Object.fromEntries(scenarios.map((scenario) => [scenario.key, bestOf(scenario.rounds)]));
  console.log('');
  console.log(bold(formatRow(['scenario (best round)', 'req/s', 'p50 ms', 'p99 ms', 'rounds req/s', 'errors'], widths)));
  for (const scenario of scenarios) {
    const result = best[scenario.key];
    const errors = scenario.rounds.reduce((sum, round) => sum + round.errors, 0);
    console.log(formatRow([scenario.name, fixed(result.requestsPerSecond, 0), fixed(result.p50, 1), fixed(result.p99, 1), spreadOf(scenario.rounds), errors], widths));
  }
  const { list, nats, direct, health } = best;
  if (list && nats && direct && health) printLayers(scenarios, best);
  printCpu(scenarios, best);
  console.log('');
  console.log(`${rounds} rounds of ${durationSeconds} s per scenario, ${connections} connections; load average ${os.loadavg().map((load) => fixed(load, 1)).join(' ')}`);
  console.log(`machine: ${os.cpus().length} CPUs (nproc ${os.availableParallelism()}), ${fixed(os.totalmem() / 2 ** 30, 1)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`);
  if (scenarios.some((scenario) => scenario.rounds.some((result) => result.errors > 0))) {
    console.log('some requests failed: the figures above are not a fair measure');
  }
};

/** The gateway/direct ratios and what each layer adds to a list request's median time. */
const printLayers = (scenarios, best) => {
  const { list, nats, direct, oneTrip, health } = best;
  const roundsOf = (key) => scenarios.find((scenario) => scenario.key === key).rounds;
  const ratio = (key) => {
    const perRound = roundsOf('list').map((round, index) => fixed(round.requestsPerSecond / roundsOf(key)[index].requestsPerSecond));
    return `${fixed(list.requestsPerSecond / best[key].requestsPerSecond)} (round by round: ${perRound.join(', ')})`;
  };
  console.log('');
  console.log(bold(`org-unit list, gateway/direct: ${ratio('direct')}`) + `; rows per list: ${direct.rows}`);
  if (oneTrip) console.log(`org-unit list, gateway/direct in one round trip: ${ratio('oneTrip')}`);
  // On CPUs every process shares, throughput follows the CPU a request costs: this is the ratio the rounds hover around.
  if (list.cpu && direct.cpu) console.log(`org-unit list, direct CPU per request ÷ gateway's: ${fixed(cpuTotal(direct.cpu) / cpuTotal(list.cpu))}`);
  console.log('');
  console.log(bold('where a list request spends its median time'));
  const layerWidths = [52, 8];
  // The service sends the list as the one-round-trip form, so that is the layer below it.
  const database = oneTrip ?? direct;
  console.log(formatRow(['PostgreSQL: the list in one round trip', fixed(database.p50, 1)], layerWidths));
  console.log(formatRow(['+ NATS round trip, service pipeline', fixed(nats.p50 - database.p50, 1)], layerWidths));
  console.log(formatRow(['+ gateway: HTTP, token, guards, NATS client', fixed(list.p50 - nats.p50, 1)], layerWidths));
  console.log(formatRow(['  of which the HTTP pipeline alone (GET /health)', fixed(health.p50, 1)], layerWidths));
  console.log(formatRow(['= GET /api/v1/org-units p50 (ms)', fixed(list.p50, 1)], layerWidths));
};

/** CPU ms a request cost every part of the run together. */
const cpuTotal = (cpu) => cpu.gateway + cpu.directory + cpu.nats + cpu.postgres + cpu.loadGenerator + cpu.otherApps;

/** CPU ms each part spent per request in each scenario's best round, from the processes' own counters. */
const printCpu = (scenarios, best) => {
  if (scenarios.every((scenario) => !best[scenario.key].cpu)) return;
  const widths = [34, 8, 9, 6, 8, 6, 6, 7, 7, 10];
  console.log('');
  console.log(bold('CPU ms per request (best round)'));
  console.log(formatRow(['scenario', 'gateway', 'directory', 'NATS', 'Postgres', 'load', 'other', 'total', 'kernel', 'elsewhere'], widths));
  for (const scenario of scenarios) {
    const cpu = best[scenario.key].cpu;
    if (!cpu) continue;
    const total = cpuTotal(cpu);
    const cells = [cpu.gateway, cpu.directory, cpu.nats, cpu.postgres, cpu.loadGenerator, cpu.otherApps, total].map((ms) => fixed(ms, 2));
    console.log(formatRow([scenario.name, ...cells, `${fixed(cpu.kernelShare * 100, 0)} %`, `${fixed(cpu.elsewhereShare * 100, 0)} %`], widths));
  }
  console.log('(load: the load generator itself; other: the other apps; kernel: share of the total spent in the kernel;');
  console.log(' elsewhere: share of the machine\'s busy time used by other work)');
};
