import type { CatalogModel, EntryModel, WireCode } from '../../model/catalog-model.js';
import { CODE_SCHEMA, RESPONSE_CODE_SCHEMA, codeKind, codeKinds, schemaRef, type CodeKind, type SchemaObject } from './openapi-types.js';

/** The kinds of code the catalog has, errors first: what decides which envelopes and code schemas exist. */
export function presentKinds(catalog: CatalogModel): CodeKind[] {
  return codeKinds.filter((kind) => catalog.entries.some((e) => codeKind(e) === kind));
}

/**
 * The `ErrorCode` or `SuccessCode` schema: every code of that kind once, as `oneOf` branches of
 * `const` + `title` (the key) + `description`. Branches rather than `enum` + `x-enum-*` so each
 * code carries its own `deprecated` and `x-internal` flags, which `redocly bundle` with
 * `remove-x-internal` honours.
 */
export function codeSchema(catalog: CatalogModel, kind: CodeKind): SchemaObject {
  const groups = codeGroups(catalog.entries.filter((e) => codeKind(e) === kind));
  const what =
    kind === 'error'
      ? 'answers a request it refuses with'
      : 'answers a request it carried out with, in full, in part or queued for later (success, partial and pending outcomes)';
  const head = { type: catalog.envelope.codeType, title: CODE_SCHEMA[kind] };
  const description = `Every code ${catalog.title} ${what}.`;
  if (groups.length === 1) {
    // A lone code is the schema itself (a one-branch `oneOf` is noise). It keeps no `x-internal`:
    // dropping it would leave the envelope's `$ref` dangling.
    const { title: _keys, description: text, 'x-internal': _internal, ...branch } = codeBranch(groups[0]!);
    return { ...head, description: `${description}\n\n${String(text)}`, ...branch };
  }
  return { ...head, description: `${description} A code shared by several entries appears once; its title lists their keys.`, oneOf: groups.map(codeBranch) };
}

/** The `ResponseCode` schema: every code the API sends in its envelope, of either kind. */
export function responseCodeSchema(catalog: CatalogModel): SchemaObject {
  const names = presentKinds(catalog).map((kind) => CODE_SCHEMA[kind]);
  const description = `Every code ${catalog.title} sends in the \`code\` of its envelope: ${names.map((n) => `\`${n}\``).join(' or ')}.`;
  // A lone kind by `$ref` (OpenAPI 3.1 allows siblings): a one-branch `anyOf` is noise. No `type`
  // beside `anyOf`: openapi-typescript would widen the union to `string | ...`. `anyOf`, not
  // `oneOf`: a code shared by an error and a success entry is in both.
  if (names.length === 1) return { ...schemaRef(names[0]!), title: RESPONSE_CODE_SCHEMA, description };
  return { title: RESPONSE_CODE_SCHEMA, description, anyOf: names.map(schemaRef) };
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
  // The keys and outcomes of a code, where the title and the schema do not already say them (one error entry).
  if (entries.length > 1 || first.outcome !== 'error') branch['x-errata'] = { keys: entries.map((e) => e.key), outcomes: [...new Set(entries.map((e) => e.outcome))] };
  return branch;
}

/** One line about an entry: its outcome when not an error, then its default message. */
function entryText(entry: EntryModel): string {
  const outcome = entry.outcome === 'error' ? '' : `(${entry.outcome}) `;
  return `${outcome}${entry.message}`;
}
