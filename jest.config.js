/**
 * One Jest configuration for every Node project: unit specs and integration specs against real
 * servers. `XS_JEST_SUITE=server` leaves out the console's browser journeys and `browser` runs only
 * them, one at a time, since several Chromiums signing in at once on two cores time out.
 */
const suite = process.env.XS_JEST_SUITE;
const browserTests = '<rootDir>/apps/admin-console/test/';

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: suite === 'browser' ? [browserTests] : ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/admin-console/src/', ...(suite === 'server' ? [browserTests] : [])],
  moduleNameMapper: {
    '^@xieshang/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@xieshang/platform-(.*)$': '<rootDir>/libs/platform/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  testTimeout: 60000,
  maxWorkers: suite === 'browser' ? 1 : 2,
};
