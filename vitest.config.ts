import { defineConfig } from 'vitest/config';
import { workspaceTests } from './generators/test/support/workspace-tests.js';

// The adoption e2e test runs `npm test` in a fresh clone with a catalog added: there, only the tests
// whose result can depend on the workspace's catalogs run (the rest ran, unchanged, outside).
const nested = process.env.ERRATA_NESTED_E2E === '1';

export default defineConfig({
  test: {
    include: nested ? workspaceTests(import.meta.dirname) : ['generators/test/**/*.test.ts'],
    globalSetup: ['generators/test/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Compile and lint tests spawn tsc/redocly/nx; two cores, so keep parallelism modest.
    maxWorkers: 2,
    env: { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', REDOCLY_TELEMETRY: 'off', NX_TUI: 'false' },
  },
});
