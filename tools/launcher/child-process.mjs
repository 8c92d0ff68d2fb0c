/**
 * Stops a child politely: SIGTERM, then SIGKILL when it has not exited within the grace period.
 * Resolves once it is gone.
 */
export const stopChild = (child, { graceMs = 10_000 } = {}) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });

/** Resolves with the exit code of a child that runs to completion, its output going to ours. */
export const completion = (child) =>
  new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
