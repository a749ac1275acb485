/**
 * Compile-and-run tests of the emitted i18n package: every bundle formats with intl-messageformat
 * and with i18next + i18next-icu, the JS entry loads the same data as the JSON bundles, and a
 * strict NodeNext consumer type-checks against it with the real tsc.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitI18nPackage } from '../../src/emit/i18n/i18n-package.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { catalog, entry, testContext } from '../support/model-fixtures.js';
import { i18nCatalog, internalKeys } from './i18n-fixtures.js';
import { installPackage, readmeSectionBlocks, sampleValues } from './i18n-support.js';
import { runProcess } from '../support/run-process.js';
import { workspaceCatalogIds } from '../support/workspace-catalogs.js';
import { seedCatalogs, seedIds } from './seed-catalogs.js';

interface Case {
  readonly name: string;
  readonly catalog: CatalogModel;
  /** Keys that must not be in any bundle. */
  readonly internal: readonly string[];
  dir: string;
}

const repoRoot = resolve(import.meta.dirname, '../../..');
const cases: Case[] = [{ name: 'sample', catalog: i18nCatalog(), internal: internalKeys, dir: '' }];
let root = '';

beforeAll(async () => {
  for (const seed of seedCatalogs(repoRoot)) cases.push({ ...seed, dir: '' });
  root = await mkdtemp(join(tmpdir(), 'errata-i18n-'));
  await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const c of cases) {
    const context = c.name === 'sample' ? testContext : { ...testContext, catalogPath: `catalogs/${c.name}/catalog.yaml` };
    c.dir = await installPackage(root, c.catalog.packages.i18n, emitI18nPackage(c.catalog, context));
  }
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function readBundle(c: Case, locale: string): Promise<Record<string, string>> {
  return JSON.parse(await readFile(join(c.dir, 'messages', `${locale}.json`), 'utf8')) as Record<string, string>;
}

function publicKeys(model: CatalogModel): string[] {
  return model.entries.filter((e) => e.visibility === 'public').map((e) => e.key);
}

describe('i18n bundles', () => {
  it('runs on the sample fixture and on every catalog of the workspace, the seeds among them', () => {
    expect(cases.map((c) => c.name)).toEqual(['sample', ...workspaceCatalogIds(repoRoot)]);
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining([...seedIds]));
  });

  it('keeps agent-ops 901–903 out of every bundle', async () => {
    const agentOps = cases.find((c) => c.name === 'agent-ops')!;
    const hidden = agentOps.catalog.entries.filter((e) => [901, 902, 903].includes(Number(e.code))).map((e) => e.key);
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    for (const locale of agentOps.catalog.locales) {
      const keys = Object.keys(await readBundle(agentOps, locale));
      for (const key of hidden) expect(keys, `${locale} ${key}`).not.toContain(key);
    }
  });

  it('gives every bundle the same public keys, in catalog order, and no internal key', async () => {
    for (const c of cases) {
      const want = publicKeys(c.catalog);
      for (const locale of c.catalog.locales) {
        const text = await readFile(join(c.dir, 'messages', `${locale}.json`), 'utf8');
        const order = [...text.matchAll(/^ {2}("(?:[^"\\]|\\.)*"):/gm)].map((m) => JSON.parse(m[1]!) as string);
        expect(order, `${c.name} ${locale}`).toEqual(want);
        for (const key of c.internal) expect(Object.keys(JSON.parse(text)), `${c.name} ${locale}`).not.toContain(key);
      }
    }
  });

  it('fills a missing translation with the default text and says so in coverage.json', async () => {
    for (const c of cases) {
      const coverage = JSON.parse(await readFile(join(c.dir, 'coverage.json'), 'utf8'));
      const source = await readBundle(c, c.catalog.defaultLocale);
      for (const locale of c.catalog.locales) {
        const bundle = await readBundle(c, locale);
        const fallenBack = c.catalog.entries
          .filter((e) => e.visibility === 'public' && locale !== c.catalog.defaultLocale && e.translations[locale]?.message === undefined)
          .map((e) => e.key);
        for (const key of fallenBack) expect(bundle[key]).toBe(source[key]);
        expect(coverage.locales[locale].fallenBackKeys, `${c.name} ${locale}`).toEqual(fallenBack);
        expect(coverage.locales[locale].translated + coverage.locales[locale].fallenBack).toBe(Object.keys(bundle).length);
      }
    }
  });

  it('formats every message of every bundle with intl-messageformat and with i18next-icu alike', async () => {
    for (const c of cases) {
      const entries = new Map(c.catalog.entries.map((e) => [e.key, e]));
      const resources: Record<string, { errors: Record<string, string> }> = {};
      for (const locale of c.catalog.locales) resources[locale] = { errors: await readBundle(c, locale) };
      const i18n = i18next.createInstance();
      await i18n.use(ICU).init({
        lng: c.catalog.defaultLocale,
        fallbackLng: false,
        ns: ['errors'],
        defaultNS: 'errors',
        keySeparator: false,
        nsSeparator: false,
        resources,
        // i18next-icu returns the raw source on a parse error by default; a test must see the failure.
        i18nFormat: {
          parseErrorHandler: (error: unknown, key: string) => {
            throw new Error(`i18next-icu could not format ${key}: ${String(error)}`);
          },
        },
      } as Parameters<typeof i18n.init>[0]);
      for (const locale of c.catalog.locales) {
        const t = i18n.getFixedT(locale);
        for (const [key, message] of Object.entries(resources[locale]!.errors)) {
          const where = `${c.name} ${locale} ${key}: ${message}`;
          const { values, shown } = sampleValues(message, entries.get(key)!.params);
          const formatted = new IntlMessageFormat(message, locale).format(values);
          expect(typeof formatted, where).toBe('string');
          for (const text of shown) expect(formatted, where).toContain(text);
          expect(t(key, values), where).toBe(formatted);
        }
      }
    }
  });
});

describe('i18n JS entry', () => {
  it('loads every locale with the same data as its JSON bundle', async () => {
    for (const c of cases) {
      const mod = await import(pathToFileURL(join(c.dir, 'index.js')).href);
      expect(mod.locales).toEqual(c.catalog.locales);
      expect(mod.defaultLocale).toBe(c.catalog.defaultLocale);
      expect(mod.keys).toEqual(publicKeys(c.catalog));
      expect(mod.defaultMessages).toEqual(await readBundle(c, c.catalog.defaultLocale));
      for (const locale of c.catalog.locales) {
        const messages = await mod.loadMessages(locale);
        expect(messages, `${c.name} ${locale}`).toEqual(await readBundle(c, locale));
        expect(Object.isFrozen(messages)).toBe(true);
        expect(mod.isLocale(locale)).toBe(true);
      }
      await expect(mod.loadMessages('xx-XX')).rejects.toThrow(/Unknown locale "xx-XX"/);
      expect(mod.isLocale('xx-XX')).toBe(false);
    }
  });

  it.each([
    { requested: 'zh-CN', want: 'zh-CN' },
    { requested: 'zh-cn', want: 'zh-CN' },
    { requested: 'zh', want: 'zh-CN' },
    { requested: 'zh-Hans-CN', want: 'zh-CN' },
    { requested: 'ru-RU', want: 'ru' },
    { requested: ['fr-FR', 'ru'], want: 'ru' },
    { requested: ['fr', 'de'], want: 'en' },
    { requested: undefined, want: 'en' },
  ])('matchLocale($requested) = $want', async ({ requested, want }) => {
    const sample = cases[0]!;
    const mod = await import(pathToFileURL(join(sample.dir, 'index.js')).href);
    expect(mod.matchLocale(requested)).toBe(want);
  });

  it('keeps a "__proto__" key as a plain message', async () => {
    const odd = catalog([entry({ key: '__proto__', code: 1, message: 'odd' }), entry({ key: '42', code: 2, message: 'numeric' })]);
    const dir = await installPackage(root, '@errata/odd-i18n', emitI18nPackage({ ...odd, packages: { ...odd.packages, i18n: '@errata/odd-i18n', docs: '@errata/odd-docs' } }, testContext));
    const mod = await import(pathToFileURL(join(dir, 'index.js')).href);
    expect(Object.getPrototypeOf(mod.defaultMessages)).toBe(Object.prototype);
    expect(Object.hasOwn(mod.defaultMessages, '__proto__')).toBe(true);
    expect(mod.defaultMessages).toEqual(JSON.parse(await readFile(join(dir, 'messages/en.json'), 'utf8')));
  });

  it('resolves the exported paths through package.json', () => {
    const require = createRequire(join(root, 'consumer.js'));
    for (const c of cases) {
      const name = c.catalog.packages.i18n;
      expect(require.resolve(name)).toBe(join(c.dir, 'index.js'));
      expect(require.resolve(`${name}/messages/${c.catalog.defaultLocale}.json`)).toBe(join(c.dir, 'messages', `${c.catalog.defaultLocale}.json`));
      expect(require.resolve(`${name}/coverage.json`)).toBe(join(c.dir, 'coverage.json'));
    }
  });

  it('type-checks a strict NodeNext consumer with tsc', async () => {
    const files: string[] = [];
    for (const [i, c] of cases.entries()) {
      const file = `consumer-${i}.ts`;
      await writeFile(join(root, file), consumerSource(c));
      files.push(file);
    }
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        lib: ['ES2023', 'DOM'],
        resolveJsonModule: true,
        noUncheckedIndexedAccess: true,
        types: [],
      },
      files,
    };
    await writeFile(join(root, 'tsconfig.json'), JSON.stringify(tsconfig));
    const tsc = join(repoRoot, 'node_modules/.bin/tsc');
    const result = await runProcess(tsc, ['-p', root]);
    expect({ code: result.code, output: `${result.stdout}${result.stderr}` }).toEqual({ code: 0, output: '' });
  });
});

