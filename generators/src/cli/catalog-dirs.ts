import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The catalog folders a command works on: the given ones, or every folder under `catalogs/`. */
export function catalogDirs(positionals: readonly string[], cwd: string): string[] {
  if (positionals.length > 0) return [...positionals];
  const root = join(cwd, 'catalogs');
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => `catalogs/${d.name}`)
    .sort();
}
