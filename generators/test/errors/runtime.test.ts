/** Runtime tests: import the emitted index.js and exercise encode/decode, outcomes, messages and hostile bodies. */
import { beforeAll, describe, expect, test } from 'vitest';
import ts from 'typescript';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { emitErrorsPackage } from '../../src/emit/errors/errors-package.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { catalog, entry, sampleCatalog, testContext } from '../support/model-fixtures.js';
import { arrayCatalog, edgeCatalog, nastyTexts, seedCatalog, sharedParamsCatalog, workspaceCatalogIds } from './support/catalogs.js';
import { importFile, tempDir, writePackage } from './support/temp-project.js';

type Mod = Record<string, any>;

async function load(model: CatalogModel): Promise<Mod> {
  return importFile(join(writePackage(tempDir(model.id), emitErrorsPackage(model, testContext)), 'index.js'));
}

/** Bodies no decoder may throw on. */
function hostileBodies(): unknown[] {
  const throwingGetter = Object.defineProperty({}, 'code', { get: () => { throw new Error('boom'); }, enumerable: true });
  const throwingProxy = new Proxy({}, { get: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
  return [
    null, undefined, 0, 1101, 'string', true, Symbol('s'), () => 1, [], {}, new Date(), throwingGetter, throwingProxy,
    JSON.parse('{"__proto__": {"code": 1101, "msg": "x"}}'),
    JSON.parse('{"code": {"valueOf": 1101}, "msg": "x"}'),
    Object.create({ code: 1101, msg: 'inherited' }),
    { code: '1101', msg: 'string code' }, { code: 1.5, msg: 'fraction' }, { code: Number.NaN }, { code: 1101, msg: 42 },
  ];
}

describe('object envelope { code, msg, data }, integer codes (sample)', () => {
  let m: Mod;
  beforeAll(async () => {
    m = await load(sampleCatalog());
  });

  test('codes: frozen, null prototype, literal values', () => {
    expect(Object.isFrozen(m.codes)).toBe(true);
    expect(Object.getPrototypeOf(m.codes)).toBe(null);
    expect({ ...m.codes }).toMatchObject({ OK: 0, NOT_EXIST_ACCOUNT: 1101, LIMIT_GATEWAY: 903, ERROR_EXE_COMMAND: 903, APIError: 400 });
    expect(Object.keys(m.codes)).toHaveLength(11);
  });

  test('classes: statics, instance fields, message, cause', () => {
    const cause = new Error('root');
    const e = new m.NotExistAccountError({ account: 'alice' }, { cause, data: { x: 1 } });
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(m.CatalogError);
    expect(e).toMatchObject({ name: 'NotExistAccountError', key: 'NOT_EXIST_ACCOUNT', code: 1101, httpStatus: 404, retryable: false, params: { account: 'alice' }, data: { x: 1 }, cause });
    expect(e.message).toBe('Account alice does not exist');
    expect([m.NotExistAccountError.key, m.NotExistAccountError.code, m.NotExistAccountError.httpStatus]).toEqual(['NOT_EXIST_ACCOUNT', 1101, 404]);
    expect(new m.RateLimitedError().retryable).toBe(true);
    expect(new m.ApiError().message).toBe('error request');
    expect(e.stack).toContain('NotExistAccountError');
  });

  test.each([0, 1, 2, 1000, 1.5])('plural message for count=%s matches intl-messageformat', (count) => {
    const source = sampleCatalog().entries.find((e) => e.key === 'TOO_MANY_ITEMS')!.message;
    expect(new m.TooManyItemsError({ count }).message).toBe(new IntlMessageFormat(source, 'en').format({ count }));
  });

  test('createError and isCatalogError', () => {
    const e = m.createError('NOT_EXIST_ACCOUNT', { account: 'bob' });
    expect(e).toBeInstanceOf(m.NotExistAccountError);
    expect(e.message).toBe('Account bob does not exist');
    expect(m.createError('RATE_LIMITED')).toBeInstanceOf(m.RateLimitedError);
    for (const bad of ['OK', 'NOPE', '__proto__', 'constructor', 'toString', undefined, Symbol('x')]) expect(() => m.createError(bad)).toThrow(TypeError);
    expect(m.isCatalogError(e)).toBe(true);
    expect(m.isCatalogError(e, 'NOT_EXIST_ACCOUNT')).toBe(true);
    expect(m.isCatalogError(e, 'RATE_LIMITED')).toBe(false);
    for (const other of [new Error('x'), null, { key: 'NOT_EXIST_ACCOUNT' }, 'NOT_EXIST_ACCOUNT']) expect(m.isCatalogError(other)).toBe(false);
  });

  test('createError rejects a bad key or missing params with a TypeError, whatever the key is', () => {
    const hostileKey = { toString: () => { throw new Error('boom'); } };
    for (const bad of [hostileKey, Object.create(null), 1101, null]) expect(() => m.createError(bad)).toThrow(TypeError);
    for (const params of [undefined, null, 'alice']) expect(() => m.createError('NOT_EXIST_ACCOUNT', params)).toThrow(TypeError);
    expect(m.createError('RATE_LIMITED', undefined)).toBeInstanceOf(m.RateLimitedError);
  });

  test('JSON.stringify(error) carries the message with the fields', () => {
    const e = new m.NotExistAccountError({ account: 'alice' }, { data: { x: 1 }, cause: new Error('root') });
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'NotExistAccountError',
      key: 'NOT_EXIST_ACCOUNT',
      code: 1101,
      httpStatus: 404,
      retryable: false,
      message: 'Account alice does not exist',
      params: { account: 'alice' },
      data: { x: 1 },
    });
    expect(JSON.parse(JSON.stringify({ e: m.createError('RATE_LIMITED') })).e).toMatchObject({ message: 'Too many requests', key: 'RATE_LIMITED' });
  });

  test('toResponse → fromResponse round trip, with and without data', () => {
    const e = new m.NotExistAccountError({ account: 'alice' });
    expect(e.toResponse()).toEqual({ code: 1101, msg: 'Account alice does not exist' });
    const back = m.fromResponse(JSON.parse(JSON.stringify(e.toResponse())));
    expect(back).toMatchObject({ outcome: 'error', key: 'NOT_EXIST_ACCOUNT', code: 1101 });
    expect(back.error).toBeInstanceOf(m.NotExistAccountError);
    expect(back.error.message).toBe(e.message);
    expect('ambiguous' in back).toBe(false);
    const v = new m.ValidationError({ data: { name: ['required'] } });
    expect(v.toResponse()).toEqual({ code: 1, msg: 'Validation failed', data: { name: ['required'] } });
    expect(m.fromResponse(v.toResponse(), 422)).toMatchObject({ outcome: 'error', httpStatus: 422, error: { data: { name: ['required'] }, httpStatus: 422 } });
  });

  test('toProblem is RFC 9457', () => {
    expect(new m.NotExistAccountError({ account: 'a' }).toProblem()).toEqual({
      type: 'https://docs.example.com/errors#not-exist-account',
      title: 'Not exist account',
      status: 404,
      detail: 'Account a does not exist',
      code: 1101,
      key: 'NOT_EXIST_ACCOUNT',
      retryable: false,
      params: { account: 'a' },
    });
    expect(new m.RateLimitedError().toProblem()).toEqual({
      type: 'https://docs.example.com/errors#rate-limited',
      title: 'Too many requests',
      status: 429,
      detail: 'Too many requests',
      code: 30,
      key: 'RATE_LIMITED',
      retryable: true,
    });
    expect(new m.ValidationError({ data: { name: ['required'] } }).toProblem()).toMatchObject({ code: 1, data: { name: ['required'] } });
  });

  test('every outcome, httpStatus kept on each', () => {
    expect(m.fromResponse({ code: 0, msg: 'ok' }, 200)).toEqual({ outcome: 'success', key: 'OK', code: 0, message: 'ok', data: undefined, httpStatus: 200 });
    expect(m.fromResponse({ code: 98, msg: 'p', data: { done: [1] } }, 200)).toMatchObject({ outcome: 'partial', key: 'PARTIAL', data: { done: [1] }, httpStatus: 200 });
    expect(m.fromResponse({ code: 100, data: { taskId: 7 } }, 202)).toMatchObject({ outcome: 'pending', key: 'QUEUED', data: { taskId: 7 }, httpStatus: 202 });
    expect(m.fromResponse({ code: 30, msg: 'slow down' }, 429)).toMatchObject({ outcome: 'error', key: 'RATE_LIMITED', httpStatus: 429, error: { message: 'slow down' } });
    expect(m.fromResponse({ code: 5555, msg: 'new', data: [1] }, 500)).toEqual({ outcome: 'unknown', code: 5555, message: 'new', data: [1], httpStatus: 500 });
    expect(m.fromResponse('nope', 502)).toEqual({ outcome: 'invalid', body: 'nope', reason: "not the API's envelope", httpStatus: 502 });
    expect('httpStatus' in m.fromResponse({ code: 0 })).toBe(false);
  });

  test('a shared code decodes by message text, else the first entry, ambiguous', () => {
    expect(m.fromResponse({ code: 903, msg: 'Failed to update command status' })).toMatchObject({ outcome: 'error', key: 'ERROR_EXE_COMMAND' });
    expect(m.fromResponse({ code: 903, msg: 'Gateway limitation' })).not.toHaveProperty('ambiguous');
    const ambiguous = m.fromResponse({ code: 903, msg: 'something else' }, 503);
    expect(ambiguous).toMatchObject({ outcome: 'error', key: 'LIMIT_GATEWAY', ambiguous: true, httpStatus: 503 });
    expect(ambiguous.error).toBeInstanceOf(m.LimitGatewayError);
    expect(m.fromResponse({ code: 903 })).toMatchObject({ key: 'LIMIT_GATEWAY', ambiguous: true });
  });

  test('hostile and malformed bodies are invalid, never thrown', () => {
    for (const body of hostileBodies()) {
      const result = m.fromResponse(body, 400);
      expect(result.outcome, String(typeof body)).toBe('invalid');
      expect(result.httpStatus).toBe(400);
    }
    expect(({} as Record<string, unknown>).code).toBeUndefined();
  });

  test('a prototype-less body decodes', () => {
    const body = Object.assign(Object.create(null), { code: 1101, msg: 'x' });
    expect(m.fromResponse(body)).toMatchObject({ outcome: 'error', key: 'NOT_EXIST_ACCOUNT' });
  });
});

