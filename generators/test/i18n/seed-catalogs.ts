/** The seed catalogs under `catalogs/`, loaded through the real loader, with the keys that must stay out of the bundles. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../../src/load/load-catalog.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';

export interface SeedCase {
  readonly name: string;
  readonly catalog: CatalogModel;
  /** Keys of internal-visibility entries. */
  readonly internal: readonly string[];
}

/** The ids CONTRACT §1 promises; a test checks each of them made it into the run. */
export const seedIds = ['agent-ops', 'fypass', 'rayvision', 'sms-api'];

/** Every catalog folder under `catalogs/` that loads without errors, in name order. */
export function seedCatalogs(repoRoot: string): SeedCase[] {
  const dir = join(repoRoot, 'catalogs');
  const ids = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return ids.flatMap((id) => {
    const { model } = loadCatalog(join('catalogs', id), { cwd: repoRoot });
    if (!model) return [];
    return [{ name: id, catalog: model, internal: model.entries.filter((e) => e.visibility === 'internal').map((e) => e.key) }];
  });
}
