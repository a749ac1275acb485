/** Publishability: esbuild tree-shaking, publint, @arethetypeswrong/cli, and `npm pack` installed into an empty project. */
import { beforeAll, describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { emitErrorsPackage } from '../../src/emit/errors/errors-package.js';
import { sampleCatalog, testContext } from '../support/model-fixtures.js';
import { binPath, consumerTsconfig, installPackage, run, tempDir, writeFile, writePackage } from './support/temp-project.js';

const model = sampleCatalog();
const pkg = emitErrorsPackage(model, testContext);

describe('tree-shaking with esbuild', () => {
  test('importing one class leaves out the other classes, the tables and the decoder', async () => {
    const project = tempDir('bundle');
    installPackage(project, model.packages.errors, pkg);
    writeFile(join(project, 'entry.mjs'), `import { NotExistAccountError } from "${model.packages.errors}";\nconsole.log(new NotExistAccountError({ account: "a" }).message);\n`);
    const result = await build({ entryPoints: [join(project, 'entry.mjs')], bundle: true, format: 'esm', write: false, absWorkingDir: project, logLevel: 'silent' });
    const text = result.outputFiles[0]!.text;
    expect(text).toContain('NotExistAccountError');
    expect(text).toContain('class extends Error');
    for (const absent of ['RateLimitedError', 'TooManyItemsError', 'ApiError', '_index', 'fromResponse', 'createError', 'Object.freeze', 'Validation failed', '_plural']) {
      expect(text, absent).not.toContain(absent);
    }
  });
});

describe('publishable', () => {
  let packed: string;
  let dir: string;
  beforeAll(async () => {
    dir = writePackage(tempDir('publish'), pkg);
    const out = tempDir('tarball');
    const pack = await run('npm', ['pack', '--silent', '--pack-destination', out], dir);
    expect(pack.code, pack.output).toBe(0);
    packed = join(out, readdirSync(out).find((f) => f.endsWith('.tgz'))!);
  }, 60_000);

  test('publint reports nothing', async () => {
    const result = await run(process.execPath, [binPath('publint'), dir, '--strict'], dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('All good!');
  }, 60_000);

  test('@arethetypeswrong/cli --profile esm-only reports nothing', async () => {
    const result = await run(process.execPath, [binPath('attw'), packed, '--profile', 'esm-only', '--format', 'ascii'], dir);
    expect(result.code, result.output).toBe(0);
    // The esm-only profile ignores the CJS resolutions; every other resolution must be clean.
    const problems = result.output.split('\n').filter((line) => /⚠️|❌|💀|🔴/u.test(line) && !line.includes('(ignored'));
    expect(problems).toEqual([]);
    expect(result.output).toContain('node16 (from ESM): 🟢 (ESM)');
    expect(result.output).toContain('bundler: 🟢');
  }, 60_000);

  test('npm pack tarball installs into an empty project, imports by name, type-checks under NodeNext', async () => {
    const project = tempDir('install');
    writeFile(join(project, 'package.json'), '{ "name": "fresh", "version": "0.0.0", "private": true, "type": "module" }\n');
    const install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', packed], project);
    expect(install.code, install.output).toBe(0);
    expect(readdirSync(join(project, 'node_modules', '@errata', 'sample-errors')).sort()).toEqual(['README.md', 'index.d.ts', 'index.js', 'package.json']);
    writeFile(
      join(project, 'main.mjs'),
      `import { createError, fromResponse, codes } from "${model.packages.errors}";\nconst e = createError("NOT_EXIST_ACCOUNT", { account: "zoe" });\nconsole.log(JSON.stringify([e.message, fromResponse(e.toResponse()).key, codes.OK]));\n`,
    );
    const node = await run(process.execPath, ['main.mjs'], project);
    expect(node.output.trim()).toBe(JSON.stringify(['Account zoe does not exist', 'NOT_EXIST_ACCOUNT', 0]));
    writeFile(
      join(project, 'src', 'main.ts'),
      `import { createError, NotExistAccountError } from "${model.packages.errors}";\nconst e: NotExistAccountError = createError("NOT_EXIST_ACCOUNT", { account: "zoe" });\nexport const code: 1101 = e.code;\n// @ts-expect-error: params are required\ncreateError("NOT_EXIST_ACCOUNT");\n`,
    );
    writeFile(join(project, 'tsconfig.json'), consumerTsconfig('NodeNext', ['src']));
    const tsc = await run(process.execPath, [binPath('tsc'), '-p', 'tsconfig.json', '--pretty', 'false'], project);
    expect(tsc.output).toBe('');
    expect(tsc.code).toBe(0);
  }, 90_000);
});
