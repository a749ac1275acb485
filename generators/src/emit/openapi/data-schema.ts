import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import { dataSchemaName, schemaRef, type SchemaObject } from './openapi-types.js';

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

/**
 * The `data` of a body sent by any of `entries` (one code): a `$ref` to the entry's data schema,
 * `anyOf` the `$ref`s when several entries share the code, undefined when none declares a payload
 * (the envelope's own `data` then stays as loose as the wire). An entry sharing the code without a
 * schema adds an unconstrained branch: its payload is unknown, so the union is too. A `$ref` to an
 * internal entry's schema carries `x-internal`, so `remove-x-internal` drops it with the schema
 * instead of leaving it dangling.
 */
export function dataSchemaOf(entries: readonly EntryModel[]): SchemaObject | undefined {
  const refs = entries.filter((e) => e.data !== undefined).map(dataRef);
  if (refs.length === 0) return undefined;
  if (entries.length === 1) return refs[0];
  const loose = entries.filter((e) => e.data === undefined).map((e) => `\`${e.key}\``);
  return { anyOf: loose.length ? [...refs, { description: `Any payload: ${loose.join(', ')} ${loose.length > 1 ? 'declare' : 'declares'} no schema.` }] : refs };
}

function dataRef(entry: EntryModel): SchemaObject {
  const ref: SchemaObject = { ...schemaRef(dataSchemaName(entry.pascalName)) };
  if (entry.visibility === 'internal') ref['x-internal'] = true;
  return ref;
}
