import type { CatalogModel } from '../../model/catalog-model.js';
import { generatedNotice, type EmitContext, type GeneratedPackage } from '../virtual-file.js';
import { packageManifest } from '../package-manifest.js';
import { jsonText } from '../../util/json-text.js';
import { yamlText } from './document-text.js';
import { entryModule, entryTypes } from './entry-module.js';
import { openapiDocument } from './openapi-document.js';
import { openapiReadme } from './openapi-readme.js';

/** Emits `packages/<id>-openapi`: the components document as YAML, JSON and a JS module, with types and a README. */
export function emitOpenapiPackage(catalog: CatalogModel, context: EmitContext): GeneratedPackage {
  const document = openapiDocument(catalog, context);
  const notice = generatedNotice(context);
  return {
    dir: `${catalog.id}-openapi`,
    files: [
      packageManifest(catalog, context, {
        name: catalog.packages.openapi,
        description: `OpenAPI 3.1 error components of ${catalog.title}`,
        main: './index.js',
        types: './index.d.ts',
        exports: {
          '.': { types: './index.d.ts', default: './index.js' },
          './components.yaml': './components.yaml',
          './components.json': './components.json',
          './package.json': './package.json',
        },
        files: ['index.js', 'index.d.ts', 'components.yaml', 'components.json'],
        keywords: ['openapi', 'openapi-3.1'],
        kind: 'openapi',
      }),
      { path: 'README.md', contents: openapiReadme(catalog, document, notice) },
      { path: 'components.yaml', contents: yamlText(document, notice) },
      { path: 'components.json', contents: jsonText(document) },
      entryModule(document, notice),
      entryTypes(document, notice),
    ],
  };
}
