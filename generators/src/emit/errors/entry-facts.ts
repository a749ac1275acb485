/** Per-entry values both generated files need, derived once from the model. */
import type { CatalogModel, EntryModel, ParamType } from '../../model/catalog-model.js';
import { keyWords } from '../../model/names.js';
import { capitalize } from '../../util/text-case.js';
import { reasonPhrase } from '../http-status.js';
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

/** RFC 9457 `type`: the entry's docs anchor under the catalog's docs URL, else `about:blank`. */
export function problemType(entry: EntryModel, catalog: CatalogModel): string {
  return catalog.docs.baseUrl ? `${catalog.docs.baseUrl}#${entry.anchor}` : 'about:blank';
}

/**
 * RFC 9457 `title`: with type `about:blank` the RFC asks for the HTTP status phrase; otherwise the
 * message when it has no placeholders (the same for every occurrence), else the key in words.
 */
export function problemTitle(entry: EntryModel, catalog: CatalogModel, constantText: string | undefined): string {
  if (!catalog.docs.baseUrl) return reasonPhrase(entry.httpStatus);
  if (constantText !== undefined) return constantText;
  const words = keyWords(entry.key).join(' ').toLowerCase();
  return words ? capitalize(words) : entry.key;
}

/** The text a shared code is matched against when decoding: the message as sent when it has no placeholders. */
export function matchText(entry: EntryModel, constantText: string | undefined): string {
  return constantText ?? entry.message;
}

/** Entries that become classes. */
export function errorEntries(catalog: CatalogModel): EntryModel[] {
  return catalog.entries.filter((e) => e.outcome === 'error');
}
