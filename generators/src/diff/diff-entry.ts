/**
 * Changes of one entry present in both catalogs (matched by key).
 */
import type { EntryModel, EntryTranslation, ParamModel, ParamType } from '../model/catalog-model.js';
import type { CatalogChange, ChangeKind, JsonValue, PackageImpact } from './catalog-diff.js';
import { wireSource } from '../model/param-source.js';
import { classify } from './change-rules.js';
import { differingPaths, jsonEqual } from './json-equal.js';
import { schemaNarrowings } from './schema-narrowing.js';

/**
 * Every change between two versions of the same entry. `locales`: the locales both catalogs ship.
 * `sharedCode`: the entry's code is shared with another entry in either catalog, so its message
 * text is what `fromResponse` decodes it by.
 */
export function diffEntry(before: EntryModel, after: EntryModel, locales: readonly string[], sharedCode = false): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const isPublic = before.visibility === 'public' || after.visibility === 'public';
  const add: Add = (kind, b, a, detail, packages) => {
    changes.push(classify({ kind, key: after.key, before: b, after: a, detail, public: isPublic, ...(packages ? { packages } : {}) }));
  };
  const scalar = (kind: ChangeKind, b: JsonValue | undefined, a: JsonValue | undefined): void => {
    if (!jsonEqual(b, a)) add(kind, b, a, `${show(b)} → ${show(a)}`);
  };

  scalar('code-changed', before.code, after.code);
  scalar('http-status-changed', before.httpStatus, after.httpStatus);
  scalar('outcome-changed', before.outcome, after.outcome);
  scalar('class-name-changed', before.className, after.className);
  if (before.visibility !== after.visibility) {
    add(after.visibility === 'internal' ? 'made-internal' : 'made-public', before.visibility, after.visibility, `${before.visibility} → ${after.visibility}`);
  }
  scalar('retryable-changed', before.retryable, after.retryable);
  changes.push(...diffParams(before, after, isPublic));
  changes.push(...diffData(before, after));
  for (const alias of after.aliases) if (!before.aliases.includes(alias)) add('alias-added', null, alias, `alias ${alias}`);
  for (const alias of before.aliases) if (!after.aliases.includes(alias)) add('alias-removed', alias, null, `alias ${alias}`);
  diffDeprecation(before, after, add);
  scalar(sharedCode ? 'shared-code-message-changed' : 'message-changed', before.message, after.message);
  scalar('description-changed', before.description, after.description);
  scalar('solution-changed', before.solution, after.solution);
  scalar('anchor-changed', before.anchor, after.anchor);
  scalar('group-changed', before.group, after.group);
  if (!jsonEqual([...before.inferred].sort(), [...after.inferred].sort())) {
    add('inferred-changed', [...before.inferred], [...after.inferred], `[${before.inferred.join(', ')}] → [${after.inferred.join(', ')}]`);
  }
  diffTranslations(before, after, locales, add);
  return changes;
}

type Add = (kind: ChangeKind, before: JsonValue | undefined, after: JsonValue | undefined, detail: string, packages?: PackageImpact) => void;

// Every integer is a number, so this one change of type keeps accepting what callers already pass.
const widerTypes: Readonly<Partial<Record<ParamType, readonly ParamType[]>>> = { integer: ['number'] };

