import type { CatalogModel, EntryModel, WireCode } from '../../model/catalog-model.js';
import { CODE_SCHEMA, type SchemaObject } from './openapi-types.js';

/**
 * The `ErrorCode` schema: every wire code once, as `oneOf` branches of `const` + `title` (the key)
 * + `description`. Branches rather than `enum` + `x-enum-*` so each code carries its own
 * `deprecated` and `x-internal` flags, which `redocly bundle` with `remove-x-internal` honours.
 */
export function codeSchema(catalog: CatalogModel): SchemaObject {
  return {
    type: catalog.envelope.codeType,
    title: CODE_SCHEMA,
    description: `Every code ${catalog.title} sends in the \`code\` of its envelope. A code shared by several entries appears once; its title lists their keys.`,
    oneOf: codeGroups(catalog.entries).map(codeBranch),
  };
}

/** Entries grouped by wire code, in order of first appearance. */
export function codeGroups(entries: readonly EntryModel[]): EntryModel[][] {
  const byCode = new Map<WireCode, EntryModel[]>();
  for (const entry of entries) {
    const group = byCode.get(entry.code);
    if (group) group.push(entry);
    else byCode.set(entry.code, [entry]);
  }
  return [...byCode.values()];
}

function codeBranch(entries: readonly EntryModel[]): SchemaObject {
  const first = entries[0]!;
  const branch: SchemaObject = {
    const: first.code,
    title: entries.map((e) => e.key).join(' | '),
    description: entries.length === 1 ? entryText(first) : entries.map((e) => `- \`${e.key}\`: ${entryText(e)}`).join('\n'),
  };
  if (entries.every((e) => e.deprecated)) branch['deprecated'] = true;
  if (entries.every((e) => e.visibility === 'internal')) branch['x-internal'] = true;
  branch['x-errata'] = { keys: entries.map((e) => e.key), outcomes: [...new Set(entries.map((e) => e.outcome))] };
  return branch;
}

/** One line about an entry: its outcome when not an error, then its default message. */
function entryText(entry: EntryModel): string {
  const outcome = entry.outcome === 'error' ? '' : `(${entry.outcome}) `;
  return `${outcome}${entry.message}`;
}
