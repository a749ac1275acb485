/**
 * Both ends of the wire without a server: error → Fetch API Response → readResponse, for envelope and
 * problem bodies, every envelope shape and code type, params carried in `data`, Retry-After, outcome
 * bodies, and hostile responses (HTML, empty, truncated, huge, wrong content type, `__proto__`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { IntlMessageFormat } from 'intl-messageformat';
import { emitErrorsPackage } from '../../src/emit/errors/errors-package.js';
import type { CatalogModel, EntryModel, ParamModel } from '../../src/model/catalog-model.js';
import { testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { arrayCatalog, seedCatalog, sharedParamsCatalog, workspaceCatalogIds } from './support/catalogs.js';
import { importFile, tempDir, writePackage } from './support/temp-project.js';

type Mod = Record<string, any>;
const made: string[] = [];

async function load(model: CatalogModel): Promise<Mod> {
  const dir = tempDir(model.id);
  made.push(dir);
  return importFile(join(writePackage(dir, emitErrorsPackage(model, testContext)), 'index.js'));
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A sample value of a param, as a server would pass it. */
function sampleParam(param: ParamModel): unknown {
  if (param.example !== undefined) return param.example;
  return { string: 'sample', number: 2.5, integer: 3, boolean: true, date: new Date(Date.UTC(2030, 5, 1, 12)) }[param.type];
}

function sampleParams(entry: EntryModel): Record<string, unknown> | undefined {
  return entry.params.length ? Object.fromEntries(entry.params.map((p) => [p.name, sampleParam(p)])) : undefined;
}

/** The message formatted by intl-messageformat (the reference), `{name}` left where a param is missing. */
function formatted(entry: EntryModel, params: Record<string, string | number | boolean | Date>): string {
  return new IntlMessageFormat(entry.message, 'en').format<string>(params) as string;
}

