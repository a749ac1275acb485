import { describe, expect, it } from 'vitest';
import { schemaNarrowings } from '../../src/diff/schema-narrowing.js';

const obj = (extra: Record<string, unknown> = {}) => ({ type: 'object', properties: { id: { type: 'integer' } }, ...extra });

// want: [] means the new schema accepts everything the old one did (same or wider).
const rows: { name: string; old: unknown; new: unknown; want: string[] }[] = [
  { name: 'equal', old: obj(), new: obj(), want: [] },
  { name: 'annotations only', old: obj(), new: obj({ description: 'x', title: 't' }), want: [] },
  { name: 'new schema accepts anything', old: obj(), new: {}, want: [] },
  { name: 'old accepted nothing', old: false, new: obj(), want: [] },
  { name: 'required added', old: obj(), new: obj({ required: ['id'] }), want: ['data: property "id" is now required'] },
  { name: 'required dropped', old: obj({ required: ['id'] }), new: obj(), want: [] },
  { name: 'integer → number widens', old: { type: 'integer' }, new: { type: 'number' }, want: [] },
  { name: 'number → integer narrows', old: { type: 'number' }, new: { type: 'integer' }, want: ['data: type number → integer'] },
  { name: 'type union widened', old: { type: 'string' }, new: { type: ['string', 'null'] }, want: [] },
  { name: 'type added where there was none', old: {}, new: { type: 'object' }, want: ['data: type restricted to object'] },
  { name: 'enum value removed', old: { enum: ['a', 'b'] }, new: { enum: ['a'] }, want: ['data: value "b" no longer allowed'] },
  { name: 'enum value added', old: { enum: ['a'] }, new: { enum: ['a', 'b'] }, want: [] },
  { name: 'const within new enum', old: { const: 'a' }, new: { type: 'string', enum: ['a', 'b'] }, want: [] },
  { name: 'additionalProperties turned false', old: obj(), new: obj({ additionalProperties: false }), want: ['data: additionalProperties is now false'] },
  { name: 'additionalProperties false lifted', old: obj({ additionalProperties: false }), new: obj(), want: [] },
  { name: 'listed property no longer allowed', old: { type: 'object', properties: { id: {}, note: {} } }, new: { type: 'object', properties: { id: {} }, additionalProperties: false }, want: ['data: property "note" no longer allowed', 'data: additionalProperties is now false'] },
  { name: 'property added where extras were free', old: { type: 'object' }, new: { type: 'object', properties: { note: { type: 'string' } } }, want: ['data.note: type restricted to string'] },
  { name: 'property added where extras were forbidden', old: { type: 'object', additionalProperties: false }, new: { type: 'object', properties: { note: { type: 'string' } }, additionalProperties: false }, want: [] },
  { name: 'nested items narrowed', old: { type: 'array', items: { type: 'number' } }, new: { type: 'array', items: { type: 'integer' } }, want: ['data[]: type number → integer'] },
  { name: 'maxLength lowered', old: { type: 'string', maxLength: 10 }, new: { type: 'string', maxLength: 5 }, want: ['data: maxLength 10 → 5'] },
  { name: 'minimum lowered', old: { type: 'integer', minimum: 5 }, new: { type: 'integer', minimum: 1 }, want: [] },
  { name: 'pattern added', old: { type: 'string' }, new: { type: 'string', pattern: '^a' }, want: ['data: pattern added'] },
  { name: 'pattern removed', old: { type: 'string', pattern: '^a' }, new: { type: 'string' }, want: [] },
  { name: 'unknown keyword rewritten counts as narrowed', old: { anyOf: [{ type: 'string' }] }, new: { anyOf: [{ type: 'string' }, { type: 'null' }] }, want: ['data: anyOf changed'] },
  // Boolean and non-schema values.
  { name: 'new schema false', old: {}, new: false, want: ['data: now accepts nothing'] },
  { name: 'new schema true', old: { type: 'string' }, new: true, want: [] },
  { name: 'old schema true, new restricted', old: true, new: { type: 'string' }, want: ['data: type restricted to string'] },
  { name: 'a non-schema value reads as true', old: 'nonsense', new: { type: 'string' }, want: ['data: type restricted to string'] },
  { name: 'a non-schema new value accepts anything', old: { type: 'string' }, new: 42, want: [] },
  { name: 'undefined keyword ignored', old: {}, new: { type: undefined }, want: [] },
  // type against listed values.
  { name: 'type over an old enum it covers', old: { enum: [1, 2] }, new: { type: 'integer' }, want: [] },
  { name: 'type over an old const it does not cover', old: { const: 1.5 }, new: { type: 'integer' }, want: ['data: type number → integer'] },
  { name: 'type over old values of several types', old: { enum: ['a', null, [1], 2] }, new: { type: ['string', 'null'] }, want: ['data: type string|null|array|integer → string|null'] },
  { name: 'integer values under number', old: { enum: [1] }, new: { type: 'number' }, want: [] },
  // enum and const.
  { name: 'enum where there was none', old: { type: 'string' }, new: { enum: ['a', 'b'] }, want: ['data: now restricted to enum ["a","b"]'] },
  { name: 'const where there was none', old: {}, new: { const: 'a' }, want: ['data: now restricted to const "a"'] },
  { name: 'const changed', old: { const: 'a' }, new: { const: 'b' }, want: ['data: value "a" no longer allowed'] },
  { name: 'enum that is not a list allows nothing', old: { enum: ['a'] }, new: { enum: 'a' }, want: ['data: value "a" no longer allowed'] },
  { name: 'enum of objects compared structurally', old: { enum: [{ a: 1, b: 2 }] }, new: { enum: [{ b: 2, a: 1 }] }, want: [] },
  { name: 'long values shortened', old: { const: 'x'.repeat(70) }, new: { const: 'y' }, want: [`data: value "${'x'.repeat(56)}... no longer allowed`] },
  // required.
  { name: 'required that is not a list requires nothing', old: {}, new: { required: 'id' }, want: [] },
  { name: 'required kept, one added', old: { required: ['a'] }, new: { required: ['a', 'b'] }, want: ['data: property "b" is now required'] },
  { name: 'old required that is not a list', old: { required: 'a' }, new: { required: ['a'] }, want: ['data: property "a" is now required'] },
  // arrays.
  { name: 'tuple items changed', old: { prefixItems: [{ type: 'string' }] }, new: { prefixItems: [{ type: 'integer' }], items: { type: 'string' } }, want: ['data: items changed', 'data: prefixItems changed'] },
  { name: 'tuple items kept', old: { prefixItems: [{ type: 'string' }], items: { type: 'string' } }, new: { prefixItems: [{ type: 'string' }], items: { type: 'string' } }, want: [] },
  { name: 'items where there were none', old: { type: 'array' }, new: { type: 'array', items: { type: 'string' } }, want: ['data[]: type restricted to string'] },
  { name: 'uniqueItems added', old: { type: 'array' }, new: { type: 'array', uniqueItems: true }, want: ['data: items must now be unique'] },
  { name: 'uniqueItems kept', old: { uniqueItems: true }, new: { uniqueItems: true }, want: [] },
  { name: 'uniqueItems false', old: {}, new: { uniqueItems: false }, want: [] },
  // bounds.
  { name: 'minimum raised', old: { minimum: 1 }, new: { minimum: 5 }, want: ['data: minimum 1 → 5'] },
  { name: 'minimum equal', old: { minimum: 5 }, new: { minimum: 5 }, want: [] },
  { name: 'maximum raised', old: { maximum: 5 }, new: { maximum: 9 }, want: [] },
  { name: 'maximum equal', old: { maximum: 5 }, new: { maximum: 5 }, want: [] },
  { name: 'bound added', old: {}, new: { minItems: 1 }, want: ['data: minItems 1 added'] },
  { name: 'bound that is not a number', old: { maxItems: 'x' }, new: { maxItems: 'y' }, want: ['data: maxItems changed'] },
  { name: 'bound that is not a number, kept', old: { maxItems: 'x' }, new: { maxItems: 'x' }, want: [] },
  { name: 'every lower and upper bound keyword', old: {}, new: { exclusiveMinimum: 0, minLength: 1, minProperties: 1, minContains: 1, exclusiveMaximum: 9, maxProperties: 9, maxContains: 9 }, want: ['data: exclusiveMaximum 9 added', 'data: exclusiveMinimum 0 added', 'data: maxContains 9 added', 'data: maxProperties 9 added', 'data: minContains 1 added', 'data: minLength 1 added', 'data: minProperties 1 added'] },
  { name: 'format changed', old: { format: 'date' }, new: { format: 'uri' }, want: ['data: format changed'] },
  // objects.
  { name: 'property of the old schema narrowed', old: { properties: { a: { type: 'number' } } }, new: { properties: { a: { type: 'integer' } } }, want: ['data.a: type number → integer'] },
  { name: 'new property where old extras were typed', old: { additionalProperties: { type: 'integer' } }, new: { properties: { a: { type: 'number' } } }, want: [] },
  { name: 'new property where old extras were typed differently', old: { additionalProperties: { type: 'string' } }, new: { properties: { a: { type: 'number' } } }, want: ['data.a: type string → number'] },
  { name: 'new property where the old had patternProperties', old: { patternProperties: { '^a': { type: 'string' } } }, new: { properties: { a: { type: 'string' } } }, want: ['data.a: type restricted to string'] },
  { name: 'properties in key order', old: {}, new: { properties: { b: { type: 'string' }, a: { type: 'string' } } }, want: ['data.a: type restricted to string', 'data.b: type restricted to string'] },
  { name: 'additionalProperties typed: old listed property now under it', old: { properties: { a: { type: 'string' } } }, new: { additionalProperties: { type: 'integer' } }, want: ['data.a: type string → integer', 'data.*: type restricted to integer'] },
  { name: 'additionalProperties typed: old listed property fits it', old: { properties: { a: { type: 'integer' } }, additionalProperties: { type: 'integer' } }, new: { additionalProperties: { type: 'number' } }, want: [] },
  { name: 'additionalProperties false: old patternProperties no longer allowed', old: { patternProperties: { '^x': {} }, additionalProperties: false }, new: { additionalProperties: false }, want: ['data: properties matching "^x" no longer allowed as they were'] },
  { name: 'additionalProperties false: listed property kept', old: { properties: { a: {} } }, new: { properties: { a: {} }, additionalProperties: false }, want: ['data: additionalProperties is now false'] },
  { name: 'additionalProperties false kept', old: { additionalProperties: false }, new: { additionalProperties: false }, want: [] },
];

describe('schemaNarrowings', () => {
  it.each(rows)('$name', (row) => {
    expect(schemaNarrowings(row.old, row.new)).toEqual(row.want);
  });
});
