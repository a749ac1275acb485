import { describe, expect, it } from 'vitest';
import { catalogRowLoader } from '../support/catalog-rows.js';

/**
 * The wire-code rules (`duplicate-code`, `unused-shared-code`, `code-type`, `code-out-of-range`) row
 * by row, with the whole text the user reads: which code, whose, why, and how to fix it.
 */
interface Row {
  name: string;
  codeType?: 'integer' | 'string';
  /** Top-level lines after the envelope (`sharedCodes`). */
  extra?: string;
  /** The group's extra fields (`range`, `prefix`), as flow-map members. */
  group?: string;
  /** The codes of entries A, B, C… in order, as YAML scalars. */
  codes: string[];
  /** `severity rule: message` of every diagnostic of these rules. */
  want: string[];
  /** Other errors the row has on purpose, by rule (a schema error the rules must get past). */
  others?: string[];
}

const catalog = ({ codeType = 'integer', extra = '', group = '', codes }: Row) => `id: demo
title: Demo
version: 1.0.0
defaultLocale: en
envelope: { shape: object${codeType === undefined ? '' : `, codeType: ${codeType}`} }
${extra}groups:
  - { name: general${group ? `, ${group}` : ''}, entries: [${codes.map((code, i) => `{ key: ${String.fromCharCode(65 + i)}, code: ${code}, message: m }`).join(', ')}] }
`;

const rules = new Set(['duplicate-code', 'unused-shared-code', 'code-type', 'code-out-of-range']);
const fix = 'use another code, or declare it in `sharedCodes` if the API really sends it for both';
const typeHint = "but the envelope's codeType is";

const rows: Row[] = [
  { name: 'two entries, one integer code', codes: ['5', '5'], want: [`error duplicate-code: code 5 of \`B\` is already used by \`A\` (line 7); ${fix}`] },
  { name: 'three entries, one code: each later one names the first', codes: ['5', '5', '5'], want: [`error duplicate-code: code 5 of \`B\` is already used by \`A\` (line 7); ${fix}`, `error duplicate-code: code 5 of \`C\` is already used by \`A\` (line 7); ${fix}`] },
  { name: 'two entries, one string code', codeType: 'string', codes: ['E1', 'E1'], want: [`error duplicate-code: code E1 of \`B\` is already used by \`A\` (line 7); ${fix}`] },
  { name: 'a shared integer code used twice', extra: 'sharedCodes:\n  - code: 5\n', codes: ['5', '5'], want: [] },
  { name: 'a shared string code used twice', codeType: 'string', extra: 'sharedCodes:\n  - code: E1\n', codes: ['E1', 'E1'], want: [] },
  { name: 'a shared code used by one entry', extra: 'sharedCodes:\n  - code: 5\n', codes: ['5', '6'], want: ['warning unused-shared-code: code 5 is declared shared but used by 1 entry; remove it from `sharedCodes`'] },
  { name: 'a shared code used by none', extra: 'sharedCodes:\n  - code: 9\n', codes: ['5'], want: ['warning unused-shared-code: code 9 is declared shared but used by 0 entries; remove it from `sharedCodes`'] },
  { name: 'a quoted integer', codes: ['"42"'], want: [`error code-type: code of \`A\` is the string "42", ${typeHint} integer (write 42 without quotes)`] },
  { name: 'a quoted negative integer', codes: ['"-3"'], want: [`error code-type: code of \`A\` is the string "-3", ${typeHint} integer (write -3 without quotes)`] },
  { name: 'text where integers are expected', codes: ['E4'], want: [`error code-type: code of \`A\` is the string "E4", ${typeHint} integer; use an integer code, or set \`envelope.codeType: string\` if the API sends text codes`] },
  { name: 'digits then text', codes: ['42x'], want: [`error code-type: code of \`A\` is the string "42x", ${typeHint} integer; use an integer code, or set \`envelope.codeType: string\` if the API sends text codes`] },
  { name: 'text then digits', codes: ['x42'], want: [`error code-type: code of \`A\` is the string "x42", ${typeHint} integer; use an integer code, or set \`envelope.codeType: string\` if the API sends text codes`] },
  { name: 'a fraction where integers are expected', codes: ['1.5'], want: [`error code-type: code of \`A\` is the number 1.5, ${typeHint} integer`], others: ['schema-type'] },
  { name: 'a number where text is expected', codeType: 'string', codes: ['7'], want: [`error code-type: code of \`A\` is the number 7, ${typeHint} string (write it in quotes: "7")`] },
  { name: 'a shared code of the wrong type', codeType: 'string', extra: 'sharedCodes:\n  - code: 7\n', codes: ['E1'], want: ['warning unused-shared-code: code 7 is declared shared but used by 0 entries; remove it from `sharedCodes`', `error code-type: code of a shared code is the number 7, ${typeHint} string (write it in quotes: "7")`] },
  { name: 'codes at both ends of a range', group: 'range: { min: 10, max: 20 }', codes: ['10', '20'], want: [] },
  { name: 'a one-code range', group: 'range: { min: 10, max: 10 }', codes: ['10'], want: [] },
  { name: 'codes just outside a range', group: 'range: { min: 10, max: 20 }', codes: ['9', '21'], want: ['error code-out-of-range: code 9 of `A` is outside its group `general` range 10–20 (line 7); move the entry or widen the range', 'error code-out-of-range: code 21 of `B` is outside its group `general` range 10–20 (line 7); move the entry or widen the range'] },
  { name: 'a text code in a range is code-type only', group: 'range: { min: 10, max: 20 }', codes: ['"15"'], want: [`error code-type: code of \`A\` is the string "15", ${typeHint} integer (write 15 without quotes)`] },
  { name: 'an integer code with its prefix', group: 'prefix: "4"', codes: ['41'], want: [] },
  { name: 'an integer code without its prefix', group: 'prefix: "4"', codes: ['51'], want: ['error code-out-of-range: code 51 of `A` does not start with its group `general` prefix "4"; move the entry or change the prefix'] },
  { name: 'a text code with and without its prefix', codeType: 'string', group: 'prefix: AB', codes: ['ABC', 'XAB'], want: ['error code-out-of-range: code XAB of `B` does not start with its group `general` prefix "AB"; move the entry or change the prefix'] },
];

const load = catalogRowLoader();

describe('wire-code rules', () => {
  it.each(rows)('$name', (row) => {
    const { diagnostics } = load({ 'demo/catalog.yaml': catalog(row) });
    expect(diagnostics.filter((d) => rules.has(d.rule)).map((d) => `${d.severity} ${d.rule}: ${d.message}`)).toEqual(row.want);
    expect(diagnostics.filter((d) => d.severity === 'error' && !rules.has(d.rule)).map((d) => d.rule)).toEqual(row.others ?? []);
  });
});
