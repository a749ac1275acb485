// `npm run bench` (after `npm run build`): the table of issue 14, every figure measured in this run on
// this machine, Errata beside its reference in the same run so the ratio means something under load.
//
// For 1k and 10k synthetic entries with a full German translation (synthetic-catalog.mjs):
//   - whole `errata generate` process, and the js-yaml floor: a process that parses the same two files
//     with js-yaml and writes as many bytes, in as many files, as the four packages hold;
//   - each stage's share (in process: read YAML, validate, model, emit errors/openapi/i18n/docs, write);
//   - strict `tsc` of a consumer importing one class and `ErrorKey`, beside the same consumer of
//     openapi-typescript's output for the same errors (time and peak RSS);
//   - the esbuild bundle of one imported class; the OpenAPI package size per entry;
//   - the i18n part alone (read + validate + model + emit i18n) beside FormatJS `compile` of the bundles;
// and the Nx per-catalog cost of a cold `nx run-many -t generate` over BENCH_NX_CATALOGS (default 40)
// catalogs, plus whether the second run is a pure cache hit.
// Options: BENCH_SIZES=1000,10000  BENCH_NX_CATALOGS=40 (0 skips Nx)  BENCH_RUNS=2 (best of, for processes)
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { syntheticCatalogFiles } from './synthetic-catalog.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'generators', 'dist');
if (!existsSync(join(dist, 'cli', 'main.js'))) {
  console.error('generators/dist is missing: run `npm run build` first.');
  process.exit(1);
}
const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { readCatalogFiles } = await load('load/catalog-files.js');
const { validateCatalogFiles } = await load('validate/validate-catalog.js');
const { createSchemaValidators } = await load('validate/schema-validation.js');
const { buildCatalogModel } = await load('model/build-model.js');
const { emitErrorsPackage } = await load('emit/errors/errors-package.js');
const { emitOpenapiPackage } = await load('emit/openapi/openapi-package.js');
const { emitI18nPackage } = await load('emit/i18n/i18n-package.js');
const { emitDocsPackage } = await load('emit/docs/docs-package.js');
const { writePackage } = await load('write/package-writer.js');
const { build: esbuild } = await import('esbuild');
const { default: openapiTS, astToString } = await import('openapi-typescript');
const { compile: formatjsCompile } = await import('@formatjs/cli-lib');

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number).filter(Boolean);
const nxCatalogs = Number(process.env.BENCH_NX_CATALOGS ?? 40);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 2));
const errataBin = join(root, 'generators', 'bin', 'errata.js');
const tscBin = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const context = { catalogPath: 'catalogs/bench/catalog.yaml', generatorVersion: 'bench' };
const work = mkdtempSync(join(tmpdir(), 'errata-bench-'));

function write(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name));
}

const bytesUnder = (dir) => filesUnder(dir).reduce((sum, file) => sum + statSync(file).size, 0);

/**
 * Wall time and CPU time (user + system, GNU time when present) of a process, best of `runs`, failing
 * loudly when it fails. On a shared machine the CPU time is the steadier figure of the two.
 */
function timeProcess(command, args, options, times = runs) {
  let best = { ms: Infinity, cpuMs: Infinity };
  const hasTime = existsSync('/usr/bin/time');
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    const result = hasTime
      ? spawnSync('/usr/bin/time', ['-f', 'cpu=%U+%S', command, ...args], { ...options, encoding: 'utf8', maxBuffer: 1 << 26 })
      : spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 1 << 26 });
    const ms = performance.now() - start;
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}`);
    const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? '');
    const cpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
    best = { ms: Math.min(best.ms, ms), cpuMs: Math.min(best.cpuMs, cpuMs) };
  }
  return best;
}

/** Wall time, peak RSS (GNU time, when present) and tsc's own "Memory used" (heap) of `tsc -p` in `project`. */
function timeTsc(project) {
  let best = { ms: Infinity, mib: NaN, heapMib: NaN };
  for (let i = 0; i < runs; i++) {
    const hasTime = existsSync('/usr/bin/time');
    const tsc = [process.execPath, tscBin, '-p', 'tsconfig.json', '--extendedDiagnostics'];
    const start = performance.now();
    const result = hasTime ? spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', ...tsc], { cwd: project, encoding: 'utf8' }) : spawnSync(tsc[0], tsc.slice(1), { cwd: project, encoding: 'utf8' });
    const ms = performance.now() - start;
    if (result.status !== 0) throw new Error(`tsc in ${project} failed:\n${result.stdout}${result.stderr}`);
    const kib = Number(/maxrss=(\d+)/.exec(result.stderr ?? '')?.[1]);
    const heapKib = Number(/Memory used:\s+(\d+)K/.exec(result.stdout ?? '')?.[1]);
    if (ms < best.ms) best = { ms, mib: kib / 1024, heapMib: heapKib / 1024 };
  }
  return best;
}

const tsconfig = JSON.stringify({
  // No DOM lib: checking lib.dom.d.ts (skipLibCheck off) would cost both consumers the same ~200 MiB and hide the difference.
  compilerOptions: { strict: true, target: 'ES2022', lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, skipLibCheck: false, types: [] },
  include: ['src'],
});

/** Everything measured for one catalog size. */
async function measure(size) {
  const id = `bench${size}`;
  const ws = join(work, `ws${size}`);
  const files = syntheticCatalogFiles(id, size);
  write(join(ws, 'catalogs', id, 'catalog.yaml'), files.catalog);
  write(join(ws, 'catalogs', id, 'locales', 'de.yaml'), files.locale);
  const yamlBytes = Buffer.byteLength(files.catalog) + Buffer.byteLength(files.locale);

  // Whole process, as a user runs it.
  const out = join(ws, 'packages');
  const generateMs = timeProcess(process.execPath, [errataBin, 'generate', `catalogs/${id}`, '--out', 'packages'], { cwd: ws });
  const outputFiles = filesUnder(out).map((file) => ({ path: relative(out, file), size: statSync(file).size }));
  const outputBytes = outputFiles.reduce((sum, f) => sum + f.size, 0);

  // The floor: parse both files with js-yaml, write as many bytes in as many files.
  const floorScript = join(ws, 'floor.mjs');
  write(join(ws, 'floor-sizes.json'), JSON.stringify(outputFiles));
  write(
    floorScript,
    `import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from ${JSON.stringify(pathToFileURL(join(root, 'node_modules', 'js-yaml', 'index.js')).href)};
