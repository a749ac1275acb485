import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { tempTree } from '../support/temp-catalog.js';

/**
 * Each row is a catalog (and locale files) with one problem; the test asserts the rule id and the
 * exact line:column of the offending YAML node. The header below is 9 lines, so entries start at line 10.
 */
const header = (envelope = '{ shape: object, codeType: integer }', extra = '') => `id: demo
title: Demo
version: 1.0.0
defaultLocale: en
locales: [en, ru]
envelope: ${envelope}
${extra}groups:
  - name: general
    entries:
`;
const ru = 'locale: ru\nentries: {}\n';

interface Row {
  name: string;
  catalog: string;
  locale?: string;
  /** More files beside the catalog, by path under the temp folder. */
  files?: Record<string, string>;
  /** The catalog folder under the temp folder (default `demo`). */
  dir?: string;
  want: { rule: string; line: number; column: number; file?: string; severity?: 'error' | 'warning' };
}

const rows: Row[] = [
  {
    name: 'duplicate key',
    catalog: `${header()}      - { key: A, code: 1, message: a }
      - { key: A, code: 2, message: b }
`,
    want: { rule: 'duplicate-key', line: 11, column: 16 },
  },
  {
    name: 'alias equal to another key',
    catalog: `${header()}      - { key: A, code: 1, message: a }
      - { key: B, code: 2, message: b, aliases: [A] }
`,
    want: { rule: 'duplicate-key', line: 11, column: 50 },
  },
  {
    name: 'duplicated wire code',
    catalog: `${header()}      - key: A
        code: 1
        message: a
      - key: B
        code: 1
        message: b
`,
    want: { rule: 'duplicate-code', line: 14, column: 15 },
  },
  {
    name: 'shared code declared but not shared (warning)',
    catalog: `${header('{ shape: object, codeType: integer }', 'sharedCodes:\n  - code: 5\n')}      - { key: A, code: 1, message: a }
`,
    want: { rule: 'unused-shared-code', line: 8, column: 11, severity: 'warning' },
  },
  {
    name: 'code of the wrong type',
    catalog: `${header()}      - key: A
        code: "1"
        message: a
`,
    want: { rule: 'code-type', line: 11, column: 15 },
  },
  {
    name: 'string code in an integer envelope (string envelope with integer code)',
    catalog: `${header('{ shape: object, codeType: string }')}      - key: A
        code: 7
        message: a
`,
    want: { rule: 'code-type', line: 11, column: 15 },
  },
  {
    name: 'code outside its group range',
    catalog: `${header().replace('  - name: general\n', '  - name: general\n    range: { min: 100, max: 199 }\n')}      - key: A
        code: 200
        message: a
`,
    want: { rule: 'code-out-of-range', line: 12, column: 15 },
  },
  {
    name: 'code without its group prefix',
    catalog: `${header().replace('  - name: general\n', '  - name: general\n    prefix: "11"\n')}      - key: A
        code: 1201
        message: a
`,
    want: { rule: 'code-out-of-range', line: 12, column: 15 },
  },
  {
    // A code that contains the prefix but does not start with it is still outside the group.
    name: 'code holding its group prefix, but not at the start',
    catalog: `${header().replace('  - name: general\n', '  - name: general\n    prefix: "11"\n')}      - key: A
        code: 2110
        message: a
`,
    want: { rule: 'code-out-of-range', line: 12, column: 15 },
  },
  {
    name: 'deprecation that names the entry itself as its replacement',
    catalog: `${header()}      - key: A
        code: 1
        message: a
        deprecated: { replacement: A }
`,
    want: { rule: 'unknown-replacement', line: 13, column: 36 },
  },
  {
    name: 'reversed range',
    catalog: `${header().replace('  - name: general\n', '  - name: general\n    range: { min: 9, max: 1 }\n')}      - { key: A, code: 5, message: a }
`,
    want: { rule: 'group-range', line: 9, column: 12 },
  },
  {
    name: 'message is not valid ICU',
    catalog: `${header()}      - key: A
        code: 1
        message: "Hello {name"
`,
    want: { rule: 'icu-syntax', line: 12, column: 18 },
  },
  {
    name: 'placeholder not declared',
    catalog: `${header()}      - key: A
        code: 1
        message: "Account {account} does not exist"
`,
    want: { rule: 'undeclared-param', line: 12, column: 18 },
  },
  {
    name: 'param declared but unused',
    catalog: `${header()}      - key: A
        code: 1
        message: a
        params:
          ghost: { type: string }
`,
    want: { rule: 'unused-param', line: 14, column: 11 },
  },
  {
    name: 'param read from a data member the data schema does not have',
    catalog: `${header()}      - key: A
        code: 1
        message: "Todo {id} does not exist"
        params:
          id: { type: string, from: data.todo }
        data: { type: object, properties: { todoId: { type: string } }, additionalProperties: false }
`,
    want: { rule: 'param-source', line: 14, column: 37 },
  },
  {
    name: 'integer param read from a string data member',
    catalog: `${header()}      - key: A
        code: 1
        message: "{n, plural, one {# item} other {# items}}"
        params:
          n: { type: integer, from: data.list.count }
        data: { type: object, properties: { list: { type: object, properties: { count: { type: string } } } } }
`,
    want: { rule: 'param-source', line: 14, column: 37 },
  },
  {
    name: 'param read from data in an array envelope without a data position',
    catalog: `${header('{ shape: array, codeType: integer, order: [code, message] }')}      - key: A
        code: 1
        message: "Todo {id} does not exist"
        params:
          id:
            type: string
            from: data.todoId
`,
    want: { rule: 'param-source', line: 16, column: 19 },
  },
  {
    name: 'plural placeholder declared as string',
    catalog: `${header()}      - key: A
        code: 1
        message: "{n, plural, one {# item} other {# items}}"
        params:
          n: { type: string }
`,
    want: { rule: 'param-type', line: 14, column: 22 },
  },
  {
    name: 'boolean param printed bare instead of selected on',
    catalog: `${header()}      - key: A
        code: 1
        message: "Enabled: {on}"
        params:
          on: { type: boolean }
`,
    want: { rule: 'param-type', line: 14, column: 23 },
  },
  {
    name: 'translation placeholders differ from the source',
    catalog: `${header()}      - key: A
        code: 1
        message: "Account {account} does not exist"
        params: { account: { type: string } }
`,
    locale: `locale: ru
entries:
  A:
    message: "Аккаунт {acount} не существует"
`,
    want: { rule: 'translation-placeholders', line: 4, column: 14, file: 'locales/ru.yaml' },
  },
  {
    name: 'translation uses a placeholder with another type',
    catalog: `${header()}      - key: A
        code: 1
        message: "{n, plural, one {# item} other {# items}}"
        params: { n: { type: integer } }
`,
    locale: `locale: ru
entries:
  A:
    message: "{n, select, one {x} other {y}}"
`,
    want: { rule: 'translation-placeholders', line: 4, column: 14, file: 'locales/ru.yaml' },
  },
  {
    name: 'locale file names an unknown key',
    catalog: `${header()}      - { key: A, code: 1, message: a }
`,
    locale: `locale: ru
entries:
  A: { message: а }
  B: { message: б }
`,
    want: { rule: 'unknown-key', line: 4, column: 3, file: 'locales/ru.yaml' },
  },
  {
    name: 'missing translation (warning)',
    catalog: `${header()}      - { key: A, code: 1, message: a }
`,
    locale: `locale: ru
entries: {}
`,
    want: { rule: 'missing-translation', line: 2, column: 1, file: 'locales/ru.yaml', severity: 'warning' },
  },
  {
    name: 'locale file disagrees with its name',
    catalog: `${header()}      - { key: A, code: 1, message: a }
`,
    locale: `locale: de
entries:
  A: { message: а }
`,
    want: { rule: 'locale-mismatch', line: 1, column: 9, file: 'locales/ru.yaml' },
  },
  {
    name: 'locale file names an unknown group',
    catalog: `${header()}      - { key: A, code: 1, message: a }
`,
    locale: `locale: ru
groups:
  users: { title: Пользователи }
entries:
  A: { message: а }
`,
    want: { rule: 'unknown-group', line: 3, column: 3, file: 'locales/ru.yaml' },
  },
  {
    name: 'locale file for the default locale',
    catalog: `${header()}      - { key: A, code: 1, message: a }
`,
    locale: `locale: ru
entries:
  A: { message: а }
`,
    files: { 'demo/locales/en.yaml': 'locale: en\nentries: {}\n' },
    want: { rule: 'unknown-locale', line: 1, column: 9, file: 'locales/en.yaml' },
  },
  {
    name: 'locale file not listed in locales',
    catalog: `${header()}      - { key: A, code: 1, message: a }
`,
    files: { 'demo/locales/de.yaml': 'locale: de\nentries:\n  A: { message: a }\n' },
    want: { rule: 'unknown-locale', line: 1, column: 9, file: 'locales/de.yaml' },
  },
  {
    name: 'empty catalog file',
    catalog: '# nothing yet\n',
    want: { rule: 'empty-catalog', line: 1, column: 1 },
  },
  {
    name: 'declared locale without a file',
    catalog: `${header()}      - { key: A, code: 1, message: a }
`,
    locale: '',
    want: { rule: 'missing-locale-file', line: 5, column: 15 },
  },
  {
    name: 'deprecation replacement does not exist',
    catalog: `${header()}      - key: A
        code: 1
        message: a
        deprecated: { replacement: NOPE }
`,
    want: { rule: 'unknown-replacement', line: 13, column: 36 },
  },
  {
    name: 'keys that collide as identifiers',
    catalog: `${header()}      - { key: FOO_BAR, code: 1, message: a }
      - { key: FOO__BAR, code: 2, message: b, anchor: foo-bar-2 }
`,
    want: { rule: 'identifier-collision', line: 11, column: 16 },
  },
  {
    name: 'className override that would shadow a built-in',
    catalog: `${header()}      - { key: TYPE_ERROR, code: 1, message: a, className: TypeError }
`,
    want: { rule: 'identifier-collision', line: 10, column: 60 },
  },
  {
    name: 'docs anchors collide',
    catalog: `${header()}      - { key: A, code: 1, message: a, anchor: same }
      - { key: B, code: 2, message: b, anchor: same }
`,
    want: { rule: 'duplicate-anchor', line: 11, column: 48 },
  },
  {
    name: 'data is not a JSON Schema',
    catalog: `${header()}      - key: A
        code: 1
        message: a
        data: { type: nope }
`,
    want: { rule: 'invalid-data-schema', line: 13, column: 15 },
  },
  {
    // Only the workspace layout, catalogs/<id>/, ties the folder name to the id.
    name: 'id differs from its folder under catalogs/',
    dir: 'catalogs/demo',
    catalog: header().replace('id: demo', 'id: other') + '      - { key: A, code: 1, message: a }\n',
    want: { rule: 'catalog-id', line: 1, column: 5 },
  },
  {
    name: 'default locale missing from locales',
    catalog: header().replace('locales: [en, ru]', 'locales: [ru]') + '      - { key: A, code: 1, message: a }\n',
    want: { rule: 'default-locale', line: 5, column: 10 },
  },
  {
    name: 'group declared twice',
    catalog: `${header()}      - { key: A, code: 1, message: a }
  - name: general
    entries: []
`,
    want: { rule: 'duplicate-group', line: 11, column: 11 },
  },
  {
    name: 'envelope fields with the same name',
    catalog: `${header('{ shape: object, codeType: integer, fields: { code: c, message: c } }')}      - { key: A, code: 1, message: a }
`,
    want: { rule: 'envelope-shape', line: 6, column: 55 },
  },
  {
    name: 'unknown property (schema)',
    catalog: `${header()}      - key: A
        code: 1
        message: a
        colour: red
`,
    want: { rule: 'schema-unknown-property', line: 13, column: 9 },
  },
  {
    name: 'bad enum value (schema)',
    catalog: `${header()}      - key: A
        code: 1
        message: a
        outcome: failure
`,
    want: { rule: 'schema-enum', line: 13, column: 18 },
  },
  {
    name: 'missing required property (schema)',
    catalog: `${header()}      - key: A
        message: a
`,
    want: { rule: 'schema-required', line: 10, column: 9 },
  },
  {
    // The parser notices the unclosed `[` where the next line starts.
    name: 'broken YAML',
    catalog: `${header()}      - key: A
        code: [1
        message: a
`,
    want: { rule: 'yaml-syntax', line: 12, column: 9 },
  },
  {
    name: 'duplicate YAML key',
    catalog: `${header()}      - key: A
        code: 1
        code: 2
        message: a
`,
    want: { rule: 'duplicate-yaml-key', line: 12, column: 9 },
  },
];

