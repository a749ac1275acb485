import type { CatalogModel } from '../../model/catalog-model.js';
import { generatedNotice, type EmitContext } from '../virtual-file.js';
import { codeSchema, presentKinds, responseCodeSchema } from './code-schema.js';
import { dataSchemas } from './data-schema.js';
import { envelopeSchema } from './envelope-schema.js';
import { problemSchema } from './problem-schema.js';
import { responses } from './status-responses.js';
import { CODE_SCHEMA, ENVELOPE_SCHEMA, PROBLEM_SCHEMA, RESPONSE_CODE_SCHEMA, type OpenApiDocument, type SchemaObject } from './openapi-types.js';

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
    components: { schemas: schemas(catalog), responses: responses(catalog) },
    // JSON has no comments, so the generated notice travels inside the document as well.
    'x-errata': { catalog: catalog.id, source: context.catalogPath, generated: generatedNotice(context) },
  };
}

/**
 * Envelopes and `Problem` first (what an API embeds), then the code schemas, then the data
 * schemas. A kind of code the catalog lacks has no envelope nor code schema; no errors, no `Problem`.
 */
function schemas(catalog: CatalogModel): Record<string, SchemaObject> {
  const kinds = presentKinds(catalog);
  return {
    ...Object.fromEntries(kinds.map((kind) => [ENVELOPE_SCHEMA[kind], envelopeSchema(catalog, kind)])),
    ...(kinds.includes('error') ? { [PROBLEM_SCHEMA]: problemSchema(catalog) } : {}),
    [RESPONSE_CODE_SCHEMA]: responseCodeSchema(catalog),
    ...Object.fromEntries(kinds.map((kind) => [CODE_SCHEMA[kind], codeSchema(catalog, kind)])),
    ...dataSchemas(catalog),
  };
}
