import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { displayPath } from '../util/display-path.js';
import { isUnreadableFileError } from '../util/file-errors.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { WorkspaceFile } from './workspace-file.js';
import { decodeUtf8, parseYamlSource, type YamlSource } from './yaml-source.js';

/** A locale file of a catalog: `locales/<locale>.yaml`. */
export interface LocaleFile {
  /** The locale named by the file name. */
  readonly locale: string;
  readonly source: YamlSource;
}

/**
 * The folder of the workspace's catalogs. A catalog folder directly inside it is named for its id:
 * the folder name is the Nx project and the prefix of the generated packages' folders.
 */
export const workspaceCatalogsFolder = 'catalogs';

/** The parsed files of one catalog folder. */
export interface CatalogFiles {
  readonly dir: string;
  /** Folder name, which must equal the catalog id where `inWorkspaceLayout` (rule `catalog-id`). */
  readonly folderName: string;
  /** Whether the folder sits directly in a folder named `catalogs` (the workspace layout `catalogs/<id>/`). */
  readonly inWorkspaceLayout: boolean;
  readonly catalog?: YamlSource;
  readonly locales: readonly LocaleFile[];
  /** The workspace's errata.yaml the catalog inherits defaults from, when the loader found one. */
  readonly workspace?: WorkspaceFile;
  /** Problems reading the folder itself (missing catalog.yaml, unreadable files). */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads and parses `catalog.yaml` and `locales/*.yaml` of a catalog folder; never throws for user errors. */
export function readCatalogFiles(dir: string, cwd: string): CatalogFiles {
  const display = (path: string) => displayPath(cwd, path);
  const diagnostics: Diagnostic[] = [];
  const trimmed = dir.replace(/[\\/]+$/, '');
  const folderName = basename(trimmed);
  const inWorkspaceLayout = basename(dirname(trimmed)) === workspaceCatalogsFolder;
  const read = (path: string): YamlSource | undefined => {
    try {
      const { text, problem } = decodeUtf8(readFileSync(path));
      return parseYamlSource(display(path), text, problem);
    } catch (error) {
      // Only the file system's refusals are the user's problem; a bug in the parser is not "unreadable".
      if (!isUnreadableFileError(error)) throw error;
      diagnostics.push({ file: display(path), line: 1, column: 1, severity: 'error', rule: 'unreadable-file', message: `cannot read the file: ${error.code}` });
      return undefined;
    }
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    diagnostics.push({ file: display(dir), line: 1, column: 1, severity: 'error', rule: 'missing-catalog', message: 'no such catalog folder; pass a folder that holds a catalog.yaml' });
    return { dir, folderName, inWorkspaceLayout, locales: [], diagnostics };
  }
  const catalogPath = join(dir, 'catalog.yaml');
  if (!existsSync(catalogPath)) {
    diagnostics.push({ file: display(catalogPath), line: 1, column: 1, severity: 'error', rule: 'missing-catalog', message: 'the catalog folder has no catalog.yaml' });
    return { dir, folderName, inWorkspaceLayout, locales: [], diagnostics };
  }
  const catalog = read(catalogPath);
  const localesDir = join(dir, 'locales');
  const locales: LocaleFile[] = [];
  if (existsSync(localesDir)) {
    for (const name of readdirSync(localesDir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      const source = read(join(localesDir, name));
      if (source) locales.push({ locale: name.replace(/\.ya?ml$/, ''), source });
    }
  }
  return { dir, folderName, inWorkspaceLayout, ...(catalog ? { catalog } : {}), locales, diagnostics };
}
