// @ts-check
/**
 * Mutation testing (`npm run mutation`, not part of `npm test`): StrykerJS changes one small thing
 * in the source at a time (a `<` to `<=`, a condition to `true`, a string to "") and runs the tests
 * that cover that spot; a change no test notices is a "survivor", a check the suite lacks.
 *
 * Incremental: results are kept per module in generators/mutation/incremental/<module>.json
 * (committed), so a re-run only tests mutants in changed code or covered by changed tests. Per-test coverage
 * analysis runs each mutant against the tests that reach it only.
 *
 * Equivalent mutants (no behaviour can tell them apart from the original) are disabled in the
 * source with `// Stryker disable next-line <mutator>: <reason>` comments, the reason on the line.
 */
/** The modules under mutation, each run (and kept incrementally) on its own: see generators/mutation/run.mjs. */
export const modules = {
  // The rules and what runs them; schema-validation.ts (Ajv error wording) is left for a later run.
  validate: ['generators/src/validate/rules/**/*.ts', 'generators/src/validate/{rule-context,validate-catalog,validate-workspace,spdx-expression}.ts'],
  model: ['generators/src/model/**/*.ts'],
  diff: ['generators/src/diff/**/*.ts'],
  write: ['generators/src/write/**/*.ts'],
  import: ['generators/src/import/column-scoring.ts', 'generators/src/import/infer-entry.ts', 'generators/src/import/cell-shapes.ts'],
  // The runtime source the errors emitter prints into every generated index.js (see the README).
  runtime: [
    'generators/src/emit/errors/runtime-js.ts',
    'generators/src/emit/errors/envelope-codec.ts',
    'generators/src/emit/errors/wire-data-js.ts',
    'generators/src/emit/errors/http-js.ts',
    'generators/src/emit/icu-runtime.ts',
  ],
};

/** Which module this run mutates (ERRATA_MUTATION_MODULE, set by run.mjs); `all` runs them together. */
const module = process.env['ERRATA_MUTATION_MODULE'] ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level tables and patterns, run once at import) need every test file per
  // mutant: 1,696 of them at ~65 s each cannot fit the 20-minute budget. They are reported as ignored.
  ignoreStatic: true,
  mutate: modules[module] ?? Object.values(modules).flat(),
  incremental: true,
  incrementalFile: `generators/mutation/incremental/${module}.json`,
  concurrency: Number(process.env['ERRATA_MUTATION_CONCURRENCY'] ?? 2),
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `generators/mutation/reports/${module}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 85, break: null },
  ignorePatterns: ['packages/*/node_modules', 'generators/dist', 'generators/mutation/reports', '.nx', 'tmp'],
  // Only the mutated sources: the default glob also rewrote test fixtures (HTML pages of the import corpus).
  disableTypeChecks: 'generators/src/**/*.ts',
  tempDirName: process.env['ERRATA_MUTATION_TEMP'] ?? '.stryker-tmp',
  cleanTempDir: 'always',
};
