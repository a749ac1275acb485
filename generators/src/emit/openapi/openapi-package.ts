import type { CatalogModel } from '../../model/catalog-model.js';
import { generatedNotice, type EmitContext, type GeneratedPackage } from '../virtual-file.js';
import { packageManifest } from '../package-manifest.js';
import { compactJsonText, jsonComponentRef, yamlText } from './document-text.js';
import { entryModule, entryTypes } from './entry-module.js';
import { openapiDocument } from './openapi-document.js';
import type { OpenApiDocument } from './openapi-types.js';
import { openapiReadme } from './openapi-readme.js';

/**
 * Emits `packages/<id>-openapi`. The document is written once, as components.json; components.yaml
 * holds the same document with each component a `$ref` into components.json (so a `$ref` into
 * the YAML resolves to the same objects), and the JS entry imports the JSON.
 */
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
      { path: 'components.yaml', contents: yamlText(yamlIndex(document), notice) },
      { path: 'components.json', contents: compactJsonText(document) },
      entryModule(notice),
      entryTypes(document, notice),
    ],
  };
}

/** The document with every component replaced by a `$ref` to it in components.json. */
function yamlIndex(document: OpenApiDocument): OpenApiDocument {
  const refs = (kind: string, components: Record<string, unknown>) =>
    Object.fromEntries(Object.keys(components).map((name) => [name, { $ref: jsonComponentRef(kind, name) }]));
  return {
    ...document,
    components: { schemas: refs('schemas', document.components.schemas), responses: refs('responses', document.components.responses) },
  } as unknown as OpenApiDocument;
}
