import type { CatalogFiles } from '../load/catalog-files.js';
import type { RawCatalog, RawEntry, RawGroup, RawLocale } from '../load/raw-catalog.js';
import { compareStrings } from '../util/compare-strings.js';
import { isRecord } from '../util/is-record.js';
import { ownValue } from '../util/own-value.js';
import { titleCase } from '../util/text-case.js';
import type { CatalogModel, EntryModel, EntryTranslation, GroupModel, ParamModel, SharedCodeModel } from './catalog-model.js';
import { className, defaultAnchor, pascalNameOf } from './names.js';
import { defaultPackageName, resolvePublish } from './publish-settings.js';
import { workspacePublish } from '../load/workspace-file.js';

/** Default HTTP status of an entry whose group and entry are silent, by outcome. */
const defaultHttpStatus = { success: 200, partial: 200, pending: 202, error: 500 } as const;

/**
 * Builds the model from files that passed validation: resolves group defaults onto entries,
 * fills defaults (marking them inferred), attaches translations, resolves the publishing settings
 * over the workspace's errata.yaml (`files.workspace`). Pure.
 */
export function buildCatalogModel(files: CatalogFiles): CatalogModel {
  const raw = files.catalog!.data as RawCatalog;
  const locales = files.locales.map((l) => l.source.data as RawLocale).filter(isRecord);
  const translationsOf = (key: string) => {
    const out: Record<string, EntryTranslation> = {};
    for (const l of locales) {
      const t = ownValue(l.entries, key);
      if (t) out[l.locale] = { ...t };
    }
    return out;
  };
  const sharedCodes = raw.sharedCodes ?? [];
  const sharedIds = new Set(sharedCodes.map((s) => `${typeof s.code}:${s.code}`));
  const entries: EntryModel[] = [];
  const groups: GroupModel[] = raw.groups.map((group) => {
    const keys = group.entries.map((entry) => {
      entries.push(buildEntry(entry, group, sharedIds.has(`${typeof entry.code}:${entry.code}`), translationsOf(entry.key)));
      return entry.key;
    });
    const translations: Record<string, { title?: string; description?: string }> = {};
    for (const l of locales) if (l.groups && Object.hasOwn(l.groups, group.name)) translations[l.locale] = { ...l.groups[group.name] };
    return {
      name: group.name,
      title: group.title ?? titleCase(group.name),
      ...(group.description !== undefined ? { description: group.description } : {}),
      ...(group.range ? { range: { min: group.range.min, max: group.range.max } } : {}),
      ...(group.prefix !== undefined ? { prefix: group.prefix } : {}),
      inferred: group.inferred ?? [],
      keys,
      translations,
    };
  });
  const shared: SharedCodeModel[] = sharedCodes.map((s) => ({
    code: s.code,
    ...(s.reason !== undefined ? { reason: s.reason } : {}),
    keys: entries.filter((e) => e.code === s.code).map((e) => e.key),
  }));
  const others = (raw.locales ?? []).filter((l) => l !== raw.defaultLocale).sort();
  const envelope = raw.envelope;
  const publish = resolvePublish(raw.publish, workspacePublish(files.workspace), { ...(raw.docs?.baseUrl !== undefined ? { docsBaseUrl: raw.docs.baseUrl } : {}) });
  return {
    id: raw.id,
    title: raw.title,
    ...(raw.description !== undefined ? { description: raw.description } : {}),
    version: raw.version,
    defaultLocale: raw.defaultLocale,
    locales: [raw.defaultLocale, ...others],
    packages: {
      errors: raw.packages?.errors ?? defaultPackageName(publish.scope, raw.id, 'errors'),
      openapi: raw.packages?.openapi ?? defaultPackageName(publish.scope, raw.id, 'openapi'),
      i18n: raw.packages?.i18n ?? defaultPackageName(publish.scope, raw.id, 'i18n'),
      docs: raw.packages?.docs ?? defaultPackageName(publish.scope, raw.id, 'docs'),
    },
    docs: { ...(raw.docs?.baseUrl !== undefined ? { baseUrl: raw.docs.baseUrl } : {}), ...(raw.docs?.source !== undefined ? { source: raw.docs.source } : {}) },
    publish,
    envelope:
      envelope.shape === 'array'
        ? { shape: 'array', codeType: envelope.codeType, order: envelope.order ?? ['code', 'message', 'data'], inferred: envelope.inferred ?? [] }
        : {
            shape: 'object',
            codeType: envelope.codeType,
            fields: { code: envelope.fields?.code ?? 'code', message: envelope.fields?.message ?? 'message', data: envelope.fields?.data ?? 'data' },
            inferred: envelope.inferred ?? [],
          },
    sharedCodes: shared,
    groups,
    entries,
    inferred: raw.inferred ?? [],
  };
}

function buildEntry(entry: RawEntry, group: RawGroup, sharedCode: boolean, translations: Record<string, EntryTranslation>): EntryModel {
  const defaults = group.defaults ?? {};
  const inferred = new Set(entry.inferred ?? []);
  // A value taken from the group's defaults is as inferred as the group says it is.
  const inherit = <K extends 'outcome' | 'httpStatus' | 'visibility' | 'retryable'>(field: K, fallback: NonNullable<RawEntry[K]>): NonNullable<RawEntry[K]> => {
    if (entry[field] !== undefined) return entry[field] as NonNullable<RawEntry[K]>;
    if (defaults[field] !== undefined) {
      if (group.inferred?.includes(field) || group.inferred?.includes(`defaults.${field}`)) inferred.add(field);
      return defaults[field] as NonNullable<RawEntry[K]>;
    }
    return fallback;
  };
  const outcome = inherit('outcome', 'error');
  const httpStatusGiven = entry.httpStatus !== undefined || defaults.httpStatus !== undefined;
  const httpStatus = inherit('httpStatus', defaultHttpStatus[outcome]);
  if (!httpStatusGiven) inferred.add('httpStatus');
  const params: ParamModel[] = Object.entries(entry.params ?? {})
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([name, p]) => ({ name, type: p.type, ...(p.description !== undefined ? { description: p.description } : {}), ...(p.example !== undefined ? { example: p.example } : {}), ...(p.from !== undefined ? { from: wirePath(p.from) } : {}) }));
  const name = pascalNameOf(entry.key, entry.className);
  return {
    key: entry.key,
    pascalName: name,
    className: className(entry.key, entry.className),
    code: entry.code,
    group: group.name,
    outcome,
    httpStatus,
    message: entry.message,
    params,
    ...(entry.description !== undefined ? { description: entry.description } : {}),
    ...(entry.solution !== undefined ? { solution: entry.solution } : {}),
    visibility: inherit('visibility', 'public'),
    retryable: inherit('retryable', false),
    ...(entry.data !== undefined ? { data: entry.data } : {}),
    ...(entry.deprecated !== undefined ? { deprecated: { ...entry.deprecated } } : {}),
    aliases: entry.aliases ?? [],
    anchor: entry.anchor ?? defaultAnchor(entry.key),
    sharedCode,
    inferred: [...inferred].sort(),
    translations,
  };
}

/** `data.todo.id` → `['todo', 'id']`: the steps into the wire `data` (the schema fixes the form). */
function wirePath(from: string): string[] {
  return from.split('.').slice(1);
}
