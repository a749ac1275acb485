/**
 * The writer when the file system refuses a step: the swap of the staged package into place fails
 * (a rename refused, as on Windows when a file is open). The previous package, node_modules
 * included, must be exactly as it was.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempTree } from '../support/temp-catalog.js';

// Fails the rename whose source matches `refuse.from` (a staging folder), once armed.
const refuse = vi.hoisted(() => ({ from: undefined as RegExp | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (refuse.from?.test(String(from))) throw Object.assign(new Error(`EPERM: operation not permitted, rename '${from}' -> '${to}'`), { code: 'EPERM' });
      return fs.renameSync(from, to);
    },
  };
});

const { writePackage } = await import('../../src/write/package-writer.js');

const pkg = (files: Record<string, string>) => ({ dir: 'demo', files: Object.entries(files).map(([path, contents]) => ({ path, contents })) });

afterEach(() => {
  refuse.from = undefined;
});

describe('package writer, when swapping the staged package in fails', () => {
  it('puts the previous package back with its node_modules, and leaves no staging or previous folder', () => {
    const root = tempTree({ 'demo/a.txt': 'previous', 'demo/node_modules/x/index.js': 'kept' });
    refuse.from = /\.demo\.staging-\d+$/;
    expect(() => writePackage(root, pkg({ 'a.txt': 'new' }))).toThrow(/EPERM/);
    expect(readFileSync(`${root}/demo/a.txt`, 'utf8')).toBe('previous');
    expect(readFileSync(`${root}/demo/node_modules/x/index.js`, 'utf8')).toBe('kept');
    expect(readdirSync(root)).toEqual(['demo']);
  });

  it('writes nothing where there was no package', () => {
    const root = tempTree({ 'other/x.txt': 'x' });
    refuse.from = /\.demo\.staging-\d+$/;
    expect(() => writePackage(root, pkg({ 'a.txt': 'new' }))).toThrow(/EPERM/);
    expect(existsSync(`${root}/demo`)).toBe(false);
    expect(readdirSync(root)).toEqual(['other']);
  });
});
