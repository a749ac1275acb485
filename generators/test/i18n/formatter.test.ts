/**
 * Compile-and-run tests of the generated formatters (`loadFormatter`): every public message in every
 * locale formats exactly as intl-messageformat and i18next + i18next-icu format the bundle text, on
 * the sample fixture, the todo wire fixture (params with plural, number, date) and every workspace
 * catalog; missing params show as placeholders and are named; hostile input never throws.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitI18nPackage } from '../../src/emit/i18n/i18n-package.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { importFile, installPackage, tempDir, writeFile } from '../errors/support/temp-project.js';
import { testContext } from '../support/model-fixtures.js';
import { todoCatalog, todoCatalogDir } from '../support/wire-catalog.js';
import { workspaceCatalog, workspaceCatalogIds } from '../support/workspace-catalogs.js';
import { i18nCatalog } from './i18n-fixtures.js';
import { exampleValues, sampleDate } from './i18n-support.js';

/** The module shape of a generated i18n entry, as the tests use it. */
interface I18nModule {
  readonly locales: readonly string[];
  readonly keys: readonly string[];
  loadMessages(locale: string): Promise<Record<string, string>>;
  loadFormatter(locale: string): Promise<Formatter>;
  isKey(value: unknown): boolean;
  isLocalizable(value: unknown): boolean;
  missingParams(error: unknown): string[];
}

interface Formatter {
  readonly locale: string;
  format(key: string, params?: unknown): string;
  formatError(error: unknown): string | undefined;
}

interface Case {
  readonly name: string;
  readonly catalog: CatalogModel;
  dir: string;
  mod?: I18nModule;
}

const project = tempDir('i18n-formatter');
afterAll(() => rmSync(project, { recursive: true, force: true }));

const cases: Case[] = [
  { name: 'sample', catalog: i18nCatalog(), dir: '' },
  { name: 'fixture-todo', catalog: todoCatalog(), dir: '' },
  ...workspaceCatalogIds().map((id) => ({ name: id, catalog: workspaceCatalog(id), dir: '' })),
];

beforeAll(async () => {
  writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const c of cases) {
    const catalogPath = c.name === 'sample' ? testContext.catalogPath : c.name === 'fixture-todo' ? `${todoCatalogDir}/catalog.yaml` : `catalogs/${c.name}/catalog.yaml`;
    c.dir = installPackage(project, c.catalog.packages.i18n, emitI18nPackage(c.catalog, { ...testContext, catalogPath }));
    c.mod = await importFile<I18nModule>(join(c.dir, 'index.js'));
  }
});

const byName = (name: string): Case => cases.find((c) => c.name === name)!;

/** An i18next instance over every bundle of a case, failing loudly where i18next-icu cannot parse a message. */
async function i18nextOf(c: Case, bundles: Record<string, Record<string, string>>): Promise<typeof i18next> {
  const instance = i18next.createInstance();
  await instance.use(ICU).init({
    lng: c.catalog.defaultLocale,
    fallbackLng: false,
    resources: Object.fromEntries(Object.entries(bundles).map(([locale, messages]) => [locale, { translation: messages }])),
    keySeparator: false,
    nsSeparator: false,
    i18nFormat: {
      parseErrorHandler: (error: unknown, key: string) => {
        throw new Error(`i18next-icu could not format ${key}: ${String(error)}`);
      },
    },
  } as Parameters<typeof instance.init>[0]);
  return instance;
}

