/**
 * The docs site → `errata import` round trip: the generated page of a catalog reads back into the
 * same public entries (code and its type, key, status, ICU message, description, solution, outcome,
 * retryable, deprecation, group, anchor), through the import pipeline's HTML front end.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSite } from '../../src/emit/docs/docs-package.js';
import { markdownHtml } from '../../src/emit/docs/html-text.js';
import { detectFormat } from '../../src/import/detect-format.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { catalog, entry, sampleCatalog, testContext } from '../support/model-fixtures.js';
import { importAndLoad, schemas } from '../import/import-harness.js';

const catalogsDir = new URL('../../../catalogs/', import.meta.url);
const catalogIds = readdirSync(catalogsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/**
 * What the site must carry back: per public key, what a reader of the page is told. With
 * `rendered`, descriptions and solutions compare as the page shows them: Markdown that renders the
 * same (`\\|` and `|`, `&amp;` and `&`) is the same text to a reader, and the page cannot tell them apart.
 */
function facts(model: CatalogModel, rendered = false) {
  const text = (markdown: string | undefined) => (markdown === undefined ? undefined : rendered ? markdownHtml(markdown) : markdown.trimEnd());
  return model.entries
    .filter((e) => e.visibility === 'public')
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((e) => ({
      key: e.key,
      code: e.code,
      httpStatus: e.httpStatus,
      message: e.message,
      description: text(e.description),
      solution: text(e.solution),
      outcome: e.outcome,
      retryable: e.retryable,
      deprecated: e.deprecated?.replacement,
      aliases: e.aliases,
      group: e.group,
      anchor: e.anchor,
    }));
}

function roundTrip(model: CatalogModel) {
  const page = renderSite(model, testContext).find((p) => p.path === 'index.html')!;
  expect(detectFormat('index.html', page.contents)).toBe('html');
  const { load, result } = importAndLoad(page.contents, 'index.html', model.id);
  expect(result.format).toBe('html');
  expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return load.model!;
}

describe('docs site → import round trip', () => {
  it('gives back the public entries of the sample catalog, and no internal one', () => {
    const model = sampleCatalog();
    const back = roundTrip(model);
    expect(facts(back)).toEqual(facts(model));
    expect(back.entries.every((e) => e.visibility === 'public')).toBe(true);
    expect(back.title).toBe(model.title);
    const publicGroups = model.groups.filter((g) => g.keys.some((k) => model.entries.find((e) => e.key === k)?.visibility === 'public'));
    expect(back.groups.map((g) => [g.name, g.title])).toEqual(publicGroups.map((g) => [g.name, g.title]));
  });

  it.each(catalogIds)('gives back catalogs/%s', (id) => {
    const load = loadCatalog(new URL(id, catalogsDir).pathname, { schemas });
    expect(load.model, `catalogs/${id} should load`).toBeDefined();
    const back = roundTrip(load.model!);
    expect(facts(back)).toEqual(facts(load.model!));
    expect(back.envelope).toMatchObject({ shape: load.model!.envelope.shape, codeType: load.model!.envelope.codeType });
    expect(back.title).toBe(load.model!.title);
    expect(back.description?.trim()).toBe(load.model!.description?.trim());
  });

  it('gives back awkward texts: pipes, backslashes, HTML-looking text, Markdown, ICU quotes and string codes', () => {
    const tricky = catalog([
      entry({ key: 'PIPE_ERROR', code: '08006', message: "Can''t read a | b from '{'x'}'", description: 'Line one\nLine two with `a|b` and a \\| literal', solution: 'Use <b>bold</b> &amp; then\n\n- retry' }),
      entry({ key: 'SQL_0A000', code: '0A000', message: '特性不支持', httpStatus: 501, description: 'Ends with *emphasis* and [a link](https://example.com/x?a=1&b=2)', solution: 'a < b & c > d' }),
      entry({ key: 'QUOTED', code: '123', message: 'A string code that looks like a number' }),
    ]);
    const back = roundTrip(tricky);
    expect(facts(back, true)).toEqual(facts(tricky, true));
    // Texts without Markdown escapes come back character for character.
    expect(back.entries.find((e) => e.key === 'SQL_0A000')!.description).toBe(tricky.entries[1]!.description);
    expect(back.envelope.codeType).toBe('string');
  });
});