describe('positional array envelope [code, message, data]', () => {
  let m: Mod;
  beforeAll(async () => {
    m = await load(arrayCatalog());
  });

  test('round trip', () => {
    const e = new m.NotExistAccountError({ account: 'a' });
    expect(e.toResponse()).toEqual([1101, 'Account a does not exist']);
    expect(new m.ValidationError({ data: { f: ['x'] } }).toResponse()).toEqual([1, 'Validation failed', { f: ['x'] }]);
    expect(m.fromResponse(e.toResponse())).toMatchObject({ outcome: 'error', key: 'NOT_EXIST_ACCOUNT', error: { message: 'Account a does not exist' } });
    expect(m.fromResponse([1, 'Validation failed', { f: ['x'] }])).toMatchObject({ outcome: 'error', error: { data: { f: ['x'] } } });
    expect(m.fromResponse([100, 'Queued', { taskId: 1 }], 202)).toMatchObject({ outcome: 'pending', key: 'QUEUED', data: { taskId: 1 }, httpStatus: 202 });
    expect(m.fromResponse([4242, 'new'])).toMatchObject({ outcome: 'unknown', code: 4242, message: 'new' });
    expect(m.fromResponse([903, 'Failed to update command status'])).toMatchObject({ key: 'ERROR_EXE_COMMAND' });
    expect(m.fromResponse([903, 'x'])).toMatchObject({ key: 'LIMIT_GATEWAY', ambiguous: true });
  });

  test('a missing or null message is well-formed, as in the object envelope; extra items are ignored like extra fields', () => {
    for (const body of [[1101], [1101, null], [1101, null, { a: 1 }]]) {
      expect(m.fromResponse(body)).toMatchObject({ outcome: 'error', key: 'NOT_EXIST_ACCOUNT', code: 1101 });
    }
    expect(m.fromResponse([0])).toEqual({ outcome: 'success', key: 'OK', code: 0, message: undefined, data: undefined });
    expect(m.fromResponse([4242])).toEqual({ outcome: 'unknown', code: 4242, message: undefined, data: undefined });
    expect(m.fromResponse([1, 'Validation failed', { f: ['x'] }, 'extra'])).toMatchObject({ outcome: 'error', key: 'VALIDATION_ERROR', error: { data: { f: ['x'] } } });
    expect(m.fromResponse([-0, 'ok'])).toMatchObject({ outcome: 'success', key: 'OK', code: 0 });
  });

  test('objects and wrong code types are invalid', () => {
    for (const body of [{ code: 1101, msg: 'x' }, ['1101', 'x'], [], [null], [1101, 7], ...hostileBodies()]) expect(m.fromResponse(body).outcome).toBe('invalid');
  });
});

