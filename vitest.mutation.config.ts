import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run mutation` (Stryker: stryker.config.mjs, generators/mutation/run.mjs) runs
 * against the mutants of one module (ERRATA_MUTATION_MODULE): the in-process unit tests of that
 * module. Left out, though they reach the same code: tests that spawn the built CLI, tsc, redocly,
 * npm or Nx (they run generators/dist or a child process, which Stryker's instrumentation never
 * reaches), and the fuzz, seed-catalog, blind, corpus and round-trip suites, which re-run whole
 * pipelines: every mutant they reach would re-run their setup, and on two cores a run would take
 * hours instead of minutes. `npm test` runs everything.
 */
// generators/test/load/read-errors.test.ts is left out of `validate`: it reaches the loader, not the
// rules, and three of its tests fail in a plain vitest run on main (its vi.mock('yaml') does not reach
// the parser), which stops Stryker's initial run.
const tests: Record<string, string[]> = {
  validate: ['generators/test/validate/{hostile-input,publish-rules,semantic-rules,param-source,wire-code-rules,catalog-rules,message-rules}.test.ts'],
  model: ['generators/test/model/*.test.ts', 'generators/test/validate/{publish-rules,semantic-rules}.test.ts'],
  diff: ['generators/test/diff/{diff-catalogs,rules-documented,schema-narrowing,version-bump,json-equal,format-diff}.test.ts'],
  write: ['generators/test/write/{package-writer,package-writer-failures,output-lock,lockfile-drift,output-plan}.test.ts'],
  import: ['generators/test/import/{inference,layouts,fixtures}.test.ts', 'generators/test/docs/table-cell.test.ts'],
  runtime: ['generators/test/errors/{runtime,wire,problem-details,units}.test.ts'],
};
const module = process.env['ERRATA_MUTATION_MODULE'];

// No dist build in the global setup: nothing here runs the built CLI (set before it runs, in this process).
process.env['ERRATA_TEST_SKIP_BUILD'] = '1';

export default defineConfig({
  test: {
    include: module && tests[module] ? tests[module] : Object.values(tests).flat(),
    globalSetup: ['generators/test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NX_NO_CLOUD: 'true', NX_DAEMON: 'false', REDOCLY_TELEMETRY: 'off', NX_TUI: 'false' },
  },
});
