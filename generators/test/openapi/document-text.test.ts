/** compactJsonText: the same value as JSON.stringify, laid out in lines only where a value is too long. */
import { describe, expect, it } from 'vitest';
import { compactJsonText } from '../../src/emit/openapi/document-text.js';

const values: unknown[] = [
  null,
  'text with "quotes" and \u2028',
  [],
  {},
  [1, undefined, 'a', () => 1],
  { a: 1, skipped: undefined, f: () => 1, nested: { list: [], empty: {} } },
  { examples: { one: { value: { code: 1, message: 'x'.repeat(60) } }, two: { value: [1, 2, 3] } }, oneOf: Array.from({ length: 12 }, (_, i) => ({ $ref: `#/components/schemas/E${i}` })) },
];

describe('compactJsonText', () => {
  it.each(values.map((value) => ({ value })))('reads back as JSON.stringify writes $value', ({ value }) => {
    for (const width of [0, 10, 40, 240]) expect(JSON.parse(compactJsonText(value, width))).toEqual(JSON.parse(JSON.stringify(value) ?? 'null'));
    expect(compactJsonText(value, Infinity)).toBe(`${JSON.stringify(value) ?? 'null'}\n`);
  });

  it('puts a long list on a line per item, and an object on a line per member only around a long member', () => {
    const value = { short: [1, 2], long: ['aaaa', 'bbbb', 'cccc'] };
    expect(compactJsonText(value, 20)).toBe('{\n "short": [1,2],\n "long": [\n  "aaaa",\n  "bbbb",\n  "cccc"\n ]\n}\n');
    expect(compactJsonText({ a: 'x'.repeat(30) }, 20)).toBe(`{"a":"${'x'.repeat(30)}"}\n`);
  });
});
