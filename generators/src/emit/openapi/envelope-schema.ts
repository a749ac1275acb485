import type { CatalogModel, EnvelopePart } from '../../model/catalog-model.js';
import { CODE_SCHEMA, codeKind, dataSchemaName, schemaRef, type CodeKind, type SchemaObject } from './openapi-types.js';

/**
 * The `ErrorEnvelope` or `SuccessEnvelope` schema: the body of a response with a code of that kind,
 * as an object with the catalog's field names or as a positional array (`prefixItems`). `data` is
 * only described when some entry declares a payload, since APIs such as `{ code, message }` never
 * send one. The per-status responses narrow these to their codes.
 */
export function envelopeSchema(catalog: CatalogModel, kind: CodeKind): SchemaObject {
  const envelope = catalog.envelope;
  const parts = partSchemas(catalog, kind);
  const description =
    kind === 'error'
      ? `The body of a ${catalog.title} response that refuses the request; \`code\` is an error code.`
      : `The body of a ${catalog.title} response that carries out the request, in full, in part or queued; \`code\` tells which.`;
  if (envelope.shape === 'object') {
    const fields: [string, SchemaObject][] = [[envelope.fields.code, parts.code], [envelope.fields.message, parts.message]];
    if (hasData(catalog)) fields.push([envelope.fields.data, parts.data]);
    const properties = Object.fromEntries(fields);
    return { type: 'object', description, required: [envelope.fields.code, envelope.fields.message], properties };
  }
  const order = envelopeOrder(catalog);
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

/** The positions of an array envelope, without `data` when no entry has a payload. */
export function envelopeOrder(catalog: CatalogModel): EnvelopePart[] {
  if (catalog.envelope.shape !== 'array') return [];
  return catalog.envelope.order.filter((part) => part !== 'data' || hasData(catalog));
}

/** Positions a body must have: all up to the last one that is not the optional `data`. */
export function requiredPositions(order: readonly EnvelopePart[]): number {
  return order[order.length - 1] === 'data' ? order.length - 1 : order.length;
}

function partSchemas(catalog: CatalogModel, kind: CodeKind): Record<EnvelopePart, SchemaObject> {
  // Public schemas only: the text must not name a schema `remove-x-internal` drops.
  const dataNames = catalog.entries
    .filter((e) => e.data !== undefined && e.visibility === 'public' && codeKind(e) === kind)
    .map((e) => `\`${dataSchemaName(e.pascalName)}\``);
  return {
    code: { ...schemaRef(CODE_SCHEMA[kind]) },
    message: { type: 'string', description: `Human-readable message, in the default locale (${catalog.defaultLocale}).` },
    data: {
      description: `Payload; its shape depends on the code${dataNames.length ? ` (see ${dataNames.join(', ')})` : ''}.`,
    },
  };
}
