/**
 * Before any test runs: builds generators/dist (tests that spawn the `errata` bin or Nx, which loads
 * the plugin from dist, must run the code under test, not whatever an earlier build left; `tsc -b` is
 * incremental, so this costs about a second when dist is current), and gives the run a temp folder of
 * its own: TMPDIR points into it for every worker and every process a test starts, and the teardown
 * removes it, so a run leaves nothing behind in the system temp folder (a nested run, such as the
 * adoption e2e's, gets its own inside).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export default function setup(): () => void {
  const runDir = mkdtempSync(join(tmpdir(), 'errata-run-'));
  process.env.TMPDIR = runDir;
  // For a focused run of tests that import the source only, while another part of the tree does not compile.
  if (process.env.ERRATA_TEST_SKIP_BUILD !== '1') {
    const root = resolve(import.meta.dirname, '../../..');
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'generators/tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  }
  return () => {
    rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
  };
}
