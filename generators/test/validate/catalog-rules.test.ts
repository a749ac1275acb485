import { describe, expect, it } from 'vitest';
import { catalogRowLoader } from '../support/catalog-rows.js';

/**
 * The catalog-level rules (`catalog-id`, `default-locale`, `duplicate-group`, `group-range`,
 * `envelope-shape`) row by row: the line:column and the whole text the user reads. Rows with a
 * schema error on purpose check that the rules get past data the schema already refused.
 */
interface Row {
  name: string;
  id?: string;
  envelope?: string;
  /** The `groups:` list items, as flow maps (one entry each unless given). */
  groups?: string[];
  strictFolderName?: boolean;
  /** `line:column severity rule: message` of every diagnostic of these rules. */
  want: string[];
  /** Other error rules the row has on purpose. */
  others?: string[];
}

const entry = (code: number) => `entries: [{ key: K${code}, code: ${code}, message: m }]`;
const catalog = ({ id = 'demo', envelope = '{ shape: object, codeType: integer }', groups = [`{ name: general, ${entry(1)} }`] }: Row) => `id: ${id}
title: Demo
version: 1.0.0
defaultLocale: en
envelope: ${envelope}
groups:
${groups.map((g) => `  - ${g}\n`).join('')}`;

const rules = new Set(['catalog-id', 'default-locale', 'duplicate-group', 'group-range', 'envelope-shape']);

const rows: Row[] = [
  { name: 'another id outside a workspace is fine', id: 'other', want: [] },
  { name: 'another id with --strict-folder-name', id: 'other', strictFolderName: true, want: ['1:5 error catalog-id: folder demo holds id `other`: with --strict-folder-name a catalog folder is named for its id wherever it is; rename the folder or the id'] },
  { name: 'the folder id with --strict-folder-name', strictFolderName: true, want: [] },
  { name: 'a group declared twice', groups: [`{ name: a, ${entry(1)} }`, `{ name: a, ${entry(2)} }`], want: ['8:13 error duplicate-group: group `a` is declared twice; merge the two'] },
  { name: 'groups without names are not duplicates', groups: [`{ ${entry(1)} }`, `{ ${entry(2)} }`], want: [], others: ['schema-required', 'schema-required'] },
  { name: 'a group that is not a mapping', groups: ['null', `{ name: a, ${entry(2)} }`], want: [], others: ['schema-type'] },
  { name: 'a reversed range', groups: [`{ name: a, range: { min: 5, max: 1 }, ${entry(3)} }`], want: ['7:23 error group-range: range min 5 is greater than max 1'] },
  { name: 'a range of text bounds is the schema’s (min)', groups: [`{ name: a, range: { min: "9", max: 1 }, ${entry(1)} }`], want: [], others: ['schema-type'] },
  { name: 'a range of text bounds is the schema’s (max)', groups: [`{ name: a, range: { min: 5, max: "1" }, ${entry(5)} }`], want: [], others: ['schema-type'] },
  { name: 'a range with integer codes', groups: [`{ name: a, range: { min: 1, max: 5 }, ${entry(1)} }`], want: [] },
  { name: 'a range with string codes', envelope: '{ shape: object, codeType: string }', groups: ['{ name: a, range: { min: 1, max: 5 }, entries: [{ key: K, code: E1, message: m }] }'], want: ['7:23 error group-range: a numeric range needs integer codes; use `prefix` for string codes'] },
  { name: 'order in an object envelope', envelope: '{ shape: object, codeType: integer, order: [code, message] }', want: ['5:54 error envelope-shape: `order` applies to `shape: array`; use `fields` for an object envelope'] },
  { name: 'two fields named alike', envelope: '{ shape: object, codeType: integer, fields: { code: error, message: error } }', want: ['5:55 error envelope-shape: envelope fields must have distinct names, found error, error, data'] },
  { name: 'data renamed to the default code name', envelope: '{ shape: object, codeType: integer, fields: { data: code } }', want: ['5:55 error envelope-shape: envelope fields must have distinct names, found code, message, code'] },
  { name: 'data renamed to the default message name', envelope: '{ shape: object, codeType: integer, fields: { data: message } }', want: ['5:55 error envelope-shape: envelope fields must have distinct names, found code, message, message'] },
  { name: 'renamed fields, all distinct', envelope: '{ shape: object, codeType: integer, fields: { code: c, message: m, data: d } }', want: [] },
  { name: 'fields that are not text are the schema’s', envelope: '{ shape: object, codeType: integer, fields: { code: 5, message: 5 } }', want: [], others: ['schema-type', 'schema-type'] },
  { name: 'fields in an array envelope', envelope: '{ shape: array, codeType: integer, order: [code, message], fields: { code: c } }', want: ['5:78 error envelope-shape: `fields` applies to `shape: object`; use `order` for a positional envelope'] },
  { name: 'an array envelope without a code position', envelope: '{ shape: array, codeType: integer, order: [message, data] }', want: ['5:53 error envelope-shape: a positional envelope needs a `code` position'] },
  { name: 'an array envelope with a code position', envelope: '{ shape: array, codeType: integer, order: [code, message] }', want: [] },
  { name: 'an unknown shape is the schema’s', envelope: '{ shape: tuple, codeType: integer, order: [code, message], fields: { code: c } }', want: [], others: ['schema-enum'] },
];

const load = catalogRowLoader();

describe('catalog rules', () => {
  it.each(rows)('$name', (row) => {
    const { diagnostics } = load({ 'demo/catalog.yaml': catalog(row) }, { strictFolderName: row.strictFolderName ?? false });
    expect(diagnostics.filter((d) => rules.has(d.rule)).map((d) => `${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`)).toEqual(row.want);
    expect(diagnostics.filter((d) => d.severity === 'error' && !rules.has(d.rule)).map((d) => d.rule)).toEqual(row.others ?? []);
  });
});
