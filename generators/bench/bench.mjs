// Benchmark of the errors package emitter: `npm run bench` (run `npm run build` first).
// For synthetic catalogs of 100, 1,000 and 10,000 entries it prints the generation time of the
// errors package, the time of a strict `tsc --noEmit` on a consumer of it, and the bundle size of one
// imported class (esbuild, minified). Target: 10,000 entries generate in under 10 s, linear growth.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'generators', 'dist');
if (!existsSync(join(dist, 'emit', 'errors', 'errors-package.js'))) {
  console.error('generators/dist is missing: run `npm run build` first.');
  process.exit(1);
}
const { emitErrorsPackage } = await import(pathToFileURL(join(dist, 'emit', 'errors', 'errors-package.js')).href);
const { pascalName, defaultAnchor } = await import(pathToFileURL(join(dist, 'model', 'names.js')).href);
const { build } = await import('esbuild');

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const context = { catalogPath: 'catalogs/bench/catalog.yaml', generatorVersion: 'bench' };

/** A synthetic entry: every 4th has params (string + plural), every 10th a data schema, every 25th is a success. */
function syntheticEntry(i) {
  const key = `BENCH_ERROR_${String(i).padStart(5, '0')}`;
  const name = pascalName(key);
  const withParams = i % 4 === 1;
  return {
    key,
    pascalName: name,
    className: `${name}Error`,
    code: 10000 + i,
    group: `group${Math.floor(i / 100)}`,
    outcome: i % 25 === 0 ? 'success' : 'error',
    httpStatus: [400, 401, 403, 404, 409, 422, 429, 500, 503][i % 9],
    message: withParams ? `Resource {name} failed: {count, plural, one {# attempt} other {# attempts}}` : `Synthetic failure number ${i}`,
    params: withParams ? [{ name: 'count', type: 'integer' }, { name: 'name', type: 'string' }] : [],
    description: `Description of synthetic error ${i}, with *markdown* and a {brace}.`,
    solution: `Retry entry ${i} later.`,
    visibility: i % 7 === 0 ? 'internal' : 'public',
    retryable: i % 3 === 0,
    ...(i % 10 === 0 ? { data: { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } } } } : {}),
    aliases: [],
    anchor: defaultAnchor(key),
    sharedCode: false,
    inferred: [],
    translations: {},
  };
}

function syntheticCatalog(size) {
  const entries = Array.from({ length: size }, (_, i) => syntheticEntry(i));
  const groups = [...new Set(entries.map((e) => e.group))].map((name) => ({ name, title: name, inferred: [], keys: entries.filter((e) => e.group === name).map((e) => e.key), translations: {} }));
  return {
    id: `bench${size}`,
    title: `Bench ${size}`,
    version: '1.0.0',
    defaultLocale: 'en',
    locales: ['en'],
    packages: { errors: `@bench/bench${size}-errors`, openapi: `@bench/bench${size}-openapi`, i18n: `@bench/bench${size}-i18n` },
    docs: { baseUrl: 'https://docs.example.com/errors' },
    publish: { scope: '@bench', license: 'UNLICENSED', homepage: 'https://docs.example.com/errors', access: 'public' },
    envelope: { shape: 'object', codeType: 'integer', fields: { code: 'code', message: 'msg', data: 'data' }, inferred: [] },
    sharedCodes: [],
    groups,
    entries,
    inferred: [],
  };
}

function write(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}

async function measure(size, workdir) {
  const model = syntheticCatalog(size);
  const start = performance.now();
  const pkg = emitErrorsPackage(model, context);
  const generateMs = performance.now() - start;

  const project = join(workdir, `n${size}`);
  const pkgDir = join(project, 'node_modules', '@bench', `bench${size}-errors`);
  for (const file of pkg.files) write(join(pkgDir, file.path), file.contents);
  const picked = model.entries.find((e) => e.outcome === 'error' && e.params.length > 0);
  write(join(project, 'package.json'), '{ "name": "bench-consumer", "private": true, "type": "module" }\n');
  write(
    join(project, 'src', 'consumer.ts'),
    [
      `import { ${picked.className}, createError, fromResponse, isCatalogError, codes, type ErrorKey } from "${model.packages.errors}";`,
      `const e = new ${picked.className}({ name: "db", count: 2 });`,
      `const f = createError(${JSON.stringify(picked.key)}, { name: "db", count: 1 });`,
      'const r = fromResponse({ code: 10001, msg: "x" }, 400);',
      `const k: ErrorKey = ${JSON.stringify(picked.key)};`,
      `export const used = [e.code, f.message, r.outcome === "error" && isCatalogError(r.error, ${JSON.stringify(picked.key)}) ? r.error.params : null, k, codes[k]];`,
      '',
    ].join('\n'),
  );
  write(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, skipLibCheck: false, types: [] }, include: ['src'] }),
  );
  const tscStart = performance.now();
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project, stdio: 'inherit' });
  const tscMs = performance.now() - tscStart;

  write(join(project, 'entry.mjs'), `import { ${picked.className} } from "${model.packages.errors}";\nconsole.log(new ${picked.className}({ name: "db", count: 2 }).message);\n`);
  const bundle = await build({ entryPoints: [join(project, 'entry.mjs')], bundle: true, minify: true, format: 'esm', write: false, absWorkingDir: project, logLevel: 'silent' });
  const bundleBytes = bundle.outputFiles[0].contents.byteLength;
  const packageBytes = pkg.files.reduce((sum, f) => sum + Buffer.byteLength(f.contents), 0);
  return { size, generateMs, tscMs, bundleBytes, packageBytes };
}