function diffParams(before: EntryModel, after: EntryModel, isPublic: boolean): CatalogChange[] {
  const changes: CatalogChange[] = [];
  const add = (kind: ChangeKind, b: JsonValue | undefined, a: JsonValue | undefined, detail: string, pub = isPublic): void => {
    changes.push(classify({ kind, key: after.key, before: b, after: a, detail, public: pub }));
  };
  const old = new Map(before.params.map((p) => [p.name, p]));
  const now = new Map(after.params.map((p) => [p.name, p]));
  for (const [name, param] of old) {
    const next = now.get(name);
    if (!next) {
      add('param-removed', paramJson(param), null, `{${name}} (${param.type})`);
      continue;
    }
    if (param.type !== next.type) {
      const kind = widerTypes[param.type]?.includes(next.type) ? 'param-type-widened' : 'param-type-changed';
      add(kind, paramJson(param), paramJson(next), `{${name}}: ${param.type} → ${next.type}`);
    }
    if (wireSource(param) !== wireSource(next)) {
      const kind = wireSource(param) === undefined ? 'param-source-added' : 'param-source-changed';
      add(kind, paramJson(param), paramJson(next), `{${name}}: from ${wireSource(param) ?? 'nowhere'} → ${wireSource(next) ?? 'nowhere'}`);
    }
    if (param.description !== next.description || param.example !== next.example) {
      add('param-docs-changed', paramJson(param), paramJson(next), `{${name}} description or example`);
    }
  }
  for (const [name, param] of now) {
    if (old.has(name)) continue;
    // Params have no optional flag: a new placeholder must be passed by every caller, and an ICU
    // formatter throws on a missing value, so the i18n bundle breaks too (where the entry is in it).
    add('param-added', null, paramJson(param), `{${name}} (${param.type}) is now required`, after.visibility === 'public');
  }
  return changes;
}

function diffData(before: EntryModel, after: EntryModel): CatalogChange[] {
  const change = (kind: ChangeKind, detail: string): CatalogChange =>
    classify({ kind, key: after.key, before: (before.data ?? null) as JsonValue, after: (after.data ?? null) as JsonValue, detail });
  if (before.data === undefined && after.data === undefined) return [];
  if (before.data === undefined) return [change('data-added', 'data schema declared')];
  if (after.data === undefined) return [change('data-removed', 'data schema removed')];
  if (jsonEqual(before.data, after.data)) return [];
  const narrowed = schemaNarrowings(before.data, after.data);
  if (narrowed.length > 0) return [change('data-narrowed', narrowed.join('; '))];
  const paths = differingPaths(before.data, after.data).join(', ');
  if (schemaNarrowings(after.data, before.data).length > 0) return [change('data-widened', `accepts more (${paths})`)];
  return [change('data-docs-changed', `same values, schema text changed (${paths})`)];
}

function diffDeprecation(before: EntryModel, after: EntryModel, add: Add): void {
  const b = before.deprecated as JsonValue | undefined;
  const a = after.deprecated as JsonValue | undefined;
  if (b === undefined && a !== undefined) {
    add('deprecation-added', null, a, after.deprecated?.replacement ? `use ${after.deprecated.replacement}` : 'deprecated');
  } else if (b !== undefined && a === undefined) {
    add('deprecation-removed', b, null, 'no longer deprecated');
  } else if (!jsonEqual(b, a)) {
    add('deprecation-changed', b ?? null, a ?? null, `${show(b)} → ${show(a)}`);
  }
}

const translatedFields = ['message', 'description', 'solution'] as const;

function diffTranslations(before: EntryModel, after: EntryModel, locales: readonly string[], add: Add): void {
  for (const locale of locales) {
    const b: EntryTranslation = before.translations[locale] ?? {};
    const a: EntryTranslation = after.translations[locale] ?? {};
    for (const field of translatedFields) {
      const bv = b[field];
      const av = a[field];
      if (bv === av) continue;
      const kind: ChangeKind = bv === undefined ? 'translation-added' : av === undefined ? 'translation-removed' : 'translation-changed';
      // Translated messages reach the i18n bundles and the docs site; translated descriptions and
      // solutions only the docs site.
      add(kind, bv ?? null, av ?? null, `${locale} ${field}: ${show(bv)} → ${show(av)}`, field === 'message' ? undefined : { docs: 'patch' });
    }
  }
}

function paramJson(param: ParamModel): JsonValue {
  const json: Record<string, JsonValue> = { name: param.name, type: param.type };
  if (param.description !== undefined) json.description = param.description;
  if (param.example !== undefined) json.example = param.example;
  const source = wireSource(param);
  if (source !== undefined) json.from = source;
  return json;
}

/** A value on one line: strings quoted (newlines escaped) and shortened, absent as `(none)`. */
export function show(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