describe('string codes { code, message }, awkward keys and texts (edge)', () => {
  let m: Mod;
  const model = edgeCatalog();
  beforeAll(async () => {
    m = await load(model);
  });

  test('awkward keys are own properties of codes', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'class', '2FA_REQUIRED', 'hasOwnProperty', 'then']) {
      expect(Object.hasOwn(m.codes, key), key).toBe(true);
      expect(m.codes[key]).toBe(key);
    }
    expect(Object.getPrototypeOf(m.codes)).toBe(null);
    expect(Object.keys(m.codes)).toEqual(model.entries.map((e) => e.key));
  });

  test('keys are kept as the API names them; classes never shadow built-ins, and className overrides', () => {
    const classes = m as unknown as Record<string, unknown>;
    for (const [key, name] of [['syntax_error', 'SyntaxErrorError'], ['TypeError', 'TypeErrorError'], ['bad-request', 'BadRequestError'], ['api.v2.timeout', 'ApiV2TimeoutError'], ['PG_SYNTAX', 'PgSyntaxFailure']] as const) {
      expect(m.codes[key], key).toBe(key);
      expect(typeof classes[name], name).toBe('function');
      expect(m.createError(key as never)).toBeInstanceOf(classes[name] as new () => unknown);
    }
    expect(m.createError('syntax_error' as never)).not.toBeInstanceOf(SyntaxError);
  });

  test('texts come out unchanged, classes are legal and distinct', () => {
    model.entries
      .filter((e) => e.outcome === 'error' && e.params.length === 0)
      .forEach((entry, i) => {
        const type = m[entry.className];
        expect(type.key).toBe(entry.key);
        const e = new type();
        expect(e.message).toBe(nastyTexts[i % nastyTexts.length]);
        expect(m.fromResponse(e.toResponse())).toMatchObject({ outcome: 'error', key: entry.key });
        expect(m.createError(entry.key)).toBeInstanceOf(type);
      });
    expect(m[model.entries.find((e) => e.key === '2FA_REQUIRED')!.className].key).toBe('2FA_REQUIRED');
    expect(new m.ProtoError().toProblem().type).toBe('about:blank');
  });

  test('date, boolean, select and selectordinal format like intl-messageformat', () => {
    const entry = model.entries.find((e) => e.key === 'WITH_DATE')!;
    for (const values of [
      { when: new Date(Date.UTC(2024, 0, 15, 12)), flag: true, kind: 'a', n: 1 },
      { when: 0, flag: false, kind: 'zzz', n: 22 },
      { when: new Date(Date.UTC(1999, 11, 31, 12)), flag: true, kind: 'other', n: 103 },
    ]) {
      const expected = new IntlMessageFormat(entry.message, 'en').format<string>({ ...values, flag: String(values.flag) });
      expect(m.createError('WITH_DATE', values).message).toBe(expected);
    }
  });

  test('string-code decoding, hostile codes', () => {
    expect(m.fromResponse({ code: '__proto__', message: 'x' })).toMatchObject({ outcome: 'error', key: '__proto__' });
    expect(m.fromResponse({ code: 'constructor' })).toMatchObject({ outcome: 'error', key: 'constructor' });
    expect(m.fromResponse({ code: 'DONE', message: 'Done' })).toMatchObject({ outcome: 'success', key: 'DONE' });
    for (const code of ['__defineGetter__', 'isPrototypeOf', 'toLocaleString', '']) expect(m.fromResponse({ code }).outcome).toBe('unknown');
    expect(m.fromResponse({ code: 1 }).outcome).toBe('invalid');
    expect(m.fromResponse(JSON.parse('{"__proto__": {"code": "class"}}')).outcome).toBe('invalid');
  });
});

