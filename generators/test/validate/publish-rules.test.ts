/**
 * `publish` in a catalog and in the workspace's errata.yaml: the schema and the semantic rules, each
 * problem at its file and line:column, and a workspace file's problems reported once, at its own path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { loadCatalog, loadWorkspace } from '../../src/load/load-catalog.js';
import { schemasDir } from '../../src/util/paths.js';
import { licenseProblem } from '../../src/validate/spdx-expression.js';
import { bufferIO, tempTree } from '../support/temp-catalog.js';

/** A valid catalog; `publish` (and anything else) goes at line 7. */
const catalog = (extra = '', id = 'demo') => `id: ${id}
title: Demo
version: 1.0.0
defaultLocale: en
envelope: { shape: object, codeType: integer }
groups: [{ name: general, entries: [{ key: A, code: 1, message: a }] }]
${extra}`;

/** Marks the folder as a workspace root, so errata.yaml beside it is read. */
const rootManifest = '{ "name": "ws", "private": true, "workspaces": ["packages/*"] }\n';

interface Row {
  name: string;
  /** The catalog's lines from line 7 on. */
  publish: string;
  want: { rule: string; line: number; column: number; message?: RegExp };
}

const rows: Row[] = [
  { name: 'scope without @', publish: 'publish:\n  scope: acme\n', want: { rule: 'schema-pattern', line: 8, column: 10, message: /must be an npm scope/ } },
  { name: 'scope in capitals', publish: 'publish:\n  scope: "@Acme"\n', want: { rule: 'schema-pattern', line: 8, column: 10 } },
  { name: 'misspelled property', publish: 'publish:\n  licence: MIT\n', want: { rule: 'schema-unknown-property', line: 8, column: 3, message: /did you mean `license`\?/ } },
  { name: 'publish is not a mapping', publish: 'publish: MIT\n', want: { rule: 'schema-type', line: 7, column: 10 } },
  { name: 'license with a slash', publish: 'publish:\n  license: MIT/Apache-2.0\n', want: { rule: 'schema-pattern', line: 8, column: 12, message: /SPDX license expression/ } },
  { name: 'license operator in lowercase', publish: 'publish:\n  license: MIT or Apache-2.0\n', want: { rule: 'publish-license', line: 8, column: 12, message: /write the operator `or` in capitals \(`OR`\)/ } },
  { name: 'license id in the wrong case', publish: 'publish:\n  license: mit\n', want: { rule: 'publish-license', line: 8, column: 12, message: /write `MIT`, not `mit`/ } },
  { name: 'license ending in an operator', publish: 'publish:\n  license: MIT OR\n', want: { rule: 'publish-license', line: 8, column: 12, message: /it ends where a license id/ } },
  { name: 'UNLICENSED combined', publish: 'publish:\n  license: UNLICENSED OR MIT\n', want: { rule: 'publish-license', line: 8, column: 12, message: /stands alone/ } },
  { name: 'SEE LICENSE IN', publish: 'publish:\n  license: SEE LICENSE IN LICENSE.md\n', want: { rule: 'publish-license', line: 8, column: 12 } },
  { name: 'author with a broken email', publish: 'publish:\n  author: Acme <not-an-email>\n', want: { rule: 'schema-pattern', line: 8, column: 11, message: /a name, then optionally/ } },
  { name: 'repository that is no URL', publish: 'publish:\n  repository: acme repo\n', want: { rule: 'schema-pattern', line: 8, column: 15, message: /must be a repository URL/ } },
  { name: 'repository of the wrong type', publish: 'publish:\n  repository: 5\n', want: { rule: 'schema-type', line: 8, column: 15, message: /must be a string or a mapping/ } },
  {
    name: 'repository directory climbing out',
    publish: 'publish:\n  repository:\n    url: https://github.com/acme/api\n    directory: ../elsewhere\n',
    want: { rule: 'schema-pattern', line: 10, column: 16, message: /no `\.` or `\.\.`/ },
  },
  { name: 'repository object without url', publish: 'publish:\n  repository:\n    directory: packages\n', want: { rule: 'schema-required', line: 9, column: 5, message: /missing the required property `url`/ } },
  { name: 'homepage not over http', publish: 'publish:\n  homepage: ftp://example.com/errors\n', want: { rule: 'schema-pattern', line: 8, column: 13, message: /http\(s\) URL/ } },
  { name: 'homepage that is no URL (one error, not two)', publish: 'publish:\n  homepage: example.com\n', want: { rule: 'schema-format', line: 8, column: 13, message: /is not an absolute URL/ } },
  { name: 'bugs as an empty mapping', publish: 'publish:\n  bugs: {}\n', want: { rule: 'schema-min-properties', line: 8, column: 9, message: /give at least one of `url`, `email`/ } },
  { name: 'bugs email that is no email', publish: 'publish:\n  bugs: { email: nobody }\n', want: { rule: 'schema-format', line: 8, column: 18, message: /email address/ } },
  { name: 'registry without a scheme', publish: 'publish:\n  registry: registry.example.com\n', want: { rule: 'schema-format', line: 8, column: 13 } },
  { name: 'access neither public nor restricted', publish: 'publish:\n  access: private\n', want: { rule: 'schema-enum', line: 8, column: 11, message: /`public`, `restricted`/ } },
  { name: 'tag that is a range', publish: 'publish:\n  tag: v1\n', want: { rule: 'publish-tag', line: 8, column: 8, message: /reads as a version range/ } },
  { name: 'tag starting with a digit', publish: 'publish:\n  tag: 1.x\n', want: { rule: 'schema-pattern', line: 8, column: 8, message: /must be a dist-tag/ } },
  {
    name: 'restricted access with an unscoped package name',
    publish: 'packages:\n  errors: demo-errors\npublish:\n  access: restricted\n',
    want: { rule: 'publish-access', line: 8, column: 11, message: /`demo-errors` has no scope, but `publish.access` is `restricted`/ },
  },
];