describe('semantic and schema rules', () => {
  it.each(rows)('$name → $want.rule at $want.line:$want.column', ({ catalog, locale, files: extra, dir = 'demo', want }) => {
    const files: Record<string, string> = { [`${dir}/catalog.yaml`]: catalog, ...extra };
    if (locale !== '') files[`${dir}/locales/ru.yaml`] = locale ?? ru;
    const root = tempTree(files);
    const { diagnostics } = loadCatalog(dir, { cwd: root });
    const file = `${dir}/${want.file ?? 'catalog.yaml'}`;
    expect(diagnostics).toContainEqual(expect.objectContaining({ rule: want.rule, line: want.line, column: want.column, file, severity: want.severity ?? 'error' }));
    // The fixture has one problem: nothing else is reported as an error.
    const others = diagnostics.filter((d) => d.rule !== want.rule && d.severity === 'error');
    expect(others).toEqual([]);
    // The whole text a user reads (what is wrong, where, how to fix it), kept as a golden file.
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}`)).toMatchSnapshot();
  });

  it('reports every problem of a catalog in one run', () => {
    const root = tempTree({
      'demo/catalog.yaml': `${header()}      - key: A
        code: 1
        message: "Hi {who}"
      - key: B
        code: 1
        message: b
      - key: C
        code: "3"
        message: c
        deprecated: { replacement: Z }
`,
      'demo/locales/ru.yaml': ru,
    });
    const { diagnostics, model } = loadCatalog('demo', { cwd: root });
    expect(model).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.rule}`);
    expect(errors.sort()).toEqual(['12:18 undeclared-param', '14:15 duplicate-code', '17:15 code-type', '19:36 unknown-replacement'].sort());
  });

  it('accepts the edges: a one-code range, a code equal to its prefix, a prefix at the start', () => {
    const root = tempTree({
      'demo/catalog.yaml': `${header()}      - { key: A, code: 1, message: a }
  - name: one
    range: { min: 5, max: 5 }
    entries:
      - { key: B, code: 5, message: b }
  - name: prefixed
    prefix: "11"
    entries:
      - { key: C, code: 11, message: c }
      - { key: D, code: 1101, message: d, deprecated: { replacement: C } }
`,
      'demo/locales/ru.yaml': ru,
    });
    const { diagnostics, model } = loadCatalog('demo', { cwd: root });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model?.entries.map((e) => e.key)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('a valid catalog yields a model and no errors', () => {
    const root = tempTree({
      'demo/catalog.yaml': `${header()}      - { key: A, code: 1, message: a }
`,
      'demo/locales/ru.yaml': 'locale: ru\nentries:\n  A: { message: а }\n',
    });
    const { diagnostics, model } = loadCatalog('demo', { cwd: root });
    expect(diagnostics).toEqual([]);
    expect(model?.entries.map((e) => [e.key, e.code, e.httpStatus, e.inferred])).toEqual([['A', 1, 500, ['httpStatus']]]);
  });
});
