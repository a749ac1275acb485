import type { CatalogModel } from '../../model/catalog-model.js';
import type { EmitContext, GeneratedPackage } from '../virtual-file.js';
import { packageManifest } from '../package-manifest.js';

/** Emits `packages/<id>-openapi`. (Placeholder until the OpenAPI emitter lands.) */
export function emitOpenapiPackage(catalog: CatalogModel, context: EmitContext): GeneratedPackage {
  return {
    dir: `${catalog.id}-openapi`,
    files: [
      packageManifest(catalog, context, {
        name: catalog.packages.openapi,
        description: `OpenAPI 3.1 error components of ${catalog.title}`,
        exports: { './components.yaml': './components.yaml', './components.json': './components.json' },
        files: ['components.yaml', 'components.json'],
        kind: 'openapi',
      }),
    ],
  };
}
