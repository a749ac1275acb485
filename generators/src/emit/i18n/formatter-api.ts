/**
 * The client-side formatting API of the i18n entry: `loadFormatter(locale)` (one lazily loaded
 * formatter module per locale), `isKey`, `isLocalizable`, `missingParams`, and their types
 * (`MessageParams`, `FormatArgs`, `LocalizableError`, `Formatter`).
 *
 * index.js checks every key and copies only the params a message can show (declared, of a usable
 * type) into an object of its own before calling a compiled message, so input from the wire (null
 * params, `__proto__` keys, a date that is not a date) shows a placeholder instead of throwing.
 */
import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import { paramsType } from '../errors/entry-facts.js';
import { stringLiteral } from '../errors/string-literal.js';
import { propertyName } from './js-literal.js';
import { publicEntries } from './locale-bundles.js';
import { formatterModule } from './locale-formatters.js';

/** `{ readonly "id": string }` as the errors package types the params, or `NoParams` for a message without params. */
function messageParamsType(entry: EntryModel): string {
  return paramsType(entry) ?? 'NoParams';
}

/** The statements of index.js that implement the formatter API. */
export function formatterJs(catalog: CatalogModel): string[] {
  const withParams = publicEntries(catalog).filter((entry) => entry.params.length > 0);
  const table = withParams.map((entry) => `  ${propertyName(entry.key)}: [${entry.params.map((p) => `[${stringLiteral(p.name)}, ${stringLiteral(p.type)}]`).join(', ')}],`);
  const cases = catalog.locales.map(
    (locale) =>
      `    case ${stringLiteral(locale)}:\n      return import(${stringLiteral(formatterModule(locale))}).then((module) => createFormatter(${stringLiteral(locale)}, module.default));`,
  );
  return [
    '// The declared params of each message that takes any, by name: [name, type].',
    `const paramTypes = ${table.length === 0 ? 'Object.freeze({})' : `Object.freeze({\n${table.join('\n')}\n})`};`,
    'const keySet = new Set(keys);',
    '',
    'export function isKey(value) {',
    "  return typeof value === 'string' && keySet.has(value);",
    '}',
    '',
    'export function isLocalizable(error) {',
    "  return typeof error === 'object' && error !== null && isKey(error.key);",
    '}',
    '',
    '// Whether a message can show `value` for a param of the declared type; anything else counts as missing.',
    'function usable(type, value) {',
    '  switch (type) {',
    "    case 'string':",
    "      return typeof value === 'string' || typeof value === 'number';",
    "    case 'number':",
    "    case 'integer':",
    "      return typeof value === 'number';",
    "    case 'boolean':",
    "      return typeof value === 'boolean';",
    "    case 'date':",
    "      return (typeof value === 'number' || value instanceof Date) && Number.isFinite(Number(value));",
    '    default:',
    '      return false;',
    '  }',
    '}',
    '',
    '// The params of `key` a message can show, copied into an object of its own: nothing else reaches a message.',
    'function paramsOf(key, params) {',
    '  const given = Object.create(null);',
    "  if (!Object.hasOwn(paramTypes, key) || typeof params !== 'object' || params === null) return given;",
    '  for (const [name, type] of paramTypes[key]) {',
    '    const value = Object.hasOwn(params, name) ? params[name] : undefined;',
    '    if (usable(type, value)) given[name] = value;',
    '  }',
    '  return given;',
    '}',
    '',
    'export function missingParams(error) {',
    "  const key = typeof error === 'object' && error !== null ? error.key : undefined;",
    '  if (!isKey(key) || !Object.hasOwn(paramTypes, key)) return [];',
    '  const given = paramsOf(key, error.params);',
    '  return paramTypes[key].filter(([name]) => !Object.hasOwn(given, name)).map(([name]) => name);',
    '}',
    '',
    'function createFormatter(locale, messages) {',
    '  return Object.freeze({',
    '    locale,',
    '    format(key, params) {',
    '      if (!isKey(key)) throw new RangeError(`Unknown message key ${describeValue(key)}: not a public key of this package`);',
    '      return messages[key](paramsOf(key, params));',
    '    },',
    '    formatError(error) {',
    "      const key = typeof error === 'object' && error !== null ? error.key : undefined;",
    '      // An internal or unknown key has no public message: the caller shows its own text.',
    '      if (!isKey(key)) return undefined;',
    '      return messages[key](paramsOf(key, error.params));',
    '    },',
    '  });',
    '}',
    '',
    'export function loadFormatter(locale) {',
    '  switch (locale) {',
    ...cases,
    '    default:',
    '      return Promise.reject(new RangeError(`Unknown locale ${describeValue(locale)}; expected one of ${locales.join(", ")}`));',
    '  }',
    '}',
  ];
}

