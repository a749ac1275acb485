/**
 * Test helpers for importers: import a page, write the catalog into a temp folder, load it with the
 * real validator, and measure recall against hand-checked expectations.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IntlMessageFormat from 'intl-messageformat';
import { catalogYaml } from '../../src/import/catalog-yaml.js';
import { importDocument, type ImportResult } from '../../src/import/import-document.js';
import type { DocFormat } from '../../src/import/imported-document.js';
import { loadCatalog, type CatalogLoad } from '../../src/load/load-catalog.js';
import { createSchemaValidators } from '../../src/validate/schema-validation.js';
import type { CatalogModel, EntryModel } from '../../src/model/catalog-model.js';
import type { ExpectedEntry } from './fixture-expectations.js';

/** Compiled once per test file: compiling the schemas is the slow part of a load. */
export const schemas = createSchemaValidators();

/** Imports page text and loads the written catalog back through the validator. */
export function importAndLoad(source: string, fileName: string, id: string, format?: DocFormat): { result: ImportResult; load: CatalogLoad; yaml: string } {
  const result = importDocument(source, { id, fileName, ...(format ? { format } : {}) });
  const dir = join(mkdtempSync(join(tmpdir(), 'errata-import-')), id);
  mkdirSync(dir, { recursive: true });
  const yaml = catalogYaml(result.catalog);
  writeFileSync(join(dir, 'catalog.yaml'), yaml);
  return { result, load: loadCatalog(dir, { schemas }), yaml };
}

/** What a message formats to with its placeholders left as `{name}`. */
export function formatted(message: string, params: readonly { name: string }[] = []): string {
  const values = Object.fromEntries(params.map((p) => [p.name, `{${p.name}}`]));
  return String(new IntlMessageFormat(message, 'en').format(values));
}

/** Recall: the share of expected entries found with the expected code, key, exact formatted message, status, solution and group. */
export function recall(model: CatalogModel, expected: readonly ExpectedEntry[]): { recall: number; missed: string[] } {
  const used = new Set<EntryModel>();
  const missed: string[] = [];
  for (const want of expected) {
    const hit = model.entries.find((e) => {
      if (used.has(e) || e.code !== want.code || (want.key !== undefined && e.key !== want.key)) return false;
      if (want.message !== undefined && formatted(e.message, e.params) !== want.message) return false;
      if (want.httpStatus !== undefined && e.httpStatus !== want.httpStatus) return false;
      if (want.solution !== undefined && e.solution !== want.solution) return false;
      if (want.group !== undefined && model.groups.find((g) => g.name === e.group)?.title !== want.group) return false;
      return true;
    });
    if (hit) used.add(hit);
    else missed.push(`${want.code} ${want.key ?? ''}`.trim());
  }
  return { recall: (expected.length - missed.length) / expected.length, missed };
}