/**
 * The shared-code text matcher on a 1.6 MB hostile message (moved here from runtime.test.ts, which
 * keeps only the result): a backtracking pattern would show up as seconds instead of milliseconds.
 */
async function measureSharedTextMatch(workdir) {
  const shared = (key, message, params) => ({ ...syntheticEntry(1), key, className: `${pascalName(key)}Error`, pascalName: pascalName(key), code: 904, message, params, anchor: defaultAnchor(key), sharedCode: true, data: undefined, visibility: 'public', group: 'group0' });
  const model = {
    ...syntheticCatalog(0),
    id: 'benchshared',
    packages: { errors: '@bench/benchshared-errors', openapi: '@bench/benchshared-openapi', i18n: '@bench/benchshared-i18n' },
    entries: [shared('FAILED_SHORT', 'Failed: {what}', [{ name: 'what', type: 'string' }]), shared('FAILED_LONG', 'Failed: {what} at {where}', [{ name: 'what', type: 'string' }, { name: 'where', type: 'string' }])],
    groups: [{ name: 'group0', title: 'group0', inferred: [], keys: ['FAILED_SHORT', 'FAILED_LONG'], translations: {} }],
    sharedCodes: [{ code: 904, keys: ['FAILED_SHORT', 'FAILED_LONG'], reason: 'bench' }],
  };
  const dir = join(workdir, 'shared');
  for (const file of emitErrorsPackage(model, context).files) write(join(dir, file.path), file.contents);
  const { fromResponse } = await import(pathToFileURL(join(dir, 'index.js')).href);
  const text = `${'Failed: '.repeat(200_000)}x`;
  const start = performance.now();
  const decoded = fromResponse({ code: 904, msg: text });
  return { ms: performance.now() - start, key: decoded.key };
}

const workdir = mkdtempSync(join(tmpdir(), 'errata-bench-'));
try {
  emitErrorsPackage(syntheticCatalog(10), context); // warm-up: module loading is not generation time
  const results = [];
  for (const size of sizes.length ? sizes : [100, 1000, 10000]) results.push(await measure(size, workdir));
  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log('\nerrors package emitter benchmark (node %s, %d CPUs)\n', process.version, (await import('node:os')).cpus().length);
  console.log('entries  | generate | per entry | tsc --noEmit (strict) | one-class bundle (esbuild, min) | package size');
  console.log('---------|----------|-----------|-----------------------|---------------------------------|-------------');
  for (const r of results) {
    console.log(
      `${String(r.size).padStart(8)} | ${fmt(r.generateMs).padStart(8)} | ${`${((r.generateMs / r.size) * 1000).toFixed(0)} µs`.padStart(9)} | ${fmt(r.tscMs).padStart(21)} | ${`${r.bundleBytes} B`.padStart(31)} | ${`${(r.packageBytes / 1024).toFixed(0)} KiB`.padStart(12)}`,
    );
  }
  const match = await measureSharedTextMatch(workdir);
  console.log(`\nshared-code text matcher, 1.6 MB hostile message: ${match.ms.toFixed(1)} ms (decoded as ${match.key}; target < 1 s): ${match.ms < 1000 ? 'ok' : 'TOO SLOW'}`);
  const last = results[results.length - 1];
  if (last.size >= 10000) console.log(`\n10,000 entries generate in ${fmt(last.generateMs)} (target < 10 s): ${last.generateMs < 10000 ? 'ok' : 'TOO SLOW'}`);
} finally {
  rmSync(workdir, { recursive: true, force: true });
}
