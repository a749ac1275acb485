/**
 * The test files whose results can depend on which catalogs the workspace holds: they read
 * `catalogs/` (directly, through the workspace-catalog helpers, or by running the CLI or Nx on the
 * repository). The end-to-end adoption test runs these in its fresh clone after adding a catalog;
 * every other test file reads only its own fixtures, so a new catalog cannot change its result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What marks a test file as reading the workspace. */
const readsWorkspace = /workspace-catalogs\.js|support\/catalogs\.js|repoRoot|workspaceRoot|seedCatalog|workspaceCatalog|'\.\.\/\.\.\/\.\.'|\.\.\/\.\.\/\.\.\/catalogs/;

/** Paths (relative to `root`) of the test files under generators/test that read the workspace. */
export function workspaceTests(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.name.endsWith('.test.ts') && readsWorkspace.test(readFileSync(path, 'utf8'))) found.push(relative(root, path));
    }
  };
  walk(join(root, 'generators', 'test'));
  return found.sort();
}
