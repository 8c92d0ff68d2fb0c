import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT, appEntry } from './catalog.mjs';
import { captureLogs } from './app-logs.mjs';
import { stopChild } from './child-process.mjs';
import { isShuttingDown } from './lifecycle.mjs';
import { LauncherError, fail, say } from './say.mjs';

/**
 * Runs apps as child processes and knows how to stop them. Apps that die on their own are
 * reported with the tail of their log, so a crash is never silent.
 */
export const createSupervisor = ({ logDir, echo }) => {
  const running = [];

  const launch = ({ name, command, args, env, cwd = REPO_ROOT }) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const logs = captureLogs({ name, child, logDir, echo, isQuiet: isShuttingDown });
    const entry = { name, child, logs, awaited: false };
    running.push(entry);
    child.once('exit', (code, signal) => {
      // While the launcher waits on this app, the wait reports the exit with the log's tail.
      if (isShuttingDown() || entry.awaited) return;
      fail(`${name} exited (${signal ?? `code ${code}`}); last lines of ${path.relative(REPO_ROOT, logs.file)}:`);
      console.error(logs.tail());
    });
    return entry;
  };

  // APP_NODE_ARGS: extra Node flags for every app (the benchmark's CPU profiles use it).
  const nodeArgs = process.env.APP_NODE_ARGS ? process.env.APP_NODE_ARGS.split(' ') : [];
  const launchApp = (app, env) =>
    launch({ name: app.name, command: process.execPath, args: ['--enable-source-maps', ...nodeArgs, appEntry(app)], env });

  /**
   * Polls the URL until it answers 2xx; fails early when the app exits, late when the timeout
   * passes. A 404 on `/ready` counts as ready: that app has no readiness beyond its /health.
   */
  const waitUntilAnswering = async (entry, url, timeoutMs) => {
    entry.awaited = true;
    try {
      await poll(entry, url, timeoutMs);
    } finally {
      entry.awaited = false;
    }
  };

  const poll = async (entry, url, timeoutMs) => {
    const deadline = Date.now() + timeoutMs;
    let lastProblem = 'no answer';
    while (Date.now() < deadline) {
      const { exitCode, signalCode } = entry.child;
      if (exitCode !== null || signalCode !== null) {
        throw new LauncherError(
          `${entry.name} exited (${signalCode ?? `code ${exitCode}`}) before ${url} answered; ` +
            `last lines of ${entry.logs.file}:\n${entry.logs.tail()}`,
        );
      }
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
        if (response.ok || (response.status === 404 && url.endsWith('/ready'))) return;
        lastProblem = `HTTP ${response.status}`;
      } catch (error) {
        lastProblem = error instanceof Error ? (error.cause?.code ?? error.message) : String(error);
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new LauncherError(
      `${entry.name} did not answer ${url} within ${Math.round(timeoutMs / 1000)} s (${lastProblem}); ` +
        `last lines of ${entry.logs.file}:\n${entry.logs.tail()}`,
    );
  };

  const stopAll = async () => {
    if (running.length === 0) return;
    say(`stopping ${running.length} process${running.length > 1 ? 'es' : ''}`);
    await Promise.all(running.reverse().map(({ child }) => stopChild(child, { graceMs: 10_000 })));
    await Promise.all(running.map(({ logs }) => logs.close()));
    running.length = 0;
  };

  return { launch, launchApp, waitUntilAnswering, stopAll };
};