describe('shared codes whose messages have placeholders', () => {
  let m: Mod;
  beforeAll(async () => {
    m = await load(sharedParamsCatalog());
  });

  test('every entry round-trips: the formatted text picks it', () => {
    const cases: Array<[string, Record<string, unknown> | undefined]> = [
      ['LIMIT_GATEWAY', undefined],
      ['ACCOUNT_LOCKED', { account: 'alice' }],
      ['ACCOUNT_LOCKED', { account: '' }],
      ['QUOTA_USED', { user: 'bob', n: 1, limit: 1000 }],
      ['QUOTA_USED', { user: 'is locked', n: 7, limit: 5 }],
      ['FAILED_SHORT', { what: 'disk' }],
    ];
    for (const [key, params] of cases) {
      const error = m.createError(key, params);
      const decoded = m.fromResponse(JSON.parse(JSON.stringify(error.toResponse())), 409);
      expect(decoded, error.message).toMatchObject({ outcome: 'error', key, httpStatus: 409 });
      expect('ambiguous' in decoded, error.message).toBe(false);
      expect(decoded.error).toBeInstanceOf(m[error.name]);
      expect(decoded.error.message).toBe(error.message);
    }
  });

  test('a text that fits several messages, or none, is the first entry, ambiguous', () => {
    expect(m.fromResponse([904, 'Failed: disk at home'])).toMatchObject({ key: 'FAILED_SHORT', ambiguous: true });
    expect(m.fromResponse([903, 'Account alice is open'])).toMatchObject({ key: 'LIMIT_GATEWAY', ambiguous: true });
    expect(m.fromResponse([903, 'Account is locked'])).toMatchObject({ key: 'LIMIT_GATEWAY', ambiguous: true });
    expect(m.fromResponse([903])).toMatchObject({ key: 'LIMIT_GATEWAY', ambiguous: true });
  });

  // Its time is measured by `npm run bench` (bench.mjs); a backtracking matcher would hang here.
  test('a long hostile text still decodes', () => {
    const text = `${'Failed: '.repeat(200_000)}x`;
    const decoded = m.fromResponse([904, text]);
    expect(decoded).toMatchObject({ outcome: 'error', key: 'FAILED_SHORT' });
    expect('ambiguous' in decoded).toBe(false);
    expect(decoded.error.message).toBe(text);
  });

  test('-0 decodes as the code 0', () => {
    const decoded = m.fromResponse(JSON.parse('[-0, "zero"]'));
    expect(decoded.outcome).toBe('unknown');
    expect(Object.is(decoded.code, 0)).toBe(true);
  });
});

