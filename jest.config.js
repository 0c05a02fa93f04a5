/** Test tiers by file name: *.spec.ts pure, *.int.spec.ts real Postgres, *.e2e.spec.ts the whole system. */
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

const common = {
  testEnvironment: 'node',
  transform,
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.data/', '<rootDir>/.tools/'],
};

module.exports = {
  testTimeout: 120_000,
  maxWorkers: 2,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,workflows,test,scripts}/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '\\.e2e\\.spec\\.ts$', '/node_modules/'],
    },
    {
      ...common,
      displayName: 'services',
      testMatch: ['<rootDir>/{apps,libs,workflows,test}/**/*.{int,e2e}.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
    {
      // The fault harness starts and kills its own stack; npm test runs the short version after the rest.
      ...common,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/*.faults.ts'],
    },
    {
      // The production topology (README "Production"): `npm run test:cluster`, which .ci/run runs after npm test.
      ...common,
      displayName: 'cluster',
      testMatch: ['<rootDir>/test/cluster/*.cluster.ts'],
    },
    {
      // Not part of npm test: `npm run record-histories` writes the workflow replay fixtures.
      ...common,
      displayName: 'record',
      testMatch: ['<rootDir>/test/record/*.record.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
