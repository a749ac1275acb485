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
  ])('%s → %s', (key, want) => {
    expect(className(key)).toBe(want);
  });

  it.each([
    ['NOT_EXIST_ACCOUNT', 'not-exist-account'],
    ['APIError', 'api-error'],
  ])('anchor of %s is %s', (key, want) => {
    expect(defaultAnchor(key)).toBe(want);
  });
});
