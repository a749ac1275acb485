/**
 * README of the i18n package: what is inside, how to load it with FormatJS and with
 * i18next + i18next-icu, how a client formats decoded errors (client-readme.ts), and the coverage table.
 */
import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import type { EmitContext } from '../virtual-file.js';
import { generatedNotice } from '../virtual-file.js';
import { clientMessagesSection } from './client-readme.js';
import type { LocaleCoverage } from './coverage-report.js';
import { coverageTable } from './coverage-report.js';
import { publicEntries } from './locale-bundles.js';

/** Sample params of an entry as JS source, for the usage snippets: the declared example, else a value of the param's type. */
function sampleParams(entry: EntryModel): string {
  const values = entry.params.map((param) => {
    const value =
      param.type === 'date'
        ? `new Date(${JSON.stringify(typeof param.example === 'string' ? param.example : '2024-01-02T03:04:05Z')})`
        : JSON.stringify(param.example ?? (param.type === 'number' || param.type === 'integer' ? 3 : param.type === 'boolean' ? true : param.name));
    return `${JSON.stringify(param.name)}: ${value}`;
  });
  return values.length === 0 ? '' : `{ ${values.join(', ')} }`;
}

/** The package README. */
export function renderI18nReadme(catalog: CatalogModel, context: EmitContext, coverage: readonly LocaleCoverage[]): string {
  const entries = publicEntries(catalog);
  // Show an error with params when there is one: that is what users format most.
  const errors = entries.filter((entry) => entry.outcome === 'error');
  const example = errors.find((entry) => entry.params.length > 0) ?? entries.find((entry) => entry.params.length > 0) ?? errors[0] ?? entries[0];
  const pkg = JSON.stringify(catalog.packages.i18n);
  const key = JSON.stringify(example?.key ?? 'KEY');
  const params = example ? sampleParams(example) : '';
  const other = catalog.locales.find((locale) => locale !== catalog.defaultLocale) ?? catalog.defaultLocale;
  const fence = '```';
  return [
    `<!-- ${generatedNotice(context)} -->`,
    '',
    `# ${catalog.packages.i18n}`,
    '',
    `ICU MessageFormat bundles of the ${entries.length} public messages of ${catalog.title}, keyed by the same symbols the API and`,
    `\`${catalog.packages.errors}\` use. Locales: ${catalog.locales.map((l) => `\`${l}\``).join(', ')} (default \`${catalog.defaultLocale}\`).`,
    'Internal-only codes are left out. Where a locale has no translation, its bundle carries the default-locale text,',
    'so every bundle has every key.',
    '',
    '## Contents',
    '',
    '- `messages/<locale>.json`: key → ICU MessageFormat string, one file per locale (also exported as `<package>/messages/<locale>.json`).',
    '- `index.js` / `index.d.ts`: `locales`, `defaultLocale`, `keys`, `defaultMessages`, `loadMessages(locale)`, `matchLocale(tags)`,',
    '  `isLocale(value)`, `loadFormatter(locale)`, `isKey(value)`, `isLocalizable(error)`, `missingParams(error)` and the types',
    '  `Locale`, `Key`, `Messages`, `MessageParams`, `Formatter`, `LocalizableError`.',
    '- `formatters/<locale>.js`: the messages of each locale compiled to JavaScript, loaded by `loadFormatter(locale)`.',
    '- `coverage.json` and `COVERAGE.md`: how many messages each locale translates, and which fall back.',
    '',
    '## FormatJS',
    '',
    `${fence}js`,
    "import { IntlMessageFormat } from 'intl-messageformat';",
    `import { loadMessages, matchLocale } from ${pkg};`,
    '',
    '// The browser\'s languages; on a server pass the request\'s tags. `navigator` is a global from Node 21 on.',
    'const locale = matchLocale(globalThis.navigator?.languages);',
    'const messages = await loadMessages(locale);',
    `new IntlMessageFormat(messages[${key}], locale).format(${params});`,
    fence,
    '',
    '## i18next with i18next-icu',
    '',
    `${fence}js`,
    "import i18next from 'i18next';",
    "import ICU from 'i18next-icu';",
    `import { defaultLocale, loadMessages, locales } from ${pkg};`,
    '',
    'const resources = {};',
    'for (const locale of locales) resources[locale] = { errors: await loadMessages(locale) };',
    'await i18next.use(ICU).init({',
    `  lng: ${JSON.stringify(other)},`,
    '  fallbackLng: defaultLocale,',
    "  ns: ['errors'],",
    "  defaultNS: 'errors',",
    '  keySeparator: false,',
    '  nsSeparator: false,',
    '  resources,',
    '});',
    `i18next.t(${key}${params ? `, ${params}` : ''});`,
    fence,
    '',
    ...clientMessagesSection(catalog),
    '## Coverage',
    '',
    coverageTable(coverage),
    '',
    'The keys that fall back are listed in `COVERAGE.md`.',
    '',
  ].join('\n');
}
