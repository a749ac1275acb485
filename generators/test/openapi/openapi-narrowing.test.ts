/**
 * Per-status bodies narrow: each response lists exactly the codes of its status, ties each code to
 * its `data` schema by `$ref`, and offers errors as RFC 9457 problems too. Checked on the schemas as
 * data, then with Ajv (JSON Schema 2020-12) on every example and on bodies a status must refuse.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { openapiDocument } from '../../src/emit/openapi/openapi-document.js';
import { responseName } from '../../src/emit/http-status.js';
import type { MediaTypeObject, OpenApiDocument, SchemaObject } from '../../src/emit/openapi/openapi-types.js';
import type { CatalogModel, EntryModel, ParamType } from '../../src/model/catalog-model.js';
import { catalog, entry, sampleCatalog, testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { workspaceCatalog, workspaceCatalogIds } from '../support/workspace-catalogs.js';
import { hostileCatalog, hostileStringCatalog } from './hostile-catalog.js';
import { errorsOnlyCatalog, sharedCodeCatalog } from './narrowing-catalogs.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

const models: [string, () => CatalogModel][] = [
  ['sample', sampleCatalog],
  ['fixture-todo', todoCatalog],
  ['shared', sharedCodeCatalog],
  ['errors-only', errorsOnlyCatalog],
  ['hostile', hostileCatalog],
  ['hostile-strings', hostileStringCatalog],
  ...workspaceCatalogIds().map((id): [string, () => CatalogModel] => [id, () => workspaceCatalog(id)]),
];

/**
 * The branches of a body schema: its `oneOf`, or the schema itself when a status has one. What the
 * schema says beside its `oneOf` (the `allOf` and `type` every branch shares) applies to each branch.
 */
function variants(schema: SchemaObject): SchemaObject[] {
  const { oneOf, ...shared } = schema as SchemaObject & { oneOf?: SchemaObject[] };
  return oneOf ? oneOf.map((branch) => ({ ...shared, ...branch })) : [schema];
}

/** The schema a variant gives one part of the envelope. */
function part(model: CatalogModel, variant: SchemaObject, name: 'code' | 'data'): SchemaObject | undefined {
  const envelope = model.envelope;
  if (envelope.shape === 'object') return (variant['properties'] as Record<string, SchemaObject>)[envelope.fields[name]];
  const index = envelope.order.indexOf(name);
  const schema = (variant['prefixItems'] as SchemaObject[])[index];
  return schema && Object.keys(schema).length ? schema : undefined;
}

/** Every `$ref` under a schema. */
function refs(schema: unknown): string[] {
  if (!schema || typeof schema !== 'object') return [];
  if (Array.isArray(schema)) return schema.flatMap(refs);
  return Object.entries(schema).flatMap(([key, value]) => (key === '$ref' ? [value as string] : refs(value)));
}

const dataRef = (e: EntryModel): string => `#/components/schemas/${e.pascalName}Data`;

describe.each(models)('%s: per-status bodies', (_, load) => {
  const model = load();
  const doc = openapiDocument(model, testContext);
  const statuses = [...new Set(model.entries.map((e) => e.httpStatus))];

  it.each(statuses)('HTTP %i: the envelope body lists exactly its codes, each in the envelope of its kind, data by $ref', (status) => {
    const entries = model.entries.filter((e) => e.httpStatus === status);
    const branches = variants(doc.components.responses[responseName(status)]!.content['application/json'].schema);
    expect(branches.map((v) => part(model, v, 'code'))).toEqual([...new Set(entries.map((e) => e.code))].map((code) => ({ const: code })));
    for (const variant of branches) {
      const code = (part(model, variant, 'code') as { const: unknown }).const;
      const group = entries.filter((e) => e.code === code);
      const kind = group.some((e) => e.outcome === 'error') ? 'Error' : 'Success';
      expect(variant['allOf']).toEqual([{ $ref: `#/components/schemas/${kind}Envelope` }]);
      expect(refs(part(model, variant, 'data'))).toEqual(group.filter((e) => e.data !== undefined).map(dataRef));
      expect(variant['x-internal']).toBe(group.every((e) => e.visibility === 'internal') ? true : undefined);
    }
  });

  it.each(statuses)('HTTP %i: the problem body has one variant per error entry, with its code, key, status, data and params', (status) => {
    const errors = model.entries.filter((e) => e.httpStatus === status && e.outcome === 'error');
    const media = doc.components.responses[responseName(status)]!.content['application/problem+json'];
    if (errors.length === 0) return expect(media).toBeUndefined();
    const branches = variants(media!.schema);
    expect(branches.map((v) => v['title'])).toEqual(errors.map((e) => e.key));
    for (const [i, variant] of branches.entries()) {
      const e = errors[i]!;
      expect(variant['allOf']).toEqual([{ $ref: '#/components/schemas/Problem' }]);
      const properties = variant['properties'] as Record<string, SchemaObject>;
      expect(properties).toMatchObject({ status: { const: status }, code: { const: e.code }, key: { const: e.key }, retryable: { const: e.retryable } });
      expect(refs(properties['data'])).toEqual(e.data === undefined ? [] : [dataRef(e)]);
      expect(Object.keys((properties['params']?.['properties'] as object | undefined) ?? {})).toEqual(e.params.map((p) => p.name));
    }
    expect(Object.keys(media!.examples)).toEqual(errors.map((e) => e.key));
  });

  it('references every data schema from a response, so bundlers keep them', () => {
    const referenced = new Set(refs(doc.components.responses));
    for (const e of model.entries.filter((x) => x.data !== undefined)) expect(referenced.has(dataRef(e)), e.key).toBe(true);
  });

  it('every example is valid against its media type schema (Ajv, JSON Schema 2020-12)', () => {
    const validate = validator(doc);
    for (const [name, response] of Object.entries(doc.components.responses)) {
      for (const [type, media] of Object.entries(response.content) as [string, MediaTypeObject][]) {
        for (const [key, example] of Object.entries(media.examples)) expect(validate(name, type, example.value), `${name} ${type} ${key}`).toBe('');
      }
    }
  });
});

