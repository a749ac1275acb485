// Whole-pipeline benchmark, run by `npm run bench` after the errors-package one: a synthetic
// catalog.yaml (plus one translation) of 100, 1,000 and 10,000 entries goes through what
// `errata generate` does — parse with positions, validate (schema + semantic rules), build the
// model, emit all three packages — so a quadratic step anywhere shows up as growth per entry.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');
const { loadCatalog } = await import(pathToFileURL(join(dist, 'load', 'load-catalog.js')).href);
const { emitCatalog } = await import(pathToFileURL(join(dist, 'emit', 'emit-catalog.js')).href);
const { createSchemaValidators } = await import(pathToFileURL(join(dist, 'validate', 'schema-validation.js')).href);

/** catalog.yaml and locales/de.yaml text for `size` entries in groups of 100 with ranges; every 4th entry has params. */
function syntheticFiles(size) {
  const catalog = ['id: pipeline', 'title: Pipeline', 'version: 1.0.0', 'defaultLocale: en', 'locales: [en, de]', 'envelope: { shape: object, codeType: integer }', 'groups:'];
  const locale = ['locale: de', 'entries:'];
  for (let g = 0; g * 100 < size; g++) {
    catalog.push(`  - name: g${g}`, `    range: { min: ${100000 + g * 100}, max: ${100000 + g * 100 + 99} }`, '    entries:');
    for (let i = 0; i < 100 && g * 100 + i < size; i++) {
      const key = `E${g}X${i}`;
      const code = 100000 + g * 100 + i;
      const params = i % 4 === 1;
      catalog.push(
        `      - key: ${key}`,
        `        code: ${code}`,
        `        httpStatus: ${[400, 404, 409, 500][i % 4]}`,
        `        message: "${params ? 'Item {name} failed {count, plural, one {# time} other {# times}}' : `Failure ${code}`}"`,
        ...(params ? ['        params: { name: { type: string }, count: { type: integer } }'] : []),
        `        description: Description of ${key}, with *Markdown*.`,
        `        solution: Fix ${key}.`,
      );
      locale.push(`  ${key}: { message: "${params ? 'Element {name} {count, plural, one {# Mal} other {# Mal}} fehlgeschlagen' : `Fehler ${code}`}" }`);
    }
  }
  return { catalog: `${catalog.join('\n')}\n`, locale: `${locale.join('\n')}\n` };
}

const workdir = mkdtempSync(join(tmpdir(), 'errata-pipeline-bench-'));
const schemas = createSchemaValidators();
const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
try {
  const rows = [];
  for (const size of [100, 1000, 10000]) {
    const dir = join(workdir, `s${size}`, 'pipeline');
    const files = syntheticFiles(size);
    mkdirSync(join(dir, 'locales'), { recursive: true });
    writeFileSync(join(dir, 'catalog.yaml'), files.catalog);
    writeFileSync(join(dir, 'locales', 'de.yaml'), files.locale);
    const t0 = performance.now();
    const { model, diagnostics } = loadCatalog(dir, { cwd: workdir, schemas });
    const t1 = performance.now();
    if (!model) throw new Error(`synthetic catalog is invalid: ${JSON.stringify(diagnostics.slice(0, 3))}`);
    const packages = emitCatalog(model, { catalogPath: 'catalogs/pipeline/catalog.yaml', generatorVersion: 'bench' });
    const t2 = performance.now();
    const bytes = packages.flatMap((p) => p.files).reduce((sum, f) => sum + Buffer.byteLength(f.contents), 0);
    rows.push({ size, loadMs: t1 - t0, emitMs: t2 - t1, bytes });
  }
  console.log('\nwhole pipeline: parse + validate + model, then emit errors + openapi + i18n (node %s)\n', process.version);
  console.log('entries  | load+validate | emit 3 packages | total  | per entry | output');
  console.log('---------|---------------|-----------------|--------|-----------|-------');
  for (const r of rows) {
    const total = r.loadMs + r.emitMs;
    console.log(
      `${String(r.size).padStart(8)} | ${fmt(r.loadMs).padStart(13)} | ${fmt(r.emitMs).padStart(15)} | ${fmt(total).padStart(6)} | ${`${((total / r.size) * 1000).toFixed(0)} µs`.padStart(9)} | ${`${(r.bytes / 1048576).toFixed(1)} MiB`}`,
    );
  }
} finally {
  rmSync(workdir, { recursive: true, force: true });
}
