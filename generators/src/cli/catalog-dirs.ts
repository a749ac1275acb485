import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadCatalog, loadWorkspace, type CatalogLoad, type LoadOptions, type WorkspaceLoad } from '../load/load-catalog.js';
import { findRepositoryRoot } from '../util/repository-root.js';
import { createSchemaValidators } from '../validate/schema-validation.js';
import type { CliIO } from './command.js';

/** The catalog folders a command works on: the given ones, or every folder under `catalogs/`. */
function catalogDirs(positionals: readonly string[], cwd: string): string[] {
  if (positionals.length > 0) return [...positionals];
  const root = join(cwd, 'catalogs');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => `catalogs/${d.name}`)
    .sort();
}

/** Every catalog a command was given, loaded with one set of compiled schemas, and all their diagnostics (each workspace file's once). */
export interface LoadedCatalogs {
  readonly loads: readonly (CatalogLoad & { readonly absoluteDir: string })[];
  readonly diagnostics: readonly Diagnostic[];
}

/** How the commands load: `strictFolderName` is `--strict-folder-name` (see LoadOptions); `schemas`, compiled validators a caller shares across runs (the Nx batch executor). */
export type CatalogDirsOptions = Pick<LoadOptions, 'strictFolderName' | 'schemas'>;

/**
 * Loads the catalogs `errata <command>` works on (see `catalogDirs`), with the loader's one folder-name
 * rule (see LoadOptions.strictFolderName). When there are none, says so on stderr and returns
 * undefined: the caller exits with a usage error.
 */
export function loadCatalogDirs(command: string, positionals: readonly string[], io: CliIO, options: CatalogDirsOptions = {}): LoadedCatalogs | undefined {
  const dirs = catalogDirs(positionals, io.cwd);
  if (dirs.length === 0) {
    io.stderr.write(`errata ${command}: no catalogs found; pass a catalog folder or run from the repository root (catalogs/<id>/catalog.yaml)\n`);
    return undefined;
  }
  const schemas = options.schemas ?? createSchemaValidators();
  // One errata.yaml per workspace root, read once and reported once however many catalogs inherit it.
  const workspaces = new Map<string | undefined, WorkspaceLoad>();
  const workspaceOf = (absoluteDir: string): WorkspaceLoad => {
    const root = findRepositoryRoot(absoluteDir);
    let workspace = workspaces.get(root);
    if (!workspace) workspaces.set(root, (workspace = loadWorkspace(root, { cwd: io.cwd, schemas })));
    return workspace;
  };
  const loads = dirs.map((dir) => {
    const absoluteDir = resolve(io.cwd, dir);
    const workspace = workspaceOf(absoluteDir);
    return { ...loadCatalog(dir, { cwd: io.cwd, schemas, strictFolderName: options.strictFolderName ?? false, workspace }), absoluteDir };
  });
  const workspaceDiagnostics = [...workspaces.values()].flatMap((workspace) => workspace.diagnostics);
  return { loads, diagnostics: [...workspaceDiagnostics, ...loads.flatMap((load) => load.diagnostics)] };
}