/** A consumer of one generated package: literal types, the loader, the JSON export, and the errors it must reject. */
function consumerSource(c: Case): string {
  const name = JSON.stringify(c.catalog.packages.i18n);
  const key = JSON.stringify(publicKeys(c.catalog)[0]!);
  const locale = JSON.stringify(c.catalog.locales.at(-1));
  const lines = [
    `import { defaultLocale, defaultMessages, isLocale, keys, loadMessages, locales, matchLocale, type Key, type Locale, type Messages } from ${name};`,
    `import bundle from ${JSON.stringify(`${c.catalog.packages.i18n}/messages/${c.catalog.defaultLocale}.json`)} with { type: 'json' };`,
    `import coverage from ${JSON.stringify(`${c.catalog.packages.i18n}/coverage.json`)} with { type: 'json' };`,
    '',
    `const tuple: readonly [${c.catalog.locales.map((l) => JSON.stringify(l)).join(', ')}] = locales;`,
    `const fallback: ${JSON.stringify(c.catalog.defaultLocale)} = defaultLocale;`,
    `const locale: Locale = ${locale};`,
    `const key: Key = ${key};`,
    'const allKeys: readonly Key[] = keys;',
    'const text: string = defaultMessages[key];',
    'const loaded: Promise<Messages> = loadMessages(locale);',
    "const matched: Locale = matchLocale(['fr-FR', 'en']);",
    'const unknownValue: unknown = "x";',
    'if (isLocale(unknownValue)) { const narrowed: Locale = unknownValue; void narrowed; }',
    `const fromJson: string = bundle[${key}];`,
    'const pct: number = coverage.total;',
    '// @ts-expect-error not a locale of this catalog',
    "void loadMessages('xx-XX');",
    '// @ts-expect-error not a public key',
    "const unknownKey: Key = 'NOT_A_REAL_KEY_123';",
    ...c.internal.map((k) => `// @ts-expect-error internal keys are not public\nconst hidden${JSON.stringify(k).replace(/\W/g, '_')}: Key = ${JSON.stringify(k)};`),
    '// @ts-expect-error bundles are read-only',
    `defaultMessages[${key}] = 'changed';`,
    'export { tuple, fallback, allKeys, text, loaded, matched, fromJson, pct, unknownKey };',
    '',
  ];
  return lines.join('\n');
}

