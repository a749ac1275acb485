import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['generators/test/**/*.test.ts'],
    globalSetup: ['generators/test/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Compile and lint tests spawn tsc/redocly/nx; two cores, so keep parallelism modest.
    maxWorkers: 2,
    env: { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', REDOCLY_TELEMETRY: 'off', NX_TUI: 'false' },
  },
});
