import { percentile } from './stats.mjs';

/**
 * Runs `once` from `workers` concurrent loops for the given time, each loop starting its next
 * call when the last one ends (as autocannon's connections do), and reports what autocannon
 * reports: requests/s, p50, p99 and errors. `once` may return a row count to show.
 */
export const runClosedLoop = async ({ workers, durationSeconds, once }) => {
  const latencies = [];
  let errors = 0;
  let rows;
  const deadline = Date.now() + durationSeconds * 1000;
  const loop = async (worker) => {
    while (Date.now() < deadline) {
      const started = process.hrtime.bigint();
      try {
        rows = await once(worker);
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      } catch {
        errors += 1;
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: workers }, (_, worker) => loop(worker)));
  const elapsedSeconds = (Date.now() - started) / 1000;
  return {
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    total: latencies.length,
    errors,
    rows,
  };
};
