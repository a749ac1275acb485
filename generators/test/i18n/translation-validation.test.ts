/**
 * Fixture-level checks of the translation rules through the real loader: a translation whose
 * placeholders differ from the source fails at its own line and column; an unknown key is an
 * error; a missing translation is only a warning and still yields a model (and a fallback).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { buildLocaleBundles } from '../../src/emit/i18n/locale-bundles.js';

const catalogYaml = `id: demo
title: Demo API
version: 1.0.0
defaultLocale: en
locales: [en, ru]
envelope:
  shape: object
  codeType: integer
  fields: { code: code, message: msg }
groups:
  - name: general
    title: General
    defaults:
      outcome: error
      httpStatus: 400
    entries:
      - key: NOT_FOUND
        code: 404
        message: Account {account} not found
        params:
          account: { type: string }
      - key: TOO_MANY
        code: 1
        message: "{count, plural, one {# item} other {# items}} too many"
        params:
          count: { type: integer }
      - key: PLAIN
        code: 2
        message: Plain text
`;

/** A translation that agrees with the source; PLAIN is left untranslated. */
const goodRu = `locale: ru
entries:
  NOT_FOUND:
    message: Аккаунт {account} не найден
  TOO_MANY:
    message: "{count, plural, one {# штука} few {# штуки} many {# штук} other {# штуки}} — слишком много"
`;

/** Translations with a renamed placeholder, a retyped one (plural → plain) and an unknown key. */
const badRu = `locale: ru
entries:
  NOT_FOUND:
    message: Аккаунт {user} не найден
  TOO_MANY:
    message: "{count} — слишком много"
  PLAIN:
    message: Простой текст
  NO_SUCH_KEY:
    message: Лишний
`;

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`fixture lacks ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

let root = '';

async function writeCatalog(name: string, ru: string): Promise<string> {
  // The folder is named after the catalog id, as the validator requires.
  const dir = join(root, name, 'demo');
  await mkdir(join(dir, 'locales'), { recursive: true });
  await writeFile(join(dir, 'catalog.yaml'), catalogYaml);
  await writeFile(join(dir, 'locales', 'ru.yaml'), ru);
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'errata-i18n-validate-'));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('translation validation (fixtures through loadCatalog)', () => {
  it('fails a translation whose placeholders or their types differ, at the translated line', async () => {
    const dir = await writeCatalog('bad', badRu);
    const result = loadCatalog(dir, { cwd: root });
    expect(result.model).toBeUndefined();
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const at = (rule: string) => errors.filter((d) => d.rule === rule).map((d) => ({ file: d.file.replaceAll('\\', '/'), line: d.line, column: d.column }));

    const renamed = positionOf(badRu, 'Аккаунт {user}');
    const retyped = positionOf(badRu, '"{count} —');
    expect(at('translation-placeholders')).toEqual([
      { file: 'bad/demo/locales/ru.yaml', ...renamed },
      { file: 'bad/demo/locales/ru.yaml', ...retyped },
    ]);
    const unknown = at('unknown-key');
    expect(unknown).toEqual([{ file: 'bad/demo/locales/ru.yaml', ...positionOf(badRu, 'NO_SUCH_KEY') }]);
  });

  it('accepts matching placeholders (other plural categories are fine) and only warns about a missing translation', async () => {
    const dir = await writeCatalog('good', goodRu);
    const result = loadCatalog(dir, { cwd: root });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning' && d.rule === 'missing-translation');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain('PLAIN');
    expect(warnings[0]!.file.replaceAll('\\', '/')).toBe('good/demo/locales/ru.yaml');

    const ru = buildLocaleBundles(result.model!).find((b) => b.locale === 'ru')!;
    expect(ru.fallenBack).toEqual(['PLAIN']);
    expect(new Map(ru.messages).get('PLAIN')).toBe('Plain text');
  });
});
