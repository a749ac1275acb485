/** Per-entry values both generated files need, derived once from the model. */
import type { CatalogModel, EntryModel, ParamType } from '../../model/catalog-model.js';
import { schemaType } from './json-schema-type.js';
import { stringLiteral } from './string-literal.js';

/** The TS type of a message parameter. */
const paramTypes: Record<ParamType, string> = {
  string: 'string',
  number: 'number',
  integer: 'number',
  boolean: 'boolean',
  date: 'Date | number',
};

/** Whether an entry's constructor takes params. */
export function hasParams(entry: EntryModel): boolean {
  return entry.params.length > 0;
}

/** `{ readonly "account": string }`, or undefined for an entry without params. */
export function paramsType(entry: EntryModel): string | undefined {
  if (!hasParams(entry)) return undefined;
  return `{ ${entry.params.map((p) => `readonly ${stringLiteral(p.name)}: ${paramTypes[p.type]}`).join('; ')} }`;
}

/** The TS type of the entry's `data`. */
export function dataType(entry: EntryModel): string {
  return entry.data === undefined ? 'unknown' : schemaType(entry.data);
}

/** The text a shared code is matched against when decoding: the message as sent when it has no placeholders. */
export function matchText(entry: EntryModel, constantText: string | undefined): string {
  return constantText ?? entry.message;
}

/** Entries that become classes. */
export function errorEntries(catalog: CatalogModel): EntryModel[] {
  return catalog.entries.filter((e) => e.outcome === 'error');
}
