import { describe, expect, it } from 'vitest';
import { className, defaultAnchor } from '../../src/model/names.js';

describe('class names from keys', () => {
  it.each([
    ['NOT_EXIST_ACCOUNT', 'NotExistAccountError'],
    ['UNITSYSTEM00001', 'Unitsystem00001Error'],
    ['APIError', 'ApiError'],
    ['RayvisionError', 'RayvisionError'],
    ['VINSUFFICIENT_PERMISSIONS', 'VinsufficientPermissionsError'],
    ['2FA_REQUIRED', 'E2faRequiredError'],
    ['Http2Error', 'Http2Error'],
    ['toString', 'ToStringError'],
    ['constructor', 'ConstructorError'],
    ['__proto__', 'ProtoError'],
    ['class', 'ClassError'],
    ['ERROR', 'ErrorError'],
    ['FOO__BAR', 'FooBarError'],
    // Derived names never shadow a built-in or the base class: the key's own `Error` stays.
    ['syntax_error', 'SyntaxErrorError'],
    ['TYPE_ERROR', 'TypeErrorError'],
    ['RangeError', 'RangeErrorError'],
    ['catalog_error', 'CatalogErrorError'],
    ['error', 'ErrorError'],
    ['bad-request', 'BadRequestError'],
    ['api.v2.timeout', 'ApiV2TimeoutError'],
  ])('%s → %s', (key, want) => {
    expect(className(key)).toBe(want);
  });

  it('takes the catalog\'s className over the derived one', () => {
    expect(className('syntax_error', 'PgSyntaxError')).toBe('PgSyntaxError');
  });

  it.each([
    ['NOT_EXIST_ACCOUNT', 'not-exist-account'],
    ['APIError', 'api-error'],
  ])('anchor of %s is %s', (key, want) => {
    expect(defaultAnchor(key)).toBe(want);
  });
});
