/** The `packages/<id>-errors` emitter: typed error classes, factory, guards and wire decoder of a catalog. */
import type { CatalogModel } from '../../model/catalog-model.js';
import { renderErrorsReadme } from '../docs/errors-readme.js';
import { packageManifest } from '../package-manifest.js';
import { generatedNotice, type EmitContext, type GeneratedPackage } from '../virtual-file.js';
import { indexDtsStatements } from './index-dts.js';
import { indexJsStatements } from './index-js.js';
import { sanitizeLineComment } from './jsdoc.js';
import { createTsPrinter } from './ts-printer.js';

/** Emits `packages/<id>-errors`: package.json, README.md, index.js (ES2022 ESM) and index.d.ts. Pure. */
export function emitErrorsPackage(catalog: CatalogModel, context: EmitContext): GeneratedPackage {
  const printer = createTsPrinter();
  const header = `// ${sanitizeLineComment(generatedNotice(context))}`;
  return {
    dir: `${catalog.id}-errors`,
    files: [
      packageManifest(catalog, context, {
        name: catalog.packages.errors,
        description: `Typed errors of ${catalog.title}`,
        exports: { '.': { types: './index.d.ts', default: './index.js' }, './package.json': './package.json' },
        files: ['index.js', 'index.d.ts'],
        types: './index.d.ts',
        kind: 'errors',
      }),
      { path: 'README.md', contents: renderErrorsReadme(catalog, context) },
      { path: 'index.js', contents: printer.print('/index.js', [header, ...indexJsStatements(catalog)]) },
      { path: 'index.d.ts', contents: printer.print('/index.d.ts', [header, ...indexDtsStatements(catalog)]) },
    ],
  };
}