describe('todo: params on the wire, problems, Fetch API responses', () => {
  const model = todoCatalog();
  let m: Mod;
  beforeAll(async () => {
    m = await load(model);
  });

  test('toResponse writes each param with a wire source into data; toProblem carries code, key, retryable, data and params', () => {
    const e = m.createError('LIST_NOT_FOUND', { name: 'groceries' });
    expect(e.toResponse()).toEqual({ code: 'LIST_NOT_FOUND', message: 'List groceries does not exist', data: { list: { name: 'groceries' } } });
    // Data the server gives is kept, and not changed in place.
    const data = { list: { owner: 'ann' } };
    const withData = new m.ListNotFoundError({ name: 'work' }, { data });
    expect(withData.toResponse().data).toEqual({ list: { owner: 'ann', name: 'work' } });
    expect(data).toEqual({ list: { owner: 'ann' } });
    expect(withData.toProblem()).toEqual({
      type: 'https://todo.example.com/docs/errors#list-not-found',
      title: 'List not found',
      status: 404,
      detail: 'List work does not exist',
      code: 'LIST_NOT_FOUND',
      key: 'LIST_NOT_FOUND',
      retryable: false,
      data: { list: { owner: 'ann', name: 'work' } },
      params: { name: 'work' },
    });
    const due = m.createError('DUE_DATE_PAST', { due: new Date(Date.UTC(2020, 0, 2)) });
    expect(due.toResponse()).toEqual({ code: 'DUE_DATE_PAST', message: 'The due date Jan 2, 2020 is in the past' });
    expect(due.toProblem().params).toEqual({ due: '2020-01-02T00:00:00.000Z' });
    expect(due.toProblem()).not.toHaveProperty('data');
  });

  test('every error: envelope and problem responses decode to the same key, code, params, data and status', async () => {
    for (const entry of model.entries.filter((e) => e.outcome === 'error')) {
      const params = sampleParams(entry);
      const error = m.createError(entry.key, params);
      for (const as of ['envelope', 'problem'] as const) {
        const response = error.toHttpResponse({ as });
        expect(response.status).toBe(entry.httpStatus);
        expect(response.headers.get('content-type')).toBe(as === 'problem' ? 'application/problem+json' : 'application/json');
        const decoded = await m.readResponse(response);
        expect(decoded, `${entry.key} as ${as}`).toMatchObject({ outcome: 'error', key: entry.key, code: entry.code, httpStatus: entry.httpStatus });
        expect(decoded.error).toBeInstanceOf(m[entry.className]);
        expect(decoded.error.data).toEqual(JSON.parse(JSON.stringify(error.toResponse().data ?? null)) ?? undefined);
        // The envelope carries the params with a wire source; a problem carries them all.
        const carried = entry.params.filter((p) => as === 'problem' || p.from !== undefined);
        expect(Object.keys(decoded.error.params).sort()).toEqual(carried.map((p) => p.name).sort());
        for (const p of carried) expect(decoded.error.params[p.name]).toEqual(params![p.name]);
        expect(decoded.error.message).toBe(error.message);
      }
    }
  });

  test('a decoded error without a message formats with the params the wire carried, and shows a missing one as its placeholder', () => {
    const decoded = m.fromResponse({ code: 'TITLE_TOO_LONG', data: { length: 1234, max: 200 } }, 422);
    expect(decoded.error.params).toEqual({ length: 1234, max: 200 });
    expect(decoded.error.message).toBe('The title has 1,234 characters; at most 200 are allowed');
    expect(m.fromResponse({ code: 'DUE_DATE_PAST' }).error.message).toBe('The due date {due} is in the past');
    expect(m.fromResponse({ code: 'TODO_NOT_FOUND' }).error.message).toBe('Todo {id} does not exist');
    expect(m.fromResponse({ code: 'RATE_LIMITED' }).error.message).toBe('Too many requests; try again in {seconds} seconds');
    // A wire value of the wrong type is not a param.
    const wrong = m.fromResponse({ code: 'TITLE_TOO_LONG', data: { length: '1234', max: 2.5 } });
    expect(wrong.error.params).toEqual({});
    expect(wrong.error.message).toBe('The title has {length} characters; at most {max} are allowed');
    // A problem's params member wins over data; a date comes back as a Date.
    const problem = m.fromResponse({ type: 'about:blank', status: 400, code: 'DUE_DATE_PAST', key: 'DUE_DATE_PAST', params: { due: '2021-03-04T00:00:00Z' } });
    expect(problem.error.params.due).toEqual(new Date('2021-03-04T00:00:00Z'));
    expect(problem.error.message).toBe(formatted(model.entries.find((e) => e.key === 'DUE_DATE_PAST')!, { due: new Date('2021-03-04T00:00:00Z') }));
  });

  test('Retry-After: when the entry is retryable and data.retryAfter says when', async () => {
    const seconds = m.createError('RATE_LIMITED', { seconds: 30 }).toHttpResponse();
    expect(seconds.status).toBe(429);
    expect(seconds.headers.get('retry-after')).toBe('30');
    const fraction = new m.RateLimitedError({ seconds: 1 }, { data: { retryAfter: 1.2 } }).toHttpResponse({ as: 'problem' });
    expect(fraction.headers.get('retry-after')).toBe('2');
    const date = new m.RateLimitedError({ seconds: 1 }, { data: { retryAfter: new Date(Date.UTC(2031, 0, 1)) } }).toHttpResponse();
    expect(date.headers.get('retry-after')).toBe('Wed, 01 Jan 2031 00:00:00 GMT');
    const given = m.createError('RATE_LIMITED', { seconds: 5 }).toHttpResponse({ headers: { 'retry-after': '99', 'x-request-id': 'r1' } });
    expect([given.headers.get('retry-after'), given.headers.get('x-request-id')]).toEqual(['99', 'r1']);
    // Data the server gives wins over the param written into it; a value that says no time gives no header.
    for (const bad of [-1, Number.NaN, 'soon', true]) {
      expect(new m.RateLimitedError({ seconds: 1 }, { data: { retryAfter: bad } }).toHttpResponse().headers.get('retry-after'), String(bad)).toBe(null);
    }
    expect(new m.RateLimitedError({ seconds: 1 }, { data: { retryAfter: '120' } }).toHttpResponse().headers.get('retry-after')).toBe('120');
    expect(new m.TodoNotFoundError({ id: '1' }, { data: { todoId: '1', retryAfter: 5 } }).toHttpResponse().headers.has('retry-after')).toBe(false);
    expect(() => m.createError('TODO_NOT_FOUND', { id: '1' }).toHttpResponse({ as: 'html' })).toThrow(TypeError);
  });

  test('fromResponse decodes a problem by shape or by content type; a body of the wrong kind is invalid, never a wrong error', () => {
    const problem = JSON.parse(JSON.stringify(m.createError('TODO_NOT_FOUND', { id: '7' }).toProblem()));
    expect(m.fromResponse(problem, 404)).toMatchObject({ outcome: 'error', key: 'TODO_NOT_FOUND', error: { message: 'Todo 7 does not exist', params: { id: '7' } } });
    expect(m.fromResponse(problem, 404, 'application/problem+json; charset=utf-8')).toMatchObject({ outcome: 'error', key: 'TODO_NOT_FOUND' });
    const envelope = m.createError('TODO_NOT_FOUND', { id: '7' }).toResponse();
    expect(m.fromResponse(envelope, 404, 'application/problem+json')).toMatchObject({ outcome: 'invalid', httpStatus: 404 });
    expect(m.fromResponse(envelope, 404, 'text/html')).toMatchObject({ outcome: 'invalid' });
    // The key must be an entry of the code; a problem from elsewhere (no code) is not ours.
    expect(m.fromResponse({ ...problem, key: 'LIST_NOT_FOUND' }).outcome).toBe('invalid');
    expect(m.fromResponse({ ...problem, key: 'STORAGE_FAILURE' }).outcome).toBe('invalid');
    expect(m.fromResponse({ type: 'about:blank', title: 'Bad Gateway', status: 502 }, 502)).toMatchObject({ outcome: 'invalid', httpStatus: 502 });
    expect(m.fromResponse({ ...problem, code: 404 }).outcome).toBe('invalid');
    expect(m.fromResponse({ ...problem, key: 7 }).outcome).toBe('invalid');
    // Without a key, the code decides, as in the envelope.
    const { key: _key, ...keyless } = problem;
    expect(m.fromResponse(keyless)).toMatchObject({ outcome: 'error', key: 'TODO_NOT_FOUND' });
    expect(m.fromResponse({ ...problem, code: 'SOMETHING_NEW' })).toMatchObject({ outcome: 'unknown', code: 'SOMETHING_NEW' });
  });

  test('outcomeBody and outcomeResponse answer a success in the envelope; errors and unknown keys are refused', async () => {
    expect(m.outcomeBody('OK', { id: 1 })).toEqual({ code: 'OK', message: 'OK', data: { id: 1 } });
    expect(m.outcomeBody('OK', undefined, { message: 'Created' })).toEqual({ code: 'OK', message: 'Created' });
    const response = m.outcomeResponse('OK', [1, 2], { headers: { etag: '"v1"' } });
    expect([response.status, response.headers.get('content-type'), response.headers.get('etag')]).toEqual([200, 'application/json', '"v1"']);
    expect(await m.readResponse(response)).toEqual({ outcome: 'success', key: 'OK', code: 'OK', message: 'OK', data: [1, 2], httpStatus: 200 });
    expect(m.outcomeResponse('OK', undefined, { status: 201 }).status).toBe(201);
    for (const bad of ['TODO_NOT_FOUND', 'NOPE', '__proto__', 7, undefined]) expect(() => m.outcomeBody(bad), String(bad)).toThrow(TypeError);
  });

  test('createError of a success key and isCatalogError with a key that is not an error key say what is wrong', () => {
    expect(() => m.createError('OK')).toThrow(/"OK" is a success outcome, not an error: answer it with outcomeBody\("OK"\)/);
    const e = m.createError('TODO_NOT_FOUND', { id: '1' });
    expect(m.isCatalogError(e, 'TODO_NOT_FOUND')).toBe(true);
    expect(m.isCatalogError(e, 'LIST_NOT_FOUND')).toBe(false);
    for (const bad of ['OK', 'NOPE', 42, null]) expect(() => m.isCatalogError(e, bad), String(bad)).toThrow(TypeError);
  });

  test('property: any param values round-trip through the envelope and the problem', async () => {
    const text = fc.string({ maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(text, text, fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.nat(100_000), async (id, name, length, max, seconds) => {
        const cases: Array<[string, Record<string, unknown>]> = [
          ['TODO_NOT_FOUND', { id }],
          ['LIST_NOT_FOUND', { name }],
          ['TITLE_TOO_LONG', { length, max }],
          ['RATE_LIMITED', { seconds }],
        ];
        for (const [key, params] of cases) {
          for (const as of ['envelope', 'problem']) {
            const decoded = await m.readResponse(m.createError(key, params).toHttpResponse({ as }));
            expect(decoded.key).toBe(key);
            expect({ ...decoded.error.params }).toEqual(params);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('hostile responses: invalid with the status kept, never a rejection', () => {
  let m: Mod;
  beforeAll(async () => {
    m = await load(todoCatalog());
  });

  const stream = (chunks: string[], fail = false) =>
    new ReadableStream({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        if (fail) controller.error(new Error('connection reset'));
        else controller.close();
      },
    });

  test.each([
    ['an HTML maintenance page', () => new Response('<!doctype html><h1>Down for maintenance</h1>', { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } }), /content type "text\/html; charset=utf-8" is not JSON/],
    ['HTML sent as JSON', () => new Response('<html>oops</html>', { status: 502, headers: { 'content-type': 'application/json' } }), /not JSON/],
    ['HTML without a content type', () => new Response(stream(['<html>oops</html>']), { status: 500 }), /not JSON/],
    ['an empty body', () => new Response(null, { status: 204 }), /empty/],
    ['blank text', () => new Response('  \n', { status: 500, headers: { 'content-type': 'application/json' } }), /empty/],
    ['truncated JSON', () => new Response('{"code":"TODO_NOT_FOUND","mess', { status: 404, headers: { 'content-type': 'application/json' } }), /not JSON/],
    ['valid JSON of the wrong content type', () => new Response('{"code":"TODO_NOT_FOUND"}', { status: 404, headers: { 'content-type': 'text/plain' } }), /not JSON/],
    ['a huge body', () => new Response(stream(Array.from({ length: 40 }, () => 'x'.repeat(65_536))), { status: 500, headers: { 'content-type': 'application/json' } }), /larger than 1048576 bytes/],
    ['a huge content-length', () => new Response('{}', { status: 500, headers: { 'content-type': 'application/json', 'content-length': '999999999' } }), /larger than/],
    ['a body that fails while read', () => new Response(stream(['{"code":'], true), { status: 500, headers: { 'content-type': 'application/json' } }), /could not be read/],
    ['__proto__ keys', () => new Response('{"__proto__": {"code": "TODO_NOT_FOUND", "message": "x"}}', { status: 404, headers: { 'content-type': 'application/json' } }), /envelope/],
    ['a problem body that is not ours', () => new Response('{"type":"about:blank","title":"Bad Gateway","status":502}', { status: 502, headers: { 'content-type': 'application/problem+json' } }), /problem/],
    ['a JSON array', () => new Response('[1,2,3]', { status: 500, headers: { 'content-type': 'application/json' } }), /envelope/],
  ])('%s', async (_name, make, reason) => {
    const response = make();
    const decoded = await m.readResponse(response);
    expect(decoded.outcome).toBe('invalid');
    expect(decoded.httpStatus).toBe(response.status);
    expect(decoded.reason).toMatch(reason);
  });

  test('a body already read, and a smaller limit', async () => {
    const used = new Response('{"code":"OK"}', { status: 200 });
    await used.text();
    expect(await m.readResponse(used)).toMatchObject({ outcome: 'invalid', reason: 'the body was already read', httpStatus: 200 });
    const body = JSON.stringify({ code: 'OK', message: 'x'.repeat(200) });
    expect(await m.readResponse(new Response(body, { headers: { 'content-type': 'application/json' } }), { maxBytes: 100 })).toMatchObject({ outcome: 'invalid' });
    expect(await m.readResponse(new Response(body, { headers: { 'content-type': 'application/json' } }))).toMatchObject({ outcome: 'success', key: 'OK' });
  });

  test('a non-response argument is a TypeError (a programming error, not a body)', async () => {
    for (const bad of [null, undefined, 'https://x', {}]) await expect(m.readResponse(bad)).rejects.toThrow(TypeError);
  });
});

describe('round trips over every envelope: object and positional, integer and string codes, shared codes', () => {
  const models = (): CatalogModel[] => [arrayCatalog(), sharedParamsCatalog(), ...workspaceCatalogIds().map(seedCatalog)];

  test.each(models().map((model) => [model.id, model] as const))('%s', async (_id, model) => {
    const m = await load(model);
    for (const entry of model.entries) {
      if (entry.outcome !== 'error') {
        const response = m.outcomeResponse(entry.key, { n: 1 });
        expect(response.status).toBe(entry.httpStatus);
        expect(await m.readResponse(response)).toMatchObject({ outcome: entry.outcome, key: entry.key, code: entry.code, data: { n: 1 }, httpStatus: entry.httpStatus });
        continue;
      }
      const error = m.createError(entry.key, sampleParams(entry));
      for (const as of ['envelope', 'problem'] as const) {
        const decoded = await m.readResponse(error.toHttpResponse({ as }));
        expect(decoded, `${entry.key} as ${as}`).toMatchObject({ outcome: 'error', code: entry.code, httpStatus: entry.httpStatus });
        // A problem names its key; an envelope of a shared code with params is told apart by its text.
        if (as === 'problem' || !(entry.sharedCode && entry.params.length)) expect(decoded.key).toBe(entry.key);
        expect(decoded.error.message).toBe(error.message);
      }
    }
  });
});
