/**
 * `diffCatalogs`: the pure core of `errata diff`. Model × model → classified changes, the bump
 * each generated package needs, and whether the new catalog version carries it.
 */
import type { CatalogModel, EntryModel, EnvelopeModel, GroupModel } from '../model/catalog-model.js';
import type { CatalogChange, CatalogDiff, ChangeKind, JsonValue } from './catalog-diff.js';
import { compareChanges, packageKinds } from './catalog-diff.js';
import { classify } from './change-rules.js';
import { diffEntry, show } from './diff-entry.js';
import { jsonEqual } from './json-equal.js';
import { packageBumps, versionVerdict } from './version-bump.js';
import { wireCodeId } from '../util/wire-code-id.js';

/** Key of catalog-wide changes; `@` cannot start an entry key, so these never collide with one. */
const catalogKey = '@catalog';
const envelopeKey = '@envelope';
const groupKey = (name: string): string => `@group:${name}`;

/** Every change from `before` to `after`, classified, sorted, with the bumps and the version verdict. */
export function diffCatalogs(before: CatalogModel, after: CatalogModel): CatalogDiff {
  const changes = [
    ...diffCatalogFields(before, after),
    ...diffEnvelope(before.envelope, after.envelope),
    ...diffGroups(before, after),
    ...diffEntries(before, after),
    ...diffCodeOwners(before, after),
  ].sort(compareChanges);
  const bumps = packageBumps(changes);
  return { changes, bumps, version: versionVerdict(before.version, after.version, bumps) };
}

function diffCatalogFields(before: CatalogModel, after: CatalogModel): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const add = (kind: ChangeKind, b: JsonValue | undefined, a: JsonValue | undefined, detail?: string): void => {
    if (!jsonEqual(b, a)) changes.push(classify({ kind, key: catalogKey, before: b, after: a, detail: detail ?? `${show(b)} → ${show(a)}` }));
  };
  add('catalog-id-changed', before.id, after.id);
  add('catalog-title-changed', before.title, after.title);
  add('catalog-description-changed', before.description, after.description);
  add('docs-url-changed', before.docs.baseUrl, after.docs.baseUrl);
  add('docs-source-changed', before.docs.source, after.docs.source);
  add('inferred-changed', [...before.inferred].sort(), [...after.inferred].sort());
  for (const pkg of packageKinds) {
    const b = before.packages[pkg];
    const a = after.packages[pkg];
    // Consumers import the package by name: a rename breaks that package alone.
    if (b !== a) changes.push(classify({ kind: 'package-name-changed', key: catalogKey, before: b, after: a, detail: `${pkg}: ${b} → ${a}`, packages: { [pkg]: 'breaking' } }));
  }
  add('default-locale-changed', before.defaultLocale, after.defaultLocale);
  for (const locale of after.locales) if (!before.locales.includes(locale)) add('locale-added', null, locale, locale);
  for (const locale of before.locales) if (!after.locales.includes(locale)) add('locale-removed', locale, null, locale);
  const oldKeys = new Set(before.entries.map((e) => e.key));
  const newKeys = new Set(after.entries.map((e) => e.key));
  const order = (catalog: CatalogModel): string[] => catalog.entries.map((e) => e.key).filter((k) => oldKeys.has(k) && newKeys.has(k));
  // Catalog order is the order of the README tables, the `codes` object and the bundles.
  if (!jsonEqual(order(before), order(after))) changes.push(classify({ kind: 'entries-reordered', key: catalogKey, before: null, after: null, detail: 'entries listed in a different order' }));
  return changes;
}

function diffEnvelope(before: EnvelopeModel, after: EnvelopeModel): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const add = (what: string, b: JsonValue | undefined, a: JsonValue | undefined): void => {
    if (!jsonEqual(b, a)) changes.push(classify({ kind: 'envelope-changed', key: envelopeKey, before: b, after: a, detail: `${what}: ${show(b)} → ${show(a)}` }));
  };
  add('shape', before.shape, after.shape);
  add('codeType', before.codeType, after.codeType);
  if (before.shape === 'object' && after.shape === 'object') {
    for (const part of ['code', 'message', 'data'] as const) add(`fields.${part}`, before.fields[part], after.fields[part]);
  } else if (before.shape === 'array' && after.shape === 'array') {
    add('order', [...before.order], [...after.order]);
  }
  if (!jsonEqual([...before.inferred].sort(), [...after.inferred].sort())) {
    changes.push(classify({ kind: 'inferred-changed', key: envelopeKey, before: [...before.inferred], after: [...after.inferred], detail: `[${before.inferred.join(', ')}] → [${after.inferred.join(', ')}]` }));
  }
  return changes;
}

