/**
 * What `generate --check` and `release` count as stale (planOutput, staleCount), and how the writer
 * asks npm to rewrite the lockfile (syncLockfile), in-process: a stand-in `npm-cli.js` records what
 * it was asked, and the real npm on the PATH rewrites a real workspace's lockfile.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { planOutput, staleCount } from '../../src/write/output-plan.js';
import { lockfileWorkspace, syncLockfile } from '../../src/write/workspace-lockfile.js';
import { tempTree } from '../support/temp-catalog.js';

const made: string[] = [];
const tree = (files: Record<string, string>) => {
  const root = tempTree(files);
  made.push(root);
  return root;
};
afterAll(() => {
  for (const root of made) rmSync(root, { recursive: true, force: true });
});

const rootManifest = JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] });
const manifest = (version: string) => JSON.stringify({ name: '@x/a-errors', version, license: 'MIT' });
const pkgA = (version: string) => ({ dir: 'a-errors', files: [{ path: 'package.json', contents: manifest(version) }, { path: 'index.js', contents: 'export {};\n' }] });
const currentLock = JSON.stringify({
  packages: {
    '': { name: 'root' },
    'packages/a-errors': { name: '@x/a-errors', version: '1.0.0', license: 'MIT' },
    'node_modules/@x/a-errors': { resolved: 'packages/a-errors', link: true },
  },
});

describe('planOutput and staleCount', () => {
  it('outside a workspace: the changed files only, no lockfile', () => {
    const out = tree({ 'a-errors/package.json': manifest('1.0.0'), 'a-errors/old.js': '' });
    const plan = planOutput(out, [pkgA('1.0.0')]);
    expect(plan).toEqual({
      outDir: out,
      files: [
        { path: 'a-errors/index.js', status: 'added' },
        { path: 'a-errors/old.js', status: 'removed' },
      ],
    });
    expect(staleCount(plan)).toBe(2);
  });

  it('in a workspace with a current lockfile: the files, the lockfile named with no drift and not counted', () => {
    const root = tree({ 'package.json': rootManifest, 'package-lock.json': currentLock, 'packages/a-errors/package.json': manifest('1.0.0') });
    const plan = planOutput(join(root, 'packages'), [pkgA('1.0.0')]);
    expect(plan).toEqual({ outDir: join(root, 'packages'), files: [{ path: 'a-errors/index.js', status: 'added' }], lockfile: { path: join(root, 'package-lock.json'), drift: [] } });
    expect(staleCount(plan)).toBe(1);
  });

  it('a lockfile that lags counts as one more stale file, even when no file changes', () => {
    const root = tree({ 'package.json': rootManifest, 'package-lock.json': currentLock, 'packages/a-errors/package.json': manifest('1.1.0'), 'packages/a-errors/index.js': 'export {};\n' });
    const plan = planOutput(join(root, 'packages'), [pkgA('1.1.0')]);
    expect(plan.files).toEqual([]);
    expect(plan.lockfile).toEqual({ path: join(root, 'package-lock.json'), drift: ['packages/a-errors: version is "1.0.0", the package says "1.1.0"'] });
    expect(staleCount(plan)).toBe(1);
  });
});

describe('syncLockfile', () => {
  const saved = process.env['npm_execpath'];
  afterEach(() => {
    if (saved === undefined) delete process.env['npm_execpath'];
    else process.env['npm_execpath'] = saved;
  });
  const command = 'npm install --package-lock-only --prefer-offline --ignore-scripts --no-audit --no-fund';
  // Stands in for the npm that ran errata: records its arguments, cwd and log level, answers on both streams.
  const fakeNpm = (exitCode: number) =>
    `const fs = require('fs');\nfs.writeFileSync(__dirname + '/called.json', JSON.stringify({ args: process.argv.slice(2), cwd: process.cwd(), loglevel: process.env.npm_config_loglevel }));\nprocess.stdout.write(' out\\n');\nprocess.stderr.write('err \\n');\nprocess.exit(${exitCode});\n`;
  const workspace = () => {
    const root = tree({ 'package.json': rootManifest, 'package-lock.json': '{}', 'packages/a-errors/package.json': manifest('1.0.0') });
    return lockfileWorkspace(join(root, 'packages'))!;
  };

  it('runs the npm that invoked errata (npm_execpath) with the lockfile-only arguments, in the root', () => {
    for (const name of ['npm-cli.js', 'npm-cli.cjs']) {
      const bin = tree({ [name]: fakeNpm(0) });
      process.env['npm_execpath'] = join(bin, name);
      const ws = workspace();
      expect(syncLockfile(ws), name).toEqual({ ok: true, output: 'out\nerr', command });
      expect(JSON.parse(readFileSync(join(bin, 'called.json'), 'utf8'))).toEqual({ args: command.split(' ').slice(1), cwd: ws.root, loglevel: 'error' });
    }
  });

  it('reports a failing npm with its output', () => {
    const bin = tree({ 'npm-cli.js': fakeNpm(3) });
    process.env['npm_execpath'] = join(bin, 'npm-cli.js');
    expect(syncLockfile(workspace())).toEqual({ ok: false, output: 'out\nerr', command });
  });

  it('uses npm from the PATH when npm_execpath is absent, missing, or another package manager', () => {
    const other = tree({ 'pnpm.cjs': fakeNpm(9), 'npm-cli.js.bak': fakeNpm(9) });
    for (const execPath of [undefined, join(other, 'gone', 'npm-cli.js'), join(other, 'pnpm.cjs'), join(other, 'npm-cli.js.bak')]) {
      if (execPath === undefined) delete process.env['npm_execpath'];
      else process.env['npm_execpath'] = execPath;
      const ws = workspace();
      const result = syncLockfile(ws);
      expect(result, String(execPath)).toMatchObject({ ok: true, command });
      expect(existsSync(join(other, 'called.json'))).toBe(false);
      const lock = JSON.parse(readFileSync(ws.lockfile, 'utf8')) as { packages: Record<string, unknown> };
      expect(lock.packages['packages/a-errors']).toMatchObject({ name: '@x/a-errors', version: '1.0.0', license: 'MIT' });
    }
  }, 60_000);
});
