/** The workspace's catalogs under `catalogs/`, loaded through the real loader, with the keys that must stay out of the bundles. */
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { workspaceCatalog, workspaceCatalogIds } from '../support/workspace-catalogs.js';

export { seedIds } from '../support/workspace-catalogs.js';

export interface SeedCase {
  readonly name: string;
  readonly catalog: CatalogModel;
  /** Keys of internal-visibility entries. */
  readonly internal: readonly string[];
}

/** Every catalog folder under `catalogs/`, in name order; one that does not load throws. */
export function seedCatalogs(repoRoot: string): SeedCase[] {
  return workspaceCatalogIds(repoRoot).map((id) => {
    const model = workspaceCatalog(id, repoRoot);
    return { name: id, catalog: model, internal: model.entries.filter((e) => e.visibility === 'internal').map((e) => e.key) };
  });
}