/** Validates a body against the schema of a response's media type; '' when valid, else Ajv's errors. */
function validator(doc: OpenApiDocument): (response: string, type: string, body: unknown) => string {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(structuredClone(doc) as object, 'doc');
  return (response, type, body) => {
    const validate = ajv.getSchema(`doc#/components/responses/${response}/content/${type.replace('/', '~1')}/schema`)!;
    return validate(body) ? '' : ajv.errorsText(validate.errors);
  };
}

describe('narrowing refuses what the status does not send (todo fixture)', () => {
  const validate = validator(openapiDocument(todoCatalog(), testContext));
  const problem = { type: 'https://todo.example.com/docs/errors#todo-not-found', title: 'Todo not found', status: 404, detail: 'Todo 42 does not exist', retryable: false };

  it.each([
    ['a 404 code with its data', { code: 'TODO_NOT_FOUND', message: 'm', data: { todoId: '42' } }, true],
    ['the other 404 code with its data', { code: 'LIST_NOT_FOUND', message: 'm', data: { list: { name: 'groceries' } } }, true],
    ['a 404 code without data', { code: 'LIST_NOT_FOUND', message: 'm' }, true],
    ['a 422 code', { code: 'TITLE_TOO_LONG', message: 'm' }, false],
    ['the success code', { code: 'OK', message: 'm' }, false],
    ["another 404 code's data", { code: 'LIST_NOT_FOUND', message: 'm', data: { todoId: '42' } }, false],
    ['data of the wrong type', { code: 'TODO_NOT_FOUND', message: 'm', data: { todoId: 42 } }, false],
  ])('NotFound application/json: %s → valid %s', (_, body, valid) => {
    expect(validate('NotFound', 'application/json', body) === '').toBe(valid);
  });

  it.each([
    ['its code, key and params', { ...problem, code: 'TODO_NOT_FOUND', key: 'TODO_NOT_FOUND', params: { id: '42' }, data: { todoId: '42' } }, true],
    ['a key of another code', { ...problem, code: 'TODO_NOT_FOUND', key: 'LIST_NOT_FOUND' }, false],
    ['another status', { ...problem, status: 400, code: 'TODO_NOT_FOUND', key: 'TODO_NOT_FOUND' }, false],
    ['a param of the wrong type', { ...problem, code: 'TODO_NOT_FOUND', key: 'TODO_NOT_FOUND', params: { id: 42 } }, false],
    ['no retryable', { ...problem, retryable: undefined, code: 'TODO_NOT_FOUND', key: 'TODO_NOT_FOUND' }, false],
  ])('NotFound application/problem+json: %s → valid %s', (_, body, valid) => {
    expect(validate('NotFound', 'application/problem+json', JSON.parse(JSON.stringify(body)))).toSatisfy((errors: string) => (errors === '') === valid);
  });
});

