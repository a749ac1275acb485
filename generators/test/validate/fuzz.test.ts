/**
 * Property tests: no catalog or locale file, however broken, makes the loader throw, and every
 * diagnostic is positioned and well-formed. Inputs start from valid catalogs (two synthetic ones
 * and the seeds) and go through random structural mutations (any node replaced by any JSON value,
 * required keys deleted, entries duplicated, hostile keys, deep nesting) and textual ones (BOM,
 * CRLF, tabs, `---`, anchors/aliases/merge keys, YAML 1.1 tags, non-UTF-8 bytes, truncation).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { run } from '../../src/cli/main.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { emitCatalog } from '../../src/emit/emit-catalog.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { createSchemaValidators } from '../../src/validate/schema-validation.js';
import { bufferIO } from '../support/temp-catalog.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const schemas = createSchemaValidators();
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'errata-fuzz-'));
  roots.push(root);
  return root;
}

// ---------------------------------------------------------------------------------------------
// Valid starting points

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Base {
  readonly catalog: Json;
  readonly locales: Record<string, Json>;
}

const integerCatalog: Json = {
  id: 'demo',
  title: 'Demo API',
  description: 'A catalog with **every** feature.',
  version: '1.2.3',
  defaultLocale: 'en',
  locales: ['en', 'ru'],
  packages: { errors: '@demo/errors' },
  docs: { baseUrl: 'https://example.com/errors', source: 'doc.txt' },
  envelope: { shape: 'object', codeType: 'integer', fields: { code: 'code', message: 'msg', data: 'data' } },
  sharedCodes: [{ code: 903, reason: 'documented twice' }],
  inferred: ['docs'],
  groups: [
    {
      name: 'user',
      title: 'User errors',
      range: { min: 1100, max: 1199 },
      defaults: { outcome: 'error', httpStatus: 400, visibility: 'public', retryable: false },
      inferred: ['defaults.httpStatus'],
      entries: [
        { key: 'NOT_EXIST_ACCOUNT', code: 1101, message: 'Account {account} does not exist', params: { account: { type: 'string', example: 'alice' } }, description: 'The *account* is unknown.', solution: 'Check the name.', anchor: 'not-exist-account' },
        { key: 'TOO_MANY', code: 1102, httpStatus: 429, retryable: true, message: '{count, plural, one {# item} other {# items}} is too many', params: { count: { type: 'integer' } } },
        { key: 'OLD_NAME', code: 1103, message: 'Old', deprecated: { replacement: 'NOT_EXIST_ACCOUNT', reason: 'renamed', since: '1.1.0' }, aliases: ['LEGACY_NAME'] },
      ],
    },
    {
      name: 'ops',
      prefix: '9',
      defaults: { visibility: 'internal', httpStatus: 500 },
      entries: [
        { key: 'FAILED_A', code: 903, message: 'Failed A', data: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } },
        { key: 'FAILED_B', code: 903, message: 'Failed B on {day, date, short}', params: { day: { type: 'date' } }, inferred: ['httpStatus'] },
        { key: 'DONE', code: 900, outcome: 'success', message: 'Done, {who, select, me {you} other {someone}}', params: { who: { type: 'string' } } },
      ],
    },
  ],
};

const integerLocale: Json = {
  locale: 'ru',
  groups: { user: { title: 'Ошибки пользователя', description: 'Описание' } },
  entries: {
    NOT_EXIST_ACCOUNT: { message: 'Аккаунт {account} не существует', description: 'Нет', solution: 'Проверьте имя.' },
    TOO_MANY: { message: '{count, plural, one {# штука} few {# штуки} other {# штук}} — слишком много' },
    DONE: { message: 'Готово, {who, select, me {вы} other {кто-то}}' },
  },
};

const stringCatalog: Json = {
  id: 'demo',
  title: 'Strings',
  version: '0.1.0-beta.1',
  defaultLocale: 'en',
  locales: ['en', 'id'],
  envelope: { shape: 'array', codeType: 'string', order: ['code', 'message', 'data'] },
  groups: [
    {
      name: 'clients',
      prefix: 'CLIENT_',
      entries: [
        { key: 'CLIENT_CLOSED', code: 'CLIENT_CLOSED', httpStatus: 499, message: 'Closed' },
        { key: 'clientGone', code: 'CLIENT_GONE', outcome: 'pending', message: "It''s '{'gone'}'", data: { type: 'object', properties: { taskId: { type: 'integer' } } } },
      ],
    },
  ],
};

const stringLocale: Json = { locale: 'id', entries: { CLIENT_CLOSED: { message: 'Ditutup' } } };

function seed(id: string, locale: string): Base {
  const dir = join(repo, 'catalogs', id);
  const catalog = parse(readFileSync(join(dir, 'catalog.yaml'), 'utf8')) as { [key: string]: Json };
  return { catalog: { ...catalog, id: 'demo' }, locales: { [locale]: parse(readFileSync(join(dir, 'locales', `${locale}.yaml`), 'utf8')) as Json } };
}

const bases: readonly Base[] = [
  { catalog: integerCatalog, locales: { ru: integerLocale } },
  { catalog: stringCatalog, locales: { id: stringLocale } },
  seed('sms-api', 'ru'),
  seed('fypass', 'id'),
];

// ---------------------------------------------------------------------------------------------
// Random values and mutations

const weirdKeys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', '<<', '0', 'key', 'code', 'message', 'entries', 'name', 'type', '$ref', '$id', ' ', 'ключ'];
const weirdStrings = [
  '{x}', '{', '}', "'", "'{'", '<b>x</b>', '{__proto__}', '{constructor}', '{n, plural, other {#}}', '{n, select, other {}}', '{n, number}',
  '*/', '${x}', '`', '\u2028', '\u0000', '\t', 'a\nb', 'a\r\nb', '-', '~', 'null', 'true', '1e400', '0x10', '-0', '.inf', '.nan',
  '9007199254740993', '404', '1.0.0', 'en', 'zh-CN', 'NOT_EXIST_ACCOUNT', 'FAILED_A', '903', 'object', 'array', 'integer', 'string',
  '👩‍👩‍👧', '\uD800', 'ù'.repeat(300),
];

const scalarArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.integer({ min: 100, max: 599 }),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -(2 ** 63), 2 ** 70, 1e308, -0, 0.5),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...weirdStrings),
);

const keyArb = fc.oneof(fc.constantFrom(...weirdKeys), fc.string({ maxLength: 6 }));

const jsonArb: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(keyArb, tie('value')), { maxLength: 4 }).map((pairs) => objectOf(pairs)),
  ),
})).value;

/** An object whose keys may include `__proto__` as an own property. */
function objectOf(pairs: readonly (readonly [string, Json])[]): { [key: string]: Json } {
  const object: { [key: string]: Json } = {};
  for (const [key, value] of pairs) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

type Mutation =
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'text'; at: number; value: string }
  | { kind: 'delete'; at: number }
  | { kind: 'add-key'; at: number; key: string; value: Json }
  | { kind: 'duplicate'; at: number }
  | { kind: 'nest'; at: number; depth: number };

/** Texts that keep a catalog valid where any string is allowed, but stress the generators. */
const validButHostile = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '$', '_', 'A$B', 'Error', 'CatalogError', 'FOO__BAR', 'FooBar', '2FA', 'then', 'default', 'class', 'ok'];

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: jsonArb }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...weirdStrings, ...validButHostile), fc.string({ unit: 'grapheme' })) }) },
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add-key' as const), at: fc.nat(), key: keyArb, value: jsonArb }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 60 }) }),
);

type Path = (string | number)[];

function allPaths(value: Json, path: Path = [], into: Path[] = []): Path[] {
  into.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => allPaths(v, [...path, i], into));
  else if (value && typeof value === 'object') for (const key of Object.keys(value)) allPaths(value[key]!, [...path, key], into);
  return into;
}

function clone(value: Json): Json {
  if (Array.isArray(value)) return value.map(clone);
  if (value && typeof value === 'object') return objectOf(Object.keys(value).map((k) => [k, clone(value[k]!)] as const));
  return value;
}

function get(root: Json, path: Path): Json {
  let node = root;
  for (const p of path) node = (node as Record<string, Json>)[p as string]!;
  return node;
}

function nested(depth: number, leaf: Json): Json {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

function mutate(root: Json, mutations: readonly Mutation[]): Json {
  let doc = clone(root);
  for (const m of mutations) {
    const paths = allPaths(doc);
    const path = paths[m.at % paths.length]!;
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1];
    const parent = path.length ? get(doc, parentPath) : undefined;
    const set = (value: Json) => {
      if (!path.length) doc = value;
      else if (Array.isArray(parent)) parent[last as number] = value;
      else Object.defineProperty(parent, last as string, { value, enumerable: true, writable: true, configurable: true });
    };
    const node = get(doc, path);
    switch (m.kind) {
      case 'text': {
        // Replace a string leaf (a text, a key, a code) by another string: the catalog often stays valid.
        const texts = paths.filter((p) => typeof get(doc, p) === 'string');
        if (!texts.length) break;
        const target = texts[m.at % texts.length]!;
        if (!target.length) doc = m.value;
        else Object.defineProperty(get(doc, target.slice(0, -1)), target[target.length - 1]!, { value: m.value, enumerable: true, writable: true, configurable: true });
        break;
      }
      case 'replace':
        set(m.value);
        break;
      case 'delete':
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else if (parent && typeof parent === 'object') delete (parent as Record<string, Json>)[last as string];
        break;
      case 'add-key':
        if (node && typeof node === 'object' && !Array.isArray(node)) Object.defineProperty(node, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
        else if (Array.isArray(node)) node.push(m.value);
        break;
      case 'duplicate':
        if (Array.isArray(parent)) parent.splice((last as number) + 1, 0, clone(node));
        else if (Array.isArray(node) && node.length) node.push(clone(node[0]!));
        break;
      case 'nest':
        set(nested(m.depth, node));
        break;
    }
  }
  return doc;
}

/** Edits of the YAML text that structural mutations cannot express. */
type TextEdit =
  | { kind: 'bom' | 'crlf' | 'yaml11' | 'second-document' | 'end-marker' }
  | { kind: 'tab' | 'dup-line' | 'drop-line' | 'anchor-alias' | 'merge' | 'recursive-alias' | 'dedent' | 'indent'; line: number; other: number }
  | { kind: 'insert'; offset: number; text: string }
  | { kind: 'truncate'; offset: number }
  | { kind: 'bytes'; offset: number; bytes: number[] }
  | { kind: 'deep-flow'; line: number; depth: number }
  | { kind: 'big-int'; line: number; digits: string };

const insertions = [':', '{', '}', '[', ']', '"', "'", '&a ', '*a', '*nope', '!', '!!binary aGk=', '!!set', '!!omap', '!!timestamp 2001-12-14', '!!int "x"', '!!float', '!foo ', '%YAML 1.1\n', '? ', '- ', '#', '|\n', '>-\n', '\t', '\r', '\u0085', '\ufeff', '@', '`', '<<: ', ',', '\n  ', '\\', '\u0000'];

