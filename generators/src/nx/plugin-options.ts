import type { TargetConfiguration } from '@nx/devkit';

/** One entry of a target's `inputs`: a file glob, a named input, or an object such as `{ externalDependencies }`. */
export type TargetInput = NonNullable<TargetConfiguration['inputs']>[number];

/** Options of the Errata Nx plugin, as written under `plugins[].options` in nx.json. */
export interface ErrataPluginOptions {
  /** Command that runs the errata CLI from the workspace root, for `validate` (`generate` runs through the package's executor). Default: `node generators/bin/errata.js`. */
  readonly errata?: string;
  /**
   * Inputs, besides the catalog folder, that change what `validate` and `generate` produce.
   * Default: this repository's generator sources and their npm dependencies. A workspace that
   * installs the generators from npm sets `[{ "externalDependencies": ["@errata/generators"] }]`.
   */
  readonly generatorInputs?: readonly TargetInput[];
  readonly validateTargetName?: string;
  readonly generateTargetName?: string;
  readonly typecheckTargetName?: string;
  readonly buildTargetName?: string;
}

/** Options with every default filled in. */
export type NormalizedPluginOptions = Required<ErrataPluginOptions>;

/** npm packages whose code shapes the generated output (each must be in the lockfile). */
export const GENERATOR_DEPENDENCIES: readonly string[] = [
  '@formatjs/icu-messageformat-parser',
  'ajv',
  'ajv-formats',
  'handlebars',
  'js-yaml',
  'micromark',
  'micromark-extension-gfm',
  'semver',
  'ts-morph',
  'yaml',
];

/** What the generated packages depend on in this repository: schemas, generator sources, templates and dependencies. */
const DEFAULT_GENERATOR_INPUTS: readonly TargetInput[] = [
  '{workspaceRoot}/schemas/**/*',
  '{workspaceRoot}/generators/src/**/*',
  '{workspaceRoot}/generators/templates/**/*',
  '{workspaceRoot}/generators/bin/**/*',
  '{workspaceRoot}/generators/package.json',
  '{workspaceRoot}/generators/tsconfig.build.json',
  '{workspaceRoot}/tsconfig.base.json',
  { externalDependencies: [...GENERATOR_DEPENDENCIES] },
];

/** Fills in defaults; the result is part of every cache key, so keep it plain data. */
export function normalizeOptions(options: ErrataPluginOptions | undefined): NormalizedPluginOptions {
  return {
    errata: options?.errata ?? 'node generators/bin/errata.js',
    generatorInputs: options?.generatorInputs ?? DEFAULT_GENERATOR_INPUTS,
    validateTargetName: options?.validateTargetName ?? 'validate',
    generateTargetName: options?.generateTargetName ?? 'generate',
    typecheckTargetName: options?.typecheckTargetName ?? 'typecheck',
    buildTargetName: options?.buildTargetName ?? 'build',
  };
}
