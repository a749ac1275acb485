import type { CatalogModel } from '../../model/catalog-model.js';
import type { EmitContext, GeneratedPackage } from '../virtual-file.js';
import { packageManifest } from '../package-manifest.js';

/** Emits `packages/<id>-i18n`. (Placeholder until the i18n emitter lands.) */
export function emitI18nPackage(catalog: CatalogModel, context: EmitContext): GeneratedPackage {
  return {
    dir: `${catalog.id}-i18n`,
    files: [
      packageManifest(catalog, context, {
        name: catalog.packages.i18n,
        description: `ICU message bundles of ${catalog.title}`,
        exports: { './messages/*.json': './messages/*.json' },
        files: ['messages'],
        kind: 'i18n',
      }),
    ],
  };
}