const data = [${JSON.stringify(join(ws, 'catalogs', id, 'catalog.yaml'))}, ${JSON.stringify(join(ws, 'catalogs', id, 'locales', 'de.yaml'))}].map((p) => yaml.load(readFileSync(p, 'utf8')));
if (!data[0] || !data[1]) process.exit(1);
for (const f of JSON.parse(readFileSync(${JSON.stringify(join(ws, 'floor-sizes.json'))}, 'utf8'))) {
  const path = join(${JSON.stringify(join(ws, 'floor-out'))}, f.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, 'x'.repeat(f.size));
}
`,
  );
  const floorMs = timeProcess(process.execPath, [floorScript], { cwd: ws });

  // Stage shares, in this process (modules already loaded).
  const stages = {};
  const time = (name, f) => {
    const start = performance.now();
    const value = f();
    stages[name] = (stages[name] ?? 0) + performance.now() - start;
    return value;
  };
  const schemas = createSchemaValidators();
  const catalogDir = join(ws, 'catalogs', id);
  const read = time('read YAML', () => readCatalogFiles(catalogDir, ws));
  const diagnostics = time('validate', () => validateCatalogFiles(read, schemas));
  if (diagnostics.some((d) => d.severity === 'error')) throw new Error(`synthetic catalog invalid: ${JSON.stringify(diagnostics.slice(0, 3))}`);
  const model = time('model', () => buildCatalogModel(read));
  const errors = time('emit errors', () => emitErrorsPackage(model, context));
  const openapi = time('emit openapi', () => emitOpenapiPackage(model, context));
  const i18n = time('emit i18n', () => emitI18nPackage(model, context));
  const docs = time('emit docs', () => emitDocsPackage(model, context));
  const stageOut = join(ws, 'stage-out');
  time('write', () => [errors, openapi, i18n, docs].forEach((pkg) => writePackage(stageOut, pkg)));
  const stagesTotal = Object.values(stages).reduce((a, b) => a + b, 0);
  const i18nPartMs = stages['read YAML'] + stages['validate'] + stages['model'] + stages['emit i18n'];

  // FormatJS compile of the same messages (every locale bundle of the i18n package).
  const bundles = filesUnder(join(out, `${id}-i18n`, 'messages')).filter((f) => f.endsWith('.json'));
  const formatjsStart = performance.now();
  for (const bundle of bundles) write(join(ws, 'formatjs', `${relative(join(out, `${id}-i18n`, 'messages'), bundle)}`), await formatjsCompile([bundle], { format: 'simple', ast: true }));
  const formatjsMs = performance.now() - formatjsStart;

  // Consumers: one class and ErrorKey from the errors package; the same from openapi-typescript's types.
  const picked = model.entries.find((e) => e.outcome === 'error' && e.params.length > 0);
  const consumer = join(ws, 'consumer');
  cpSync(join(out, `${id}-errors`), join(consumer, 'node_modules', model.packages.errors), { recursive: true });
  write(join(consumer, 'package.json'), '{ "name": "bench-consumer", "private": true, "type": "module" }\n');
  write(join(consumer, 'tsconfig.json'), tsconfig);
  write(
    join(consumer, 'src', 'consumer.ts'),
    `import { ${picked.className}, type ErrorKey } from ${JSON.stringify(model.packages.errors)};
