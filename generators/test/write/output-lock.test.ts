/**
 * The output folder's write lock, in-process: taken and released, refused while held, waited for,
 * taken over from a dead run, never from a live one. (concurrent-generate.test.ts races real CLI runs.)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireOutputLock, lockName, LockTimeoutError, type LockOwner } from '../../src/write/output-lock.js';
import { isAlive } from '../../src/write/process-alive.js';
import { tempTree } from '../support/temp-catalog.js';

/** A lock folder as another run leaves it. */
function foreignLock(root: string, owner: Record<string, unknown> | string): void {
  mkdirSync(join(root, lockName), { recursive: true });
  writeFileSync(join(root, lockName, 'owner.json'), typeof owner === 'string' ? owner : JSON.stringify(owner));
}

// pid 2147483647 is never a live process here; the parent of this worker always is.
const deadPid = 2147483647;

describe('acquireOutputLock', () => {
  it('creates the folder, writes its owner, and release() removes it (twice is fine)', async () => {
    const root = join(tempTree({}), 'out', 'deeper');
    const lock = await acquireOutputLock(root, { command: 'errata generate', timeoutMs: 0 });
    expect(lock.path).toBe(join(root, '.errata.lock'));
    const owner = JSON.parse(readFileSync(join(lock.path, 'owner.json'), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: hostname(), command: 'errata generate' });
    expect(new Date(owner.since).toISOString()).toBe(owner.since);
    expect(readdirSync(root)).toEqual([lockName]);
    lock.release();
    lock.release();
    expect(readdirSync(root)).toEqual([]);
  });

  it('a second taker is refused at once with timeout 0, naming the holder', async () => {
    const root = tempTree({});
    const lock = await acquireOutputLock(root, { command: 'errata generate', timeoutMs: 0 });
    const waited: unknown[] = [];
    const refused = await acquireOutputLock(root, { command: 'other', timeoutMs: 0, onWait: (o) => waited.push(o) }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LockTimeoutError);
    expect((refused as LockTimeoutError).path).toBe(lock.path);
    expect((refused as Error).message).toMatch(new RegExp(`^errata generate \\(pid ${process.pid} on .+, since .+\\) is writing this folder$`));
    expect(waited).toEqual([]);
    lock.release();
  });

  it('waits for a live holder, tells once, and takes the lock when it is released', async () => {
    const root = tempTree({});
    foreignLock(root, { pid: process.ppid, host: hostname(), command: 'errata watch', since: 'then' });
    const waited: (LockOwner | undefined)[] = [];
    const taking = acquireOutputLock(root, { command: 'errata generate', timeoutMs: 10_000, onWait: (o) => waited.push(o) });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(waited).toEqual([{ pid: process.ppid, host: hostname(), command: 'errata watch', since: 'then' }]);
    const { rmSync } = await import('node:fs');
    rmSync(join(root, lockName), { recursive: true });
    const lock = await taking;
    expect(JSON.parse(readFileSync(join(lock.path, 'owner.json'), 'utf8')).pid).toBe(process.pid);
    expect(waited).toHaveLength(1);
    lock.release();
  });

  it('gives up after the timeout while a live run holds it', async () => {
    const root = tempTree({});
    foreignLock(root, { pid: process.ppid, host: hostname(), command: 'errata watch', since: 'then' });
    const started = Date.now();
    const error = await acquireOutputLock(root, { command: 'x', timeoutMs: 250 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockTimeoutError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect((error as Error).message).toBe(`errata watch (pid ${process.ppid} on ${hostname()}, since then) is writing this folder`);
  });

  it('takes over the lock of a dead run on this host, leaving nothing of it behind', async () => {
    const root = tempTree({});
    foreignLock(root, { pid: deadPid, host: hostname(), command: 'errata generate', since: 'then' });
    const lock = await acquireOutputLock(root, { command: 'errata generate', timeoutMs: 0 });
    expect(JSON.parse(readFileSync(join(lock.path, 'owner.json'), 'utf8')).pid).toBe(process.pid);
    expect(readdirSync(root)).toEqual([lockName]);
    lock.release();
  });

  it('does not take over a lock from another host, or one whose owner cannot be read', async () => {
    for (const owner of [{ pid: deadPid, host: `not-${hostname()}`, command: 'errata generate', since: 'then' }, '{ not json', { pid: 'x', host: hostname() }, { pid: deadPid }]) {
      const root = tempTree({});
      foreignLock(root, owner);
      const error = await acquireOutputLock(root, { command: 'x', timeoutMs: 0 }).catch((e: unknown) => e);
      expect(error, JSON.stringify(owner)).toBeInstanceOf(LockTimeoutError);
      if (typeof owner === 'string' || typeof owner.pid !== 'number' || owner.host === undefined) expect((error as Error).message).toBe('another run is writing this folder');
      expect(existsSync(join(root, lockName))).toBe(true);
    }
  });

  it('an owner without a command reads as errata', async () => {
    const root = tempTree({});
    foreignLock(root, { pid: process.ppid, host: hostname() });
    const error = await acquireOutputLock(root, { command: 'x', timeoutMs: 0 }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`errata (pid ${process.ppid} on ${hostname()}, since ) is writing this folder`);
  });
});

describe('isAlive', () => {
  it('is false for this process and for a pid that does not exist, true for the parent', () => {
    expect(isAlive(process.pid)).toBe(false);
    expect(isAlive(deadPid)).toBe(false);
    expect(isAlive(process.ppid)).toBe(true);
  });
});
