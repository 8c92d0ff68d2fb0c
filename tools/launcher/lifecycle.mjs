import { fail, say, warn, LauncherError } from './say.mjs';

/**
 * Cleanups run last-registered first, so the apps stop before the NATS and PostgreSQL they use,
 * and a test database is dropped only after nothing holds it. They run once, whether the run
 * ends normally, fails, or is interrupted.
 */
const cleanups = [];
let shuttingDown = null;

export const onShutdown = (label, cleanup) => {
  cleanups.push({ label, cleanup });
};

export const isShuttingDown = () => shuttingDown !== null;

export const runCleanups = () => {
  shuttingDown ??= (async () => {
    while (cleanups.length > 0) {
      const { label, cleanup } = cleanups.pop();
      try {
        await cleanup();
      } catch (error) {
        warn(`could not ${label}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return shuttingDown;
};

/**
 * Ctrl-C or SIGTERM: run the cleanups, then `onInterrupted` (the test runner prints its summary
 * there), then exit. A second Ctrl-C while cleaning up exits at once.
 */
export const handleSignals = (onInterrupted = () => {}) => {
  const signalHandler = async (signal) => {
    if (shuttingDown) {
      warn(`${signal} again: exiting without waiting for the cleanup`);
      process.exit(130);
    }
    say(`${signal}: stopping`);
    await runCleanups();
    say('stopped');
    await onInterrupted(signal);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, signalHandler);
};

/** Runs a command's main function: cleanups always, a LauncherError as one line, anything else with its stack. */
export const runMain = async (main) => {
  let exitCode = 1;
  try {
    exitCode = (await main()) ?? 0;
  } catch (error) {
    if (error instanceof LauncherError) fail(error.message);
    else fail(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  await runCleanups();
  return exitCode;
};
