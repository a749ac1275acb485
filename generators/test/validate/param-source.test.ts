import { describe, expect, it } from 'vitest';
import { catalogRowLoader } from '../support/catalog-rows.js';

/**
 * `param-source`, row by row: where a param's `from` points into the entry's data schema, what the
 * user reads (the text after "is read from `…`, but"), or nothing where the schema allows the value
 * or cannot tell. semantic-rules.test.ts keeps the positions of the three kinds of message.
 */
interface Row {
  name: string;
  envelope?: string;
  params: string;
  data?: string;
  /** The end of the message, after "but "; undefined when nothing is reported. */
  want?: string;
  /** Other errors the row's catalog has on purpose (a schema error the rules must survive). */
  others?: string[];
}

const catalog = ({ envelope = '{ shape: object, codeType: integer }', params, data }: Row) => `id: demo
title: Demo
version: 1.0.0
defaultLocale: en
envelope: ${envelope}
groups:
  - name: general
    entries:
      - key: A
        code: 1
        message: "Value {v}"
        params:
          v: ${params}
${data === undefined ? '' : `        data: ${data}\n`}`;

const int = (from: string) => `{ type: integer, from: ${from} }`;
const needsInt = 'and a integer param needs integer or number';

const rows: Row[] = [
  { name: 'array envelope with a data position, no data schema', envelope: '{ shape: array, codeType: integer, order: [code, message, data] }', params: '{ type: string, from: data.x }' },
  { name: 'param without from, array envelope without data', envelope: '{ shape: array, codeType: integer, order: [code, message] }', params: '{ type: string }' },
  { name: 'param without from beside a data schema', params: '{ type: string }', data: '{ type: object, properties: { x: { type: integer } } }' },
  { name: 'a member of an accepted type', params: '{ type: string, from: data.x }', data: '{ type: object, properties: { x: { type: string } } }' },
  { name: 'below a combinator, cannot be told', params: int('data.x.y.z'), data: '{ type: object, properties: { x: { anyOf: [{ type: string }, { type: object }] } } }' },
  ...['anyOf: [{ type: object }]', 'oneOf: [{ type: object }]', 'allOf: [{ type: object }]', 'if: { type: object }', "$ref: '#/$defs/x', $defs: { x: { type: object } }"].map((keyword) => ({
    name: `closed object with ${keyword.split(':')[0]}, cannot be told`,
    params: int('data.x'),
    data: `{ type: object, additionalProperties: false, ${keyword} }`,
  })),
  { name: 'nested member absent', params: int('data.list.todo'), data: '{ type: object, properties: { list: { type: object, additionalProperties: false } } }', want: 'the data schema has no `todo` in `data.list`' },
  { name: 'closed object without properties', params: int('data.x'), data: '{ type: object, additionalProperties: false }', want: 'the data schema has no `x` in `data`' },
  { name: 'scalar data has no members', params: int('data.x'), data: '{ type: string }', want: 'the data schema has no `x` in `data`' },
  { name: 'type list without an accepted type', params: int('data.x'), data: '{ type: object, properties: { x: { type: [string, "null"] } } }', want: `the data schema declares \`data.x\` as string or null, ${needsInt}` },
  { name: 'type list with an accepted type', params: int('data.x'), data: '{ type: object, properties: { x: { type: [string, integer] } } }' },
  { name: 'param without a type (a schema error)', params: '{ from: data.x }', data: '{ type: object, properties: { x: { type: integer } } }', others: ['schema-required'] },
  { name: 'member without a type', params: int('data.x'), data: '{ type: object, properties: { x: { description: anything } } }' },
  { name: 'array items by index', params: int('data.12'), data: '{ type: array, items: { type: string } }', want: `the data schema declares \`data.12\` as string, ${needsInt}` },
  { name: 'array items by a three-digit index', params: int('data.100'), data: '{ type: array, items: { type: string } }', want: `the data schema declares \`data.100\` as string, ${needsInt}` },
  { name: 'array items by index 5', params: int('data.5'), data: '{ type: array, items: { type: string } }', want: `the data schema declares \`data.5\` as string, ${needsInt}` },
  { name: 'tuple member of an accepted type', params: int('data.0'), data: '{ type: array, prefixItems: [{ type: integer }], items: { type: string } }' },
  { name: 'past the tuple, the items schema', params: int('data.1'), data: '{ type: array, prefixItems: [{ type: integer }], items: { type: string } }', want: `the data schema declares \`data.1\` as string, ${needsInt}` },
  { name: 'not an index: x1', params: int('data.x1'), data: '{ type: array, items: { type: string } }' },
  { name: 'not an index: 1x', params: int('data.1x'), data: '{ type: array, items: { type: string } }' },
  { name: 'not an index: 01', params: int('data.01'), data: '{ type: array, items: { type: string } }' },
  { name: 'additionalProperties schema', params: int('data.any'), data: '{ type: object, additionalProperties: { type: string } }', want: `the data schema declares \`data.any\` as string, ${needsInt}` },
  { name: 'open object, cannot be told', params: int('data.a.b'), data: '{ type: object }' },
  { name: 'array without items, cannot be told', params: int('data.x.y'), data: '{ type: array }' },
  { name: 'no type, cannot be told', params: int('data.y.z'), data: '{ properties: { x: { type: string } } }' },
];

const load = catalogRowLoader();

describe('param-source', () => {
  it.each(rows)('$name', (row) => {
    const { diagnostics } = load({ 'demo/catalog.yaml': catalog(row) });
    const messages = diagnostics.filter((d) => d.rule === 'param-source').map((d) => d.message);
    expect(messages).toEqual(row.want === undefined ? [] : [`param \`v\` of \`A\` is read from \`${/from: ([^ }]+)/.exec(row.params)![1]}\`, but ${row.want}`]);
    expect(diagnostics.filter((d) => d.severity === 'error' && d.rule !== 'param-source').map((d) => d.rule)).toEqual(row.others ?? []);
  });
});
