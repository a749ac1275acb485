import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes files (path → contents) into a fresh temporary folder and returns its path. */
export function tempTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'errata-test-'));
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  return root;
}

/** Collects what a CLI command writes, for `run(argv, io)`. */
export function bufferIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { cwd, stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
