/** Temp folders with generated packages installed under node_modules, and the real tools run on them. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GeneratedPackage } from '../../../src/emit/virtual-file.js';

/** Repository root (tests run from it, but do not rely on cwd for tool paths). */
export const repoRoot = resolve(import.meta.dirname, '../../../..');
export const binPath = (name: string): string => join(repoRoot, 'node_modules', '.bin', name);

/** A fresh temp folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `errata-${prefix}-`));
}

/** Writes every file of a package into `dir`. */
export function writePackage(dir: string, pkg: GeneratedPackage): string {
  for (const file of pkg.files) writeFile(join(dir, file.path), file.contents);
  return dir;
}

/** Writes a file, creating its folder. */
export function writeFile(path: string, contents: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}

/** Installs a package as `node_modules/<name>` of a project folder (what npm would lay out). */
export function installPackage(project: string, name: string, pkg: GeneratedPackage): string {
  return writePackage(join(project, 'node_modules', ...name.split('/')), pkg);
}

/** Imports a generated module by path. */
export async function importFile<T = Record<string, any>>(path: string): Promise<T> {
  return (await import(/* @vite-ignore */ pathToFileURL(path).href)) as T;
}

export interface RunResult {
  readonly code: number;
  readonly output: string;
}

/** Runs a command; never rejects, the exit code and combined output tell. */
export function run(command: string, args: readonly string[], cwd: string, timeout = 120_000): Promise<RunResult> {
  return new Promise((done) => {
    execFile(command, [...args], { cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, output: `${stdout}${stderr}` });
    });
  });
}

/** The strict compiler options every consumer is checked with, for one module resolution. */
export function consumerTsconfig(resolution: 'NodeNext' | 'Bundler', include: readonly string[]): string {
  return JSON.stringify(
    {
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        lib: ['ES2022'],
        module: resolution === 'NodeNext' ? 'NodeNext' : 'ESNext',
        moduleResolution: resolution,
        noEmit: true,
        skipLibCheck: false,
        noUncheckedIndexedAccess: true,
        exactOptionalPropertyTypes: true,
        types: [],
      },
      include,
    },
    null,
    2,
  );
}