function diffGroups(before: CatalogModel, after: CatalogModel): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const old = new Map(before.groups.map((g) => [g.name, g]));
  const now = new Map(after.groups.map((g) => [g.name, g]));
  for (const [name, group] of now) {
    const key = groupKey(name);
    const prev = old.get(name);
    if (!prev) {
      changes.push(classify({ kind: 'group-added', key, before: null, after: group.title, detail: `group ${show(group.title)}` }));
      continue;
    }
    const add = (kind: ChangeKind, b: JsonValue | undefined, a: JsonValue | undefined, what?: string): void => {
      if (!jsonEqual(b, a)) changes.push(classify({ kind, key, before: b, after: a, detail: `${what ? `${what}: ` : ''}${show(b)} → ${show(a)}` }));
    };
    add('group-title-changed', prev.title, group.title);
    add('group-description-changed', prev.description, group.description);
    add('group-range-changed', rangeJson(prev), rangeJson(group));
    for (const locale of after.locales.filter((l) => before.locales.includes(l))) {
      for (const field of ['title', 'description'] as const) {
        add('group-translation-changed', prev.translations[locale]?.[field], group.translations[locale]?.[field], `${locale} ${field}`);
      }
    }
  }
  for (const [name, group] of old) {
    if (!now.has(name)) changes.push(classify({ kind: 'group-removed', key: groupKey(name), before: group.title, after: null, detail: `group ${show(group.title)}` }));
  }
  return changes;
}

function rangeJson(group: GroupModel): JsonValue {
  return { range: group.range ? { min: group.range.min, max: group.range.max } : null, prefix: group.prefix ?? null };
}

function diffEntries(before: CatalogModel, after: CatalogModel): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const old = new Map(before.entries.map((e) => [e.key, e]));
  const now = new Map(after.entries.map((e) => [e.key, e]));
  // Translations of a locale that only one side ships are reported once, as locale-added/removed.
  const locales = after.locales.filter((l) => l !== after.defaultLocale && before.locales.includes(l));
  const oldOwners = codeOwners(before.entries);
  const newOwners = codeOwners(after.entries);
  const shared = (owners: Map<string, string[]>, entry: EntryModel): boolean => (owners.get(wireCodeId(entry.code))?.length ?? 0) > 1;
  for (const [key, entry] of now) {
    const prev = old.get(key);
    if (prev) changes.push(...diffEntry(prev, entry, locales, shared(oldOwners, prev) || shared(newOwners, entry)));
    else changes.push(classify({ kind: 'entry-added', key, before: null, after: entrySummary(entry), detail: describe(entry), public: entry.visibility === 'public' }));
  }
  for (const [key, entry] of old) {
    if (!now.has(key)) changes.push(classify({ kind: 'entry-removed', key, before: entrySummary(entry), after: null, detail: describe(entry), public: entry.visibility === 'public' }));
  }
  return changes;
}

/**
 * A wire code that now decodes to another key: it was used by other keys before (reused after a
 * removal or a swap), or a key joined a shared code. Old clients decode the new meaning wrongly.
 */
function diffCodeOwners(before: CatalogModel, after: CatalogModel): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const oldOwners = codeOwners(before.entries);
  for (const [id, keys] of codeOwners(after.entries)) {
    const prevKeys = oldOwners.get(id);
    if (!prevKeys) continue;
    const code = after.entries.find((e) => e.key === keys[0])!.code;
    for (const key of keys) {
      if (prevKeys.includes(key)) continue;
      changes.push(classify({ kind: 'code-reused', key, before: [...prevKeys], after: key, detail: `code ${show(code)} was ${prevKeys.join(', ')}` }));
    }
    // When a shared code is decoded without a matching text, the first declared entry wins.
    const firstBefore = prevKeys[0];
    const firstAfter = keys[0]!;
    if (firstBefore !== firstAfter && prevKeys.includes(firstAfter) && keys.includes(firstBefore!)) {
      changes.push(classify({ kind: 'shared-code-order-changed', key: firstAfter, before: [...prevKeys], after: [...keys], detail: `code ${show(code)} now decodes to ${firstAfter} first, was ${firstBefore}` }));
    }
  }
  return changes;
}

function codeOwners(entries: readonly EntryModel[]): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const entry of entries) {
    const id = wireCodeId(entry.code);
    owners.set(id, [...(owners.get(id) ?? []), entry.key]);
  }
  return owners;
}

/** 1101 and "1101" are different wire codes. */
function entrySummary(entry: EntryModel): JsonValue {
  return { code: entry.code, httpStatus: entry.httpStatus, outcome: entry.outcome, visibility: entry.visibility };
}

function describe(entry: EntryModel): string {
  return `code ${show(entry.code)}, ${entry.outcome}, HTTP ${entry.httpStatus}${entry.visibility === 'internal' ? ', internal' : ''}`;
}

