import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { GeneratedPackage } from '../emit/virtual-file.js';
import { isRecord } from '../util/is-record.js';
import { findRepositoryRoot } from '../util/repository-root.js';

/**
 * Generated packages are npm workspaces, so `package-lock.json` lists each one (name, version,
 * license) and `npm ci` refuses a lockfile that misses one. This module tells whether the lockfile
 * agrees with the packages a run generates, and brings it up to date with npm itself.
 */

/** The workspace an output folder belongs to, when its packages are workspaces of a root with a lockfile. */
export interface LockfileWorkspace {
  readonly root: string;
  readonly lockfile: string;
  /** The output folder relative to the root, `/`-separated: `packages`. */
  readonly outDir: string;
}

/** The fields of a workspace package that npm copies into the lockfile. */
interface LockedManifest {
  readonly name?: string;
  readonly version?: string;
  readonly license?: string;
}

/**
 * The workspace whose lockfile lists the packages written to `outDir`: the root above it must have
 * a `package-lock.json` and a `workspaces` glob `<outDir>/*`. Otherwise (a temporary `--out`, pnpm,
 * yarn) there is nothing to keep in step.
 */
export function lockfileWorkspace(outDir: string): LockfileWorkspace | undefined {
  const root = findRepositoryRoot(outDir);
  if (!root) return undefined;
  const lockfile = join(root, 'package-lock.json');
  if (!existsSync(lockfile)) return undefined;
  const rel = relative(root, outDir).split('\\').join('/');
  if (rel === '' || rel.startsWith('..')) return undefined;
  const workspaces = readWorkspaceGlobs(join(root, 'package.json'));
  if (!workspaces.some((glob) => glob.replace(/^\.\//, '').replace(/\/+$/, '') === `${rel}/*`)) return undefined;
  return { root, lockfile, outDir: rel };
}

/**
 * What the lockfile says differently from the packages about to be (or just) written: one line per
 * package, empty when it is current. Also names entries of packages whose folder is gone.
 */
export function lockfileDrift(workspace: LockfileWorkspace, packages: readonly GeneratedPackage[]): string[] {
  const lock = readJson(workspace.lockfile);
  const entries = isRecord(lock) && isRecord(lock.packages) ? lock.packages : {};
  const problems: string[] = [];
  const generated = new Set<string>();
  for (const pkg of packages) {
    const path = `${workspace.outDir}/${pkg.dir}`;
    generated.add(path);
    const manifestFile = pkg.files.find((file) => file.path === 'package.json');
    if (!manifestFile) continue;
    const manifest = lockedFields(JSON.parse(manifestFile.contents));
    const entry = entries[path];
    if (!isRecord(entry)) {
      problems.push(`${manifest.name ?? path} (${path}) is not in it`);
      continue;
    }
    const locked = lockedFields(entry);
    for (const field of ['name', 'version', 'license'] as const) {
      if (locked[field] !== manifest[field]) problems.push(`${path}: ${field} is ${show(locked[field])}, the package says ${show(manifest[field])}`);
    }
    const link = manifest.name === undefined ? undefined : entries[`node_modules/${manifest.name}`];
    if (manifest.name !== undefined && !(isRecord(link) && link.resolved === path && link.link === true)) {
      problems.push(`node_modules/${manifest.name} does not link to ${path}`);
    }
  }
  for (const path of Object.keys(entries)) {
    if (!path.startsWith(`${workspace.outDir}/`) || path.slice(workspace.outDir.length + 1).includes('/')) continue;
    if (!generated.has(path) && !existsSync(join(workspace.root, path, 'package.json'))) problems.push(`${path} is listed but no longer exists`);
  }
  return problems;
}

/** The outcome of asking npm to rewrite the lockfile. */
export interface LockfileSync {
  readonly ok: boolean;
  /** npm's output when it failed. */
  readonly output: string;
  /** The command that was run, to show the user. */
  readonly command: string;
}

const npmArgs = ['install', '--package-lock-only', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'];

/** The command a user runs to do what `syncLockfile` does. */
const lockfileCommand = `npm ${npmArgs.join(' ')}`;

/**
 * Rewrites `package-lock.json` with npm itself (`npm install --package-lock-only`): only the lockfile
 * changes, nothing is installed or run, and the registry is asked only for what the cache lacks.
 */
export function syncLockfile(workspace: LockfileWorkspace): LockfileSync {
  const { command, args } = npmInvocation();
  const result = spawnSync(command, [...args, ...npmArgs], { cwd: workspace.root, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`.trim();
  return { ok: result.status === 0, output, command: lockfileCommand };
}

/** npm as the running `npm` invoked us (its CLI script under this node), else `npm` on the PATH. */
function npmInvocation(): { command: string; args: string[] } {
  const execPath = process.env['npm_execpath'];
  if (execPath && /npm-cli\.[cm]?js$/.test(execPath) && existsSync(execPath)) return { command: process.execPath, args: [execPath] };
  // Stryker disable next-line ConditionalExpression,StringLiteral: Windows names npm `npm.cmd`; on POSIX, where the tests run, a platform check forced false or a blank `'win32'`/`'npm.cmd'` still picks `npm`
  return { command: process.platform === 'win32' ? 'npm.cmd' : 'npm', args: [] };
}

function lockedFields(value: unknown): LockedManifest {
  if (!isRecord(value)) return {};
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { name: text(value.name), version: text(value.version), license: text(value.license) };
}

function readWorkspaceGlobs(manifestPath: string): string[] {
  const manifest = readJson(manifestPath);
  if (!isRecord(manifest)) return [];
  const workspaces = Array.isArray(manifest.workspaces) ? manifest.workspaces : isRecord(manifest.workspaces) ? manifest.workspaces.packages : [];
  return Array.isArray(workspaces) ? workspaces.filter((w): w is string => typeof w === 'string') : [];
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // An unreadable lockfile is npm's to report; treat it as empty so the sync rewrites it.
    return undefined;
  }
}

function show(value: string | undefined): string {
  return value === undefined ? 'absent' : JSON.stringify(value);
}
