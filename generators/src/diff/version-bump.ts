/**
 * From classified changes to the semver bump of each generated package, and whether the new
 * catalog `version` carries it. All packages take the catalog's version, so the version must
 * carry the largest bump of any package.
 */
import semver from 'semver';
import type { Bump, CatalogChange, ChangeClass, PackageKind, VersionVerdict } from './catalog-diff.js';
import { packageKinds } from './catalog-diff.js';

const bumpOf: Record<ChangeClass, Bump> = { breaking: 'major', minor: 'minor', patch: 'patch' };
const bumpRank: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The bump each package needs: its most severe change (breaking → major, minor → minor, patch → patch). */
export function packageBumps(changes: readonly CatalogChange[]): Record<PackageKind, Bump> {
  const bumps: Record<PackageKind, Bump> = { errors: 'none', openapi: 'none', i18n: 'none', docs: 'none' };
  for (const change of changes) {
    for (const pkg of packageKinds) {
      const cls = change.packages[pkg];
      if (cls && bumpRank[bumpOf[cls]] > bumpRank[bumps[pkg]]) bumps[pkg] = bumpOf[cls];
    }
  }
  return bumps;
}

/** The larger of two bumps. */
function maxBump(a: Bump, b: Bump): Bump {
  return bumpRank[a] >= bumpRank[b] ? a : b;
}

/**
 * Below 1.0.0 the increment shifts down one level, as npm's caret ranges read versions:
 * `^0.3.1` takes 0.3.x only, so a breaking change needs 0.4.0 and anything else 0.3.2.
 */
function effectiveIncrement(needed: Bump, version: string): Bump {
  const parsed = semver.parse(version);
  if (!parsed || parsed.major > 0 || needed === 'none') return needed;
  return needed === 'major' ? 'minor' : 'patch';
}

/** Whether `newVersion` carries the bump the changes need over `oldVersion`. */
export function versionVerdict(oldVersion: string, newVersion: string, bumps: Readonly<Record<PackageKind, Bump>>): VersionVerdict {
  const needed = packageKinds.map((p) => bumps[p]).reduce(maxBump, 'none');
  const increment = effectiveIncrement(needed, oldVersion);
  const base = { old: oldVersion, new: newVersion, needed, increment };
  const oldParsed = semver.parse(oldVersion);
  const newParsed = semver.parse(newVersion);
  if (!oldParsed || !newParsed) {
    const bad = oldParsed ? newVersion : oldVersion;
    return { ...base, required: null, carried: false, message: `unknown: ${JSON.stringify(bad)} is not a semantic version` };
  }
  if (increment === 'none') {
    const carried = semver.gte(newParsed, oldParsed);
    return {
      ...base,
      required: oldParsed.version,
      carried,
      message: carried ? `carried: no bump needed (${oldVersion} → ${newVersion})` : `not carried: version went down ${oldVersion} → ${newVersion}`,
    };
  }
  const required = semver.inc(oldParsed.version, increment)!;
  // A pre-release of the required version (2.0.0-rc.1) announces the bump too.
  const release = `${newParsed.major}.${newParsed.minor}.${newParsed.patch}`;
  const carried = semver.gte(newParsed.prerelease.length > 0 ? release : newParsed.version, required);
  const shifted = increment !== needed ? `, ${increment} below 1.0.0` : '';
  return {
    ...base,
    required,
    carried,
    message: carried
      ? `carried: ${oldVersion} → ${newVersion} (${needed} needed${shifted})`
      : `not carried: needs ${required} (${needed}${shifted}), version went ${oldVersion} → ${newVersion}`,
  };
}
