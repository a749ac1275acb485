import type { ProjectConfiguration, TargetConfiguration } from '@nx/devkit';
import { isRecord } from '../util/is-record.js';
import type { NormalizedPluginOptions } from './plugin-options.js';

/** The generated-package kinds, as the emitters record them in package.json's `errata.kind`. */
export type PackageKind = 'errors' | 'openapi' | 'i18n' | 'docs';

/** What the plugin needs from a generated package's package.json. */
export interface GeneratedManifest {
  /** npm name of the package; Nx's package.json inference names the project after it, and so do we. */
  readonly name?: string;
  /** Id of the catalog the package was generated from. */
  readonly catalog: string;
  readonly kind: PackageKind | string;
  /** Declaration files the package publishes (`types`, `typings`, and `types` conditions of `exports`). */
  readonly declarations: readonly string[];
}

/** Where a generated package lives and whether its catalog is in the workspace. */
export interface PackageProjectInput {
  /** Folder name under packages/, e.g. `agent-ops-errors`. */
  readonly dir: string;
  /** Workspace-relative folder, e.g. `packages/agent-ops-errors`. */
  readonly root: string;
  readonly manifest: GeneratedManifest;
  /** True when `catalogs/<catalog>/catalog.yaml` exists, so the catalog project can be depended on. */
  readonly catalogInWorkspace: boolean;
}

/** Reads the `errata` field and declaration entries of a package.json; undefined when it is not a generated package. */
export function readGeneratedManifest(packageJson: unknown): GeneratedManifest | undefined {
  if (!isRecord(packageJson) || !isRecord(packageJson['errata'])) return undefined;
  const { catalog, kind } = packageJson['errata'];
  if (typeof catalog !== 'string' || typeof kind !== 'string') return undefined;
  const declarations = new Set<string>();
  for (const field of ['types', 'typings']) {
    const value = packageJson[field];
    if (typeof value === 'string') declarations.add(value);
  }
  collectTypesConditions(packageJson['exports'], declarations);
  const name = typeof packageJson['name'] === 'string' ? { name: packageJson['name'] } : {};
  return { ...name, catalog, kind, declarations: [...declarations].map(stripDotSlash).sort() };
}

/** Walks an `exports` map and keeps every `types` target that names a concrete file (no `*` patterns). */
function collectTypesConditions(exports: unknown, into: Set<string>): void {
  if (!isRecord(exports)) return;
  for (const [condition, value] of Object.entries(exports)) {
    if (condition === 'types' && typeof value === 'string' && !value.includes('*')) into.add(value);
    else collectTypesConditions(value, into);
  }
}

function stripDotSlash(path: string): string {
  return path.replace(/^\.\//, '');
}

/** The files of `generate`'s outputs that decide a typecheck: the declarations and the manifests (module format). */
const GENERATED_DECLARATION_INPUTS = [
  { dependentTasksOutputFiles: '**/*.d.ts' },
  { dependentTasksOutputFiles: '**/package.json' },
] as const satisfies TargetConfiguration['inputs'];

/** `typecheck`: strict tsc over the declarations the package publishes, as a NodeNext consumer sees them. */
function typecheckTarget(input: PackageProjectInput, options: NormalizedPluginOptions): TargetConfiguration {
  const files = input.manifest.declarations.map((file) => `${input.root}/${file}`);
  // After generate: the package folder is that target's output, and swapping it in mid-check would race.
  const dependsOn = input.catalogInWorkspace ? [`^${options.generateTargetName}`] : [];
  const metadata = { description: 'Type-check the package declarations with strict tsc', technologies: ['typescript'] };
  if (files.length === 0) {
    // Nothing typed to check (a data-only package): keep the target so `nx run-many -t typecheck` covers every package.
    return { executor: 'nx:noop', cache: true, dependsOn, metadata };
  }
  const flags = '--noEmit --strict --skipLibCheck false --target es2022 --lib es2023 --module nodenext --moduleResolution nodenext';
  return {
    executor: 'nx:run-commands',
    options: { command: `tsc ${flags} ${files.join(' ')}` },
    cache: true,
    inputs: [
      'default',
      '^default',
      // Nx hashes `default` from the files as they were before the run, but `generate` (a dependency)
      // may restore or rewrite the package first: hash what tsc will read as generate left it, or a
      // result would be cached under content it never checked and served later for that content.
      ...(input.catalogInWorkspace ? GENERATED_DECLARATION_INPUTS : []),
      { externalDependencies: ['typescript'] },
    ],
    outputs: [],
    dependsOn,
    metadata,
  };
}

/** The target Nx Release runs to publish a project (`nx release publish`). */
const RELEASE_PUBLISH_TARGET = 'nx-release-publish';

/**
 * `nx-release-publish`: `npm publish` of the package folder, run by Nx Release. Never cached: it acts
 * on a registry. Its dependencies are published first, like Nx's own implicit target.
 */
function releasePublishTarget(input: PackageProjectInput): TargetConfiguration {
  return {
    executor: '@errata/generators:release-publish',
    dependsOn: [`^${RELEASE_PUBLISH_TARGET}`],
    options: {},
    metadata: { description: `Publish ${input.manifest.name ?? input.dir} to the npm registry (run by \`errata release\` through Nx Release)`, technologies: ['npm'] },
  };
}

/**
 * The Nx project of one generated package. Pure. It is named like its npm package (falling back to
 * the folder name), because npm workspaces make Nx infer the same root from package.json under that
 * name, and one root must have one name: the two configurations merge into one project.
 */
export function packageProject(input: PackageProjectInput, options: NormalizedPluginOptions): ProjectConfiguration {
  const { manifest } = input;
  return {
    name: manifest.name ?? input.dir,
    root: input.root,
    projectType: 'library',
    tags: ['errata:package', `errata:${manifest.kind}`, `catalog:${manifest.catalog}`],
    // `nx affected` flows from a catalog edit to the packages it generates.
    ...(input.catalogInWorkspace ? { implicitDependencies: [manifest.catalog] } : {}),
    targets: { [options.typecheckTargetName]: typecheckTarget(input, options), [RELEASE_PUBLISH_TARGET]: releasePublishTarget(input) },
  };
}
