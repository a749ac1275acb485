import { resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { CatalogModel } from '../model/catalog-model.js';
import { buildCatalogModel } from '../model/build-model.js';
import { createSchemaValidators, type SchemaValidators } from '../validate/schema-validation.js';
import { validateCatalogFiles } from '../validate/validate-catalog.js';
import { readCatalogFiles } from './catalog-files.js';

/** The result of loading a catalog folder: the model when it is valid, and every diagnostic. */
export interface CatalogLoad {
  readonly dir: string;
  readonly model?: CatalogModel;
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
}

/** Reads, validates and models one catalog folder. Never throws for problems in the user's files. */
export function loadCatalog(dir: string, options: LoadOptions = {}): CatalogLoad {
  const cwd = options.cwd ?? process.cwd();
  const files = readCatalogFiles(resolve(cwd, dir), cwd);
  const diagnostics = validateCatalogFiles(files, options.schemas ?? createSchemaValidators(), { strictFolderName: options.strictFolderName ?? false });
  if (hasErrors(diagnostics)) return { dir, diagnostics };
  return { dir, model: buildCatalogModel(files), diagnostics };
}
