import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planPackage, recoverInterruptedWrite, writePackage } from '../../src/write/package-writer.js';
import { tempTree } from '../support/temp-catalog.js';

const pkg = (files: Record<string, string>) => ({ dir: 'demo', files: Object.entries(files).map(([path, contents]) => ({ path, contents })) });

describe('package writer', () => {
  it('plans added, changed and removed files, sorted', () => {
    const root = tempTree({ 'demo/same.txt': 's', 'demo/old.txt': 'o', 'demo/changed.txt': '1' });
    expect(planPackage(root, pkg({ 'same.txt': 's', 'changed.txt': '2', 'sub/new.txt': 'n' }))).toEqual([
      { path: 'demo/changed.txt', status: 'changed' },
      { path: 'demo/old.txt', status: 'removed' },
      { path: 'demo/sub/new.txt', status: 'added' },
    ]);
  });

  it('replaces the package whole, dropping orphans and keeping node_modules', () => {
    const root = tempTree({ 'demo/old.txt': 'o', 'demo/node_modules/x/index.js': 'kept' });
    writePackage(root, pkg({ 'a.txt': 'A', 'sub/b.txt': 'B' }));
    expect(readFileSync(`${root}/demo/a.txt`, 'utf8')).toBe('A');
    expect(existsSync(`${root}/demo/old.txt`)).toBe(false);
    expect(readFileSync(`${root}/demo/node_modules/x/index.js`, 'utf8')).toBe('kept');
    expect(readdirSync(root)).toEqual(['demo']);
  });

  it('a failure while staging leaves the previous package untouched and no staging folder behind', () => {
    const root = tempTree({ 'demo/a.txt': 'previous', 'demo/node_modules/x.js': 'kept' });
    // `a.txt` as a file and as a folder cannot both be written: staging fails half-way.
    expect(() => writePackage(root, pkg({ 'b.txt': 'new', 'a.txt': 'file', 'a.txt/c.txt': 'dir' }))).toThrow();
    expect(readFileSync(`${root}/demo/a.txt`, 'utf8')).toBe('previous');
    expect(readFileSync(`${root}/demo/node_modules/x.js`, 'utf8')).toBe('kept');
    expect(existsSync(`${root}/demo/b.txt`)).toBe(false);
    expect(readdirSync(root)).toEqual(['demo']);
  });

  it('plans every file of a package not yet written as added, nested ones included', () => {
    const root = tempTree({ 'other/x.txt': 'x' });
    expect(planPackage(root, pkg({ 'a.txt': 'A', 'sub/deeper/b.txt': 'B' }))).toEqual([
      { path: 'demo/a.txt', status: 'added' },
      { path: 'demo/sub/deeper/b.txt', status: 'added' },
    ]);
  });

  it('plans nested files on disk, and never node_modules at the top (a nested one is output)', () => {
    const root = tempTree({ 'demo/sub/same.txt': 's', 'demo/sub/gone.txt': 'g', 'demo/node_modules/x/index.js': 'dep', 'demo/sub/node_modules/y.js': 'out' });
    expect(planPackage(root, pkg({ 'sub/same.txt': 's' }))).toEqual([
      { path: 'demo/sub/gone.txt', status: 'removed' },
      { path: 'demo/sub/node_modules/y.js', status: 'removed' },
    ]);
  });

  it('writes several files per folder and deep paths', () => {
    const root = tempTree({});
    writePackage(root, pkg({ 'a.txt': 'A', 'b.txt': 'B', 'x/y/z.txt': 'Z', 'x/y/w.txt': 'W' }));
    expect(['a.txt', 'b.txt', 'x/y/z.txt', 'x/y/w.txt'].map((f) => readFileSync(`${root}/demo/${f}`, 'utf8'))).toEqual(['A', 'B', 'Z', 'W']);
  });

  it('leaves alone folders that only look like leftovers', () => {
    const names = ['x.demo.staging-2147483646', '.demo.staging-2147483646x', '.demo.previous-', '.demo.backup-2147483646', '.demo2.previous-2147483646'];
    const root = tempTree(Object.fromEntries(names.map((n) => [`${n}/a.txt`, n])));
    recoverInterruptedWrite(root, 'demo');
    expect(readdirSync(root).sort()).toEqual([...names].sort());
  });

  it('creates the output folder when missing', () => {
    const root = tempTree({});
    mkdirSync(`${root}/x`);
    writeFileSync(`${root}/x/keep`, '');
    writePackage(`${root}/out/deeper`, pkg({ 'a.txt': 'A' }));
    expect(readFileSync(`${root}/out/deeper/demo/a.txt`, 'utf8')).toBe('A');
  });

  it('after a run killed between the two renames, the previous package comes back and leftovers go', () => {
    // pid 2147483647 is never a live process here.
    const root = tempTree({ '.demo.previous-2147483647/a.txt': 'previous', '.demo.staging-2147483647/a.txt': 'half', 'other/x.txt': 'x' });
    recoverInterruptedWrite(root, 'demo');
    expect(readFileSync(`${root}/demo/a.txt`, 'utf8')).toBe('previous');
    expect(readdirSync(root).sort()).toEqual(['demo', 'other']);
    writePackage(root, pkg({ 'a.txt': 'new' }));
    expect(readFileSync(`${root}/demo/a.txt`, 'utf8')).toBe('new');
  });

  it('after several killed runs, the package moved aside by the newest run (highest pid) comes back', () => {
    const root = tempTree({ '.demo.previous-2147483645/a.txt': 'older', '.demo.previous-2147483646/a.txt': 'newer', '.demo.staging-2147483644/a.txt': 'half' });
    recoverInterruptedWrite(root, 'demo');
    expect(readFileSync(`${root}/demo/a.txt`, 'utf8')).toBe('newer');
    expect(readdirSync(root)).toEqual(['demo']);
  });

  it('leftovers of another package are not touched', () => {
    const root = tempTree({ '.other.previous-2147483645/a.txt': 'x', '.demo.previous-2147483646/a.txt': 'demo' });
    recoverInterruptedWrite(root, 'demo');
    expect(readdirSync(root).sort()).toEqual(['.other.previous-2147483645', 'demo']);
  });

  it('leftovers of a killed run are removed when the package itself is intact, and a live writer is left alone', () => {
    const root = tempTree({ 'demo/a.txt': 'current', '.demo.previous-2147483647/a.txt': 'old', [`.demo.staging-${process.ppid}/a.txt`]: 'someone else writing' });
    writePackage(root, pkg({ 'a.txt': 'new' }));
    expect(readFileSync(`${root}/demo/a.txt`, 'utf8')).toBe('new');
    expect(readdirSync(root).sort()).toEqual([`.demo.staging-${process.ppid}`, 'demo']);
  });
});
