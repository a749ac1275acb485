/**
 * Which lockfile an output folder's packages belong to, and how it lags the packages, in-process
 * (workspace-lockfile.test.ts runs npm itself on a real workspace).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockfileDrift, lockfileWorkspace } from '../../src/write/workspace-lockfile.js';
import { tempTree } from '../support/temp-catalog.js';

const manifest = (workspaces: unknown) => JSON.stringify({ name: 'root', private: true, workspaces });
const pkg = (dir: string, fields: Record<string, unknown> | undefined) => ({ dir, files: fields ? [{ path: 'package.json', contents: JSON.stringify(fields) }, { path: 'index.js', contents: '' }] : [{ path: 'index.js', contents: '' }] });

describe('lockfileWorkspace', () => {
  it('finds the root whose workspaces glob is <outDir>/*, with its lockfile', () => {
    for (const workspaces of [['packages/*'], ['./packages/*'], ['packages/*/'], ['packages/*//'], { packages: ['other/*', 'packages/*'] }]) {
      const root = tempTree({ 'package.json': manifest(workspaces), 'package-lock.json': '{}' });
      expect(lockfileWorkspace(join(root, 'packages')), JSON.stringify(workspaces)).toEqual({ root, lockfile: join(root, 'package-lock.json'), outDir: 'packages' });
    }
    const nested = tempTree({ 'package.json': manifest(['gen/out/*']), 'package-lock.json': '{}' });
    expect(lockfileWorkspace(join(nested, 'gen', 'out'))?.outDir).toBe('gen/out');
  });

  it('is undefined without a root, a lockfile, a matching glob, or for the root itself or a folder outside it', () => {
    expect(lockfileWorkspace(tempTree({ 'x.txt': '' }))).toBeUndefined();
    const noLock = tempTree({ 'package.json': manifest(['packages/*']) });
    expect(lockfileWorkspace(join(noLock, 'packages'))).toBeUndefined();
    const root = tempTree({ 'package.json': manifest(['packages/*', 7]), 'package-lock.json': '{}' });
    expect(lockfileWorkspace(join(root, 'out'))).toBeUndefined();
    expect(lockfileWorkspace(join(root, 'packages', 'deeper'))).toBeUndefined();
    expect(lockfileWorkspace(root)).toBeUndefined();
    // An Nx root whose package.json cannot be read has no workspaces.
    const unreadable = tempTree({ 'nx.json': '{}', 'package.json': '{ not json', 'package-lock.json': '{}' });
    expect(lockfileWorkspace(join(unreadable, 'packages'))).toBeUndefined();
    for (const workspaces of [{ packages: 'packages/*' }, { nope: ['packages/*'] }, true]) {
      const odd = tempTree({ 'package.json': manifest(workspaces), 'package-lock.json': '{}' });
      expect(lockfileWorkspace(join(odd, 'packages')), JSON.stringify(workspaces)).toBeUndefined();
    }
  });
});

describe('lockfileDrift', () => {
  const workspace = (lock: unknown, extra: Record<string, string> = {}) => {
    const root = tempTree({ 'package.json': manifest(['packages/*']), 'package-lock.json': typeof lock === 'string' ? lock : JSON.stringify(lock), ...extra });
    return lockfileWorkspace(join(root, 'packages'))!;
  };
  const current = {
    packages: {
      '': { name: 'root' },
      'packages/a-errors': { name: '@x/a-errors', version: '1.0.0', license: 'MIT' },
      'node_modules/@x/a-errors': { resolved: 'packages/a-errors', link: true },
    },
  };
  const a = (fields: Record<string, unknown> = {}) => pkg('a-errors', { name: '@x/a-errors', version: '1.0.0', license: 'MIT', ...fields });

  it('is empty when the lockfile lists each package as it is, linked', () => {
    expect(lockfileDrift(workspace(current), [a()])).toEqual([]);
  });

  it('names each field that differs, with both values', () => {
    expect(lockfileDrift(workspace(current), [a({ version: '1.1.0', license: undefined })])).toEqual([
      'packages/a-errors: version is "1.0.0", the package says "1.1.0"',
      'packages/a-errors: license is "MIT", the package says absent',
    ]);
  });

  it('names a package missing from it, and a missing or wrong link', () => {
    expect(lockfileDrift(workspace({ packages: {} }), [a()])).toEqual(['@x/a-errors (packages/a-errors) is not in it']);
    expect(lockfileDrift(workspace({ packages: {} }), [pkg('a-errors', { version: '1.0.0' })])).toEqual(['packages/a-errors (packages/a-errors) is not in it']);
    const unlinked = { packages: { ...current.packages, 'node_modules/@x/a-errors': { resolved: 'packages/other', link: true } } };
    expect(lockfileDrift(workspace(unlinked), [a()])).toEqual(['node_modules/@x/a-errors does not link to packages/a-errors']);
    const notALink = { packages: { ...current.packages, 'node_modules/@x/a-errors': { resolved: 'packages/a-errors', link: 'yes' } } };
    expect(lockfileDrift(workspace(notALink), [a()])).toEqual(['node_modules/@x/a-errors does not link to packages/a-errors']);
    const noEntry = { packages: { '': {}, 'packages/a-errors': current.packages['packages/a-errors'] } };
    expect(lockfileDrift(workspace(noEntry), [a()])).toEqual(['node_modules/@x/a-errors does not link to packages/a-errors']);
  });

  it('a package without a package.json is not checked, and one without a name needs no link', () => {
    expect(lockfileDrift(workspace({ packages: {} }), [pkg('a-errors', undefined)])).toEqual([]);
    const unnamed = { packages: { 'packages/a-errors': { version: '1.0.0' } } };
    expect(lockfileDrift(workspace(unnamed), [pkg('a-errors', { version: '1.0.0', name: 5 })])).toEqual([]);
  });

  it('names listed packages whose folder is gone, but not those still on disk, nested paths or other folders', () => {
    const lock = { packages: { ...current.packages, 'packages/gone': { name: 'gone' }, 'packages/kept': { name: 'kept' }, 'packages/kept/nested': {}, 'other/x': {}, packagesish: {} } };
    expect(lockfileDrift(workspace(lock, { 'packages/kept/package.json': '{}' }), [a()])).toEqual(['packages/gone is listed but no longer exists']);
    // A folder left without its package.json is no package either.
    expect(lockfileDrift(workspace(lock, { 'packages/kept/package.json': '{}', 'packages/gone/README.md': '' }), [a()])).toEqual(['packages/gone is listed but no longer exists']);
  });

  it('an unreadable or odd lockfile counts as empty', () => {
    for (const lock of ['{ not json', '[]', JSON.stringify({ packages: [] })]) {
      expect(lockfileDrift(workspace(lock), [a()]), lock).toEqual(['@x/a-errors (packages/a-errors) is not in it']);
    }
  });
});
