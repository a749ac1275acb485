/**
 * The catalogs this workspace holds, whatever they are. Generic tests (typecheck of every package,
 * bundle loading, CLI summaries) run over these, so adding a catalog never breaks them; only tests of
 * the seeds themselves name the seed ids (CONTRACT §1).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../../src/load/load-catalog.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';

/** The repository this test suite belongs to. */
export const workspaceRoot = resolve(import.meta.dirname, '../../..');

/** The seed catalogs CONTRACT §1 promises; only seed-specific tests use this list. */
export const seedIds = ['agent-ops', 'fypass', 'rayvision', 'sms-api'] as const;

/** Every catalog folder under `catalogs/` (those holding a catalog.yaml), in name order. */
export function workspaceCatalogIds(root: string = workspaceRoot): string[] {
  const dir = join(root, 'catalogs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && existsSync(join(dir, d.name, 'catalog.yaml')))
    .map((d) => d.name)
    .sort();
}

/**
 * The model of `catalogs/<id>`. Throws with the diagnostics when it does not load: a workspace
 * catalog that stops loading must fail the tests that cover it, never skip them quietly.
 */
export function workspaceCatalog(id: string, root: string = workspaceRoot): CatalogModel {
  const load = loadCatalog(join('catalogs', id), { cwd: root });
  if (!load.model) {
    const problems = load.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.rule}: ${d.message}`).join('\n');
    throw new Error(`catalogs/${id} does not load:\n${problems}`);
  }
  return load.model;
}
