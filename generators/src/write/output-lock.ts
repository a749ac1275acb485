import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from './process-alive.js';

/** The folder that marks an output folder as being written; it holds `owner.json`. */
export const lockName = '.errata.lock';

/** Who holds a lock, as written in its `owner.json`. */
export interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly command: string;
  /** ISO time the lock was taken. */
  readonly since: string;
}

export interface LockOptions {
  /** What the holder is doing, shown to a run that waits: `errata generate`. */
  readonly command: string;
  /** How long to wait for another holder, in milliseconds; 0 refuses at once. */
  readonly timeoutMs: number;
  /** Told once, when this run starts waiting. */
  onWait?(owner: LockOwner | undefined): void;
}

/** A held lock; `release()` is idempotent. */
export interface OutputLock {
  readonly path: string;
  release(): void;
}

/** Thrown when another run holds the lock past the timeout. */
export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  constructor(
    readonly path: string,
    readonly owner: LockOwner | undefined,
  ) {
    super(`${owner ? `${owner.command} (pid ${owner.pid} on ${owner.host}, since ${owner.since})` : 'another run'} is writing this folder`);
  }
}

const pollMs = 100;

/**
 * Takes the write lock of an output folder, so that two runs (a watch and a manual run, two Nx
 * tasks) never interleave their packages: each writes all of its packages while holding it.
 *
 * The lock is a folder created whole by a rename, with its owner inside, so taking it is atomic and
 * a waiting run can always say who holds it. A lock left by a process that is gone (same host,
 * dead pid) is taken over.
 */
export async function acquireOutputLock(outDir: string, options: LockOptions): Promise<OutputLock> {
  mkdirSync(outDir, { recursive: true });
  const path = join(outDir, lockName);
  const owner: LockOwner = { pid: process.pid, host: hostname(), command: options.command, since: new Date().toISOString() };
  const deadline = Date.now() + options.timeoutMs;
  let told = false;
  for (;;) {
    if (tryTake(path, owner)) return heldLock(path);
    const holder = readOwner(path);
    if (holder && holder.host === owner.host && holder.pid !== process.pid && !isAlive(holder.pid)) {
      breakStaleLock(path);
      continue;
    }
    if (Date.now() >= deadline) throw new LockTimeoutError(path, holder);
    if (!told) {
      options.onWait?.(holder);
      told = true;
    }
    await sleep(pollMs);
  }
}

function tryTake(path: string, owner: LockOwner): boolean {
  const staging = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  mkdirSync(staging);
  writeFileSync(join(staging, 'owner.json'), `${JSON.stringify(owner)}\n`);
  try {
    // Renaming onto an existing non-empty folder fails: exactly one contender wins.
    renameSync(staging, path);
    return true;
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const held =
      code === 'ENOTEMPTY' ||
      // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: other systems' codes for a held lock (EEXIST on other POSIX systems, EPERM/EACCES on Windows); Linux, where the tests run, says ENOTEMPTY
      code === 'EEXIST' || code === 'EPERM' || code === 'EACCES';
    if (held) return false;
    throw error;
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(join(path, 'owner.json'), 'utf8')) as Partial<LockOwner>;
    if (typeof owner.pid !== 'number' || typeof owner.host !== 'string') return undefined;
    return { pid: owner.pid, host: owner.host, command: String(owner.command ?? 'errata'), since: String(owner.since ?? '') };
  } catch {
    // Released between our attempt and this read, or never ours to read: try again.
    return undefined;
  }
}

/** Moves a dead run's lock aside before deleting it, so two runs breaking it at once cannot delete a fresh one. */
function breakStaleLock(path: string): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // Someone else broke it first.
  }
  rmSync(aside, { recursive: true, force: true });
}

function heldLock(path: string): OutputLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    if (existsSync(path)) rmSync(path, { recursive: true, force: true });
    process.off('exit', release);
  };
  // A run that ends by an exception still frees the folder.
  process.on('exit', release);
  return { path, release };
}