describe('generated formatters agree with intl-messageformat and i18next-icu', () => {
  it('cover the sample fixture, the todo fixture and every workspace catalog', () => {
    expect(cases.map((c) => c.name)).toEqual(['sample', 'fixture-todo', ...workspaceCatalogIds()]);
    // The comparison below is only as good as its messages: the fixtures carry every placeholder kind.
    const sources = cases.flatMap((c) => c.catalog.entries.map((e) => e.message)).join('\n');
    for (const kind of [', plural,', ', number', ', date,', ', time,', ', select,', ', selectordinal,']) expect(sources).toContain(kind);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: every public key in every locale', async (_name, c) => {
    const mod = c.mod!;
    const entries = new Map(c.catalog.entries.map((e) => [e.key, e]));
    const bundles: Record<string, Record<string, string>> = {};
    for (const locale of mod.locales) bundles[locale] = JSON.parse(readFileSync(join(c.dir, 'messages', `${locale}.json`), 'utf8'));
    const i18n = await i18nextOf(c, bundles);
    let compared = 0;
    for (const locale of mod.locales) {
      const formatter = await mod.loadFormatter(locale);
      expect(formatter.locale).toBe(locale);
      expect(Object.isFrozen(formatter)).toBe(true);
      const t = i18n.getFixedT(locale);
      for (const key of mod.keys) {
        const message = bundles[locale]![key]!;
        const params = exampleValues(message, entries.get(key)!.params);
        const where = `${c.name} ${locale} ${key}: ${message} with ${JSON.stringify(params)}`;
        const want = new IntlMessageFormat(message, locale).format(params);
        expect(typeof want, where).toBe('string');
        expect(formatter.format(key, params), where).toBe(want);
        expect(formatter.formatError({ key, params }), where).toBe(want);
        expect(t(key, params), where).toBe(want);
        expect(mod.missingParams({ key, params }), where).toEqual([]);
        compared++;
      }
    }
    expect(compared).toBe(mod.keys.length * mod.locales.length);
    expect(compared).toBeGreaterThan(0);
  });

  it.each([
    { locale: 'en', key: 'TODO_NOT_FOUND', params: { id: '42' }, want: 'Todo 42 does not exist' },
    { locale: 'de', key: 'LIST_NOT_FOUND', params: { name: 'Einkauf' }, want: 'Liste Einkauf existiert nicht' },
    { locale: 'de', key: 'TITLE_TOO_LONG', params: { length: 3000, max: 200 }, want: 'Der Titel hat 3.000 Zeichen; erlaubt sind höchstens 200' },
    { locale: 'en', key: 'RATE_LIMITED', params: { seconds: 1 }, want: 'Too many requests; try again in 1 second' },
    { locale: 'de', key: 'RATE_LIMITED', params: { seconds: 30 }, want: 'Zu viele Anfragen; erneut versuchen in 30 Sekunden' },
    { locale: 'de', key: 'DUE_DATE_PAST', params: { due: sampleDate }, want: undefined },
    // A date param may be a number of milliseconds, as on the wire.
    { locale: 'de', key: 'DUE_DATE_PAST', params: { due: sampleDate.getTime() }, want: undefined },
    { locale: 'de', key: 'OK', params: undefined, want: 'OK' },
  ])('todo $locale $key with $params', async ({ locale, key, params, want }) => {
    const c = byName('fixture-todo');
    const formatter = await c.mod!.loadFormatter(locale);
    const message = (await c.mod!.loadMessages(locale))[key]!;
    const reference = new IntlMessageFormat(message, locale).format(params);
    expect(formatter.format(key, params)).toBe(reference);
    if (want !== undefined) expect(reference).toBe(want);
  });
});

