/**
 * One Jest configuration for every Node project: unit specs and integration specs against real
 * servers. `XS_JEST_SUITE=server` leaves out the console's browser journeys and the fault tests;
 * `faults` runs only the fault tests (`*outage.e2e-spec.ts`, which pause the platform's NATS and
 * would fail whatever runs beside them), one at a time; `browser` runs only the journeys, one at
 * a time, since several Chromiums signing in at once on two cores time out.
 */
const suite = process.env.XS_JEST_SUITE;
const browserTests = '<rootDir>/apps/admin-console/test/';
const faultTests = 'outage\\.e2e-spec\\.ts$';

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: suite === 'browser' ? [browserTests] : ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: suite === 'faults' ? ['**/*outage.e2e-spec.ts'] : ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/admin-console/src/', ...(suite === 'server' ? [browserTests, faultTests] : [])],
  moduleNameMapper: {
    '^@xieshang/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@xieshang/platform-(.*)$': '<rootDir>/libs/platform/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  testTimeout: 60000,
  maxWorkers: suite === 'browser' || suite === 'faults' ? 1 : 2,
};
