/**
 * Blind test: pages in the styles of public error-code docs, written without looking at the
 * importer's own fixtures. Asserts, and prints, recall per page (code + key + exact formatted message)
 * and the accuracy of the stated HTTP statuses, solutions and groups.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CatalogModel, EntryModel } from '../../src/model/catalog-model.js';
import { blindPages, type BlindEntry } from './blind-expectations.js';
import { formatted, importAndLoad } from './import-harness.js';
import { catalogYaml } from '../../src/import/catalog-yaml.js';
import { importDocument, ImportError } from '../../src/import/import-document.js';

const page = (file: string) => readFileSync(new URL(`./fixtures/blind/${file}`, import.meta.url), 'utf8');
const lines: string[] = [];

/** Entries found with the expected code, key and exact message; field mismatches are listed. */
function blindRecall(model: CatalogModel, expected: readonly BlindEntry[]) {
  const missed: string[] = [];
  const fieldMisses: string[] = [];
  let fields = 0;
  let fieldHits = 0;
  for (const want of expected) {
    const hit: EntryModel | undefined = model.entries.find((e) => e.code === want.code && (e.key === want.key || e.aliases.includes(want.key)));
    const got = hit ? formatted(hit.message, hit.params) : undefined;
    if (!hit || got !== want.message) {
      missed.push(hit ? `${want.key} message ${JSON.stringify(got)}` : `${want.code} ${want.key}`);
      continue;
    }
    const check = (name: string, ok: boolean, actual: unknown) => {
      fields++;
      if (ok) fieldHits++;
      else fieldMisses.push(`${want.key}.${name}=${JSON.stringify(actual)}`);
    };
    if (want.httpStatus !== undefined) check('httpStatus', hit.httpStatus === want.httpStatus, hit.httpStatus);
    if (want.solution !== undefined) check('solution', hit.solution === want.solution, hit.solution);
    if (want.group !== undefined) {
      const title = model.groups.find((g) => g.name === hit.group)?.title;
      check('group', title === want.group, title);
    }
  }
  return { found: expected.length - missed.length, missed, fields, fieldHits, fieldMisses };
}

/** Entries found per page (code, key and exact formatted message) when the set was scored; a floor, not a target. */
const recallFloor: Readonly<Record<string, number>> = {
  'stripe-headings.md': 1,
  'twilio-table.md': 8,
  'github-wiki.md': 7,
  'list-table.rst': 3,
  'field-list.rst': 5,
  'pdf-copy.txt': 6,
  'wechat-zh.md': 6,
  'postgres-sqlstate.md': 7,
  'html-heavy.md': 6,
};

describe('blind import of error pages in public styles', () => {
  it('has a recall floor for every page', () => {
    expect(Object.keys(recallFloor).sort()).toEqual(blindPages.map((p) => p.file).sort());
  });


  it.each(blindPages)('$file', ({ file, id, entries }) => {
    let imported: ReturnType<typeof importAndLoad>;
    try {
      imported = importAndLoad(page(file), file, id);
    } catch (error) {
      lines.push(`${file.padEnd(22)} recall 0.00 (0/${entries.length}): ${(error as Error).message}`);
      throw error;
    }
    const { load } = imported;
    const errors = load.diagnostics.filter((d) => d.severity === 'error');
    const model = load.model;
    if (!model) {
      lines.push(`${file.padEnd(22)} recall 0.00 (0/${entries.length}): invalid catalog: ${errors.map((d) => d.message).join('; ')}`);
    } else {
      const r = blindRecall(model, entries);
      const extra = model.entries.length - r.found;
      lines.push(
        `${file.padEnd(22)} recall ${(r.found / entries.length).toFixed(2)} (${r.found}/${entries.length}), fields ${r.fieldHits}/${r.fields}, extra ${extra}` +
          (errors.length ? ` INVALID: ${errors.map((d) => d.message).join('; ')}` : '') +
          (r.missed.length ? `\n    missed: ${r.missed.join('; ')}` : '') +
          (r.fieldMisses.length ? `\n    fields: ${r.fieldMisses.join('; ')}` : ''),
      );
    }
    expect(errors).toEqual([]);
    // The recall each page reached when the blind set was scored: a change that loses an entry, or a
    // field of a found entry, fails here; a better importer raises the floor.
    const r = blindRecall(model!, entries);
    expect(r.found, `${file}: ${r.missed.join('; ')}`).toBeGreaterThanOrEqual(recallFloor[file]!);
    expect(r.fieldMisses).toEqual([]);
  });

  afterAll(() => console.log(`Blind import recall:\n${lines.join('\n')}`));
});

describe('what the blind pages showed about unreadable input', () => {
  const fails = (source: string, fileName: string, format?: 'markdown' | 'rst' | 'text') => {
    try {
      importDocument(source, { id: 'x', fileName, ...(format ? { format } : {}) });
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return (error as Error).message;
    }
    throw new Error(`${fileName} was imported`);
  };

  it('says when a page is HTML or JSON', () => {
    expect(fails('<!DOCTYPE html><html><body><p>Error E1001 may occur.</p></body></html>', 'errors.html')).toMatch(/read as html\)/);
    expect(fails('<!DOCTYPE html><html><body><p>Error E1001 may occur.</p></body></html>', 'errors.md', 'markdown')).toMatch(/looks like an HTML page: pass --format html/);
    expect(fails('{"errors":[{"code":1001,"message":"Invalid token"}]}', 'errors.json')).toMatch(/is a JSON file/);
  });

  it('names the format a page does read as when --format is wrong', () => {
    expect(fails(page('github-wiki.md'), 'github-wiki.md', 'rst')).toMatch(/it reads as markdown: drop --format or pass --format markdown/);
  });

  // Their growth with size is measured by `npm run bench` (import-bench.mjs); here, only the result.
  it('reads deeply indented and very wide pages', () => {
    const nested = Array.from({ length: 1500 }, (_, i) => `${' '.repeat(i * 2)}- \`E${1000 + i}\` x`).join('\n');
    expect(() => importDocument(nested, { id: 'x', fileName: 'nested.md' })).not.toThrow();
    const n = 200_000;
    expect(fails(`${'= '.repeat(n)}\n${'x '.repeat(n)}\n${'= '.repeat(n)}\n`, 'wide.rst')).toMatch(/no error codes found/);
  });

  it('writes the same catalog for the same page', () => {
    for (const { file } of blindPages) {
      const once = catalogYaml(importDocument(page(file), { id: 'x', fileName: file }).catalog);
      expect(catalogYaml(importDocument(page(file), { id: 'x', fileName: file }).catalog)).toBe(once);
    }
  });
});
