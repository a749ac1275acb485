import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseIcu, type IcuParseResult } from '../icu/icu-message.js';
import type { CatalogFiles } from '../load/catalog-files.js';
import { isRecord } from '../util/is-record.js';
import { arrayOf } from '../load/raw-catalog.js';
import type { NodePath, YamlSource } from '../load/yaml-source.js';
import type { SchemaValidators } from './schema-validation.js';

/**
 * A mapping of the catalog as parsed. Semantic rules run whether or not the schema check passed (all
 * problems of a run are reported together), so no field is typed as what the schema says it should
 * be: each rule narrows what it reads with a guard.
 */
export type Unchecked = Readonly<Record<string, unknown>>;

/** An entry with where it sits in the catalog. */
export interface EntryRef {
  readonly entry: Unchecked;
  readonly path: NodePath;
  readonly group: Unchecked;
  readonly groupPath: NodePath;
}

/** A locale file with its parsed data. */
export interface LocaleRef {
  readonly locale: string;
  readonly source: YamlSource;
  readonly raw: Unchecked;
}

/** Switches for rules that depend on how the catalog is used. */
export interface ValidationOptions {
  /**
   * `catalog-id` everywhere: the folder name must equal the id wherever the folder is. Without it,
   * only a folder directly under `catalogs/` (the workspace layout) must; a snapshot elsewhere may have any name.
   */
  readonly strictFolderName: boolean;
}

/** What every semantic rule reads: the parsed files, a flat list of entries, and a reporter. */
export interface RuleContext {
  readonly files: CatalogFiles;
  readonly catalog: YamlSource;
  readonly raw: Unchecked;
  readonly entries: readonly EntryRef[];
  readonly locales: readonly LocaleRef[];
  readonly schemas: SchemaValidators;
  readonly options: ValidationOptions;
  /** `parseIcu` (which parses each distinct text once per process): a source message is checked by itself and against each translation. */
  parseMessage(source: string): IcuParseResult;
  report(source: YamlSource, path: NodePath, rule: string, message: string, options?: { at?: 'key' | 'value'; severity?: Diagnostic['severity'] }): void;
}

/** A semantic rule: reads the context and reports through it. */
export type Rule = (context: RuleContext) => void;

/** Builds the context over files whose YAML parsed; collects reported diagnostics into `into`. */
export function createRuleContext(files: CatalogFiles, catalog: YamlSource, schemas: SchemaValidators, options: ValidationOptions, into: Diagnostic[]): RuleContext {
  const raw: Unchecked = isRecord(catalog.data) ? catalog.data : {};
  const entries: EntryRef[] = [];
  arrayOf<unknown>(raw['groups']).forEach((group, gi) => {
    if (!isRecord(group)) return;
    arrayOf<unknown>(group['entries']).forEach((entry, ei) => {
      if (isRecord(entry)) entries.push({ entry, path: ['groups', gi, 'entries', ei], group, groupPath: ['groups', gi] });
    });
  });
  const locales: LocaleRef[] = [];
  for (const l of files.locales) if (l.source.readable && isRecord(l.source.data)) locales.push({ locale: l.locale, source: l.source, raw: l.source.data });
  return {
    files,
    catalog,
    raw,
    entries,
    locales,
    schemas,
    options,
    parseMessage: parseIcu,
    report(source, path, rule, message, options = {}) {
      into.push({ file: source.file, ...source.locate(path, options.at), severity: options.severity ?? 'error', rule, message });
    },
  };
}

/** `value` when it is a mapping, else undefined: `recordAt(entry.deprecated)?.replacement` is `unknown`, to be narrowed. */
export function recordAt(value: unknown): Unchecked | undefined {
  return isRecord(value) ? value : undefined;
}

/** How messages name an entry: its key in backticks, or "this entry" while the key itself is broken. */
export function entryLabel(entry: { readonly key?: unknown }): string {
  return typeof entry.key === 'string' ? `\`${entry.key}\`` : 'this entry';
}

/** How messages name a group: its name in backticks, or "this group" while the name itself is broken. */
export function groupLabel(group: { readonly name?: unknown }): string {
  return typeof group.name === 'string' ? `\`${group.name}\`` : 'this group';
}
