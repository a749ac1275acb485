/**
 * Builds generators/dist before any test runs: tests that spawn the `errata` bin or Nx (which loads
 * the plugin from dist) must run the code under test, not whatever an earlier build left. `tsc -b`
 * is incremental, so this costs about a second when dist is current.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export default function setup(): void {
  // For a focused run of tests that import the source only, while another part of the tree does not compile.
  if (process.env.ERRATA_TEST_SKIP_BUILD === '1') return;
  const root = resolve(import.meta.dirname, '../../..');
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'generators/tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
}
