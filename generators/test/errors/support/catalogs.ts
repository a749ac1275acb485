/** The catalogs the errors tests run on: the sample fixture, edge cases, and every catalog of the workspace. */
import type { CatalogModel } from '../../../src/model/catalog-model.js';
import { escapeIcuText } from '../../../src/icu/icu-message.js';
import { workspaceCatalog } from '../../support/workspace-catalogs.js';
import { catalog, entry, sampleCatalog } from '../../support/model-fixtures.js';
import { repoRoot } from './temp-project.js';

export { seedIds, workspaceCatalogIds } from '../../support/workspace-catalogs.js';

/** The model of `catalogs/<id>`; throws with its diagnostics when it does not load. */
export function seedCatalog(id: string): CatalogModel {
  return workspaceCatalog(id, repoRoot);
}

/** Text that tends to break code generators. */
export const nastyTexts: readonly string[] = [
  '*/ closes a comment',
  '/* opens one',
  'back`tick` and ${template} and `${x}`',
  '"double" \'single\' \\backslash\\ \\u0041',
  'line\u2028separator\u2029paragraph',
  'cr\r\nlf\n',
  'braces {not a placeholder} here',
  'مرحبا بالعالم',
  '账户不存在',
  '🚀 emoji 👩‍💻',
  '@deprecated not a tag @param x',
  '</script><!--',
  '\u0000 nul and \t tab',
];

/** Keys that are awkward as identifiers or property names, with a string-code object envelope. */
export function edgeCatalog(): CatalogModel {
  const keys = ['constructor', '__proto__', 'toString', 'class', '2FA_REQUIRED', 'hasOwnProperty', 'valueOf', 'then', 'prototype', 'length', 'name', 'syntax_error', 'TypeError', 'bad-request', 'api.v2.timeout'];
  return catalog(
    [
      ...keys.map((key, i) =>
        entry({ key, code: key, message: escapeIcuText(nastyTexts[i % nastyTexts.length]!), description: nastyTexts[(i + 3) % nastyTexts.length], solution: nastyTexts[(i + 5) % nastyTexts.length] }),
      ),
      entry({ key: 'PG_SYNTAX', code: 'PG_SYNTAX', message: escapeIcuText(nastyTexts[keys.length % nastyTexts.length]!), className: 'PgSyntaxFailure' }),
      entry({ key: 'DONE', code: 'DONE', message: 'Done', outcome: 'success', httpStatus: 200 }),
      entry({
        key: 'WITH_DATE',
        code: 'WITH_DATE',
        message: 'At {when, date, short} for {flag} and {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} and {kind, select, a {A} other {O}}',
        params: [
          { name: 'flag', type: 'boolean' },
          { name: 'kind', type: 'string' },
          { name: 'n', type: 'integer' },
          { name: 'when', type: 'date' },
        ],
        data: { oneOf: [{ type: 'string', enum: ['a', 'b'] }, { type: 'array', items: { type: 'object', properties: { '__proto__': { const: 1 }, 'x-y': { type: ['string', 'null'] } }, required: ['x-y'] } }] },
      }),
    ],
    {
      id: 'edge',
      packages: { errors: '@errata/edge-errors', openapi: '@errata/edge-openapi', i18n: '@errata/edge-i18n', docs: '@errata/edge-docs' },
      envelope: { shape: 'object', codeType: 'string', fields: { code: 'code', message: 'message', data: 'data' }, inferred: [] },
      docs: {},
    },
  );
}

/** The sample fixture with a positional `[code, message, data]` envelope. */
export function arrayCatalog(): CatalogModel {
  return { ...sampleCatalog(), id: 'array', packages: { errors: '@errata/array-errors', openapi: '@errata/array-openapi', i18n: '@errata/array-i18n', docs: '@errata/array-docs' }, envelope: { shape: 'array', codeType: 'integer', order: ['code', 'message', 'data'], inferred: [] } };
}

/**
 * Shared codes whose messages have placeholders (the formatted text a server sends is not the ICU
 * source), in a positional envelope with no code 0.
 */
export function sharedParamsCatalog(): CatalogModel {
  const shared = { sharedCode: true, httpStatus: 409 } as const;
  return catalog(
    [
      entry({ key: 'LIMIT_GATEWAY', code: 903, message: 'Gateway limitation', ...shared }),
      entry({ key: 'ACCOUNT_LOCKED', code: 903, message: 'Account {account} is locked', params: [{ name: 'account', type: 'string' }], ...shared }),
      entry({ key: 'QUOTA_USED', code: 903, message: '{user} used {n, plural, one {# call} other {# calls}} of {limit, number}', params: [{ name: 'user', type: 'string' }, { name: 'n', type: 'integer' }, { name: 'limit', type: 'integer' }], ...shared }),
      entry({ key: 'FAILED_SHORT', code: 904, message: 'Failed: {what}', params: [{ name: 'what', type: 'string' }], ...shared }),
      entry({ key: 'FAILED_LONG', code: 904, message: 'Failed: {what} at {where}', params: [{ name: 'what', type: 'string' }, { name: 'where', type: 'string' }], ...shared }),
    ],
    {
      id: 'shared',
      packages: { errors: '@errata/shared-errors', openapi: '@errata/shared-openapi', i18n: '@errata/shared-i18n', docs: '@errata/shared-docs' },
      envelope: { shape: 'array', codeType: 'integer', order: ['code', 'message', 'data'], inferred: [] },
    },
  );
}
