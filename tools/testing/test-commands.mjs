import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../launcher/catalog.mjs';
import { completion } from '../launcher/child-process.mjs';
import { countsFromReport } from './test-summary.mjs';

const CONSOLE_DIR = path.join(REPO_ROOT, 'apps', 'admin-console');
const CONSOLE_CONFIGS = ['vitest.config.ts', 'vitest.config.mts', 'vitest.config.js', 'vitest.config.mjs', 'vite.config.ts'];

/** Jest over apps, libs and tools (jest.config.js); `unit` narrows it to `*.spec.ts`, which need no servers. */
export const runJest = async ({ args, env, reportFile, unit, track }) => {
  const jest = path.join(REPO_ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
  const child = spawn(
    process.execPath,
    [
      '--experimental-vm-modules',
      '--no-warnings=ExperimentalWarning',
      jest,
      '--json',
      `--outputFile=${reportFile}`,
      '--passWithNoTests',
      ...args,
      ...(unit ? ['--testMatch', '**/*.spec.ts'] : []),
    ],
    { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: 'inherit' },
  );
  track(child);
  return countsFromReport(reportFile, await completion(child));
};

export const consoleTestConfig = () => {
  const name = CONSOLE_CONFIGS.find((file) => existsSync(path.join(CONSOLE_DIR, file)));
  return name ? path.join(CONSOLE_DIR, name) : null;
};

/**
 * Vitest for the admin console, run inside apps/admin-console so its config's root and include
 * patterns apply and Jest's specs elsewhere are never picked up.
 */
export const runVitest = async ({ filters, env, reportFile, config, track }) => {
  const vitest = path.join(REPO_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const child = spawn(
    process.execPath,
    [
      vitest,
      'run',
      '--config',
      config,
      '--passWithNoTests',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${reportFile}`,
      ...filters,
    ],
    { cwd: CONSOLE_DIR, env: { ...process.env, ...env }, stdio: 'inherit' },
  );
  track(child);
  return countsFromReport(reportFile, await completion(child));
};
