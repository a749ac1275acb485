import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { GeneratedPackage } from '../emit/virtual-file.js';
import { compareStrings } from '../util/compare-strings.js';
import { isAlive } from './process-alive.js';

/** How a file on disk differs from what the generator would write. */
export interface FileChange {
  /** Path relative to the output folder: `agent-ops-errors/index.js`. */
  readonly path: string;
  readonly status: 'added' | 'changed' | 'removed';
}

// Installed dependencies are not generated output; they survive regeneration.
const preserved = new Set(['node_modules']);

/** Compares a package with what is on disk under `outDir`. Reads only. */
export function planPackage(outDir: string, pkg: GeneratedPackage): FileChange[] {
  const target = join(outDir, pkg.dir);
  const existing = new Set(listFiles(target));
  const changes: FileChange[] = [];
  for (const file of pkg.files) {
    const onDisk = join(target, file.path);
    if (!existing.has(file.path)) changes.push({ path: `${pkg.dir}/${file.path}`, status: 'added' });
    else if (readFileSync(onDisk, 'utf8') !== file.contents) changes.push({ path: `${pkg.dir}/${file.path}`, status: 'changed' });
    existing.delete(file.path);
  }
  for (const orphan of existing) changes.push({ path: `${pkg.dir}/${orphan}`, status: 'removed' });
  return changes.sort((a, b) => compareStrings(a.path, b.path));
}

/**
 * Writes a package atomically: the whole package is staged in a sibling folder and swapped in
 * with renames, so a failure at any point leaves the previous package as it was.
 */
export function writePackage(outDir: string, pkg: GeneratedPackage): void {
  mkdirSync(outDir, { recursive: true });
  recoverInterruptedWrite(outDir, pkg.dir);
  const target = join(outDir, pkg.dir);
  const staging = join(outDir, `.${pkg.dir}.staging-${process.pid}`);
  const previous = join(outDir, `.${pkg.dir}.previous-${process.pid}`);
  // Stryker disable next-line BooleanLiteral,ObjectLiteral: equivalent, recoverInterruptedWrite just removed any staging folder of this pid (isAlive is false for itself)
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of pkg.files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    for (const name of preserved) if (existsSync(join(target, name))) renameSync(join(target, name), join(staging, name));
  } catch (error) {
    giveUp(staging, target);
    throw error;
  }
  const hadPrevious = existsSync(target);
  if (hadPrevious) renameSync(target, previous);
  try {
    renameSync(staging, target);
  } catch (error) {
    if (hadPrevious) renameSync(previous, target);
    // node_modules now sits in staging: it goes back into the restored package, not away with staging.
    giveUp(staging, target);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** Puts back what was moved out of the old package into `staging`, then removes `staging`. */
function giveUp(staging: string, target: string): void {
  for (const name of preserved) if (existsSync(join(staging, name)) && existsSync(target)) renameSync(join(staging, name), join(target, name));
  rmSync(staging, { recursive: true, force: true });
}

/**
 * Cleans up after a run that was killed mid-write (by the pid in the sibling folders' names, skipping
 * processes still alive): a package moved aside but never replaced is put back, and leftover
 * staging and previous folders are removed.
 */
export function recoverInterruptedWrite(outDir: string, dir: string): void {
  const leftovers = readdirSync(outDir)
    .map((name) => /^\.(.+)\.(staging|previous)-(\d+)$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null && m[1] === dir && !isAlive(Number(m[3])))
    .sort((a, b) => Number(b[3]) - Number(a[3]));
  const target = join(outDir, dir);
  for (const [name, , kind] of leftovers) {
    const path = join(outDir, name);
    if (kind === 'previous' && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}

/** Every file under `dir`, relative and `/`-separated, skipping preserved folders. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (current === dir && preserved.has(entry.name)) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      // Stryker disable next-line StringLiteral: equivalent on POSIX, where a relative path never holds a backslash (Windows only)
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}
