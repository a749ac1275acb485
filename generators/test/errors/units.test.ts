/** Table-driven tests of the emitter's pure pieces: string literals, JSDoc sanitizer, JSON Schema types, ICU compiler. */
import { describe, expect, test } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { compileMessage } from '../../src/emit/errors/icu-compile.js';
import { icuHelpers, paramAccess } from '../../src/emit/icu-runtime.js';
import { sanitizeJsDoc } from '../../src/emit/errors/jsdoc.js';
import { schemaType } from '../../src/emit/errors/json-schema-type.js';
import { jsonLiteral, stringLiteral } from '../../src/emit/errors/string-literal.js';
import { nastyTexts } from './support/catalogs.js';

describe('stringLiteral', () => {
  test.each(nastyTexts.map((t) => [t]))('evaluates back to %j', (text) => {
    const literal = stringLiteral(text);
    expect(literal).not.toMatch(/[\u2028\u2029\n\r]/);
    expect(new Function(`return ${literal};`)()).toBe(text);
  });
  test('jsonLiteral keeps __proto__ an own key', () => {
    const value = new Function(`return ${jsonLiteral(JSON.parse('{"__proto__": {"a": 1}, "b": "\u2028"}'))};`)();
    expect(Object.hasOwn(value, '__proto__')).toBe(true);
    expect(value.b).toBe('\u2028');
  });
});

describe('sanitizeJsDoc', () => {
  test.each([
    { given: 'a */ b', want: 'a *&#47; b' },
    { given: '@deprecated x', want: '&#64;deprecated x' },
    { given: 'one\u2028two\r\nthree\rfour', want: 'one\ntwo\nthree\nfour' },
    { given: '  padded  \n', want: 'padded' },
    { given: 'braces {x} `${y}`', want: 'braces {x} `${y}`' },
  ])('$given', ({ given, want }) => {
    expect(sanitizeJsDoc(given)).toBe(want);
  });
});

describe('schemaType', () => {
  test.each([
    { given: { type: 'string' }, want: 'string' },
    { given: { type: 'integer' }, want: 'number' },
    { given: { type: ['string', 'null'] }, want: 'string | null' },
    { given: { enum: ['a', 1, true] }, want: '"a" | 1 | true' },
    { given: { const: 'x"y' }, want: '"x\\"y"' },
    { given: { type: 'array', items: { type: 'boolean' } }, want: 'Array<boolean>' },
    { given: { type: 'object', properties: { a: { type: 'string' }, 'b-c': { type: 'number' } }, required: ['a'] }, want: '{ "a": string; "b-c"?: number }' },
    { given: { type: 'object', additionalProperties: { type: 'integer' } }, want: '{ [key: string]: number }' },
    { given: { type: 'object', additionalProperties: false }, want: 'Record<string, never>' },
    { given: { type: 'object' }, want: '{ [key: string]: unknown }' },
    { given: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, want: 'string | number' },
    { given: { anyOf: [{ type: 'string' }, { not: {} }] }, want: 'unknown' },
    { given: { $ref: '#/x' }, want: 'unknown' },
    { given: true, want: 'unknown' },
  ])('$given → $want', ({ given, want }) => {
    expect(schemaType(given)).toBe(want);
  });
});

describe('compileMessage matches intl-messageformat', () => {
  const helpers = icuHelpers('en').join('\n');
  const cases: Array<[string, Record<string, unknown>]> = [
    ['plain text', {}],
    ["It''s '{'quoted'}'", {}],
    ['Hi {name}!', { name: 'Zoë' }],
    ['{n, number} and {n, number, integer} and {n, number, percent} and {n, number, ::currency/EUR}', { n: 1234.5 }],
    ['{n, plural, =0 {none} one {# thing} other {# things}}', { n: 0 }],
    ['{n, plural, =0 {none} one {# thing} other {# things}}', { n: 1 }],
    ['{n, plural, offset:1 =1 {just you} one {you and # other} other {you and # others}}', { n: 3 }],
    ['{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { n: 23 }],
    ['{g, select, a {A {n, plural, one {#} other {#s}}} other {O}}', { g: 'a', n: 2 }],
    ['{g, select, constructor {C} __proto__ {P} other {O}}', { g: '__proto__' }],
    ['{d, date, long} {d, time, short} {d, date, ::yyyyMMdd}', { d: new Date(Date.UTC(2020, 4, 17, 10, 30)) }],
  ];
  test.each(cases)('%s', (source, values) => {
    const { expression } = compileMessage(source, paramAccess('params'));
    const actual = new Function('params', `${helpers}\nreturn ${expression};`)(values);
    expect(actual).toBe(new IntlMessageFormat(source, 'en').format(values));
  });
});