describe('README snippets', () => {
  /** The `js` blocks of the FormatJS and i18next sections, verbatim but for the last statement, which is printed. (client-readme.test.ts runs the client section.) */
  async function readmeScripts(c: Case): Promise<string[]> {
    const readme = await readFile(join(c.dir, 'README.md'), 'utf8');
    const blocks = [...readmeSectionBlocks(readme, 'FormatJS'), ...readmeSectionBlocks(readme, 'i18next with i18next-icu')];
    return blocks.map((block) => block.trimEnd().replace(/\n([^\n]*);$/, '\nconsole.log($1);\n'));
  }

  beforeAll(async () => {
    // The libraries the snippets import, resolved from the consumer folder as in a user's project.
    for (const lib of ['intl-messageformat', 'i18next', 'i18next-icu']) {
      await symlink(join(repoRoot, 'node_modules', lib), join(root, 'node_modules', lib), 'dir').catch(() => undefined);
    }
  });

  it('run as written under Node (FormatJS and i18next + i18next-icu), printing the formatted message', async () => {
    for (const c of cases) {
      const scripts = await readmeScripts(c);
      expect(scripts, c.name).toHaveLength(2);
      const outputs: string[] = [];
      for (const [i, script] of scripts.entries()) {
        const file = join(root, `readme-${c.name}-${i}.mjs`);
        await writeFile(file, script);
        const run = await runProcess(process.execPath, [file], { cwd: root });
        expect({ code: run.code, stderr: run.stderr }, `${c.name} snippet ${i + 1}:\n${script}`).toEqual({ code: 0, stderr: '' });
        outputs.push(run.stdout.trim());
      }
      for (const output of outputs) {
        expect(output, c.name).not.toBe('');
        expect(output, c.name).not.toMatch(/[{}]/);
      }
    }
  });

  it('format the sample message with its params through i18next in the README locale (ru, which falls back to en for it)', async () => {
    const sample = cases.find((c) => c.name === 'sample')!;
    const script = (await readmeScripts(sample))[1]!;
    const file = join(root, 'readme-sample-i18next.mjs');
    await writeFile(file, script);
    const { stdout } = await promisify(execFile)(process.execPath, [file], { cwd: root });
    expect(script).toContain('lng: "ru"');
    expect(stdout.trim()).toBe('Account alice does not exist');
  });
});
