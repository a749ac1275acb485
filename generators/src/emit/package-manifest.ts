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
  readonly kind: 'errors' | 'openapi' | 'i18n' | 'docs';
}

/**
 * The package.json of a generated package: version from the catalog, ESM, no side effects, and the
 * catalog's publishing settings (license, author, homepage, repository, bugs, publishConfig).
 * Fields come in a fixed order, so the output is the same on every run.
 */
export function packageManifest(catalog: CatalogModel, context: EmitContext, options: ManifestOptions): VirtualFile {
  const { publish } = catalog;
  const manifest = {
    name: options.name,
    version: catalog.version,
    description: options.description,
    license: publish.license,
    ...(publish.author !== undefined ? { author: publish.author } : {}),
    ...(publish.homepage !== undefined ? { homepage: publish.homepage } : {}),
    ...(publish.repository
      ? { repository: { type: publish.repository.type, url: publish.repository.url, directory: `${publish.repository.directory}/${catalog.id}-${options.kind}` } }
      : {}),
    ...(publish.bugs ? { bugs: { ...(publish.bugs.url !== undefined ? { url: publish.bugs.url } : {}), ...(publish.bugs.email !== undefined ? { email: publish.bugs.email } : {}) } } : {}),
    type: 'module',
    sideEffects: false,
    ...(options.main ? { main: options.main } : {}),
    ...(options.types ? { types: options.types } : {}),
    exports: options.exports,
    files: [...options.files],
    keywords: ['errata', 'error-codes', catalog.id, ...(options.keywords ?? [])],
    publishConfig: {
      access: publish.access,
      ...(publish.registry !== undefined ? { registry: publish.registry } : {}),
      ...(publish.tag !== undefined ? { tag: publish.tag } : {}),
    },
    errata: { catalog: catalog.id, kind: options.kind, source: context.catalogPath, generator: context.generatorVersion },
  };
  return { path: 'package.json', contents: jsonText(manifest) };
}