describe('publish in a catalog', () => {
  it.each(rows)('$name → $want.rule at $want.line:$want.column', ({ publish, want }) => {
    const root = tempTree({ 'demo/catalog.yaml': catalog(publish) });
    const { diagnostics, model } = loadCatalog('demo', { cwd: root });
    expect(model).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ file: 'demo/catalog.yaml', rule: want.rule, line: want.line, column: want.column })]);
    if (want.message) expect(errors[0]!.message).toMatch(want.message);
    // The whole text a user reads (what is wrong, where, how to fix it), kept as a golden file.
    expect(diagnostics.map((d) => `${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}`)).toMatchSnapshot();
  });

  it('a block with every field set is valid and reaches the model', () => {
    const root = tempTree({
      'demo/catalog.yaml': catalog(`publish:
  scope: "@acme"
  license: (MIT OR Apache-2.0) AND LicenseRef-Acme-Extra
  author: Acme Inc. <oss@acme.dev> (https://acme.dev)
  repository: { type: git, url: "git@github.com:acme/api.git", directory: libs/errors }
  homepage: https://acme.dev/api
  bugs: { url: https://github.com/acme/api/issues, email: oss@acme.dev }
  registry: https://npm.pkg.github.com
  access: restricted
  tag: next
`),
    });
    const { diagnostics, model } = loadCatalog('demo', { cwd: root });
    expect(diagnostics).toEqual([]);
    expect(model?.publish).toEqual({
      scope: '@acme',
      license: '(MIT OR Apache-2.0) AND LicenseRef-Acme-Extra',
      author: 'Acme Inc. <oss@acme.dev> (https://acme.dev)',
      repository: { type: 'git', url: 'git+ssh://git@github.com/acme/api.git', directory: 'libs/errors' },
      homepage: 'https://acme.dev/api',
      bugs: { url: 'https://github.com/acme/api/issues', email: 'oss@acme.dev' },
      access: 'restricted',
      registry: 'https://npm.pkg.github.com',
      tag: 'next',
    });
    expect(model?.packages).toEqual({ errors: '@acme/demo-errors', openapi: '@acme/demo-openapi', i18n: '@acme/demo-i18n', docs: '@acme/demo-docs' });
  });
});

describe('SPDX license expressions', () => {
  const table: { given: string; want: string | undefined }[] = [
    { given: 'MIT', want: undefined },
    { given: 'UNLICENSED', want: undefined },
    { given: 'Apache-2.0 OR MIT', want: undefined },
    { given: 'GPL-2.0-or-later WITH Classpath-exception-2.0', want: undefined },
    { given: '(MIT AND BSD-3-Clause) OR Apache-2.0', want: undefined },
    { given: 'GPL-2.0+', want: undefined },
    { given: 'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2', want: undefined },
    { given: 'apache-2.0', want: 'SPDX ids are matched exactly: write `Apache-2.0`, not `apache-2.0`' },
    { given: 'unlicensed', want: 'write `UNLICENSED` in capitals' },
    { given: 'MIT and ISC', want: 'write the operator `and` in capitals (`AND`)' },
    { given: 'MIT ISC', want: '`ISC` cannot follow a license; join licenses with `AND` or `OR`' },
    { given: '(MIT OR ISC', want: 'a `(` is not closed' },
    { given: 'MIT)', want: 'a `)` has no matching `(`' },
    { given: 'OR MIT', want: '`OR` is not a license id (such as `MIT`, `Apache-2.0` or `LicenseRef-Acme`)' },
    { given: 'MIT WITH', want: 'it ends where an exception id (such as `Classpath-exception-2.0`) should follow' },
    { given: '   ', want: 'it is empty; write an SPDX expression such as `MIT`, or `UNLICENSED`' },
  ];
  it.each(table)('$given', ({ given, want }) => {
    expect(licenseProblem(given)).toBe(want);
  });
});

