import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import devkit from '@nx/devkit';
import devkitInternal from '@nx/devkit/internal';
import type { CreateNodesContext, CreateNodesResult, CreateNodesResultArray, CreateNodesV2 } from '@nx/devkit';
import { parse as parseYaml } from 'yaml';
import { isRecord } from '../util/is-record.js';
import { catalogProject, type CatalogSummary } from './catalog-project.js';
import { GENERATORS_TSCONFIG, generatorsProject } from './generators-project.js';
import { NodesCache } from './nodes-cache.js';
import { packageProject, readGeneratedManifest } from './package-project.js';
import { normalizeOptions, type ErrataPluginOptions, type NormalizedPluginOptions } from './plugin-options.js';

/** Files the plugin infers projects from: catalogs, generated packages, and the errata sources when present. */
export const PROJECT_FILES_GLOB = `{catalogs/*/catalog.yaml,packages/*/package.json,${GENERATORS_TSCONFIG}}`;

const CATALOG_FILE = /^catalogs\/([^/]+)\/catalog\.yaml$/;
const PACKAGE_FILE = /^packages\/([^/]+)\/package\.json$/;

/** Everything one createNodes call shares across files; also part of each file's cache key. */
interface WorkspaceFacts {
  readonly catalogIds: ReadonlySet<string>;
  readonly generatorsProject?: string;
}

/** Infers the Errata projects from `files`, caching the nodes of each file by content hash in `cacheFile`. */
export function inferErrataNodes(
  files: readonly string[],
  rawOptions: ErrataPluginOptions | undefined,
  context: CreateNodesContext,
  cacheFile: string,
): CreateNodesResultArray {
  const options = normalizeOptions(rawOptions);
  const facts = workspaceFacts(files, context.workspaceRoot);
  const cache = new NodesCache<CreateNodesResult>(cacheFile);
  // Hash first (cheap: file bytes + options + the plugin's own code), parse only on a miss.
  const sharedKey = [pluginCodeFingerprint(), JSON.stringify(options), [...facts.catalogIds].join(','), facts.generatorsProject ?? ''];
  const results = files.map((file): readonly [string, CreateNodesResult] => {
    const contents = readFileSync(join(context.workspaceRoot, file), 'utf8');
    const hash = devkit.hashArray([...sharedKey, file, contents]);
    return [file, cache.getOrCompute(hash, () => nodesForFile(file, contents, options, facts))];
  });
  cache.save();
  return results;
}

/** The nodes of one matched file. Pure apart from nothing: `contents` is passed in. */
function nodesForFile(
  file: string,
  contents: string,
  options: NormalizedPluginOptions,
  facts: WorkspaceFacts,
): CreateNodesResult {
  const catalog = CATALOG_FILE.exec(file);
  if (catalog?.[1]) {
    const root = dirname(file);
    const project = catalogProject(
      { id: catalog[1], root, summary: readCatalogSummary(contents), ...optionalGenerators(facts) },
      options,
    );
    return { projects: { [root]: project } };
  }
  const generated = PACKAGE_FILE.exec(file);
  if (generated?.[1]) {
    const manifest = readGeneratedManifest(parseJsonOrUndefined(contents));
    if (!manifest) return {}; // a hand-written package (e.g. packages/runtime) is not ours to describe
    const root = dirname(file);
    const input = { dir: generated[1], root, manifest, catalogInWorkspace: facts.catalogIds.has(manifest.catalog) };
    return { projects: { [root]: packageProject(input, options) } };
  }
  if (file === GENERATORS_TSCONFIG && facts.generatorsProject) {
    return { projects: { generators: generatorsProject(facts.generatorsProject, options) } };
  }
  return {};
}

function optionalGenerators(facts: WorkspaceFacts): { generatorsProject?: string } {
  return facts.generatorsProject ? { generatorsProject: facts.generatorsProject } : {};
}

/** Title, version and locales of a catalog; an unparsable file gives an empty summary (validate reports it). */
function readCatalogSummary(contents: string): CatalogSummary {
  let document: unknown;
  try {
    document = parseYaml(contents);
  } catch {
    return {};
  }
  if (typeof document !== 'object' || document === null) return {};
  const { title, version, locales } = document as Record<string, unknown>;
  return {
    ...(typeof title === 'string' ? { title } : {}),
    ...(typeof version === 'string' ? { version } : {}),
    ...(Array.isArray(locales) ? { locales: locales.filter((l): l is string => typeof l === 'string') } : {}),
  };
}

function workspaceFacts(files: readonly string[], workspaceRoot: string): WorkspaceFacts {
  const catalogIds = new Set(files.flatMap((file) => CATALOG_FILE.exec(file)?.[1] ?? []).sort());
  if (!files.includes(GENERATORS_TSCONFIG)) return { catalogIds };
  // The package-json plugin names the generators project after its package; use the same name.
  const manifest = parseJsonOrUndefined(readFileOrEmpty(join(workspaceRoot, 'generators/package.json')));
  const name = isRecord(manifest) && typeof manifest['name'] === 'string' ? manifest['name'] : '@errata/generators';
  return { catalogIds, generatorsProject: name };
}

/** Content of the plugin's compiled modules, so a changed builder invalidates cached nodes. */
function pluginCodeFingerprint(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const modules = ['plugin.js', 'catalog-project.js', 'package-project.js', 'generators-project.js', 'plugin-options.js', '../util/is-record.js'];
  return devkit.hashArray(modules.map((name) => readFileOrEmpty(join(here, name))));
}

function readFileOrEmpty(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The plugin cache file for these options, under Nx's workspace data directory. */
function nodesCacheFile(workspaceRoot: string, options: ErrataPluginOptions | undefined): string {
  // Nx's data directory is resolved for the workspace Nx runs in; a direct call on another root keeps its own.
  const dataDirectory =
    workspaceRoot === devkit.workspaceRoot
      ? devkitInternal.workspaceDataDirectory
      : join(workspaceRoot, '.nx', 'workspace-data');
  return join(dataDirectory, `errata-${devkit.hashArray([JSON.stringify(normalizeOptions(options))])}.hash`);
}

/** The `createNodesV2` entry Nx calls with every matching file at once. */
export const createNodesV2: CreateNodesV2<ErrataPluginOptions> = [
  PROJECT_FILES_GLOB,
  (files, options, context) => inferErrataNodes(files, options, context, nodesCacheFile(context.workspaceRoot, options)),
];

/** Same as `createNodesV2`: the name Nx 22+ prefers. */
export const createNodes = createNodesV2;

/** Plugin name shown by Nx in errors and `nx show project`. */
export const name = '@errata/generators/plugin';