describe('shared-code text matching: the bounds of a fit and the ambiguous pick', () => {
  const shared = { sharedCode: true, httpStatus: 409 } as const;
  const str = (name: string) => ({ name, type: 'string' as const });
  let m: Mod;
  beforeAll(async () => {
    m = await load(
      catalog(
        [
          entry({ key: 'FIXED', code: 7, message: 'Fixed text', ...shared }),
          entry({ key: 'XY', code: 7, message: 'X {a} Y', params: [str('a')], ...shared }),
          entry({ key: 'X_ANY', code: 7, message: 'X {b}', params: [str('b')], ...shared }),
          entry({ key: 'TWO_B', code: 8, message: 'A {x} B {y} B', params: [str('x'), str('y')], ...shared }),
          entry({ key: 'ONE_B', code: 8, message: 'A {x} B', params: [str('x')], ...shared }),
        ],
        { id: 'fits', envelope: { shape: 'array', codeType: 'integer', order: ['code', 'message', 'data'], inferred: [] } },
      ),
    );
  });

  test('a middle literal may not overlap the last one', () => {
    // "A 1 B B" is ONE_B with x = "1 B"; TWO_B would need " B " and " B" apart (at least "A  B  B").
    expect(m.fromResponse([8, 'A 1 B B'])).toMatchObject({ key: 'ONE_B', error: { message: 'A 1 B B' } });
    expect('ambiguous' in m.fromResponse([8, 'A 1 B B'])).toBe(false);
    expect(m.fromResponse([8, 'A 1 B 2 B'])).toMatchObject({ key: 'TWO_B', ambiguous: true });
    expect(m.fromResponse([8, 'A B'])).toMatchObject({ key: 'TWO_B', ambiguous: true });
  });

  test('several fits: the first fitting entry, not the first of the code', () => {
    expect(m.fromResponse([7, 'X 1 Y'])).toMatchObject({ key: 'XY', ambiguous: true });
    expect(m.fromResponse([7, 'X 1 Z'])).toMatchObject({ key: 'X_ANY' });
    expect('ambiguous' in m.fromResponse([7, 'X 1 Z'])).toBe(false);
    expect(m.fromResponse([7, 'Fixed text'])).toMatchObject({ key: 'FIXED' });
    expect(m.fromResponse([7, 'nothing fits'])).toMatchObject({ key: 'FIXED', ambiguous: true });
  });
});

