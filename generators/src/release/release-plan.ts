/**
 * Which catalogs a release publishes, decided from each catalog and its last release: the diff gate.
 * Pure: models in, verdicts out.
 */
import semver from 'semver';
import { diffCatalogs } from '../diff/diff-catalog.js';
import type { CatalogDiff } from '../diff/catalog-diff.js';
import type { CatalogModel } from '../model/catalog-model.js';
import { releaseTagName } from './git-repository.js';

/** The catalog as last released: its version (from the tag) and its model at that tag. */
export interface PreviousRelease {
  readonly version: string;
  readonly model: CatalogModel;
}

/** What a release does with one catalog. */
export type CatalogRelease =
  | { readonly status: 'first'; readonly id: string; readonly version: string }
  | { readonly status: 'release'; readonly id: string; readonly version: string; readonly previous: string; readonly diff: CatalogDiff }
  | { readonly status: 'unchanged'; readonly id: string; readonly version: string }
  | { readonly status: 'refused'; readonly id: string; readonly version: string; readonly previous?: string; readonly reason: string; readonly diff?: CatalogDiff };

/**
 * The gate: a catalog never released is a first release; one whose version is released and whose
 * content has not changed in a way any package sees is unchanged; otherwise its version must carry
 * the bump `errata diff` says the changes need over the last release.
 */
export function planCatalogRelease(current: CatalogModel, previous: PreviousRelease | undefined): CatalogRelease {
  const { id, version } = current;
  if (!previous) return { status: 'first', id, version };
  const tag = releaseTagName(id, previous.version);
  if (semver.lt(version, previous.version)) {
    return { status: 'refused', id, version, previous: previous.version, reason: `version ${version} is below the last release ${tag}` };
  }
  const diff = diffCatalogs(previous.model, current);
  if (version === previous.version) {
    if (diff.version.needed === 'none') return { status: 'unchanged', id, version };
    return {
      status: 'refused',
      id,
      version,
      previous: previous.version,
      diff,
      reason: `changed since ${tag} but still at version ${version}; the changes need ${diff.version.required} or above (${diff.version.needed}, see \`errata diff\`)`,
    };
  }
  if (!diff.version.carried) {
    return { status: 'refused', id, version, previous: previous.version, diff, reason: `${diff.version.message} since ${tag}` };
  }
  return { status: 'release', id, version, previous: previous.version, diff };
}