const error = new ${picked.className}({ name: "db", count: 2 });
const key: ErrorKey = ${JSON.stringify(picked.key)};
export const used = [error.code, error.message, ${picked.className}.httpStatus, key];
`,
  );
  const tsc = timeTsc(consumer);

  const peer = join(ws, 'peer-consumer');
  const ast = await openapiTS(pathToFileURL(join(out, `${id}-openapi`, 'components.json')));
  write(join(peer, 'src', 'types.ts'), astToString(ast));
  write(join(peer, 'package.json'), '{ "name": "bench-peer-consumer", "private": true, "type": "module" }\n');
  write(join(peer, 'tsconfig.json'), tsconfig);
  write(
    join(peer, 'src', 'consumer.ts'),
    `import type { components } from "./types.js";
type BadRequest = components["responses"]["BadRequest"]["content"]["application/json"];
const code: components["schemas"]["ErrorCode"] = ${picked.code};
const body = { code, msg: "x" } as BadRequest;
export const used = [code, body.code];
`,
  );
  const peerTsc = timeTsc(peer);

  write(join(consumer, 'entry.mjs'), `import { ${picked.className} } from ${JSON.stringify(model.packages.errors)};\nconsole.log(new ${picked.className}({ name: "db", count: 2 }).message);\n`);
  const bundle = await esbuild({ entryPoints: [join(consumer, 'entry.mjs')], bundle: true, minify: true, format: 'esm', write: false, absWorkingDir: consumer, logLevel: 'silent' });

  return {
    size,
    yamlBytes,
    generateMs,
    floorMs,
    outputBytes,
    stages,
    stagesTotal,
    i18nPartMs,
    formatjsMs,
    tsc,
    peerTsc,
    dtsBytes: statSync(join(out, `${id}-errors`, 'index.d.ts')).size,
    bundleBytes: bundle.outputFiles[0].contents.byteLength,
    openapiBytes: bytesUnder(join(out, `${id}-openapi`)),
  };
}

/** A throwaway Nx workspace of `count` small catalogs, generated cold, then again from the cache. */
function measureNx(count) {
  const ws = join(work, 'nx');
  for (const entry of ['schemas', 'tsconfig.base.json', 'errata.yaml']) if (existsSync(join(root, entry))) cpSync(join(root, entry), join(ws, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(ws, 'node_modules'));
  write(join(ws, 'package.json'), '{ "name": "bench-nx", "private": true, "type": "module" }\n');
  write(
    join(ws, 'nx.json'),
    JSON.stringify({
      useDaemonProcess: false,
      analytics: false,
      targetDefaults: { generate: { cache: true } },
      plugins: [{ plugin: '@errata/generators/plugin', options: { errata: `node ${errataBin}`, generatorInputs: [] } }],
    }),
  );
  for (let i = 0; i < count; i++) {
    const id = `nx-bench-${String(i).padStart(3, '0')}`;
    const files = syntheticCatalogFiles(id, 20);
    write(join(ws, 'catalogs', id, 'catalog.yaml'), files.catalog);
    write(join(ws, 'catalogs', id, 'locales', 'de.yaml'), files.locale);
  }
  execFileSync('git', ['init', '-q'], { cwd: ws });
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NX_'))), NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', FORCE_COLOR: '0', NX_CACHE_DIRECTORY: join(ws, '.nx/cache') };
  const nxBin = join(root, 'node_modules', '.bin', 'nx');
  const args = ['run-many', '-t', 'generate', '--outputStyle=static', `--parallel=${cpus().length}`];
  // Project graph first, so the cold run measures the tasks (Nx caches the graph between runs).
  execFileSync(nxBin, ['show', 'projects'], { cwd: ws, env, stdio: 'ignore' });
  const cold = performance.now();
  const first = spawnSync('/usr/bin/time', ['-f', 'cpu=%U+%S', nxBin, ...args], { cwd: ws, env, encoding: 'utf8' });
  const coldMs = performance.now() - cold;
  if (first.status !== 0) throw new Error(`nx run-many failed:\n${first.stdout}${first.stderr}`);
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(first.stderr ?? '');
  const coldCpuMs = cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : NaN;
  const generated = readdirSync(join(ws, 'packages')).length;
  const warm = performance.now();
  // Output to a file, not a pipe: Nx exits before an asynchronous pipe drains, cutting off its summary.
  const log = join(ws, 'second-run.log');
  const fd = openSync(log, 'w');
  const run = spawnSync(nxBin, args, { cwd: ws, env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const second = { stdout: readFileSync(log, 'utf8'), stderr: '', status: run.status };
  const warmMs = performance.now() - warm;
  if (process.env.BENCH_NX_LOG) writeFileSync(process.env.BENCH_NX_LOG, `${first.stdout}\n=====\n${second.stdout}${second.stderr}\nstatus ${second.status}\n`);
  const hits = (second.stdout.match(/\[local cache\]|existing outputs match the cache/g) ?? []).length;
  const allHit = /Nx read the output from the cache instead of running the command for (\d+) out of (\d+) tasks/.exec(second.stdout);
  return { count, coldMs, coldCpuMs, warmMs, generated, cacheHit: allHit ? `${allHit[1]}/${allHit[2]}` : `${hits}/${count}` };
}

const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;
const fmtKiB = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
const fmtMiB = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
try {
  const results = [];
  for (const size of sizes) results.push(await measure(size));
  const nx = nxCatalogs > 0 ? measureNx(nxCatalogs) : undefined;

  const rows = [];
  const row = (what, f) => rows.push(`| ${what} | ${results.map(f).join(' | ')} |`);

  console.log(`\nErrata bench (issue 14): node ${process.version}, ${cpus().length} CPUs, best of ${runs} for processes\n`);
  console.log(`| what | ${results.map((r) => `${r.size} entries`).join(' | ')} |`);
  console.log(`|---|${results.map(() => '---').join('|')}|`);
  row('catalog + de.yaml', (r) => fmtMiB(r.yamlBytes));
  row('`errata generate`, whole process (wall; CPU)', (r) => `${fmtS(r.generateMs.ms)}; ${fmtS(r.generateMs.cpuMs)}`);
  row('js-yaml floor (parse both, write the same bytes)', (r) => `${fmtS(r.floorMs.ms)}; ${fmtS(r.floorMs.cpuMs)}`);
  row('generate / floor (goal ≤ 4×), wall; CPU', (r) => `${(r.generateMs.ms / r.floorMs.ms).toFixed(1)}×; ${(r.generateMs.cpuMs / r.floorMs.cpuMs).toFixed(1)}×`);
  for (const stage of Object.keys(results[0]?.stages ?? {})) row(`share: ${stage}`, (r) => `${((r.stages[stage] / r.stagesTotal) * 100).toFixed(0)}% (${fmtS(r.stages[stage])})`);
  row('output of the four packages', (r) => fmtMiB(r.outputBytes));
  row('consumer `tsc` strict: errors package (time, peak RSS, tsc heap)', (r) => `${fmtS(r.tsc.ms)}, ${r.tsc.mib.toFixed(0)} MiB, ${r.tsc.heapMib.toFixed(0)} MiB`);
  row('consumer `tsc` strict: openapi-typescript output', (r) => `${fmtS(r.peerTsc.ms)}, ${r.peerTsc.mib.toFixed(0)} MiB, ${r.peerTsc.heapMib.toFixed(0)} MiB`);
  row('tsc ratio errata / openapi-typescript (goal ≤ 1.2×)', (r) => `${(r.tsc.ms / r.peerTsc.ms).toFixed(2)}×`);
  row('errors index.d.ts', (r) => `${fmtKiB(r.dtsBytes)} (${(r.dtsBytes / r.size).toFixed(0)} B/entry)`);
  row('one-class bundle (esbuild, minified)', (r) => `${r.bundleBytes} B`);
  row('OpenAPI package (goal ≤ 1.5 KB/entry)', (r) => `${fmtMiB(r.openapiBytes)} (${(r.openapiBytes / r.size / 1000).toFixed(2)} KB/entry)`);
  row('i18n part (read + validate + model + emit i18n)', (r) => fmtS(r.i18nPartMs));
  row('FormatJS `compile --ast` of the bundles', (r) => fmtS(r.formatjsMs));
  for (const line of results.length ? rows : ['(BENCH_SIZES=0: Nx only)']) console.log(line);
  if (results.length >= 2) {
    const [small, large] = [results[0], results[results.length - 1]];
    console.log(`\ngrowth ${large.size / small.size}× entries: generate ${(large.generateMs.ms / small.generateMs.ms).toFixed(1)}× wall, ${(large.generateMs.cpuMs / small.generateMs.cpuMs).toFixed(1)}× CPU (goal ≤ 11× for 10×)`);
  }
  if (nx) {
    console.log(`\nNx, ${nx.count} catalogs of 20 entries: cold \`nx run-many -t generate\` ${fmtS(nx.coldMs)} wall = ${fmtS(nx.coldMs / nx.count)} per catalog, ${fmtS(nx.coldCpuMs / nx.count)} CPU per catalog (goal ≤ 0.15 s at 100); ${nx.generated} packages written`);
    console.log(`Nx, second run: ${fmtS(nx.warmMs)}, cache hits ${nx.cacheHit}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