/** The declarations of index.d.ts for the formatter API. */
export function formatterDts(catalog: CatalogModel): string[] {
  const entries = publicEntries(catalog);
  const fields = entries.map((entry) => `  ${stringLiteral(entry.key)}: ${messageParamsType(entry)};`);
  return [
    '/** The params of a message without placeholders: none. */',
    'export type NoParams = { readonly [name: string]: never };',
    '/**',
    ' * The params of each public message, by key. A catalog param of type string is a `string`, number and',
    ' * integer a `number`, boolean a `boolean`, date a `Date | number` (milliseconds since the epoch).',
    ' */',
    fields.length === 0 ? 'export interface MessageParams {}' : `export interface MessageParams {\n${fields.join('\n')}\n}`,
    '/** The arguments of `format` after the key: the params exactly when the message has them. */',
    'export type FormatArgs<K extends Key> = [MessageParams[K]] extends [NoParams] ? [params?: NoParams] : [params: MessageParams[K]];',
    '/**',
    ' * What `formatError` takes: anything with a public `key` and some of its params, such as an error of',
    ` * \`${catalog.packages.errors}\`, created or decoded (\`readResponse\`, \`fromResponse\`).`,
    ' */',
    'export interface LocalizableError<K extends Key = Key> {',
    '  readonly key: K;',
    '  readonly params?: Partial<MessageParams[K]> | undefined;',
    '}',
    '/** Formats the public messages in one locale, as intl-messageformat formats the bundle text, with no runtime dependency. */',
    'export interface Formatter {',
    '  /** The locale of every message this formatter returns. */',
    '  readonly locale: Locale;',
    '  /**',
    '   * The message of `key` with its params. A param that is absent (or not of its type) shows as its',
    '   * placeholder, e.g. `{id}`. Throws a `RangeError` for a key that is not a public key of this package.',
    '   */',
    '  format<K extends Key>(key: K, ...params: FormatArgs<K>): string;',
    '  /**',
    "   * The message of an error's key with the params it carries. A param it lacks shows as its placeholder",
    '   * (`{id}`); `missingParams(error)` names them. Never throws: at run time, an error whose key is not a',
    '   * public key of this package (internal, unknown, or not an error at all) gives `undefined`, so a client',
    "   * can fall back to the server's text. The types reject such an error: narrow with `isLocalizable` first.",
    '   */',
    '  formatError<K extends Key>(error: LocalizableError<K>): string;',
    '}',
    '/** The formatter of a locale, loaded on demand (one module per locale); rejects an unknown locale. */',
    'export declare function loadFormatter(locale: Locale): Promise<Formatter>;',
    '/** True when `value` is a public key: one with a message in every bundle. */',
    'export declare function isKey(value: unknown): value is Key;',
    '/** True when `error` is an object with a public `key`: narrows a decoded error of any key to those `formatError` takes. */',
    'export declare function isLocalizable<E>(error: E): error is E & { readonly key: Key };',
    '/**',
    " * The names of the params an error's message lacks (absent, null, or not of the param's type), sorted:",
    " * a UI can show the server's text instead of a placeholder. Empty for a key that is not public.",
    ' */',
    'export declare function missingParams<K extends Key>(error: LocalizableError<K>): string[];',
  ];
}
