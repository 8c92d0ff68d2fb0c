import { existsSync, readFileSync } from 'node:fs';

/**
 * Counts from a Jest or Vitest `--json` report (Vitest writes Jest's shape). A suite that could
 * not run at all (a syntax error, a failing import, a hook that threw) has no failed test, yet the
 * run failed: it counts as one failure, so the summary never says "0 failed" for a red run.
 * A missing report with a non-zero exit counts the same way.
 */
export const countsFromReport = (reportFile, exitCode) => {
  if (!existsSync(reportFile)) return { passed: 0, failed: exitCode === 0 ? 0 : 1 };
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  return countsFromJson(report, exitCode);
};

export const countsFromJson = (report, exitCode) => {
  const passed = report.numPassedTests ?? 0;
  const failedTests = report.numFailedTests ?? 0;
  const brokenSuites = report.numRuntimeErrorTestSuites ?? 0;
  const failed = failedTests + brokenSuites;
  return { passed, failed: failed === 0 && exitCode !== 0 ? 1 : failed };
};

export const addCounts = (...counts) =>
  counts.reduce((sum, next) => ({ passed: sum.passed + next.passed, failed: sum.failed + next.failed }), {
    passed: 0,
    failed: 0,
  });

/** The very last line of every `npm test`, which CI and people read. */
export const summaryLine = ({ passed, failed }) => `tests: ${passed} passed, ${failed} failed`;

/**
 * Splits `npm test -- <args>`: every argument goes to Jest; Vitest (which runs inside
 * apps/admin-console) gets only path filters that point into the console, and runs at all only
 * when there is no path filter or one of them points there.
 */
export const splitTestArgs = (args, consoleDir = 'apps/admin-console/') => {
  const unit = args.includes('--unit');
  const jestArgs = args.filter((arg) => arg !== '--unit');
  const paths = jestArgs.filter((arg, index) => !arg.startsWith('-') && !takesValue(jestArgs[index - 1]));
  const consolePaths = paths
    .map((arg) => arg.replace(/^\.\//, ''))
    .filter((arg) => arg === consoleDir.replace(/\/$/, '') || arg.startsWith(consoleDir));
  return {
    unit,
    jestArgs,
    runVitest: paths.length === 0 || consolePaths.length > 0,
    vitestFilters: consolePaths.map((arg) => arg.slice(consoleDir.length)).filter(Boolean),
  };
};

const FLAGS_WITH_VALUES = new Set(['-t', '--testNamePattern', '--shard', '--maxWorkers', '-w', '--testTimeout', '--selectProjects']);
const takesValue = (previous) => previous !== undefined && FLAGS_WITH_VALUES.has(previous);