const textEditArb: fc.Arbitrary<TextEdit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('bom' as const, 'crlf' as const, 'yaml11' as const, 'second-document' as const, 'end-marker' as const) }),
  fc.record({ kind: fc.constantFrom('tab' as const, 'dup-line' as const, 'drop-line' as const, 'anchor-alias' as const, 'merge' as const, 'recursive-alias' as const, 'dedent' as const, 'indent' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), offset: fc.nat(), text: fc.oneof(fc.constantFrom(...insertions), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constant('truncate' as const), offset: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), offset: fc.nat(), bytes: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('deep-flow' as const), line: fc.nat(), depth: fc.integer({ min: 100, max: 3000 }) }),
  fc.record({ kind: fc.constant('big-int' as const), line: fc.nat(), digits: fc.stringMatching(/^-?[1-9][0-9]{15,40}$/) }),
);

/** Applies text edits; returns bytes, since some edits are not valid UTF-8. */
function editText(text: string, edits: readonly TextEdit[]): Buffer {
  let out = text;
  let bytes: { offset: number; bytes: number[] }[] = [];
  for (const e of edits) {
    const lines = out.split('\n');
    const pick = (n: number) => n % Math.max(1, lines.length);
    switch (e.kind) {
      case 'bom':
        out = `\ufeff${out}`;
        break;
      case 'crlf':
        out = out.replace(/\r?\n/g, '\r\n');
        break;
      case 'yaml11':
        out = `%YAML 1.1\n---\n${out}`;
        break;
      case 'second-document':
        out = `${out}\n---\nid: other\n`;
        break;
      case 'end-marker':
        out = `${out}\n...\n`;
        break;
      case 'tab':
        lines[pick(e.line)] = lines[pick(e.line)]!.replace(/^( *)/, (s) => '\t'.repeat(Math.max(1, s.length / 2)));
        out = lines.join('\n');
        break;
      case 'dup-line':
        lines.splice(pick(e.line), 0, lines[pick(e.line)]!);
        out = lines.join('\n');
        break;
      case 'drop-line':
        lines.splice(pick(e.line), 1);
        out = lines.join('\n');
        break;
      case 'dedent':
        lines[pick(e.line)] = lines[pick(e.line)]!.replace(/^ {1,2}/, '');
        out = lines.join('\n');
        break;
      case 'indent':
        lines[pick(e.line)] = ` ${lines[pick(e.line)]!}`;
        out = lines.join('\n');
        break;
      case 'anchor-alias':
      case 'recursive-alias':
      case 'merge': {
        // Anchor a mapping-or-sequence-valued key (`name:` at line end), then refer to it elsewhere.
        const starts = lines.map((l, i) => (/^\s*(- )?[^#\s][^:]*:$/.test(l) ? i : -1)).filter((i) => i >= 0);
        if (!starts.length) break;
        const at = starts[e.line % starts.length]!;
        lines[at] = `${lines[at]} &x`;
        const indent = (lines[at]!.match(/^\s*/)?.[0].length ?? 0) + 2;
        if (e.kind === 'recursive-alias') lines.splice(at + 1, 0, `${' '.repeat(indent)}loop: *x`);
        else if (e.kind === 'merge') lines.splice(Math.min(lines.length, at + 1 + (e.other % 6)), 0, `${' '.repeat(indent)}<<: *x`);
        else {
          const target = at + 1 + (e.other % Math.max(1, lines.length - at - 1));
          if (target < lines.length) lines[target] = lines[target]!.replace(/:( .*)?$/, ': *x');
        }
        out = lines.join('\n');
        break;
      }
      case 'insert': {
        const offset = e.offset % (out.length + 1);
        out = out.slice(0, offset) + e.text + out.slice(offset);
        break;
      }
      case 'truncate':
        out = out.slice(0, e.offset % (out.length + 1));
        break;
      case 'bytes':
        bytes.push({ offset: e.offset, bytes: e.bytes });
        break;
      case 'deep-flow': {
        const i = pick(e.line);
        lines[i] = lines[i]!.replace(/: .*$/, `: ${'['.repeat(e.depth)}${']'.repeat(e.depth)}`);
        out = lines.join('\n');
        break;
      }
      case 'big-int': {
        const i = pick(e.line);
        lines[i] = lines[i]!.replace(/: .*$/, `: ${e.digits}`);
        out = lines.join('\n');
        break;
      }
    }
  }
  let buffer = Buffer.from(out, 'utf8');
  for (const b of bytes) {
    const offset = b.offset % (buffer.length + 1);
    buffer = Buffer.concat([buffer.subarray(0, offset), Buffer.from(b.bytes), buffer.subarray(offset)]);
  }
  bytes = [];
  return buffer;
}

function toYaml(value: Json): string {
  // `yaml` refuses nothing JSON-shaped; aliasDuplicateObjects off so the base text has no anchors of its own.
  return stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });
}

interface CatalogCase {
  readonly catalog: Buffer;
  readonly locales: Record<string, Buffer>;
}

const localeNames = ['ru', 'id', 'en', 'zh-CN', '__proto__', 'constructor', 'xx'];

const textMutationArb = mutationArb.filter((m) => m.kind === 'text');

/** Hostile inputs: any mutation, text edits, wrong locale files. Almost always invalid. */
const hostileCaseArb = fc.record({
  base: fc.nat({ max: bases.length - 1 }),
  catalogMutations: fc.array(mutationArb, { maxLength: 4 }),
  catalogEdits: fc.oneof({ weight: 2, arbitrary: fc.constant([] as TextEdit[]) }, { weight: 3, arbitrary: fc.array(textEditArb, { minLength: 1, maxLength: 3 }) }),
  localeMutations: fc.array(mutationArb, { maxLength: 3 }),
  localeEdits: fc.oneof({ weight: 2, arbitrary: fc.constant([] as TextEdit[]) }, { weight: 1, arbitrary: fc.array(textEditArb, { minLength: 1, maxLength: 2 }) }),
  localeName: fc.option(fc.constantFrom(...localeNames), { nil: undefined, freq: 3 }),
  extraLocale: fc.option(fc.tuple(fc.constantFrom(...localeNames), jsonArb), { nil: undefined, freq: 4 }),
});

/** Mild inputs: only texts, keys and codes replaced by other strings, so many stay valid and reach the emitters. */
const mildCaseArb = fc.record({
  base: fc.nat({ max: bases.length - 1 }),
  catalogMutations: fc.array(textMutationArb, { minLength: 1, maxLength: 3 }),
  catalogEdits: fc.constant([] as TextEdit[]),
  localeMutations: fc.array(textMutationArb, { maxLength: 2 }),
  localeEdits: fc.constant([] as TextEdit[]),
  localeName: fc.constant(undefined),
  extraLocale: fc.constant(undefined),
});

const caseArb: fc.Arbitrary<CatalogCase> = fc.oneof(hostileCaseArb, mildCaseArb).map(({ base, catalogMutations, catalogEdits, localeMutations, localeEdits, localeName, extraLocale }) => {
  const b = bases[base]!;
  const catalog = editText(toYaml(mutate(b.catalog, catalogMutations)), catalogEdits);
  const locales: Record<string, Buffer> = {};
  for (const [name, locale] of Object.entries(b.locales)) {
    locales[localeName ?? name] = editText(toYaml(mutate(locale, localeMutations)), localeEdits);
  }
  if (extraLocale) locales[extraLocale[0]] = Buffer.from(toYaml(extraLocale[1]));
  return withSummary({ catalog, locales });
});

/** Counterexamples print as the files' text (not byte arrays), so a failure reads as a repro. */
function withSummary(c: CatalogCase): CatalogCase {
  const show = (b: Buffer) => {
    const text = b.toString('utf8');
    return JSON.stringify(text.length > 3000 ? `${text.slice(0, 3000)}…(${text.length} chars)` : text);
  };
  return Object.assign(c, {
    [fc.toStringMethod]: () => `catalog.yaml = ${show(c.catalog)}\n${Object.entries(c.locales).map(([n, b]) => `locales/${n}.yaml = ${show(b)}`).join('\n')}`,
  });
}

function writeCase(root: string, folder: string, c: CatalogCase): string {
  const dir = join(root, folder);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'catalog.yaml'), c.catalog);
  for (const [name, contents] of Object.entries(c.locales)) writeFileSync(join(dir, 'locales', `${name}.yaml`), contents);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// What must hold for every input

