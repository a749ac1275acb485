import type { CatalogModel } from '../../model/catalog-model.js';
import { generatedNotice, type EmitContext } from '../virtual-file.js';
import { codeSchema } from './code-schema.js';
import { dataSchemas, envelopeSchema } from './envelope-schema.js';
import { responses } from './error-responses.js';
import { CODE_SCHEMA, ENVELOPE_SCHEMA, type OpenApiDocument } from './openapi-types.js';

/**
 * The components-only OpenAPI 3.1 document of a catalog, as plain data. `paths` is empty but
 * present because 3.0-era tools still require it; 3.1 itself would accept components alone.
 */
export function openapiDocument(catalog: CatalogModel, context: EmitContext): OpenApiDocument {
  const description = [catalog.description?.trim(), `Error components of ${catalog.title}, to embed by \`$ref\` in an API description.`]
    .filter(Boolean)
    .join('\n\n');
  return {
    openapi: '3.1.0',
    info: { title: `${catalog.title} error components`, version: catalog.version, description },
    ...(catalog.docs.baseUrl ? { externalDocs: { url: catalog.docs.baseUrl, description: `${catalog.title} error reference` } } : {}),
    paths: {},
    components: {
      schemas: {
        [ENVELOPE_SCHEMA]: envelopeSchema(catalog),
        [CODE_SCHEMA]: codeSchema(catalog),
        ...dataSchemas(catalog),
      },
      responses: responses(catalog),
    },
    // JSON has no comments, so the generated notice travels inside the document as well.
    'x-errata': { catalog: catalog.id, source: context.catalogPath, generated: generatedNotice(context) },
  };
}