describe('problem examples', () => {
  it.each([
    [
      'todo TODO_NOT_FOUND: docs anchor as type, key in words as title, formatted detail, params',
      todoCatalog,
      'TODO_NOT_FOUND',
      // data from the param's wire source (`from: data.todoId`), as toProblem() writes it.
      { type: 'https://todo.example.com/docs/errors#todo-not-found', title: 'Todo not found', status: 404, detail: 'Todo 42 does not exist', code: 'TODO_NOT_FOUND', key: 'TODO_NOT_FOUND', retryable: false, data: { todoId: '42' }, params: { id: '42' } },
    ],
    [
      'todo STORAGE_FAILURE: a message without placeholders is the title',
      todoCatalog,
      'STORAGE_FAILURE',
      { type: 'https://todo.example.com/docs/errors#storage-failure', title: 'The todo store failed', status: 500, detail: 'The todo store failed', code: 'STORAGE_FAILURE', key: 'STORAGE_FAILURE', retryable: false },
    ],
    [
      'sample VALIDATION_ERROR: no data example, no params',
      sampleCatalog,
      'VALIDATION_ERROR',
      { type: 'https://docs.example.com/errors#validation-error', title: 'Validation failed', status: 422, detail: 'Validation failed', code: 1, key: 'VALIDATION_ERROR', retryable: false },
    ],
    [
      'no docs URL: about:blank and the reason phrase',
      errorsOnlyCatalog,
      'NOT_EXIST_ACCOUNT',
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'No such account', code: 'NOT_EXIST_ACCOUNT', key: 'NOT_EXIST_ACCOUNT', retryable: false },
    ],
    [
      'shared GONE_USER: the data example, params from their examples',
      sharedCodeCatalog,
      'GONE_USER',
      { type: 'https://docs.example.com/errors#gone-user', title: 'Gone user', status: 404, detail: 'User ann is gone', code: 7, key: 'GONE_USER', retryable: false, data: { user: 'ann' }, params: { user: 'ann' } },
    ],
  ])('%s', (_, load, key, want) => {
    const model = load();
    const e = model.entries.find((x) => x.key === key)!;
    const example = openapiDocument(model, testContext).components.responses[responseName(e.httpStatus)]!.content['application/problem+json']!.examples[key]!;
    expect(example.value).toEqual(want);
    expect(Object.keys(example.value as object)).toEqual(Object.keys(want));
  });

  it('carries params as JSON does: a date as ISO 8601 text', () => {
    const doc = openapiDocument(sharedCodeCatalog(), testContext);
    const value = doc.components.responses['BadRequest']!.content['application/problem+json']!.examples['EVERY_PARAM']!.value;
    expect(value).toMatchObject({ retryable: true, params: { b: true, d: '2024-05-06T07:08:09.000Z', i: 3, n: 1.5, s: 'text' } });
  });
});

describe('data of the examples: params written at their wire source, as the errors package sends them', () => {
  const withSources = (data: Record<string, unknown> | undefined, from: string[][]): unknown => {
    const params = from.map((steps, i) => ({ name: `p${i}`, type: 'string' as const, example: `v${i}`, from: steps }));
    const model = catalog([entry({ key: 'K', code: 1, message: 'm', params, data: data ? { examples: [data] } : {} })]);
    return (openapiDocument(model, testContext).components.responses['BadRequest']!.content['application/json'].examples['K']!.value as { data?: unknown }).data;
  };

  it.each<[string, Record<string, unknown> | undefined, string[][], unknown]>([
    ['a nested path builds the objects', undefined, [['list', 'name']], { list: { name: 'v0' } }],
    ['two params side by side', undefined, [['a'], ['b']], { a: 'v0', b: 'v1' }],
    ['merged into the schema example', { a: { keep: 1 } }, [['a', 'b']], { a: { keep: 1, b: 'v0' } }],
    ['a value already there wins', { a: 'x' }, [['a']], { a: 'x' }],
    ['a non-object in the way wins', { a: 'x' }, [['a', 'b']], { a: 'x' }],
    ['data itself (`from: data`)', undefined, [[]], 'v0'],
  ])('%s', (_, data, from, want) => {
    expect(withSources(data, from)).toEqual(want);
  });

  it('todo: LIST_NOT_FOUND shows data.list.name, in both media types', () => {
    const examples = openapiDocument(todoCatalog(), testContext).components.responses['NotFound']!.content;
    expect(examples['application/json'].examples['LIST_NOT_FOUND']!.value).toEqual({ code: 'LIST_NOT_FOUND', message: 'List groceries does not exist', data: { list: { name: 'groceries' } } });
    expect(examples['application/problem+json']!.examples['LIST_NOT_FOUND']!.value).toMatchObject({ data: { list: { name: 'groceries' } }, params: { name: 'groceries' } });
  });
});

