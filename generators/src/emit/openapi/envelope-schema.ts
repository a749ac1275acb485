import type { CatalogModel, EnvelopePart } from '../../model/catalog-model.js';
import { CODE_SCHEMA, dataSchemaName, schemaRef, type SchemaObject } from './openapi-types.js';

/**
 * The `ErrorEnvelope` schema: the body every response of the API has, as an object with the
 * catalog's field names or as a positional array (`prefixItems`). `data` is only described when
 * some entry declares a payload, since APIs such as `{ code, message }` never send one.
 */
export function envelopeSchema(catalog: CatalogModel): SchemaObject {
  const envelope = catalog.envelope;
  const parts = partSchemas(catalog);
  const description = `The body of every ${catalog.title} response; \`code\` tells the outcome.`;
  if (envelope.shape === 'object') {
    const fields: [string, SchemaObject][] = [[envelope.fields.code, parts.code], [envelope.fields.message, parts.message]];
    if (hasData(catalog)) fields.push([envelope.fields.data, parts.data]);
    const properties = Object.fromEntries(fields);
    return { type: 'object', description, required: [envelope.fields.code, envelope.fields.message], properties };
  }
  const order = envelope.order.filter((part) => part !== 'data' || hasData(catalog));
  return {
    type: 'array',
    description: `${description} Positions: \`[${order.join(', ')}]\`.`,
    prefixItems: order.map((part) => parts[part]),
    minItems: requiredPositions(order),
    maxItems: order.length,
  };
}

/** True when at least one entry declares a `data` payload. */
export function hasData(catalog: CatalogModel): boolean {
  return catalog.entries.some((e) => e.data !== undefined);
}

/** Positions a body must have: all up to the last one that is not the optional `data`. */
export function requiredPositions(order: readonly EnvelopePart[]): number {
  return order[order.length - 1] === 'data' ? order.length - 1 : order.length;
}

function partSchemas(catalog: CatalogModel): Record<EnvelopePart, SchemaObject> {
  // Public schemas only: the text must not name a schema `remove-x-internal` drops.
  const dataNames = catalog.entries.filter((e) => e.data !== undefined && e.visibility === 'public').map((e) => `\`${dataSchemaName(e.pascalName)}\``);
  return {
    code: { ...schemaRef(CODE_SCHEMA) },
    message: { type: 'string', description: `Human-readable message, in the default locale (${catalog.defaultLocale}).` },
    data: {
      description: `Payload; its shape depends on the code${dataNames.length ? ` (see ${dataNames.join(', ')})` : ''}.`,
    },
  };
}

/** The `<PascalName>Data` schemas of the entries that declare a payload, in catalog order. */
export function dataSchemas(catalog: CatalogModel): Record<string, SchemaObject> {
  return Object.fromEntries(
    catalog.entries.flatMap((entry) => {
      if (entry.data === undefined) return [];
      // structuredClone: the document must not share objects with the model (nor with itself).
      const schema: SchemaObject = { description: `The \`data\` of \`${entry.key}\` (code ${entry.code}).`, ...structuredClone(entry.data) };
      if (entry.visibility === 'internal') schema['x-internal'] = true;
      return [[dataSchemaName(entry.pascalName), schema]];
    }),
  );
}
