/**
 * The body schemas of one status: `oneOf` variants, one per code (envelope) or per error entry
 * (problem), each the generic schema (`allOf`) narrowed by `const` to its code and tied by `$ref`
 * to its `data` schema. Generated client types (openapi-typescript) narrow a body on its `code`,
 * and bundlers keep the data schemas because they are referenced.
 */
import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import { codeGroups } from './code-schema.js';
import { dataSchemaOf } from './data-schema.js';
import { envelopeOrder } from './envelope-schema.js';
import { PROBLEM_REQUIRED, paramsSchema } from './problem-schema.js';
import { ENVELOPE_SCHEMA, PROBLEM_SCHEMA, codeKind, schemaRef, type SchemaObject } from './openapi-types.js';

/** The envelope body of a status: one variant per code answered with it, in catalog order. */
export function envelopeBodySchema(catalog: CatalogModel, entries: readonly EntryModel[]): SchemaObject {
  return oneOf(codeGroups(entries).map((group) => envelopeVariant(catalog, group)));
}

/** The problem body of a status: one variant per error entry answered with it (the `key` tells entries sharing a code apart). */
export function problemBodySchema(status: number, errors: readonly EntryModel[]): SchemaObject {
  return oneOf(errors.map((entry) => problemVariant(status, entry)));
}

/**
 * `oneOf` the variants; a lone variant as is, since a one-branch `oneOf` is noise (Redocly's
 * `no-illogical-composition-keywords`). Where every variant extends the same schema, its `allOf`
 * and `type` are said once beside the `oneOf` rather than in each of thousands of branches.
 */
function oneOf(variants: SchemaObject[]): SchemaObject {
  if (variants.length === 1) return variants[0]!;
  const base = JSON.stringify(variants[0]!['allOf']);
  const type = variants[0]!['type'];
  // Object bodies only: tuple (`prefixItems`) branches need their own `type` for generated types to read them.
  if (type !== 'object' || !variants.every((v) => JSON.stringify(v['allOf']) === base && v['type'] === type)) return { oneOf: variants };
  return {
    allOf: variants[0]!['allOf'],
    type,
    oneOf: variants.map(({ allOf: _allOf, type: _type, ...rest }) => rest),
  };
}

/** The envelope of the code's kind, with the code fixed and the data tied to the code's schema. */
function envelopeVariant(catalog: CatalogModel, group: readonly EntryModel[]): SchemaObject {
  const first = group[0]!;
  // Error envelope when any entry is an error: a code shared across kinds is in both code schemas.
  const kind = group.some((e) => codeKind(e) === 'error') ? 'error' : 'success';
  const code = { const: first.code };
  const data = dataSchemaOf(group);
  const envelope = catalog.envelope;
  const narrowed: SchemaObject =
    envelope.shape === 'object'
      ? {
          type: 'object',
          required: [envelope.fields.code],
          properties: Object.fromEntries([[envelope.fields.code, code], ...(data ? [[envelope.fields.data, data]] : [])]),
        }
      : // Every position, unconstrained ones as `{}`: tuple types of different lengths would not intersect.
        { type: 'array', prefixItems: envelopeOrder(catalog).map((part) => (part === 'code' ? code : part === 'data' && data ? data : {})) };
  return { title: variantTitle(group), allOf: [schemaRef(ENVELOPE_SCHEMA[kind])], ...narrowed, ...flags(group) };
}

function problemVariant(status: number, entry: EntryModel): SchemaObject {
  const data = dataSchemaOf([entry]);
  const params = paramsSchema(entry);
  const properties: SchemaObject = {
    status: { const: status },
    code: { const: entry.code },
    key: { const: entry.key },
    retryable: { const: entry.retryable },
    ...(data ? { data } : {}),
    ...(params ? { params } : {}),
  };
  return {
    title: entry.key,
    allOf: [schemaRef(PROBLEM_SCHEMA)],
    type: 'object',
    required: PROBLEM_REQUIRED.filter((name) => name in properties),
    properties,
    ...flags([entry]),
  };
}

/** The keys of a variant's entries; public ones only when there are some, as internal keys leave public docs. */
function variantTitle(group: readonly EntryModel[]): string {
  const shown = group.some((e) => e.visibility === 'public') ? group.filter((e) => e.visibility === 'public') : group;
  return shown.map((e) => e.key).join(' | ');
}

/** `deprecated` and `x-internal` when every entry of the variant is. */
function flags(group: readonly EntryModel[]): SchemaObject {
  return {
    ...(group.every((e) => e.deprecated) ? { deprecated: true } : {}),
    ...(group.every((e) => e.visibility === 'internal') ? { 'x-internal': true } : {}),
  };
}
