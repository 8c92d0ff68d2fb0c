import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addCounts, countsFromJson, countsFromReport, splitTestArgs, summaryLine } from './test-summary.mjs';

describe('the test summary', () => {
  it('counts passed and failed tests of a Jest or Vitest report', () => {
    expect(countsFromJson({ numPassedTests: 7, numFailedTests: 2 }, 1)).toEqual({ passed: 7, failed: 2 });
  });

  it('counts a suite that could not run as a failure', () => {
    expect(countsFromJson({ numPassedTests: 3, numFailedTests: 0, numRuntimeErrorTestSuites: 1 }, 1)).toEqual({ passed: 3, failed: 1 });
  });

  it('never reports zero failures for a run that exited non-zero', () => {
    expect(countsFromJson({ numPassedTests: 3, numFailedTests: 0 }, 1)).toEqual({ passed: 3, failed: 1 });
    const missing = path.join(mkdtempSync(path.join(tmpdir(), 'summary-')), 'absent.json');
    expect(countsFromReport(missing, 2)).toEqual({ passed: 0, failed: 1 });
    expect(countsFromReport(missing, 0)).toEqual({ passed: 0, failed: 0 });
  });

  it('reads the report file Jest writes', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'summary-')), 'jest.json');
    writeFileSync(file, JSON.stringify({ numPassedTests: 12, numFailedTests: 0, numRuntimeErrorTestSuites: 0 }));
    expect(countsFromReport(file, 0)).toEqual({ passed: 12, failed: 0 });
  });

  it('sums Jest and Vitest into the last line', () => {
    expect(summaryLine(addCounts({ passed: 20, failed: 1 }, { passed: 14, failed: 0 }))).toBe('tests: 34 passed, 1 failed');
  });
});

describe('npm test arguments', () => {
  it('passes everything but --unit to Jest and runs Vitest when there is no path filter', () => {
    expect(splitTestArgs(['--unit', '-t', 'approval'])).toEqual({ unit: true, jestArgs: ['-t', 'approval'], runVitest: true, vitestFilters: [] });
  });

  it('skips Vitest when the path filter points elsewhere', () => {
    expect(splitTestArgs(['apps/meeting-service']).runVitest).toBe(false);
  });

  it('hands console paths to Vitest relative to the console', () => {
    const split = splitTestArgs(['./apps/admin-console/src/i18n', 'apps/api-gateway']);
    expect(split.runVitest).toBe(true);
    expect(split.vitestFilters).toEqual(['src/i18n']);
  });
});
