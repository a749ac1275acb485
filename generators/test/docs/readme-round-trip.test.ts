import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderErrorsReadme } from '../../src/emit/docs/errors-readme.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { catalog, entry, sampleCatalog, testContext } from '../support/model-fixtures.js';
import { escapeIcuText } from '../../src/icu/icu-message.js';
import { importAndLoad, schemas } from '../import/import-harness.js';

const catalogsDir = new URL('../../../catalogs/', import.meta.url);
const seedIds = readdirSync(catalogsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

/** What a README must carry back: per key, the code, status, texts and the flags the docs mark. */
function facts(model: CatalogModel) {
  return [...model.entries]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((e) => ({
      key: e.key,
      code: e.code,
      httpStatus: e.httpStatus,
      message: e.message,
      description: e.description?.trimEnd(),
      solution: e.solution?.trimEnd(),
      outcome: e.outcome,
      visibility: e.visibility,
      retryable: e.retryable,
      deprecated: e.deprecated?.replacement,
      group: e.group,
      anchor: e.anchor,
    }));
}

function roundTrip(model: CatalogModel) {
  const readme = renderErrorsReadme(model, testContext);
  const { load } = importAndLoad(readme, 'README.md', model.id);
  expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { readme, back: load.model! };
}

describe('README → import round trip', () => {
  it('gives back the sample catalog', () => {
    const model = sampleCatalog();
    const { back } = roundTrip(model);
    expect(facts(back)).toEqual(facts(model));
    expect(back.envelope.codeType).toBe(model.envelope.codeType);
    expect(back.sharedCodes.map((s) => [s.code, s.keys])).toEqual(model.sharedCodes.map((s) => [s.code, s.keys]));
    expect(back.groups.map((g) => [g.name, g.title])).toEqual(model.groups.map((g) => [g.name, g.title]));
  });

  it.each(seedIds)('gives back catalogs/%s', (id) => {
    const load = loadCatalog(new URL(id, catalogsDir).pathname, { schemas });
    expect(load.model, `catalogs/${id} should load`).toBeDefined();
    const { back } = roundTrip(load.model!);
    expect(facts(back)).toEqual(facts(load.model!));
  });

  it('is deterministic', () => {
    const model = sampleCatalog();
    expect(renderErrorsReadme(model, testContext)).toBe(renderErrorsReadme(model, testContext));
  });

  it('escapes every cell: texts that would break a table row come back as written', () => {
    const texts = ['a | b', 'two\\|', 'ends with \\', '<b>bold</b> & more', '&amp; &lt; &#124;', 'literal <br> tag', '`code | pipe`', '中文|文字', "it's # and *stars* _under_", 'line one\nline two'];
    const model = catalog(
      texts.map((text, i) =>
        entry({ key: `HOSTILE_${i}`, code: 500 + i, message: escapeIcuText(text.replace(/\n/g, ' ')), description: text, solution: `${text} (fix)`, group: 'general' }),
      ),
    );
    const { back } = roundTrip(model);
    expect(facts(back)).toEqual(facts(model));
  });
});

describe('README layout', () => {
  const readme = renderErrorsReadme(sampleCatalog(), testContext);

  it('has the intro, install, usage, one table per group, internal and shared codes', () => {
    const headings = readme.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Sample API',
      '## Install',
      '## Usage',
      '## On the wire',
      '### Express 5',
      '### Fastify 5',
      '### Hono (on Node.js with @hono/node-server; the app itself runs on any runtime)',
      '### Client (fetch, in browsers and Node.js alike)',
      '## Error reference',
      '### General',
      '### User',
      '### Internal codes',
      '#### Common',
      '### Shared codes',
    ]);
    expect(readme).toContain("import { createError, isCatalogError, readResponse } from '@errata/sample-errors';");
    // The sample's params have no wire source: the README says which, so nobody expects them decoded.
    expect(readme).toContain('These params have no wire source, so an error decoded from an envelope lacks them and its message shows the placeholder (`{name}`) instead: `NOT_EXIST_ACCOUNT`: `account`, `TOO_MANY_ITEMS`: `count`.');
    expect(readme).toContain('answer with the codes `OK` (success), `PARTIAL` (partial), `QUEUED` (pending) in the same envelope');
    expect(readme).toContain("createError('NOT_EXIST_ACCOUNT', { account: 'alice' })");
    expect(readme).toContain('| Code | Key | HTTP | ICU message | Description | Solution | Notes |');
    expect(readme).toContain('**Deprecated** → use `RATE_LIMITED`: merged');
    expect(readme).toMatch(/`RATE_LIMITED` \| 429 \| Too many requests \|  \|  \| retryable<br>\*inferred: httpStatus\* \|/);
    expect(readme).toContain('- `903`: `LIMIT_GATEWAY`, `ERROR_EXE_COMMAND` — documented twice');
    expect(readme.startsWith('<!-- Generated by errata from catalogs/sample/catalog.yaml.')).toBe(true);
  });

  it('keeps internal entries out of the public tables', () => {
    const publicPart = readme.slice(0, readme.indexOf('### Internal codes'));
    expect(publicPart).not.toContain('LIMIT_GATEWAY');
  });
});

describe('README round trip of awkward texts', () => {
  it('gives back pipes, backslashes, newlines, HTML-looking text, quotes and string codes', () => {
    const tricky = catalog([
      entry({ key: 'PIPE_ERROR', code: '08006', message: "Can''t read a | b from '{'x'}'", description: 'Line one\nLine two with `a|b` and a \\| literal', solution: 'Use <b>bold</b> &amp; then\n\n- retry' }),
      entry({ key: 'SQL_0A000', code: '0A000', message: '特性不支持', httpStatus: 501, description: 'Ends with a backslash \\', solution: 'a < b & c > d' }),
      entry({ key: 'QUOTED', code: '123', message: 'A string code that looks like a number' }),
    ]);
    const readme = renderErrorsReadme(tricky, testContext);
    const { load } = importAndLoad(readme, 'README.md', 'sample');
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(facts(load.model!)).toEqual(facts(tricky));
    expect(load.model!.envelope.codeType).toBe('string');
  });
});
