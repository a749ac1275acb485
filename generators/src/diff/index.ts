/** The pure core of `errata diff`: catalog model × catalog model → classified changes and bumps. */
export type { Bump, CatalogChange, CatalogDiff, ChangeClass, ChangeKind, PackageImpact, PackageKind, VersionVerdict } from './catalog-diff.js';
export { changeRules } from './change-rules.js';
export { diffCatalogs } from './diff-catalog.js';
export { formatDiffJson, formatDiffText } from './format-diff.js';
export { schemaNarrowings } from './schema-narrowing.js';
export { versionVerdict } from './version-bump.js';
