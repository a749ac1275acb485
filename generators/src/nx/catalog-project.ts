import type { ProjectConfiguration, TargetConfiguration } from '@nx/devkit';
import type { NormalizedPluginOptions } from './plugin-options.js';

/** What the plugin reads from a catalog.yaml; everything optional because the file may not be valid yet. */
export interface CatalogSummary {
  readonly title?: string;
  readonly version?: string;
  readonly locales?: readonly string[];
}

/** Where a catalog lives and what the workspace around it offers. */
export interface CatalogProjectInput {
  /** Catalog id, equal to its folder name. */
  readonly id: string;
  /** Workspace-relative folder of the catalog, e.g. `catalogs/agent-ops`. */
  readonly root: string;
  readonly summary: CatalogSummary;
  /** Name of the project that builds the errata CLI, when it is part of this workspace. */
  readonly generatorsProject?: string;
}

/** The four package folders a catalog generates, as Nx outputs. */
function catalogOutputs(id: string): string[] {
  return ['errors', 'openapi', 'i18n', 'docs'].map((kind) => `{workspaceRoot}/packages/${id}-${kind}`);
}

/**
 * The workspace settings every catalog inherits (errata.yaml's `publish`) and their schema: a change
 * to either changes what `validate` reports and what `generate` writes, for every catalog.
 */
const WORKSPACE_SETTINGS_INPUTS: readonly string[] = ['{workspaceRoot}/errata.yaml', '{workspaceRoot}/schemas/workspace.schema.json'];

/** Inputs of `validate` and `generate`: the catalog folder, the workspace settings, and whatever the generators are made of. */
function catalogInputs(options: NormalizedPluginOptions): NonNullable<TargetConfiguration['inputs']> {
  return ['{projectRoot}/**/*', ...WORKSPACE_SETTINGS_INPUTS, ...options.generatorInputs];
}

/** One cacheable CLI call over the catalog folder. */
function cliTarget(
  command: string,
  input: CatalogProjectInput,
  options: NormalizedPluginOptions,
  description: string,
  outputs: string[],
): TargetConfiguration {
  return {
    executor: 'nx:run-commands',
    options: { command: `${options.errata} ${command} ${input.root}` },
    cache: true,
    inputs: catalogInputs(options),
    outputs,
    // The CLI runs from generators/dist: build it first when it lives in this workspace.
    ...(input.generatorsProject ? { dependsOn: [`^${options.buildTargetName}`] } : {}),
    metadata: { description, technologies: ['errata'] },
  };
}

/**
 * `generate` through the package's own executor: it runs in the Nx process, and Nx batches it
 * (preferBatch), so a run over many catalogs loads the generators once instead of once per catalog.
 */
function generateTarget(input: CatalogProjectInput, options: NormalizedPluginOptions): TargetConfiguration {
  return {
    executor: `${GENERATORS_PACKAGE}:generate`,
    options: { catalog: input.root },
    cache: true,
    inputs: catalogInputs(options),
    outputs: catalogOutputs(input.id),
    ...(input.generatorsProject ? { dependsOn: [`^${options.buildTargetName}`] } : {}),
    metadata: { description: `Write packages/${input.id}-errors, -openapi, -i18n and -docs from the catalog`, technologies: ['errata'] },
  };
}

/** The npm name of the generators package, whose executors.json holds the `generate` executor. */
export const GENERATORS_PACKAGE = '@errata/generators';

/** The Nx project of one catalog: `validate` and `generate`. Pure. */
export function catalogProject(input: CatalogProjectInput, options: NormalizedPluginOptions): ProjectConfiguration {
  const { id, summary } = input;
  const tags = ['errata:catalog', ...(summary.locales ?? []).map((locale) => `locale:${locale}`)];
  return {
    name: id,
    root: input.root,
    projectType: 'library',
    tags,
    ...(input.generatorsProject ? { implicitDependencies: [input.generatorsProject] } : {}),
    metadata: {
      description: summary.title ? `${summary.title} error catalog` : `Error catalog ${id}`,
      ...(summary.version ? { version: summary.version } : {}),
    },
    targets: {
      [options.validateTargetName]: cliTarget(
        'validate',
        input,
        options,
        'Check the catalog against its schema and semantic rules',
        [],
      ),
      [options.generateTargetName]: generateTarget(input, options),
    },
  };
}