describe('problem params', () => {
  it.each<[ParamType, SchemaObject]>([
    ['string', { type: 'string' }],
    ['number', { type: 'number' }],
    ['integer', { type: 'integer' }],
    ['boolean', { type: 'boolean' }],
    ['date', { type: 'string', format: 'date-time' }],
  ])('%s → %j', (type, want) => {
    const model = catalog([entry({ key: 'P', code: 1, message: '{v}', params: [{ name: 'v', type, description: 'The value' }] })]);
    const schema = openapiDocument(model, testContext).components.responses['BadRequest']!.content['application/problem+json']!.schema;
    const params = (schema['properties'] as Record<string, SchemaObject>)['params']!;
    expect(params['properties']).toEqual({ v: { ...want, description: 'The value' } });
    expect(params['required']).toBeUndefined();
  });

  it('an entry without params has no params member', () => {
    const schema = openapiDocument(errorsOnlyCatalog(), testContext).components.responses['NotFound']!.content['application/problem+json']!.schema;
    expect(schema['properties']).not.toHaveProperty('params');
  });
});

describe('shared codes on one status', () => {
  const doc = openapiDocument(sharedCodeCatalog(), testContext);
  const branches = variants(doc.components.responses['NotFound']!.content['application/json'].schema);

  it('have one envelope variant per code, titled by the public keys', () => {
    expect(branches.map((v) => [v['title'], (v['properties'] as Record<string, SchemaObject>)['code']])).toEqual([
      ['GONE_USER', { const: 7 }],
      ['MOVED | MOVED_TO', { const: 8 }],
    ]);
  });

  it('tie the code to every entry\'s data; an internal one is x-internal, one without a schema leaves data open', () => {
    const data = (i: number): unknown => (branches[i]!['properties'] as Record<string, SchemaObject>)['data'];
    expect(data(0)).toEqual({ anyOf: [{ $ref: '#/components/schemas/GoneUserData' }, { $ref: '#/components/schemas/GoneSecretData', 'x-internal': true }] });
    expect(data(1)).toEqual({ anyOf: [{ $ref: '#/components/schemas/MovedToData' }, { description: 'Any payload: `MOVED` declares no schema.' }] });
  });

  it('have one problem variant per entry, told apart by key', () => {
    const problems = variants(doc.components.responses['NotFound']!.content['application/problem+json']!.schema);
    expect(problems.map((v) => [v['title'], v['x-internal']])).toEqual([
      ['GONE_USER', undefined],
      ['GONE_SECRET', true],
      ['MOVED', undefined],
      ['MOVED_TO', undefined],
    ]);
  });
});

describe('an internal error on a status with public successes', () => {
  it('makes the problem media type internal, so remove-x-internal drops it instead of leaving it empty', () => {
    const ok = openapiDocument(sharedCodeCatalog(), testContext).components.responses['Ok']!;
    expect(ok['x-internal']).toBeUndefined();
    expect(ok.content['application/problem+json']!['x-internal']).toBe(true);
    expect(ok.content['application/json']['x-internal']).toBeUndefined();
  });
});

describe('envelopes by kind', () => {
  it.each([
    ['sample', sampleCatalog, { Ok: 'SuccessEnvelope', Accepted: 'SuccessEnvelope', NotFound: 'ErrorEnvelope', ServiceUnavailable: 'ErrorEnvelope' }],
    ['fixture-todo', todoCatalog, { Ok: 'SuccessEnvelope', NotFound: 'ErrorEnvelope', TooManyRequests: 'ErrorEnvelope' }],
  ])('%s: the Ok and Accepted responses use the success envelope, error statuses the error envelope', (_, load, want) => {
    const doc = openapiDocument(load(), testContext);
    for (const [name, envelope] of Object.entries(want)) {
      for (const variant of variants(doc.components.responses[name]!.content['application/json'].schema)) {
        expect(variant['allOf'], name).toEqual([{ $ref: `#/components/schemas/${envelope}` }]);
      }
    }
    expect(doc.components.responses['Ok']!.content['application/problem+json']).toBeUndefined();
  });

  it('a catalog with only errors has no success envelope nor success code', () => {
    const names = Object.keys(openapiDocument(errorsOnlyCatalog(), testContext).components.schemas);
    expect(names).not.toContain('SuccessEnvelope');
    expect(names).not.toContain('SuccessCode');
  });
});