describe('generated files', () => {
  test('deterministic and headed', () => {
    const a = emitErrorsPackage(edgeCatalog(), testContext);
    const b = emitErrorsPackage(edgeCatalog(), testContext);
    expect(a).toEqual(b);
    for (const file of a.files.filter((f) => /\.(js|ts)$/.test(f.path))) {
      expect(file.contents.split('\n')[0]).toBe('// Generated by errata from catalogs/sample/catalog.yaml. Do not edit: change the catalog and run `npm run generate`.');
    }
    expect(a.files.map((f) => f.path).sort()).toEqual(['README.md', 'index.d.ts', 'index.js', 'package.json']);
  });

  test('package.json is ESM with types, side-effect free, versioned from the catalog', () => {
    const manifest = JSON.parse(emitErrorsPackage(sampleCatalog(), testContext).files.find((f) => f.path === 'package.json')!.contents);
    expect(manifest).toMatchObject({ name: '@errata/sample-errors', version: '1.2.3', type: 'module', sideEffects: false, exports: { '.': { types: './index.d.ts', default: './index.js' } }, files: ['index.js', 'index.d.ts'] });
  });

  test('JSDoc carries description, solution, status, retryable and deprecation', () => {
    const dts = emitErrorsPackage(sampleCatalog(), testContext).files.find((f) => f.path === 'index.d.ts')!.contents;
    expect(dts).toContain(' * The account named in the request is unknown.\n *\n * Message: Account {account} does not exist\n *\n * Solution: Check the account name.');
    expect(dts).toContain(' * - HTTP status: 404\n * - Retryable: no');
    expect(dts).toContain(' * @deprecated Use {@link RateLimitedError} (RATE_LIMITED) instead. merged\n */\nexport declare const OldFailureError');
  });

  test('an editor shows that JSDoc wherever the class name is used: new, type, static, and the deprecation', () => {
    const dts = emitErrorsPackage(sampleCatalog(), testContext).files.find((f) => f.path === 'index.d.ts')!.contents;
    const consumer = [
      "import { NotExistAccountError, OldFailureError } from './index.js';",
      "const error: NotExistAccountError = new NotExistAccountError({ account: 'a' });",
      'export const used = [error, NotExistAccountError.code, OldFailureError];',
      '',
    ].join('\n');
    const files = new Map([['/p/index.d.ts', dts], ['/p/consumer.ts', consumer]]);
    const options: ts.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] };
    const service = ts.createLanguageService({
      getScriptFileNames: () => ['/p/consumer.ts'],
      getScriptVersion: () => '1',
      getScriptSnapshot: (name) => (files.has(name) ? ts.ScriptSnapshot.fromString(files.get(name)!) : ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined),
      getCurrentDirectory: () => '/p',
      getCompilationSettings: () => options,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: (name) => files.has(name) || ts.sys.fileExists(name),
      readFile: (name) => files.get(name) ?? ts.sys.readFile(name),
    });
    const hover = (from: number, name: string) => {
      const at = consumer.indexOf(name, from);
      const info = service.getQuickInfoAtPosition('/p/consumer.ts', at)!;
      return { at, docs: ts.displayPartsToString(info.documentation), tags: (info.tags ?? []).map((t) => t.name) };
    };
    let from = 0;
    for (let i = 0; i < 4; i++) {
      const { at, docs } = hover(from, 'NotExistAccountError');
      expect(docs, `use ${i + 1} of NotExistAccountError`).toContain('The account named in the request is unknown.');
      from = at + 1;
    }
    expect(hover(consumer.lastIndexOf('OldFailureError'), 'OldFailureError').tags).toContain('deprecated');
  });
});

