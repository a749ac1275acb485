/** The OpenAPI emitter as a pure function: document structure, serialization, determinism. */
import { describe, expect, it } from 'vitest';
import { isAlias, parse, parseDocument, visit } from 'yaml';
import { emitOpenapiPackage } from '../../src/emit/openapi/openapi-package.js';
import { openapiDocument } from '../../src/emit/openapi/openapi-document.js';
import { responseName } from '../../src/emit/http-status.js';
import { exampleMessage } from '../../src/emit/openapi/example-message.js';
import { IntlMessageFormat } from 'intl-messageformat';
import type { OpenApiDocument } from '../../src/emit/openapi/openapi-types.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import type { GeneratedPackage } from '../../src/emit/virtual-file.js';
import { catalog, entry, sampleCatalog, testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { hostileCatalog, hostileStringCatalog, hostileTexts } from './hostile-catalog.js';
import { sharedCodeCatalog } from './narrowing-catalogs.js';

function file(pkg: GeneratedPackage, path: string): string {
  const found = pkg.files.find((f) => f.path === path);
  if (!found) throw new Error(`${pkg.dir} has no ${path}`);
  return found.contents;
}

/**
 * components.yaml with each `$ref` into components.json replaced by what it points at: the document
 * a `$ref` into the YAML resolves to. A `$ref` that is not into components.json stays as it is.
 */
function resolvedYaml(yaml: unknown, json: unknown): unknown {
  if (Array.isArray(yaml)) return yaml.map((item) => resolvedYaml(item, json));
  if (!yaml || typeof yaml !== 'object') return yaml;
  const ref = (yaml as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && ref.startsWith('./components.json#/')) {
    const steps = ref.slice('./components.json#/'.length).split('/').map((step) => decodeURIComponent(step).replace(/~1/g, '/').replace(/~0/g, '~'));
    return steps.reduce<unknown>((node, step) => (node as Record<string, unknown>)[step], json);
  }
  return Object.fromEntries(Object.entries(yaml).map(([key, value]) => [key, resolvedYaml(value, json)]));
}

function emitted(model: CatalogModel): { pkg: GeneratedPackage; yaml: unknown; json: unknown; doc: OpenApiDocument } {
  const pkg = emitOpenapiPackage(model, testContext);
  const json = JSON.parse(file(pkg, 'components.json')) as unknown;
  return { pkg, yaml: resolvedYaml(parse(file(pkg, 'components.yaml')), json), json, doc: openapiDocument(model, testContext) };
}

/** Every string anywhere in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

const smsLike = (): CatalogModel =>
  catalog(
    [
      entry({ key: 'OK', code: 0, message: 'Done', outcome: 'success', httpStatus: 200 }),
      entry({ key: 'VALIDATION_ERROR', code: 1, message: 'Invalid', data: { type: 'object', examples: [{ name: ['required'] }] } }),
      entry({ key: 'NOT_FOUND', code: 2, message: 'Missing', httpStatus: 404 }),
    ],
    { envelope: { shape: 'array', codeType: 'integer', order: ['code', 'message', 'data'], inferred: [] } },
  );

const fypassLike = (): CatalogModel =>
  catalog([entry({ key: 'NOT_EXIST_ACCOUNT', code: 'NOT_EXIST_ACCOUNT', message: 'No such account', httpStatus: 404 })], {
    envelope: { shape: 'object', codeType: 'string', fields: { code: 'code', message: 'message', data: 'data' }, inferred: [] },
  });

describe('responseName', () => {
  it.each([
    [400, 'BadRequest'],
    [404, 'NotFound'],
    [429, 'TooManyRequests'],
    [500, 'InternalServerError'],
    [200, 'Ok'],
    [202, 'Accepted'],
    [422, 'UnprocessableContent'],
    [505, 'HttpVersionNotSupported'],
    [418, 'Status418'],
    [599, 'Status599'],
  ])('%i → %s', (status, want) => {
    expect(responseName(status)).toBe(want);
  });
});

describe('components of the sample catalog', () => {
  const model = sampleCatalog();
  const { doc } = emitted(model);
  const responses = Object.values(doc.components.responses);

  it('is an OpenAPI 3.1 document with the catalog version', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('1.2.3');
    expect(doc.info.title).toContain('Sample API');
  });

  it('has one response per HTTP status, named by status, in status order', () => {
    expect(Object.keys(doc.components.responses)).toEqual(['Ok', 'Accepted', 'BadRequest', 'NotFound', 'UnprocessableContent', 'TooManyRequests', 'InternalServerError', 'ServiceUnavailable']);
  });

  it('names one example per entry after its key, on the response of its status, with the envelope body', () => {
    for (const e of model.entries) {
      const example = doc.components.responses[responseName(e.httpStatus)]!.content['application/json'].examples[e.key];
      expect(example, e.key).toBeDefined();
      expect(example!.value).toMatchObject({ code: e.code, msg: exampleMessage(e, model.defaultLocale) });
    }
    expect(responses.flatMap((r) => Object.keys(r.content['application/json'].examples)).sort()).toEqual(model.entries.map((e) => e.key).sort());
  });

  it('enumerates the codes by kind, each once; a shared code names all its keys; ResponseCode is both kinds', () => {
    const consts = (name: string): unknown[] => (doc.components.schemas[name]!['oneOf'] as { const: unknown }[]).map((b) => b.const);
    const codesOf = (error: boolean): unknown[] => [...new Set(model.entries.filter((e) => (e.outcome === 'error') === error).map((e) => e.code))];
    expect(consts('ErrorCode')).toEqual(codesOf(true));
    expect(consts('SuccessCode')).toEqual([0, 98, 100]);
    expect(consts('SuccessCode')).toEqual(codesOf(false));
    const branches = doc.components.schemas['ErrorCode']!['oneOf'] as { const: unknown; title: string }[];
    expect(branches.find((b) => b.const === 903)!.title).toBe('LIMIT_GATEWAY | ERROR_EXE_COMMAND');
    expect(doc.components.schemas['ResponseCode']).toMatchObject({ anyOf: [{ $ref: '#/components/schemas/ErrorCode' }, { $ref: '#/components/schemas/SuccessCode' }] });
    expect(doc.components.schemas['ResponseCode']).not.toHaveProperty('type');
  });

  it('marks internal entries x-internal and deprecated ones in x-errata', () => {
    const examples = Object.fromEntries(responses.flatMap((r) => Object.entries(r.content['application/json'].examples)));
    expect(examples['LIMIT_GATEWAY']!['x-internal']).toBe(true);
    expect(examples['NOT_EXIST_ACCOUNT']!['x-internal']).toBeUndefined();
    expect(examples['OLD_FAILURE']!['x-errata'].deprecated).toEqual({ replacement: 'RATE_LIMITED', reason: 'merged' });
    expect(examples['RATE_LIMITED']!['x-errata'].retryable).toBe(true);
    const branches = doc.components.schemas['ErrorCode']!['oneOf'] as Record<string, unknown>[];
    expect(branches.find((b) => b['const'] === 903)!['x-internal']).toBe(true);
    expect(branches.find((b) => b['const'] === 77)!['deprecated']).toBe(true);
  });

  it('shows the wire message of an entry with params, formatted with their examples', () => {
    const example = doc.components.responses['NotFound']!.content['application/json'].examples['NOT_EXIST_ACCOUNT']!;
    expect(example.value).toEqual({ code: 1101, msg: 'Account alice does not exist' });
    // The summary keeps the message template.
    expect(example.summary).toBe('Account {account} does not exist');
    // A placeholder without a declared example keeps the ICU source: no made-up values.
    const source = model.entries.find((e) => e.key === 'TOO_MANY_ITEMS')!;
    const tooMany = doc.components.responses[responseName(source.httpStatus)]!.content['application/json'].examples['TOO_MANY_ITEMS']!;
    expect((tooMany.value as { msg: string }).msg).toBe(source.message);
  });

  it('marks a response x-internal when every entry on its status is internal', () => {
    expect(doc.components.responses['ServiceUnavailable']!['x-internal']).toBe(true);
    expect(doc.components.responses['InternalServerError']!['x-internal']).toBe(true);
    expect(doc.components.responses['BadRequest']!['x-internal']).toBeUndefined();
    expect(doc.components.responses['NotFound']!['x-internal']).toBeUndefined();
  });

  it('has the envelope with the catalog field names and the data schemas', () => {
    const envelope = doc.components.schemas['ErrorEnvelope']!;
    expect(envelope['required']).toEqual(['code', 'msg']);
    expect(Object.keys(envelope['properties'] as object)).toEqual(['code', 'msg', 'data']);
    expect(Object.keys(doc.components.schemas)).toEqual(['ErrorEnvelope', 'SuccessEnvelope', 'Problem', 'ResponseCode', 'ErrorCode', 'SuccessCode', 'ValidationData', 'PartialData', 'QueuedData']);
    // Same shape, different codes: the success envelope is not called an error envelope any more.
    expect(doc.components.schemas['SuccessEnvelope']!['properties']).toMatchObject({ code: { $ref: '#/components/schemas/SuccessCode' } });
    expect(envelope['properties']).toMatchObject({ code: { $ref: '#/components/schemas/ErrorCode' } });
    expect(doc.components.schemas['QueuedData']).toMatchObject({ required: ['taskId'] });
  });
});

describe('envelopes', () => {
  it('positional array: prefixItems, optional trailing data, positional examples', () => {
    const { doc } = emitted(smsLike());
    expect(doc.components.schemas['ErrorEnvelope']).toMatchObject({ type: 'array', minItems: 2, maxItems: 3 });
    expect((doc.components.schemas['ErrorEnvelope']!['prefixItems'] as unknown[]).length).toBe(3);
    const examples = doc.components.responses['BadRequest']!.content['application/json'].examples;
    expect(examples['VALIDATION_ERROR']!.value).toEqual([1, 'Invalid', { name: ['required'] }]);
    expect(doc.components.responses['NotFound']!.content['application/json'].examples['NOT_FOUND']!.value).toEqual([2, 'Missing']);
  });

  it('string codes and an envelope without data payloads', () => {
    const { doc } = emitted(fypassLike());
    // A lone code is the code schema itself; no success codes, so no success envelope.
    expect(doc.components.schemas['ErrorCode']).toMatchObject({ type: 'string', title: 'ErrorCode', const: 'NOT_EXIST_ACCOUNT' });
    expect(Object.keys(doc.components.schemas)).toEqual(['ErrorEnvelope', 'Problem', 'ResponseCode', 'ErrorCode']);
    expect(doc.components.schemas['ResponseCode']).toMatchObject({ $ref: '#/components/schemas/ErrorCode' });
    expect(Object.keys(doc.components.schemas['ErrorEnvelope']!['properties'] as object)).toEqual(['code', 'message']);
    expect(doc.components.responses['NotFound']!.content['application/json'].examples['NOT_EXIST_ACCOUNT']!.value).toEqual({ code: 'NOT_EXIST_ACCOUNT', message: 'No such account' });
  });
});

describe.each([
  ['sample', sampleCatalog],
  ['hostile', hostileCatalog],
  ['hostile string codes', hostileStringCatalog],
  ['array envelope', smsLike],
  ['todo fixture', todoCatalog],
  ['shared codes', sharedCodeCatalog],
])('serialization of %s', (_, model) => {
  const { pkg, yaml, json, doc } = emitted(model());

  it('writes the document once: every component of components.yaml is a $ref into components.json', () => {
    const index = parse(file(pkg, 'components.yaml')) as OpenApiDocument;
    for (const kind of ['schemas', 'responses'] as const) {
      for (const [name, value] of Object.entries(index.components[kind])) expect(value).toEqual({ $ref: `./components.json#/components/${kind}/${name}` });
    }
    expect(file(pkg, 'index.js')).toContain("import document from './components.json' with { type: 'json' };");
  });

  it('YAML (its $refs resolved) and JSON hold the same document, equal to the one built', () => {
    expect(yaml).toEqual(json);
    expect(json).toEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('YAML 1.1 parsers read the same values (yes/on/dates stay strings)', () => {
    expect(resolvedYaml(parse(file(pkg, 'components.yaml'), { version: '1.1' }), json)).toEqual(json);
  });

  it('is deterministic: emitting twice gives identical bytes', () => {
    const again = emitOpenapiPackage(model(), testContext);
    expect(again).toEqual(pkg);
  });

  it('starts each file that allows comments with the generated notice', () => {
    expect(file(pkg, 'components.yaml')).toMatch(/^# Generated by errata from catalogs\/sample\/catalog\.yaml\./);
    expect(file(pkg, 'index.js')).toMatch(/^\/\/ Generated by errata/);
    expect(file(pkg, 'index.d.ts')).toMatch(/^\/\/ Generated by errata/);
    expect(file(pkg, 'README.md')).toMatch(/^<!-- Generated by errata/);
  });

  it('uses no anchors or aliases', () => {
    let anchored = 0;
    visit(parseDocument(file(pkg, 'components.yaml')), (_, node) => {
      if (isAlias(node) || (node && typeof node === 'object' && 'anchor' in node && node.anchor)) anchored++;
    });
    expect(anchored).toBe(0);
  });
});

describe('long lines', () => {
  it('are not folded', () => {
    const long = `${'word '.repeat(100)}end`;
    const pkg = emitOpenapiPackage({ ...catalog([entry({ key: 'LONG', code: 1, message: long })]), title: long }, testContext);
    expect(file(pkg, 'components.yaml').split('\n').some((line) => line.endsWith(`title: ${long} error components`))).toBe(true);
    expect(file(pkg, 'components.json').split('\n').some((line) => /"summary": ?"word/.test(line) && line.includes(JSON.stringify(long)))).toBe(true);
  });
});

describe('hostile texts', () => {
  it('round-trip through YAML and JSON unchanged', () => {
    const { yaml, json } = emitted(hostileCatalog());
    const texts = new Set([...strings(yaml)]);
    for (const text of hostileTexts.filter(Boolean)) expect(texts.has(text), JSON.stringify(text)).toBe(true);
    expect(strings(yaml)).toEqual(strings(json));
  });

  it('string codes that look like other YAML types stay strings', () => {
    const { yaml } = emitted(hostileStringCatalog());
    const schemas = (yaml as OpenApiDocument).components.schemas;
    const consts = ['ErrorCode', 'SuccessCode'].flatMap((name) => (schemas[name]!['oneOf'] as { const: unknown }[]).map((b) => b.const));
    const entries = hostileStringCatalog().entries;
    expect(consts).toEqual([...entries.filter((e) => e.outcome === 'error'), ...entries.filter((e) => e.outcome !== 'error')].map((e) => e.code));
    expect(consts.every((c) => typeof c === 'string')).toBe(true);
  });

  it('keeps raw YAML-unsafe characters out of components.yaml', () => {
    const text = file(emitOpenapiPackage(hostileCatalog(), testContext), 'components.yaml');
    expect(text).not.toMatch(/[\u2028\u2029\u0085\u007f]/);
  });
});

describe('package.json', () => {
  it('exports the documents and the typed JS entry, with the catalog version', () => {
    const manifest = JSON.parse(file(emitOpenapiPackage(sampleCatalog(), testContext), 'package.json')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: '@errata/sample-openapi',
      version: '1.2.3',
      type: 'module',
      exports: { '.': { types: './index.d.ts', default: './index.js' }, './components.yaml': './components.yaml', './components.json': './components.json' },
    });
  });
});

describe('README.md', () => {
  it('shows $ref lines by path into node_modules (Redocly does not resolve a bare package name) that point into the document', () => {
    const { pkg, doc } = emitted(sampleCatalog());
    const readme = file(pkg, 'README.md');
    // Every paste-ready line is a path: a bare `'@errata/...'` $ref fails no-unresolved-refs in Redocly.
    expect(readme).not.toMatch(/\$ref: '?@errata/);
    expect(readme).toContain('$ref: ./node_modules/@errata/sample-openapi/components.yaml#/components/responses/BadRequest');
    expect(readme).toContain('$ref: ./node_modules/@errata/sample-openapi/components.yaml#/components/schemas/ErrorEnvelope');
    expect(readme).toContain('../sample-openapi/components.yaml#/components/responses/BadRequest');
    const pointers = [...readme.matchAll(/#\/components\/(schemas|responses)\/(\w+)/g)];
    expect(pointers.length).toBeGreaterThan(10);
    for (const [, section, name] of pointers) expect(doc.components[section as 'schemas' | 'responses'], `${section}/${name}`).toHaveProperty([name!]);
  });

  it('does not name internal entries', () => {
    const readme = file(emitted(sampleCatalog()).pkg, 'README.md');
    expect(readme).not.toContain('LIMIT_GATEWAY');
    expect(readme).toContain('NOT_EXIST_ACCOUNT');
  });
});

describe('exampleMessage', () => {
  const cases: [message: string, params: [name: string, type: 'string' | 'integer' | 'boolean' | 'date', example: string | number | boolean][]][] = [
    ['Account {account} does not exist', [['account', 'string', 'alice']]],
    ['{count, plural, =0 {no items} one {# item is} other {# items are}} too many', [['count', 'integer', 1]]],
    ['{count, plural, =0 {no items} one {# item is} other {# items are}} too many', [['count', 'integer', 0]]],
    ['{count, plural, =0 {no items} one {# item is} other {# items are}} too many', [['count', 'integer', 7]]],
    ['{n, plural, offset:1 one {you and # other} other {you and # others}}', [['n', 'integer', 3]]],
    ['{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}} try', [['n', 'integer', 22]]],
    ['{role, select, admin {Admins} other {Users}} may not {verb}', [['role', 'string', 'admin'], ['verb', 'string', 'delete']]],
    ['{on, select, true {enabled} other {disabled}}', [['on', 'boolean', true]]],
    ["It''s '{'literal'}' for {who}", [['who', 'string', 'Zoë']]],
  ];

  it.each(cases)('formats %j as intl-messageformat does (en)', (message, params) => {
    const e = entry({ key: 'K', code: 1, message, params: params.map(([name, type, example]) => ({ name, type, example })) });
    const values = Object.fromEntries(params.map(([name, , example]) => [name, example]));
    expect(exampleMessage(e, 'en')).toBe(new IntlMessageFormat(message, 'en').format(values));
  });

  it('keeps the ICU source when a placeholder has no example', () => {
    const e = entry({ key: 'K', code: 1, message: '{a} and {b}', params: [{ name: 'a', type: 'string', example: 'x' }, { name: 'b', type: 'string' }] });
    expect(exampleMessage(e, 'en')).toBe('{a} and {b}');
  });

  it('picks plural branches with the default locale rules', () => {
    const message = '{n, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}';
    const e = entry({ key: 'K', code: 1, message, params: [{ name: 'n', type: 'integer', example: 5 }] });
    expect(exampleMessage(e, 'ru')).toBe('5 файлов');
  });
});

describe('envelope data description', () => {
  it('names only public data schemas, so remove-x-internal leaves no mention of a dropped one', () => {
    const model = catalog([
      entry({ key: 'PUB', code: 1, message: 'Public', data: { type: 'object' } }),
      entry({ key: 'SECRET', code: 2, message: 'Secret', visibility: 'internal', data: { type: 'object' } }),
    ]);
    const envelope = openapiDocument(model, testContext).components.schemas['ErrorEnvelope']!;
    const text = JSON.stringify(envelope);
    expect(text).toContain('PubData');
    expect(text).not.toContain('SecretData');
  });
});
