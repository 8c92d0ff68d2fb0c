/** One Jest run for every Node project: unit specs and integration specs against real servers. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.e2e-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/admin-console/src/'],
  moduleNameMapper: {
    '^@xieshang/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@xieshang/platform-(.*)$': '<rootDir>/libs/platform/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  testTimeout: 60000,
  maxWorkers: 2,
};
