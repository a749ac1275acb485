import { resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { CatalogModel } from '../model/catalog-model.js';
import { buildCatalogModel } from '../model/build-model.js';
import { findRepositoryRoot } from '../util/repository-root.js';
import { createSchemaValidators, type SchemaValidators } from '../validate/schema-validation.js';
import { validateCatalogFiles } from '../validate/validate-catalog.js';
import { validateWorkspaceFile } from '../validate/validate-workspace.js';
import { readCatalogFiles } from './catalog-files.js';
import { readWorkspaceFile, type WorkspaceFile } from './workspace-file.js';

/** The result of loading a catalog folder: the model when it is valid, and every diagnostic. */
export interface CatalogLoad {
  readonly dir: string;
  readonly model?: CatalogModel;
  readonly diagnostics: readonly Diagnostic[];
}

/** The workspace settings around catalogs: its errata.yaml (when there is one) and that file's diagnostics. */
export interface WorkspaceLoad {
  /** Absent outside a workspace; then there are no defaults. */
  readonly file?: WorkspaceFile;
  readonly diagnostics: readonly Diagnostic[];
}

export interface LoadOptions {
  /** Diagnostics show file paths relative to this folder (default: process.cwd()). */
  readonly cwd?: string;
  /** Compiled schemas, to share across catalogs of one run. */
  readonly schemas?: SchemaValidators;
  /**
   * `catalog-id` wherever the folder is (`--strict-folder-name`). Default false: only a folder directly
   * under `catalogs/` (the workspace layout) must be named for its id; a snapshot elsewhere may have any name.
   */
  readonly strictFolderName?: boolean;
  /**
   * The workspace the catalog inherits defaults from, loaded once for many catalogs with `loadWorkspace`;
   * its diagnostics are then the caller's to report. Default: the errata.yaml at the catalog's
   * repository root, whose diagnostics join the catalog's.
   */
  readonly workspace?: WorkspaceLoad;
}

/** Reads and validates the errata.yaml of the workspace at `root` (none when `root` is undefined). */
export function loadWorkspace(root: string | undefined, options: Pick<LoadOptions, 'cwd' | 'schemas'> = {}): WorkspaceLoad {
  if (root === undefined) return { diagnostics: [] };
  const file = readWorkspaceFile(root, options.cwd ?? process.cwd());
  return { file, diagnostics: validateWorkspaceFile(file, options.schemas ?? createSchemaValidators()) };
}

/**
 * Reads, validates and models one catalog folder, with the defaults of its workspace. A catalog
 * whose workspace file is invalid gets no model. Never throws for problems in the user's files.
 */
export function loadCatalog(dir: string, options: LoadOptions = {}): CatalogLoad {
  const cwd = options.cwd ?? process.cwd();
  const schemas = options.schemas ?? createSchemaValidators();
  const absolute = resolve(cwd, dir);
  const workspace = options.workspace ?? loadWorkspace(findRepositoryRoot(absolute), { cwd, schemas });
  const files = { ...readCatalogFiles(absolute, cwd), ...(workspace.file ? { workspace: workspace.file } : {}) };
  const diagnostics = [
    ...(options.workspace ? [] : workspace.diagnostics),
    ...validateCatalogFiles(files, schemas, { strictFolderName: options.strictFolderName ?? false }),
  ];
  if (hasErrors(diagnostics) || hasErrors(workspace.diagnostics)) return { dir, diagnostics };
  return { dir, model: buildCatalogModel(files), diagnostics };
}
