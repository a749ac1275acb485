/**
 * The JS entry of the i18n package: `index.js` + `index.d.ts` with the locale list, the `Key`
 * type, a typed loader and the client-side formatter API (formatter-api.ts), and one ES module per
 * locale carrying the same data as its JSON bundle.
 *
 * Why JS modules next to the JSON: importing JSON needs import attributes (`with { type: 'json' }`),
 * which not every bundler and runtime in use handles alike; a plain ES module loads everywhere and
 * a literal `import('./messages/xx.js')` per locale lets bundlers split one chunk per locale.
 * Every literal is printed with JSON.stringify: no hand escaping.
 */
import type { CatalogModel } from '../../model/catalog-model.js';
import type { EmitContext, VirtualFile } from '../virtual-file.js';
import { generatedNotice } from '../virtual-file.js';
import { formatterDts, formatterJs } from './formatter-api.js';
import type { LocaleBundle } from './locale-bundles.js';

const lit = (value: string): string => JSON.stringify(value);

/** A readable object literal of string pairs, one per line, in the given order. */
function objectLiteral(pairs: readonly (readonly [string, string])[]): string {
  if (pairs.length === 0) return '{}';
  // A quoted "__proto__" key would set the prototype; a computed one defines a plain property.
  const lines = pairs.map(([key, value]) => `  ${key === '__proto__' ? `[${lit(key)}]` : lit(key)}: ${lit(value)},`);
  return `{\n${lines.join('\n')}\n}`;
}

/** Module specifier of a locale's JS module, relative to the package root. */
function localeModule(locale: string): string {
  return `./messages/${locale}.js`;
}

/** `messages/<locale>.js` and `.d.ts` for every bundle. */
export function localeModuleFiles(context: EmitContext, bundles: readonly LocaleBundle[]): VirtualFile[] {
  return bundles.flatMap((bundle) => [
    {
      path: `messages/${bundle.locale}.js`,
      contents: [
        `// ${generatedNotice(context)}`,
        `/** Messages of locale ${lit(bundle.locale)}: the data of ${bundle.locale}.json. */`,
        `export default Object.freeze(${objectLiteral(bundle.messages)});`,
        '',
      ].join('\n'),
    },
    {
      path: `messages/${bundle.locale}.d.ts`,
      contents: [
        `// ${generatedNotice(context)}`,
        "import type { Messages } from '../index.js';",
        `/** Messages of locale ${lit(bundle.locale)}. */`,
        'declare const messages: Messages;',
        'export default messages;',
        '',
      ].join('\n'),
    },
  ]);
}

/** `index.js`: locales, keys, the default-locale messages, `loadMessages`, `isLocale`, `matchLocale`, and the formatter API. */
export function indexJsFile(catalog: CatalogModel, context: EmitContext, bundles: readonly LocaleBundle[]): VirtualFile {
  const keys = bundles[0]?.messages.map(([key]) => key) ?? [];
  const cases = catalog.locales
    .filter((locale) => locale !== catalog.defaultLocale)
    .map((locale) => `    case ${lit(locale)}:\n      return import(${lit(localeModule(locale))}).then((module) => module.default);`);
  const contents = [
    `// ${generatedNotice(context)}`,
    `import defaultMessages from ${lit(localeModule(catalog.defaultLocale))};`,
    '',
    `export const locales = Object.freeze(${JSON.stringify(catalog.locales)});`,
    `export const defaultLocale = ${lit(catalog.defaultLocale)};`,
    `export const keys = Object.freeze(${JSON.stringify(keys)});`,
    'export { defaultMessages };',
    '',
    'export function isLocale(value) {',
    "  return typeof value === 'string' && locales.includes(value);",
    '}',
    '',
    '// A value in an error message: any value, even one JSON.stringify rejects (a BigInt) or drops (a symbol).',
    'function describeValue(value) {',
    "  return typeof value === 'string' ? JSON.stringify(value) : typeof value;",
    '}',
    '',
    'export function loadMessages(locale) {',
    '  switch (locale) {',
    `    case ${lit(catalog.defaultLocale)}:`,
    '      return Promise.resolve(defaultMessages);',
    ...cases,
    '    default:',
    '      return Promise.reject(new RangeError(`Unknown locale ${describeValue(locale)}; expected one of ${locales.join(", ")}`));',
    '  }',
    '}',
    '',
    'export function matchLocale(requested) {',
    "  const wanted = typeof requested === 'string' ? [requested] : Array.from(requested ?? []);",
    '  const lower = locales.map((locale) => locale.toLowerCase());',
    '  for (const tag of wanted) {',
    "    if (typeof tag !== 'string') continue;",
    "    const parts = tag.replaceAll('_', '-').toLowerCase().split('-');",
    '    // RFC 4647 lookup: drop subtags from the end until an available locale matches.',
    '    for (let n = parts.length; n > 0; n--) {',
    "      const index = lower.indexOf(parts.slice(0, n).join('-'));",
    '      if (index >= 0) return locales[index];',
    '    }',
    '    // Then any locale of the same language: a bare "zh" or "zh-SG" still gets "zh-CN".',
    "    const index = lower.findIndex((locale) => locale.split('-')[0] === parts[0]);",
    '    if (index >= 0) return locales[index];',
    '  }',
    '  return defaultLocale;',
    '}',
    '',
    ...formatterJs(catalog),
    '',
  ].join('\n');
  return { path: 'index.js', contents };
}

/** `index.d.ts`: literal types for locales and keys, `Messages`, the params of each key, and the helpers' signatures. */
export function indexDtsFile(catalog: CatalogModel, context: EmitContext, bundles: readonly LocaleBundle[]): VirtualFile {
  const keys = bundles[0]?.messages.map(([key]) => key) ?? [];
  const keyUnion = keys.length === 0 ? 'never' : keys.map(lit).join(' | ');
  const contents = [
    `// ${generatedNotice(context)}`,
    `/** Every locale with a bundle, the default (${lit(catalog.defaultLocale)}) first. */`,
    `export declare const locales: readonly [${catalog.locales.map(lit).join(', ')}];`,
    'export type Locale = (typeof locales)[number];',
    '/** The locale whose messages fill in missing translations. */',
    `export declare const defaultLocale: ${lit(catalog.defaultLocale)};`,
    '/** Key of a public message: the entry symbol the API and the errors package use. */',
    `export type Key = ${keyUnion};`,
    '/** Every public key, in catalog order. */',
    'export declare const keys: readonly Key[];',
    '/** One locale\'s bundle: key → ICU MessageFormat source. */',
    'export type Messages = Readonly<Record<Key, string>>;',
    '/** The default-locale bundle, loaded with this module. */',
    'export declare const defaultMessages: Messages;',
    '/** True when `value` is one of `locales`. */',
    'export declare function isLocale(value: unknown): value is Locale;',
    '/** The bundle of a locale (the default locale\'s text where a translation is missing); rejects an unknown locale. */',
    'export declare function loadMessages(locale: Locale): Promise<Messages>;',
    '/** The best available locale for requested BCP 47 tags (e.g. `navigator.languages`), else `defaultLocale`. */',
    'export declare function matchLocale(requested: string | readonly string[] | null | undefined): Locale;',
    ...formatterDts(catalog),
    '',
  ].join('\n');
  return { path: 'index.d.ts', contents };
}