describe('missing params and hostile input', () => {
  const hostileProto = JSON.parse('{"__proto__": {"id": "from __proto__"}}') as object;
  const rows: { name: string; error: unknown; want: string; missing: string[] }[] = [
    { name: 'no params at all', error: { key: 'TODO_NOT_FOUND', params: {} }, want: 'Todo {id} existiert nicht', missing: ['id'] },
    { name: 'params: null', error: { key: 'TODO_NOT_FOUND', params: null }, want: 'Todo {id} existiert nicht', missing: ['id'] },
    { name: 'params absent', error: { key: 'TODO_NOT_FOUND' }, want: 'Todo {id} existiert nicht', missing: ['id'] },
    { name: 'params a string', error: { key: 'TODO_NOT_FOUND', params: 'id' }, want: 'Todo {id} existiert nicht', missing: ['id'] },
    { name: 'id undefined', error: { key: 'TODO_NOT_FOUND', params: { id: undefined } }, want: 'Todo {id} existiert nicht', missing: ['id'] },
    { name: 'an own "__proto__" key', error: { key: 'TODO_NOT_FOUND', params: hostileProto }, want: 'Todo {id} existiert nicht', missing: ['id'] },
    { name: 'an inherited id', error: { key: 'TODO_NOT_FOUND', params: Object.create({ id: 'inherited' }) }, want: 'Todo {id} existiert nicht', missing: ['id'] },
    {
      name: 'an object whose toString throws',
      error: { key: 'TODO_NOT_FOUND', params: { id: { toString: () => { throw new Error('boom'); } } } },
      want: 'Todo {id} existiert nicht',
      missing: ['id'],
    },
    { name: 'a numeric id', error: { key: 'TODO_NOT_FOUND', params: { id: 42 } }, want: 'Todo 42 existiert nicht', missing: [] },
    { name: 'one of two numbers', error: { key: 'TITLE_TOO_LONG', params: { length: 300 } }, want: 'Der Titel hat 300 Zeichen; erlaubt sind höchstens {max}', missing: ['max'] },
    { name: 'a plural count as a string', error: { key: 'RATE_LIMITED', params: { seconds: '30' } }, want: 'Zu viele Anfragen; erneut versuchen in {seconds} Sekunden', missing: ['seconds'] },
    { name: 'a plural without count', error: { key: 'RATE_LIMITED', params: {} }, want: 'Zu viele Anfragen; erneut versuchen in {seconds} Sekunden', missing: ['seconds'] },
    { name: 'a date as a string', error: { key: 'DUE_DATE_PAST', params: { due: '2024-01-02' } }, want: 'Das Fälligkeitsdatum {due} liegt in der Vergangenheit', missing: ['due'] },
    { name: 'an invalid Date', error: { key: 'DUE_DATE_PAST', params: { due: new Date(Number.NaN) } }, want: 'Das Fälligkeitsdatum {due} liegt in der Vergangenheit', missing: ['due'] },
    { name: 'a message without params, given some', error: { key: 'OK', params: { id: 1 } }, want: 'OK', missing: [] },
  ];

  it.each(rows)('de: $name', async ({ error, want, missing }) => {
    const mod = byName('fixture-todo').mod!;
    const formatter = await mod.loadFormatter('de');
    expect(formatter.formatError(error)).toBe(want);
    expect(mod.missingParams(error)).toEqual(missing);
    const params = (error as { params?: unknown }).params;
    expect(formatter.format((error as { key: string }).key, params)).toBe(want);
  });

  it.each([
    { name: 'an internal key', error: { key: 'STORAGE_FAILURE', params: {} } },
    { name: 'an unknown key', error: { key: 'NO_SUCH_KEY' } },
    { name: 'a key of Object.prototype', error: { key: 'toString' } },
    { name: 'key "__proto__"', error: { key: '__proto__' } },
    { name: 'a number key', error: { key: 42 } },
    { name: 'no key', error: {} },
    { name: 'null', error: null },
    { name: 'undefined', error: undefined },
    { name: 'a bare key string', error: 'TODO_NOT_FOUND' },
  ])('$name: formatError gives undefined, missingParams [], format throws a RangeError', async ({ error }) => {
    const mod = byName('fixture-todo').mod!;
    const formatter = await mod.loadFormatter('de');
    expect(mod.isLocalizable(error)).toBe(false);
    expect(formatter.formatError(error)).toBeUndefined();
    expect(mod.missingParams(error)).toEqual([]);
    const key = typeof error === 'object' && error !== null ? (error as { key?: unknown }).key : error;
    if (typeof key !== 'string' || !mod.isKey(key)) expect(() => formatter.format(key as string)).toThrow(RangeError);
  });

  it('isKey accepts exactly the public keys', () => {
    const c = byName('fixture-todo');
    for (const entry of c.catalog.entries) expect(c.mod!.isKey(entry.key), entry.key).toBe(entry.visibility === 'public');
    for (const value of ['', 'toString', '__proto__', 'hasOwnProperty', 42, null, undefined, {}]) expect(c.mod!.isKey(value)).toBe(false);
  });

  it('loadFormatter rejects an unknown locale with a RangeError', async () => {
    for (const c of cases) {
      await expect(c.mod!.loadFormatter('xx-XX')).rejects.toThrow(RangeError);
      await expect(c.mod!.loadFormatter('__proto__')).rejects.toThrow(/Unknown locale "__proto__"/);
      // Values JSON.stringify throws on or drops still give the RangeError.
      await expect(c.mod!.loadFormatter(10n as unknown as string)).rejects.toThrow(/Unknown locale bigint/);
      await expect(c.mod!.loadMessages(Symbol('x') as unknown as string)).rejects.toThrow(/Unknown locale symbol/);
    }
  });
});

describe('formatter modules', () => {
  it('are one lazily imported, self-contained module per locale, listed in the published files', () => {
    for (const c of cases) {
      const index = readFileSync(join(c.dir, 'index.js'), 'utf8');
      const manifest = JSON.parse(readFileSync(join(c.dir, 'package.json'), 'utf8'));
      expect(manifest.files).toContain('formatters');
      expect(manifest.dependencies).toBeUndefined();
      expect(index).not.toMatch(/^import .*formatters/m);
      for (const locale of c.catalog.locales) {
        expect(index, `${c.name} ${locale}`).toContain(`import(${JSON.stringify(`./formatters/${locale}.js`)})`);
        const chunk = readFileSync(join(c.dir, 'formatters', `${locale}.js`), 'utf8');
        expect(chunk.split('\n')[0]).toMatch(/^\/\/ Generated by errata from /);
        expect(chunk, `${c.name} ${locale}`).not.toMatch(/^\s*import\b|\bimport\(|\brequire\(/m);
      }
    }
  });

  it('leave out the ICU helpers where every message is constant text', () => {
    const todo = readFileSync(join(byName('fixture-todo').dir, 'formatters', 'de.js'), 'utf8');
    expect(todo).toContain('function _plural(');
    for (const c of cases.filter((c) => c.catalog.entries.every((e) => e.params.length === 0))) {
      expect(readFileSync(join(c.dir, 'formatters', `${c.catalog.defaultLocale}.js`), 'utf8'), c.name).not.toContain('function _p(');
    }
  });
});
