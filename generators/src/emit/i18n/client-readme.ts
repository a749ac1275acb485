/**
 * The "Client-side messages" section of the i18n README: decode an API error with the errors package,
 * check its key, and format it in the user's locale with `loadFormatter`, i18next or FormatJS; then,
 * computed from the model, which public messages a client can localize from what the wire carries.
 * The section's `js` blocks run in sequence as one script (the tests run them so).
 */
import type { CatalogModel } from '../../model/catalog-model.js';
import { wireSource } from '../../model/param-source.js';
import { clientReadiness, wireExample } from './wire-params.js';

const fence = '```';
const lit = (value: unknown): string => JSON.stringify(value);

/** HTTP statuses a `Response` with a body may not have (and ones outside 200–599 it refuses). */
function responseStatus(status: number): number | undefined {
  return status >= 200 && status <= 599 && ![204, 205, 304].includes(status) ? status : undefined;
}

/** The example's code blocks: decode and format with `loadFormatter`; then the same error with i18next and FormatJS. */
function exampleBlocks(catalog: CatalogModel): string[] {
  const example = wireExample(catalog);
  const pkg = lit(catalog.packages.i18n);
  if (!example) return [`${catalog.title} has no public error of a code of its own, so there is no decoding example here.`, ''];
  const locale = catalog.locales.find((l) => l !== catalog.defaultLocale) ?? catalog.defaultLocale;
  const status = responseStatus(example.entry.httpStatus);
  const init = `{ ${status === undefined ? '' : `status: ${status}, `}headers: { "content-type": "application/json" } }`;
  return [
    `${fence}js`,
    `import { readResponse } from ${lit(catalog.packages.errors)};`,
    `import { isLocalizable, loadFormatter, matchLocale, missingParams } from ${pkg};`,
    '',
    '// In an app: `const response = await fetch(url)`. Here, an answer of the API as it comes over the wire:',
    `const body = ${lit(example.body)};`,
    `const response = new Response(JSON.stringify(body), ${init});`,
    '',
    'const result = await readResponse(response);',
    'if (result.outcome !== "error") throw new Error(`Expected an error, got ${result.outcome}`);',
    'const { error } = result;',
    '',
    "// The user's languages: `navigator.languages` in a browser, the Accept-Language tags on a server.",
    `const locale = matchLocale([${lit(locale)}]);`,
    'const formatter = await loadFormatter(locale);',
    "// An internal key has no public message, and a param the wire did not carry would show as `{name}`:",
    "// the server's text is the better choice then.",
    'const text = isLocalizable(error) && missingParams(error).length === 0 ? formatter.formatError(error) : error.message;',
    'console.log(text);',
    fence,
    '',
    'The same key and params format the bundles with i18next + i18next-icu and with FormatJS (continuing the example):',
    '',
    `${fence}js`,
    "import i18next from 'i18next';",
    "import ICU from 'i18next-icu';",
    "import { IntlMessageFormat } from 'intl-messageformat';",
    `import { loadMessages } from ${pkg};`,
    '',
    'if (isLocalizable(error)) {',
    '  const messages = await loadMessages(locale);',
    '  await i18next.use(ICU).init({ lng: locale, resources: { [locale]: { translation: messages } }, keySeparator: false, nsSeparator: false });',
    '  console.log(i18next.t(error.key, error.params));',
    '  console.log(new IntlMessageFormat(messages[error.key], locale).format(error.params));',
    '}',
    fence,
    '',
  ];
}

/** Which public messages a client can localize, and the params that do not come over the wire. */
export function clientCoverageLines(catalog: CatalogModel): string[] {
  const readiness = clientReadiness(catalog);
  const total = readiness.length;
  const lacking = readiness.filter((r) => r.unsourced.length > 0);
  const withParams = readiness.filter((r) => r.entry.params.length > 0);
  const messages = (n: number): string => `${n} public message${n === 1 ? '' : 's'}`;
  let summary: string;
  if (total === 0) summary = `${catalog.title} has no public message.`;
  else if (lacking.length === 0)
    summary =
      withParams.length === 0
        ? `Every message can be formatted on the client: none of the ${messages(total)} takes params.`
        : `Every message can be formatted on the client: each of the ${messages(total)} takes no params or reads every param from the wire.`;
  else
    summary =
      `${total - lacking.length} of ${messages(total)} can be formatted on the client (no params, or every param on the wire). ` +
      'In the others a param is not on the wire, unless the body is a problem (`application/problem+json`) with `params`:';
  const lines = [summary];
  if (lacking.length > 0) {
    lines.push('');
    for (const { entry, unsourced } of lacking) {
      const names = unsourced.map((name) => `\`${name}\``).join(', ');
      lines.push(`- \`${entry.key}\`: ${names} ${unsourced.length === 1 ? 'is' : 'are'} not on the wire; problem bodies carry ${unsourced.length === 1 ? 'it' : 'them'}.`);
    }
  }
  if (withParams.length > 0) {
    lines.push('', 'Where a decoder finds each param:', '', '| Message | Param | On the wire |', '|---|---|---|');
    for (const { entry } of withParams) {
      for (const param of entry.params) {
        const source = wireSource(param);
        lines.push(`| \`${entry.key}\` | \`${param.name}\` | ${source === undefined ? 'not on the wire' : `\`${source}\``} |`);
      }
    }
  }
  return lines;
}

/** The README section. */
export function clientMessagesSection(catalog: CatalogModel): string[] {
  return [
    '## Client-side messages',
    '',
    '`loadFormatter(locale)` loads the messages of one locale compiled to JavaScript (`formatters/<locale>.js`, one chunk',
    'per locale, no runtime dependency); they format exactly as intl-messageformat formats the bundle text.',
    '`format(key, params)` takes the params each key declares; `formatError(error)` takes an error of',
    `\`${catalog.packages.errors}\`, created or decoded, and formats its \`key\` with the \`params\` it carries. A param`,
    "the error lacks shows as its placeholder (`{id}`); `missingParams(error)` names such params, so a UI can show the server's",
    'text instead.',
    '',
    'Internal messages are not in `Key`: TypeScript rejects an error with an internal key, so narrow a decoded error with',
    '`isLocalizable(error)` (or a key with `isKey(value)`) first. At run time `formatError` never throws: it returns',
    '`undefined` for an error whose key is not public. `format` throws a `RangeError` for such a key.',
    '',
    `Decode a response with \`readResponse\` of \`${catalog.packages.errors}\`, check the key, and format the error in the user's locale:`,
    '',
    ...exampleBlocks(catalog),
    '### What a client can localize',
    '',
    "A decoded error carries the params its entry reads from the wire (`from` in the catalog, a path into the body's `data`).",
    '',
    ...clientCoverageLines(catalog),
    '',
  ];
}
