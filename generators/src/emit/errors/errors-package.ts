import type { CatalogModel } from '../../model/catalog-model.js';
import type { EmitContext, GeneratedPackage } from '../virtual-file.js';
import { packageManifest } from '../package-manifest.js';
import { renderErrorsReadme } from '../docs/errors-readme.js';

/** Emits `packages/<id>-errors`. (Placeholder until the TypeScript emitter lands.) */
export function emitErrorsPackage(catalog: CatalogModel, context: EmitContext): GeneratedPackage {
  return {
    dir: `${catalog.id}-errors`,
    files: [
      packageManifest(catalog, context, {
        name: catalog.packages.errors,
        description: `Typed errors of ${catalog.title}`,
        exports: { '.': { types: './index.d.ts', default: './index.js' } },
        files: ['index.js', 'index.d.ts'],
        kind: 'errors',
      }),
      { path: 'README.md', contents: renderErrorsReadme(catalog, context) },
    ],
  };
}
