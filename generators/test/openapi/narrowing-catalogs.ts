/**
 * Catalog models for the narrowing of per-status bodies: codes shared on one status (with data on
 * both sides, on one side only, and across visibilities) and message params of every type.
 */
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { catalog, entry } from '../support/model-fixtures.js';

/**
 * Two codes each shared by two entries on HTTP 404, a success code sharing HTTP 200 with an
 * internal error, and an entry with params of every type.
 */
export function sharedCodeCatalog(): CatalogModel {
  return catalog(
    [
      entry({ key: 'OK', code: 0, message: 'Done', outcome: 'success', httpStatus: 200 }),
      entry({ key: 'HIDDEN_FAILURE', code: 10, message: 'Hidden failure', httpStatus: 200, visibility: 'internal' }),
      entry({
        key: 'GONE_USER',
        code: 7,
        message: 'User {user} is gone',
        params: [{ name: 'user', type: 'string', example: 'ann' }],
        httpStatus: 404,
        sharedCode: true,
        data: { type: 'object', required: ['user'], properties: { user: { type: 'string' } }, examples: [{ user: 'ann' }] },
      }),
      entry({
        key: 'GONE_SECRET',
        code: 7,
        message: 'Secret is gone',
        httpStatus: 404,
        visibility: 'internal',
        sharedCode: true,
        data: { type: 'object', required: ['vault'], properties: { vault: { type: 'string' } } },
      }),
      entry({ key: 'MOVED', code: 8, message: 'Moved', httpStatus: 404, sharedCode: true }),
      entry({
        key: 'MOVED_TO',
        code: 8,
        message: 'Moved to {to}',
        params: [{ name: 'to', type: 'string', example: '/new' }],
        httpStatus: 404,
        sharedCode: true,
        data: { type: 'object', properties: { to: { type: 'string' } }, examples: [{ to: '/new' }] },
      }),
      entry({
        key: 'EVERY_PARAM',
        code: 9,
        message: '{s} {n, number} {i, number, integer} {b, select, true {yes} other {no}} {d, date, short}',
        params: [
          { name: 'b', type: 'boolean', example: true },
          { name: 'd', type: 'date', example: '2024-05-06T07:08:09Z' },
          { name: 'i', type: 'integer', example: 3 },
          { name: 'n', type: 'number', example: 1.5 },
          { name: 's', type: 'string', example: 'text' },
        ],
        retryable: true,
      }),
    ],
    { id: 'shared', title: 'Shared codes', packages: { errors: '@errata/shared-errors', openapi: '@errata/shared-openapi', i18n: '@errata/shared-i18n', docs: '@errata/shared-docs' } },
  );
}

/** Only error codes, `{ code, message }` without data: no success envelope, no data schemas. */
export function errorsOnlyCatalog(): CatalogModel {
  return catalog([entry({ key: 'NOT_EXIST_ACCOUNT', code: 'NOT_EXIST_ACCOUNT', message: 'No such account', httpStatus: 404 })], {
    id: 'errors-only',
    title: 'Errors only',
    docs: {},
    envelope: { shape: 'object', codeType: 'string', fields: { code: 'code', message: 'message', data: 'data' }, inferred: [] },
    packages: { errors: '@errata/errors-only-errors', openapi: '@errata/errors-only-openapi', i18n: '@errata/errors-only-i18n', docs: '@errata/errors-only-docs' },
  });
}
