export interface TestCounts {
  passed: number;
  failed: number;
}
export interface JsonReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numRuntimeErrorTestSuites?: number;
}
export interface SplitArgs {
  unit: boolean;
  jestArgs: string[];
  runVitest: boolean;
  vitestFilters: string[];
}
export declare const countsFromReport: (reportFile: string, exitCode: number) => TestCounts;
export declare const countsFromJson: (report: JsonReport, exitCode: number) => TestCounts;
export declare const addCounts: (...counts: TestCounts[]) => TestCounts;
export declare const summaryLine: (counts: TestCounts) => string;
export declare const splitTestArgs: (args: string[], consoleDir?: string) => SplitArgs;