describe('the workspace file errata.yaml', () => {
  it('is reported at its own path, once for all the catalogs that inherit it, and no catalog is valid', async () => {
    const root = tempTree({
      'package.json': rootManifest,
      'errata.yaml': '# yaml-language-server: $schema=./schemas/workspace.schema.json\npublish:\n  license: MIT\n  acess: public\n  tag: v2\n',
      'catalogs/one/catalog.yaml': catalog('', 'one'),
      'catalogs/two/catalog.yaml': catalog('', 'two'),
    });
    const { io, stdout, stderr } = bufferIO(root);
    expect(await run(['validate'], io)).toBe(1);
    expect(stdout()).toBe(
      'errata.yaml:4:3: error schema-unknown-property: unknown property `acess` in publish; did you mean `access`?\n' +
        'errata.yaml:5:8: error publish-tag: dist-tag `v2` reads as a version range, which npm refuses as a tag; use a name such as `next` or `beta`\n',
    );
    expect(stderr()).toMatch(/^0 of 2 catalogs valid \(2 errors/m);
  });

  it('is reported by generate, which then writes nothing', async () => {
    const root = tempTree({ 'package.json': rootManifest, 'errata.yaml': 'publish: [MIT]\n', 'catalogs/one/catalog.yaml': catalog('', 'one') });
    const { io, stdout } = bufferIO(root);
    expect(await run(['generate', 'catalogs/one', '--out', join(root, 'out')], io)).toBe(1);
    expect(stdout()).toMatch(/^errata\.yaml:1:10: error schema-type: publish must be a mapping, found a list/);
  });

  it('a YAML error in it is a positioned diagnostic of its own', () => {
    const root = tempTree({ 'package.json': rootManifest, 'errata.yaml': 'publish:\n  license: MIT\n license: ISC\n', 'catalogs/one/catalog.yaml': catalog('', 'one') });
    const { diagnostics, model } = loadCatalog('catalogs/one', { cwd: root });
    expect(model).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual(['errata.yaml:3 yaml-syntax']);
  });

  it('an unknown top-level key gets a hint; a catalog loaded alone reports its workspace file too', () => {
    const root = tempTree({ 'package.json': rootManifest, 'errata.yaml': 'publsh:\n  license: MIT\n', 'catalogs/one/catalog.yaml': catalog('', 'one') });
    const { diagnostics, model } = loadCatalog('catalogs/one', { cwd: root });
    expect(model).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'errata.yaml', line: 1, column: 1, rule: 'schema-unknown-property', message: 'unknown property `publsh` in the document; did you mean `publish`?' }),
    ]);
  });

  it('restricted access from the workspace needs scoped names in the catalog, reported in the catalog', () => {
    const root = tempTree({
      'package.json': rootManifest,
      'errata.yaml': 'publish:\n  access: restricted\n',
      'catalogs/one/catalog.yaml': catalog('packages:\n  i18n: one-messages\n', 'one'),
    });
    const { diagnostics } = loadCatalog('catalogs/one', { cwd: root });
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: 'catalogs/one/catalog.yaml', line: 8, column: 9, rule: 'publish-access', message: expect.stringContaining('`publish.access` in errata.yaml is `restricted`') }),
    ]);
  });

  it('a file of comments only sets nothing; an absent file means no defaults', () => {
    const cases: Record<string, string>[] = [{ 'errata.yaml': '# nothing set yet\n' }, {}];
    for (const files of cases) {
      const root = tempTree({ 'package.json': rootManifest, ...files, 'catalogs/one/catalog.yaml': catalog('', 'one') });
      const { diagnostics, model } = loadCatalog('catalogs/one', { cwd: root });
      expect(diagnostics).toEqual([]);
      expect(model?.publish).toEqual({ scope: '@errata', license: 'UNLICENSED', access: 'public' });
      expect(model?.packages.errors).toBe('@errata/one-errors');
    }
  });
});

describe('the schemas', () => {
  /** Every property of every object schema under `node`, with its path. */
  function properties(node: unknown, path: string, out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
    if (!node || typeof node !== 'object') return out;
    const record = node as Record<string, unknown>;
    for (const [name, child] of Object.entries((record['properties'] as Record<string, unknown> | undefined) ?? {})) {
      out.push([`${path}.${name}`, child as Record<string, unknown>]);
      properties(child, `${path}.${name}`, out);
    }
    return out;
  }
  const load = (name: string) => JSON.parse(readFileSync(join(schemasDir, name), 'utf8')) as Record<string, any>;

  it('describe every property of `publish` and of errata.yaml, and forbid unknown ones', () => {
    const publish = load('catalog.schema.json')['$defs']['publish'];
    const workspace = load('workspace.schema.json');
    const all = [...properties(publish, 'publish'), ...properties(workspace, 'errata.yaml')];
    expect(all.length).toBeGreaterThan(12);
    for (const [path, schema] of all) expect(typeof schema['description'], path).toBe('string');
    for (const node of [publish, publish.properties.repository, publish.properties.bugs, workspace]) expect(node.additionalProperties).toBe(false);
    expect(workspace.properties.publish.$ref).toBe('catalog.schema.json#/$defs/publish');
  });

  it('the repository root carries an errata.yaml that names its schema and validates', () => {
    const repo = join(schemasDir, '..');
    const text = readFileSync(join(repo, 'errata.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/workspace.schema.json');
    const workspace = loadWorkspace(repo, { cwd: repo });
    expect(workspace.file?.source?.file).toBe('errata.yaml');
    expect(workspace.diagnostics).toEqual([]);
  });
});
