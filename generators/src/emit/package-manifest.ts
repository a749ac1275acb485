import type { CatalogModel } from '../model/catalog-model.js';
import { jsonText } from '../util/json-text.js';
import type { EmitContext, VirtualFile } from './virtual-file.js';

/** Options for a generated package's package.json; the common fields come from the catalog. */
export interface ManifestOptions {
  readonly name: string;
  readonly description: string;
  /** `exports` map of the package. */
  readonly exports: Record<string, unknown>;
  /** Published files, besides package.json and README.md which npm always includes. */
  readonly files: readonly string[];
  readonly main?: string;
  readonly types?: string;
  readonly keywords?: readonly string[];
  /** Which generated package of the catalog this is; recorded for the Nx plugin. */
  readonly kind: 'errors' | 'openapi' | 'i18n';
}

/** The package.json of a generated package: version from the catalog, ESM, no side effects. */
export function packageManifest(catalog: CatalogModel, context: EmitContext, options: ManifestOptions): VirtualFile {
  const manifest = {
    name: options.name,
    version: catalog.version,
    description: options.description,
    license: 'UNLICENSED',
    type: 'module',
    sideEffects: false,
    ...(options.main ? { main: options.main } : {}),
    ...(options.types ? { types: options.types } : {}),
    exports: options.exports,
    files: [...options.files],
    keywords: ['errata', 'error-codes', catalog.id, ...(options.keywords ?? [])],
    errata: { catalog: catalog.id, kind: options.kind, source: context.catalogPath, generator: context.generatorVersion },
  };
  return { path: 'package.json', contents: jsonText(manifest) };
}
