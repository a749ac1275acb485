import { basename, relative } from 'node:path';
import { emitCatalog } from '../emit/emit-catalog.js';
import type { GeneratedPackage } from '../emit/virtual-file.js';
import { generatorVersion } from '../util/generator-version.js';
import { findRepositoryRoot } from '../util/repository-root.js';
import type { LoadedCatalogs } from './catalog-dirs.js';

/** Every package of every valid catalog loaded, as `generate` writes them and `release` checks them. */
export function generatedPackages(loads: LoadedCatalogs['loads']): GeneratedPackage[] {
  const version = generatorVersion();
  return loads.flatMap((load) => (load.model ? emitCatalog(load.model, { catalogPath: catalogPathFor(load.absoluteDir), generatorVersion: version }) : []));
}

/** The catalog file's path relative to the repository root, the same on every machine. */
function catalogPathFor(dir: string): string {
  const root = findRepositoryRoot(dir);
  const path = root ? relative(root, `${dir}/catalog.yaml`) : `${basename(dir)}/catalog.yaml`;
  return path.split('\\').join('/');
}