describe.each(workspaceCatalogIds())('catalog %s: every entry round-trips through its wire envelope', (id) => {
  const model = seedCatalog(id);
  const exampleValue = { string: 'x', number: 1.5, integer: 2, boolean: true, date: 0 } as const;

  test('encode → decode', async () => {
    const m = await load(model);
    for (const entry of model.entries) {
      expect(m.codes[entry.key]).toBe(entry.code);
      if (entry.outcome !== 'error') {
        const body = encodeBody(model, entry.code, 'text', { x: 1 });
        expect(m.fromResponse(body, 200)).toMatchObject({ outcome: entry.outcome, key: entry.key, code: entry.code, httpStatus: 200 });
        continue;
      }
      const params = Object.fromEntries(entry.params.map((p) => [p.name, p.example ?? exampleValue[p.type]]));
      const error = m.createError(entry.key, entry.params.length ? params : undefined);
      expect(error).toBeInstanceOf(m[entry.className]);
      expect(error.toProblem()).toMatchObject({ status: entry.httpStatus, code: entry.code, key: entry.key });
      const decoded = m.fromResponse(JSON.parse(JSON.stringify(error.toResponse())), entry.httpStatus);
      expect(decoded).toMatchObject({ outcome: 'error', code: entry.code, httpStatus: entry.httpStatus });
      if (!(entry.sharedCode && entry.params.length)) expect(decoded.key).toBe(entry.key);
      expect(decoded.error.message).toBe(error.message);
    }
    expect(m.fromResponse(encodeBody(model, model.envelope.codeType === 'integer' ? 987654321 : 'NO_SUCH_CODE_XYZ', 'm', undefined)).outcome).toBe('unknown');
    // The last four hostile bodies are well-formed in some envelopes (string codes, other field names).
    for (const body of hostileBodies().slice(0, -4)) expect(m.fromResponse(body).outcome).toBe('invalid');
  });
});

/** A body in the catalog's envelope, built from the model (independently of the generated encoder). */
function encodeBody(model: CatalogModel, code: number | string, message: string, data: unknown): unknown {
  const parts = { code, message, data };
  if (model.envelope.shape === 'array') return model.envelope.order.map((part) => parts[part]);
  const { fields } = model.envelope;
  return { [fields.code]: code, [fields.message]: message, [fields.data]: data };
}
