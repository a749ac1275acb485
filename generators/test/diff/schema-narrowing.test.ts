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
];

describe('schemaNarrowings', () => {
  it.each(rows)('$name', (row) => {
    expect(schemaNarrowings(row.old, row.new)).toEqual(row.want);
  });
});
