/**
 * The RFC 9457 facts of an entry that every target must agree on: the errors package's
 * `toProblem()`, the OpenAPI problem examples and the docs site, whose element ids are the
 * fragments of these `type` URLs. One module, so the URL a problem names is the page that answers it.
 */
import type { CatalogModel, EntryModel } from '../model/catalog-model.js';
import { keyWords } from '../model/names.js';
import { capitalize } from '../util/text-case.js';
import { reasonPhrase } from './http-status.js';

/** The fragment of the entry's problem `type` URL, and so the element id of the entry on the docs site. */
export function problemFragment(entry: EntryModel): string {
  return entry.anchor;
}

/** RFC 9457 `type`: the entry's docs anchor under the catalog's docs URL, else `about:blank`. */
export function problemType(entry: EntryModel, catalog: CatalogModel): string {
  return catalog.docs.baseUrl ? `${catalog.docs.baseUrl}#${problemFragment(entry)}` : 'about:blank';
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
