/**
 * `missing-translation` warnings and the emitted coverage report agree: a (locale, key) is warned
 * about exactly when coverage.json lists the key as fallen back in that locale. Internal entries are
 * in no bundle, so they are in neither (and translating one is harmless).
 */
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { emitI18nPackage } from '../../src/emit/i18n/i18n-package.js';
import { loadCatalog, type CatalogLoad } from '../../src/load/load-catalog.js';
import { testContext } from '../support/model-fixtures.js';
import { tempTree } from '../support/temp-catalog.js';
import { workspaceCatalogIds, workspaceRoot } from '../support/workspace-catalogs.js';

/** `locale key` of each missing-translation warning; the locale is the file's name, the key the message's first code span. */
function warned(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => d.rule === 'missing-translation')
    .map((d) => {
      expect(d.severity).toBe('warning');
      const key = /`([^`]+)`/.exec(d.message)?.[1];
      return `${basename(d.file).replace(/\.ya?ml$/, '')} ${key}`;
    })
    .sort();
}

/** `locale key` of each fallen-back key in the emitted coverage.json. */
function fallenBack(load: CatalogLoad): string[] {
  const pkg = emitI18nPackage(load.model!, testContext);
  const coverage = JSON.parse(pkg.files.find((f) => f.path === 'coverage.json')!.contents) as {
    locales: Record<string, { fallenBackKeys: string[] }>;
  };
  return Object.entries(coverage.locales)
    .flatMap(([locale, c]) => c.fallenBackKeys.map((key) => `${locale} ${key}`))
    .sort();
}

function errors(load: CatalogLoad): Diagnostic[] {
  return load.diagnostics.filter((d) => d.severity === 'error');
}

/**
 * Public A (translated in ru), B (untranslated); C internal by itself; group `ops` internal by default:
 * D untranslated, E translated anyway, F public by itself and untranslated. `de` translates nothing.
 */
const fixture = {
  'shop/catalog.yaml': `id: shop
title: Shop API
version: 1.0.0
defaultLocale: en
locales: [en, ru, de]
envelope: { shape: object, codeType: integer }
groups:
  - name: user
    entries:
      - { key: A, code: 1, message: "Account {name} is missing", params: { name: { type: string } } }
      - { key: B, code: 2, message: b }
      - { key: C, code: 3, message: c, visibility: internal }
  - name: ops
    defaults: { visibility: internal }
    entries:
      - { key: D, code: 10, message: d }
      - { key: E, code: 11, message: "Gateway {gw} limited", params: { gw: { type: string } } }
      - { key: F, code: 12, message: f, visibility: public }
`,
  'shop/locales/ru.yaml': `locale: ru
entries:
  A: { message: "Аккаунт {name} не найден" }
  E: { message: "Шлюз {gw} ограничен" }
`,
  'shop/locales/de.yaml': 'locale: de\nentries: {}\n',
};

const root = tempTree(fixture);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('missing-translation warnings agree with the coverage report', () => {
  it('for a catalog with internal entries and a partial translation', () => {
    const load = loadCatalog('shop', { cwd: root });
    // A translation of an internal entry (E in ru) is no error, and not an unknown key.
    expect(errors(load)).toEqual([]);
    expect(load.diagnostics.filter((d) => d.rule !== 'missing-translation')).toEqual([]);
    expect(warned(load.diagnostics)).toEqual(['de A', 'de B', 'de F', 'ru B', 'ru F']);
    expect(fallenBack(load)).toEqual(warned(load.diagnostics));
  });

  it('a wrong translation of an internal entry is still checked', () => {
    const dir = tempTree({ ...fixture, 'shop/locales/ru.yaml': 'locale: ru\nentries:\n  E: { message: "Шлюз {gateway}" }\n' });
    try {
      const load = loadCatalog('shop', { cwd: dir });
      expect(errors(load).map((d) => d.rule)).toEqual(['translation-placeholders']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(workspaceCatalogIds())('for catalogs/%s', (id) => {
    const load = loadCatalog(join('catalogs', id), { cwd: workspaceRoot });
    expect(errors(load)).toEqual([]);
    expect(fallenBack(load)).toEqual(warned(load.diagnostics));
  });
});
