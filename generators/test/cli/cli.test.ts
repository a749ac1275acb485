import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands, run } from '../../src/cli/main.js';
import { bufferIO, tempTree } from '../support/temp-catalog.js';
import { seedIds, workspaceCatalogIds } from '../support/workspace-catalogs.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/errata.js', import.meta.url));

const twoProblems = `id: shop
title: Shop
version: 1.0.0
defaultLocale: en
envelope: { shape: object, codeType: integer }
groups:
  - name: general
    entries:
      - { key: A, code: 1, message: a }
      - { key: B, code: 1, message: b }
      - { key: C, code: "2", message: c }
`;

describe('errata CLI', () => {
  it('validates every catalog of the workspace (exit 0), counting them in the summary', async () => {
    const { io, stdout, stderr } = bufferIO(repo);
    const count = workspaceCatalogIds(repo).length;
    expect(count).toBeGreaterThanOrEqual(seedIds.length);
    expect(await run(['validate'], io)).toBe(0);
    // Warnings may be printed for a catalog a team is still translating; errors may not.
    expect(stdout()).not.toMatch(/: error /);
    expect(stderr()).toMatch(new RegExp(`^${count} of ${count} catalogs valid \\(0 errors`, 'm'));
  });

  it('reports a duplicated code and a code of the wrong type at their lines, exit 1', async () => {
    const root = tempTree({ 'catalogs/shop/catalog.yaml': twoProblems });
    const { io, stdout } = bufferIO(root);
    expect(await run(['validate'], io)).toBe(1);
    expect(stdout()).toBe(
      'catalogs/shop/catalog.yaml:10:25: error duplicate-code: code 1 of `B` is already used by `A` (line 9); use another code, or declare it in `sharedCodes` if the API really sends it for both\n' +
        "catalogs/shop/catalog.yaml:11:25: error code-type: code of `C` is the string \"2\", but the envelope's codeType is integer (write 2 without quotes)\n",
    );
  });

  it('prints JSON and GitHub annotations with --reporter', async () => {
    const root = tempTree({ 'catalogs/shop/catalog.yaml': twoProblems });
    const json = bufferIO(root);
    expect(await run(['validate', '--reporter', 'json'], json.io)).toBe(1);
    expect(JSON.parse(json.stdout())).toEqual([
      expect.objectContaining({ file: 'catalogs/shop/catalog.yaml', line: 10, column: 25, severity: 'error', rule: 'duplicate-code' }),
      expect.objectContaining({ line: 11, column: 25, rule: 'code-type' }),
    ]);
    const github = bufferIO(root);
    expect(await run(['validate', 'catalogs/shop', '--reporter', 'github'], github.io)).toBe(1);
    expect(github.stdout().split('\n')[0]).toMatch(/^::error file=catalogs\/shop\/catalog\.yaml,line=10,col=25,title=duplicate-code::code 1 of `B`/);
  });

  it('broken YAML is a positioned diagnostic, not a stack trace', () => {
    const root = tempTree({ 'catalogs/bad/catalog.yaml': 'id: bad\ngroups: [\n  - x: {\n' });
    const result = spawnSync(process.execPath, [bin, 'validate'], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^catalogs\/bad\/catalog\.yaml:\d+:\d+: error yaml-syntax: /);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a folder without catalog.yaml is reported, exit 1', async () => {
    const root = tempTree({ 'catalogs/empty/README.md': 'nothing' });
    const { io, stdout } = bufferIO(root);
    expect(await run(['validate'], io)).toBe(1);
    expect(stdout()).toMatch(/^catalogs\/empty\/catalog\.yaml:1:1: error missing-catalog: /);
  });

  it('usage errors exit 2: unknown command, unknown option, bad reporter, no command', async () => {
    for (const argv of [['frobnicate'], ['validate', '--frob'], ['validate', '--reporter', 'xml'], []]) {
      const { io, stderr } = bufferIO(repo);
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(stderr()).not.toBe('');
    }
  });

  it('--help for the CLI and every command exits 0 with usage', async () => {
    for (const argv of [['--help'], ...commands.map((c) => [c.name, '--help'])]) {
      const { io, stdout } = bufferIO(repo);
      expect(await run(argv, io)).toBe(0);
      expect(stdout()).toMatch(/^Usage: errata/);
    }
  });

  it('the installed bin runs the built CLI (exit codes through a real process)', () => {
    expect(spawnSync(process.execPath, [bin, '--help'], { cwd: repo }).status).toBe(0);
    expect(spawnSync(process.execPath, [bin, 'nope'], { cwd: repo }).status).toBe(2);
  });
});

describe('errata generate', () => {
  const catalog = `id: shop
title: Shop
version: 2.0.0
defaultLocale: en
envelope: { shape: object, codeType: integer }
groups:
  - name: general
    entries:
      - { key: NOT_FOUND, code: 404, message: Not found, httpStatus: 404 }
`;

  it('writes packages, then --check passes; an edit makes --check name the file and exit 1', async () => {
    const root = tempTree({ 'catalogs/shop/catalog.yaml': catalog, 'package.json': '{"workspaces":["packages/*"]}' });
    expect(await run(['generate'], bufferIO(root).io)).toBe(0);
    expect(JSON.parse(readFileSync(`${root}/packages/shop-errors/package.json`, 'utf8')).version).toBe('2.0.0');
    expect(await run(['generate', '--check'], bufferIO(root).io)).toBe(0);
    writeFileSync(`${root}/packages/shop-errors/package.json`, '{}\n');
    writeFileSync(`${root}/packages/shop-openapi/stray.txt`, 'x');
    const check = bufferIO(root);
    expect(await run(['generate', '--check'], check.io)).toBe(1);
    expect(check.stdout()).toBe('packages/shop-errors/package.json: would be changed\npackages/shop-openapi/stray.txt: would be removed\n');
    // --check wrote nothing.
    expect(readFileSync(`${root}/packages/shop-errors/package.json`, 'utf8')).toBe('{}\n');
  });

  it('an invalid catalog writes nothing and leaves the previous output as it was', async () => {
    const root = tempTree({ 'catalogs/shop/catalog.yaml': catalog, 'package.json': '{"workspaces":["packages/*"]}' });
    expect(await run(['generate'], bufferIO(root).io)).toBe(0);
    const before = readFileSync(`${root}/packages/shop-errors/package.json`, 'utf8');
    writeFileSync(`${root}/catalogs/shop/catalog.yaml`, catalog.replace('version: 2.0.0', 'version: 3.0.0').replace('code: 404', 'code: "404"'));
    const failed = bufferIO(root);
    expect(await run(['generate'], failed.io)).toBe(1);
    expect(failed.stdout()).toMatch(/error code-type/);
    expect(readFileSync(`${root}/packages/shop-errors/package.json`, 'utf8')).toBe(before);
  });

  it('--out writes elsewhere; output is byte-identical across runs', async () => {
    const root = tempTree({ 'catalogs/shop/catalog.yaml': catalog });
    mkdirSync(`${root}/a`);
    expect(await run(['generate', '--out', 'a'], bufferIO(root).io)).toBe(0);
    expect(await run(['generate', '--out', 'b'], bufferIO(root).io)).toBe(0);
    for (const file of ['shop-errors/package.json', 'shop-openapi/package.json', 'shop-i18n/package.json', 'shop-docs/package.json', 'shop-docs/index.html']) {
      expect(readFileSync(`${root}/a/${file}`, 'utf8')).toBe(readFileSync(`${root}/b/${file}`, 'utf8'));
    }
  });
});
