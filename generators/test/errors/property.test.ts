/**
 * Property: for catalogs with random texts and keys (including the awkward ones), the generated package
 * imports, and every code, message, title and key comes back unchanged at run time. The packages of
 * all runs are then type-checked together once with a derived consumer.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import fc from 'fast-check';
import { emitErrorsPackage } from '../../src/emit/errors/errors-package.js';
import { escapeIcuText } from '../../src/icu/icu-message.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { className, reservedClassNames } from '../../src/model/names.js';
import { catalog, entry, testContext } from '../support/model-fixtures.js';
import { nastyTexts } from './support/catalogs.js';
import { consumerSource } from './support/consumer-source.js';
import { binPath, consumerTsconfig, importFile, installPackage, run, tempDir, writeFile } from './support/temp-project.js';

const awkwardKeys = ['constructor', '__proto__', 'toString', 'class', '2FA_REQUIRED', 'valueOf', 'hasOwnProperty', 'then', '$', 'default', 'Error'];

const keyArb = fc.oneof(
  fc.constantFrom(...awkwardKeys),
  fc.stringMatching(/^[A-Za-z_$][A-Za-z0-9_$]{0,12}$/),
  fc.stringMatching(/^[0-9][A-Za-z0-9_]{0,8}$/),
);
const textArb = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constantFrom(...nastyTexts));

interface Row {
  readonly key: string;
  readonly text: string;
  readonly description: string;
  readonly outcome: 'error' | 'success';
}

const rowsArb = fc.uniqueArray(fc.record({ key: keyArb, text: textArb, description: textArb, outcome: fc.constantFrom('error', 'error', 'success') }), {
  minLength: 1,
  maxLength: 6,
  selector: (row: Row) => className(row.key),
}).filter((rows) => rows.every((row) => !reservedClassNames.has(className(row.key))));

function buildCatalog(rows: readonly Row[], stringCodes: boolean, run: number): CatalogModel {
  return catalog(
    rows.map((row, i) =>
      entry({ key: row.key, code: stringCodes ? `${row.key}` : i * 7 - 3, message: escapeIcuText(row.text), description: row.description, solution: row.text, outcome: row.outcome }),
    ),
    {
      id: `prop${run}`,
      packages: { errors: `@prop/p${run}-errors`, openapi: `@prop/p${run}-openapi`, i18n: `@prop/p${run}-i18n`, docs: `@prop/p${run}-docs` },
      envelope: stringCodes
        ? { shape: 'object', codeType: 'string', fields: { code: 'code', message: 'message', data: 'data' }, inferred: [] }
        : { shape: 'array', codeType: 'integer', order: ['code', 'message', 'data'], inferred: [] },
    },
  );
}

describe('any text, any key', () => {
  const project = tempDir('property');
  const generated: CatalogModel[] = [];

  test('codes, messages and keys survive generation', async () => {
    let runIndex = 0;
    await fc.assert(
      fc.asyncProperty(rowsArb, fc.boolean(), async (rows, stringCodes) => {
        const model = buildCatalog(rows, stringCodes, runIndex++);
        const dir = installPackage(project, model.packages.errors, emitErrorsPackage(model, testContext));
        generated.push(model);
        const m = await importFile(join(dir, 'index.js'));
        expect(Object.getPrototypeOf(m.codes)).toBe(null);
        // Integer-like keys come first in any JS object, so compare as sets.
        expect(Object.keys(m.codes).sort()).toEqual(model.entries.map((e) => e.key).sort());
        model.entries.forEach((e, i) => {
          expect(Object.hasOwn(m.codes, e.key)).toBe(true);
          expect(m.codes[e.key]).toBe(e.code);
          const decoded = m.fromResponse(stringCodes ? { code: e.code, message: rows[i]!.text } : [e.code, rows[i]!.text]);
          expect(decoded.key).toBe(e.key);
          if (e.outcome !== 'error') return;
          const type = m[e.className];
          expect([type.key, type.code, type.title]).toEqual([e.key, e.code, rows[i]!.text]);
          const error = new type();
          expect(error.message).toBe(rows[i]!.text);
          expect(decoded.error.message).toBe(rows[i]!.text);
          expect(m.fromResponse(error.toResponse())).toMatchObject({ outcome: 'error', key: e.key });
        });
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  test('every generated package type-checks with its consumer', async () => {
    writeFile(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
    generated.forEach((model, i) => writeFile(join(project, 'src', `c${i}.ts`), consumerSource(model, model.packages.errors)));
    writeFile(join(project, 'tsconfig.json'), consumerTsconfig('NodeNext', ['src']));
    const result = await run(process.execPath, [binPath('tsc'), '-p', 'tsconfig.json', '--pretty', 'false'], project);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 90_000);

  afterAll(() => {
    expect(generated.length).toBeGreaterThan(0);
  });
});