const stats = { valid: 0, invalid: 0 };
const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

function lineCount(bytes: Buffer): number {
  return bytes.toString('utf8').split(/\r\n|\r|\n|\u0085|\u2028|\u2029/).length;
}

function checkDiagnostics(diagnostics: readonly Diagnostic[], c: CatalogCase): void {
  const files = new Map<string, Buffer>([['demo/catalog.yaml', c.catalog], ...Object.entries(c.locales).map(([n, b]) => [`demo/locales/${n}.yaml`, b] as const)]);
  for (const d of diagnostics) {
    const text = JSON.stringify(d);
    expect(d.file, text).toMatch(/^demo(\/|$)/);
    expect(Number.isInteger(d.line) && d.line >= 1, text).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1, text).toBe(true);
    const contents = files.get(d.file);
    if (contents) expect(d.line, text).toBeLessThanOrEqual(lineCount(contents) + 1);
    expect(['error', 'warning'], text).toContain(d.severity);
    expect(d.rule, text).toMatch(kebab);
    expect(d.message.trim(), text).not.toBe('');
    expect(d.message, text).not.toMatch(/\[object Object\]|Maximum call stack|internal error|\n\s+at /);
  }
}

describe('loader and validator under random input', () => {
  it('never throw, and position every diagnostic', () => {
    const root = tempRoot();
    fc.assert(
      fc.property(caseArb, (c) => {
        writeCase(root, 'demo', c);
        const result = loadCatalog('demo', { cwd: root, schemas });
        checkDiagnostics(result.diagnostics, c);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (process.env['FUZZ_STATS']) stats[errors.length === 0 ? 'valid' : 'invalid']++;
        if (errors.length === 0) {
          expect(result.model).toBeDefined();
          emitCatalog(result.model!, { catalogPath: 'catalogs/demo/catalog.yaml', generatorVersion: '0.0.0' });
        } else {
          expect(result.model).toBeUndefined();
        }
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 200) },
    );
    if (process.env['FUZZ_STATS']) console.log(stats);
  });

  it('the unmutated bases are valid, so mutations start from a valid catalog', () => {
    const root = tempRoot();
    for (const base of bases) {
      const c = { catalog: Buffer.from(toYaml(base.catalog)), locales: Object.fromEntries(Object.entries(base.locales).map(([n, l]) => [n, Buffer.from(toYaml(l))])) };
      writeCase(root, 'demo', c);
      const result = loadCatalog('demo', { cwd: root, schemas });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('the CLI answers validate, generate and diff with 0, 1 or 2 and never an internal error', async () => {
    const root = tempRoot();
    const old = writeCase(root, 'old/demo', { catalog: Buffer.from(toYaml(integerCatalog)), locales: { ru: Buffer.from(toYaml(integerLocale)) } });
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        writeCase(root, 'demo', c);
        for (const argv of [['validate', 'demo'], ['generate', 'demo', '--out', join(root, 'out')], ['diff', old, 'demo'], ['diff', 'demo', old, '--json']]) {
          const { io, stderr, stdout } = bufferIO(root);
          const code = await run(argv, io);
          expect(stderr(), argv.join(' ')).not.toMatch(/internal error|\n\s+at /);
          expect(stdout(), argv.join(' ')).not.toMatch(/internal error|\n\s+at /);
          expect([0, 1, 2], `${argv.join(' ')}\n${stdout()}${stderr()}`).toContain(code);
        }
      }),
      { numRuns: Number(process.env['FUZZ_CLI_RUNS'] ?? 12) },
    );
  });
});
