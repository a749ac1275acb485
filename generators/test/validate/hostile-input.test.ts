/**
 * Regressions found by fuzz.test.ts, and the messages of everyday mistakes: each says what is wrong,
 * where (the offending node's line:column) and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { tempTree } from '../support/temp-catalog.js';

/** Nine header lines, so the first entry is on line 10 (as in semantic-rules.test.ts). */
const header = (envelope = '{ shape: object, codeType: integer }') => `id: demo
title: Demo
version: 1.0.0
defaultLocale: en
locales: [en, ru]
envelope: ${envelope}
groups:
  - name: general
    entries:
`;
const ru = 'locale: ru\nentries: {}\n';

function load(catalog: string | Buffer, locale: string | Buffer = ru) {
  const root = tempTree({ 'demo/catalog.yaml': catalog as string, 'demo/locales/ru.yaml': locale as string });
  const result = loadCatalog('demo', { cwd: root });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  return { ...result, errors };
}

describe('hostile input: no crash, a positioned diagnostic', () => {
  it('a YAML warning (unresolved tag) does not skip the schema check, so the model never sees invalid data', () => {
    const { model, errors } = load('id: demo\ntitle: !foo Demo\nversion: 1.0.0\ndefaultLocale: en\nlocales: [en, ru]\nenvelope: 5\ngroups: 5\n');
    expect(model).toBeUndefined();
    expect(errors.map((d) => `${d.line}:${d.column} ${d.rule}`)).toEqual(['6:11 schema-type', '7:9 schema-type']);
  });

  it('a second YAML document is an error, not silently ignored', () => {
    const { model, errors } = load(`${header()}      - { key: A, code: 1, message: a }\n---\nid: other\n`);
    expect(model).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 11, column: 1, message: expect.stringMatching(/more than one YAML document.*remove the `---`/) })]);
  });

  it('bytes that are not UTF-8 are reported where they are', () => {
    const bytes = Buffer.concat([Buffer.from(`${header()}      - { key: A, code: 1, message: "caf`), Buffer.from([0xe9]), Buffer.from('" }\n')]);
    const { errors } = load(bytes);
    expect(errors).toEqual([expect.objectContaining({ rule: 'file-encoding', line: 10, column: 41, message: expect.stringMatching(/not valid UTF-8 \(byte 0xE9 here\); save it as UTF-8/) })]);
  });

  it('a BOM and CRLF line ends are fine', () => {
    const { model, errors } = load(`\ufeff${header()}      - { key: A, code: 1, message: a }\n`.replace(/\n/g, '\r\n'));
    expect(errors).toEqual([]);
    expect(model?.entries[0]?.key).toBe('A');
  });

  it('a recursive alias is an error instead of a cyclic object', () => {
    const { errors } = load(`${header()}      - &a { key: A, code: 1, message: a, data: { type: object, x: *a } }\n`);
    expect(errors).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 10, column: 68, message: expect.stringMatching(/alias \*a refers to a node that contains it/) })]);
  });

  it('deep nesting is one diagnostic, not a stack overflow per level', () => {
    const { errors } = load(`${header()}      - { key: A, code: 1, message: a, data: { x: ${'['.repeat(20000)}${']'.repeat(20000)} } }\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ rule: 'yaml-syntax', line: 10, message: expect.stringMatching(/nests too deeply/) });
  });

  it('integers JSON cannot carry exactly, and infinities, are reported at the number', () => {
    const { errors } = load(`${header()}      - { key: A, code: 9007199254740993, message: a }\n      - { key: B, code: 2, message: b, httpStatus: .inf }\n`);
    expect(errors).toContainEqual(expect.objectContaining({ rule: 'non-json-value', line: 10, column: 25, message: expect.stringMatching(/too large to be read exactly \(it would become 9007199254740992/) }));
    expect(errors).toContainEqual(expect.objectContaining({ rule: 'non-json-value', line: 11, column: 52, message: expect.stringMatching(/`.inf` is not a finite number/) }));
    // The loader's report is the one problem at that node: no schema-maximum besides.
    expect(errors).toHaveLength(2);
  });

  it('YAML 1.1 types (timestamps, sets) are not taken as catalog data', () => {
    const { errors } = load(`%YAML 1.1\n---\n${header()}      - { key: A, code: 1, message: a, deprecated: { since: 2024-01-01 } }\n`);
    expect(errors).toEqual([expect.objectContaining({ rule: 'non-json-value', line: 12, column: 61, message: expect.stringMatching(/a timestamp.*quote it/) })]);
  });

  it('a list as a mapping key is a syntax error, not a Node warning on stderr', () => {
    const { errors } = load(`${header()}      - { key: A, code: 1, message: a, ? [x, y] : 1 }\n`);
    expect(errors).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 10, column: 42, message: expect.stringMatching(/mapping key must be plain text/) })]);
  });

  it('`{__proto__}` or `{constructor}` in a message is an undeclared param, not a member of Object.prototype', () => {
    const { errors } = load(`${header()}      - { key: A, code: 1, message: "{__proto__} {constructor}" }\n`);
    expect(errors.map((d) => `${d.rule}: ${d.message}`)).toEqual([
      'undeclared-param: message of `A` uses `{__proto__}`, which is not declared; add `params: { __proto__: { type: string } }`',
      'undeclared-param: message of `A` uses `{constructor}`, which is not declared; add `params: { constructor: { type: string } }`',
    ]);
  });

  it('keys named like Object.prototype members are not mistaken for translations', () => {
    const { model, diagnostics } = load(`${header()}      - { key: toString, code: 1, message: a }\n      - { key: constructor, code: 2, message: b }\n`);
    expect(diagnostics.filter((d) => d.rule === 'missing-translation')).toHaveLength(2);
    expect(model?.entries.map((e) => Object.keys(e.translations))).toEqual([[], []]);
  });

  it('two entries may use the same `$id` in their data schemas', () => {
    const { errors } = load(`${header()}      - { key: A, code: 1, message: a, data: { $id: "https://example.com/data.json", type: object } }\n      - { key: B, code: 2, message: b, data: { $id: "https://example.com/data.json", type: object } }\n`);
    expect(errors).toEqual([]);
  });

  it('values of the wrong kind never show up as [object Object]', () => {
    const { diagnostics } = load(
      `${header('{ shape: object, codeType: integer, fields: { code: {a: 1}, message: c } }').replace('defaultLocale: en', 'defaultLocale: {}')}      - { key: [A], code: {x: 1}, message: a }\n  - name: [x]\n    range: { min: 1, max: 5 }\n    entries: [{ key: B, code: [2], message: b }]\n`,
    );
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d.message).not.toMatch(/\[object Object\]/);
  });
});

describe('messages of everyday mistakes', () => {
  const one = (catalog: string) => {
    const { errors } = load(catalog);
    expect(errors).toHaveLength(1);
    return errors[0]!;
  };

  it('a misspelt property names the likely one', () => {
    const { errors } = load(`${header()}      - key: A\n        code: 1\n        mesage: a\n`);
    expect(errors).toContainEqual(expect.objectContaining({ rule: 'schema-unknown-property', line: 12, column: 9, message: 'unknown property `mesage` in groups[0].entries[0] (entry `A`); did you mean `message`?' }));
  });

  it('a wrongly indented line says to check the indentation', () => {
    const d = one(`${header()}      - key: A\n        code: 1\n       message: a\n`);
    expect(d).toMatchObject({ rule: 'yaml-syntax', line: 12, column: 1 });
    expect(d.message).toMatch(/indentation/);
  });

  it('a tab says to indent with spaces', () => {
    const { errors } = load(`${header()}      - key: A\n\tcode: 1\n        message: a\n`);
    expect(errors[0]).toMatchObject({ rule: 'yaml-syntax', line: 11, column: 1, message: expect.stringMatching(/Tabs are not allowed as indentation; YAML indents with spaces only; replace the tab with spaces/) });
  });

  it('a string code in an integer catalog says to drop the quotes', () => {
    expect(one(`${header()}      - { key: A, code: "404", message: a }\n`)).toMatchObject({ rule: 'code-type', line: 10, column: 25, message: "code of `A` is the string \"404\", but the envelope's codeType is integer (write 404 without quotes)" });
  });

  it('a text code in an integer catalog suggests codeType: string', () => {
    expect(one(`${header()}      - { key: A, code: NOT_FOUND, message: a }\n`).message).toMatch(/use an integer code, or set `envelope.codeType: string`/);
  });

  it('a missing message names the entry and what to add', () => {
    expect(one(`${header()}      - key: A\n        code: 1\n`)).toMatchObject({ rule: 'schema-required', line: 10, column: 9, message: 'groups[0].entries[0] (entry `A`) is missing the required property `message`; add it (the default-locale message text)' });
  });

  it('a duplicate YAML key names the key', () => {
    expect(one(`${header()}      - key: A\n        code: 1\n        code: 2\n        message: a\n`)).toMatchObject({ rule: 'duplicate-yaml-key', line: 12, column: 9, message: 'the key `code` appears twice in the same mapping; YAML keys must be unique, so remove or rename one' });
  });

  it('httpStatus: "404" says to drop the quotes', () => {
    expect(one(`${header()}      - { key: A, code: 1, message: a, httpStatus: "404" }\n`)).toMatchObject({ rule: 'schema-type', line: 10, column: 52, message: 'groups[0].entries[0].httpStatus (entry `A`) must be an integer, found the string "404" (write 404 without quotes)' });
  });

  it('a pattern mismatch says the rule in words, not the regex', () => {
    expect(one(`${header()}      - { key: NOT--FOUND, code: 1, message: a }\n`).message).toBe('groups[0].entries[0].key (entry `NOT--FOUND`) `NOT--FOUND` is not valid: it must be a symbol: letters, digits, `_` and `$`, with single `-` or `.` between parts (e.g. `NOT_EXIST_ACCOUNT`, `bad-request`), no spaces');
  });

  it('an unquoted colon in a value says to quote it', () => {
    const { errors } = load(header().replace('title: Demo', 'title: Demo: the API'));
    expect(errors[0]).toMatchObject({ rule: 'yaml-syntax', line: 2, message: expect.stringMatching(/must be quoted/) });
  });

  it('an enum typo suggests the value', () => {
    expect(one(`${header()}      - { key: A, code: 1, message: a, outcome: eror }\n`).message).toMatch(/must be one of `success`, `error`, `partial`, `pending`, found the string "eror"; did you mean `error`\?/);
  });
});
