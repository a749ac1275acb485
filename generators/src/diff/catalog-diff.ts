/**
 * The result of `errata diff`: every change between two versions of a catalog, classified per
 * generated package, and the semver bump each package needs.
 */
import { compareStrings } from '../util/compare-strings.js';

/** How a change affects the users of a package, in semver terms. */
export type ChangeClass = 'breaking' | 'minor' | 'patch';

/** The generated packages of a catalog. */
export type PackageKind = 'errors' | 'openapi' | 'i18n' | 'docs';

export const packageKinds: readonly PackageKind[] = ['errors', 'openapi', 'i18n', 'docs'];

/** The semver increment a package needs. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** The class of a change for each package it touches; a package that is absent is not touched. */
export type PackageImpact = Partial<Record<PackageKind, ChangeClass>>;

/** A JSON value, as `before`/`after` carry them. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Every kind of change `errata diff` recognizes; docs/diff-rules.md explains each one. */
export type ChangeKind =
  // entries
  | 'entry-removed'
  | 'entry-added'
  | 'code-changed'
  | 'code-reused'
  | 'shared-code-order-changed'
  | 'http-status-changed'
  | 'outcome-changed'
  | 'class-name-changed'
  | 'param-removed'
  | 'param-added'
  | 'param-type-changed'
  | 'param-type-widened'
  | 'param-docs-changed'
  | 'param-source-added'
  | 'param-source-changed'
  | 'data-removed'
  | 'data-added'
  | 'data-narrowed'
  | 'data-widened'
  | 'data-docs-changed'
  | 'made-internal'
  | 'made-public'
  | 'retryable-changed'
  | 'alias-added'
  | 'alias-removed'
  | 'deprecation-added'
  | 'deprecation-removed'
  | 'deprecation-changed'
  | 'message-changed'
  | 'shared-code-message-changed'
  | 'description-changed'
  | 'solution-changed'
  | 'translation-added'
  | 'translation-removed'
  | 'translation-changed'
  | 'anchor-changed'
  | 'group-changed'
  | 'inferred-changed'
  // groups
  | 'group-added'
  | 'group-removed'
  | 'group-title-changed'
  | 'group-description-changed'
  | 'group-range-changed'
  | 'group-translation-changed'
  // envelope and catalog
  | 'envelope-changed'
  | 'catalog-id-changed'
  | 'catalog-title-changed'
  | 'catalog-description-changed'
  | 'docs-url-changed'
  | 'docs-source-changed'
  | 'package-name-changed'
  | 'locale-added'
  | 'locale-removed'
  | 'default-locale-changed'
  | 'entries-reordered';

/** One change, on one line of the report: `<class> <key> <kind>: <detail>`. */
export interface CatalogChange {
  /** The highest class over the packages it touches. */
  readonly class: ChangeClass;
  /** The entry key, or `@catalog`, `@envelope`, `@group:<name>` for changes outside entries (`@` cannot start a key). */
  readonly key: string;
  readonly kind: ChangeKind;
  readonly before: JsonValue;
  readonly after: JsonValue;
  /** What changed, for humans: `404 → 410`. */
  readonly detail: string;
  readonly packages: PackageImpact;
}

/** Whether the new catalog `version` already carries the bump the changes need. */
export interface VersionVerdict {
  readonly old: string;
  readonly new: string;
  /** The largest bump over the packages (they all share the catalog version). */
  readonly needed: Bump;
  /** The increment to apply to the old version: `needed`, shifted down one level below 1.0.0. */
  readonly increment: Bump;
  /** The smallest version that carries the bump, or null when a version is not valid semver. */
  readonly required: string | null;
  readonly carried: boolean;
  /** One line: `carried: 1.2.0 → 2.0.0 (major)` or `not carried: needs 2.0.0 (major), version went 1.2.0 → 1.3.0`. */
  readonly message: string;
}

export interface CatalogDiff {
  /** Sorted: breaking first, then minor, then patch; by key, kind and detail within a class. */
  readonly changes: readonly CatalogChange[];
  readonly bumps: Readonly<Record<PackageKind, Bump>>;
  readonly version: VersionVerdict;
}

/** Every class, most severe first. */
export const changeClasses: readonly ChangeClass[] = ['breaking', 'minor', 'patch'];

const classRank: Record<ChangeClass, number> = { breaking: 0, minor: 1, patch: 2 };

/** Whether `cls` is `threshold` or more severe (`patch` is reached by every class). */
export function atLeast(cls: ChangeClass, threshold: ChangeClass): boolean {
  return classRank[cls] <= classRank[threshold];
}

/** The more severe of two classes. */
export function maxClass(a: ChangeClass | undefined, b: ChangeClass | undefined): ChangeClass | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return classRank[a] <= classRank[b] ? a : b;
}

/** Orders changes deterministically: class, key, kind, detail (code-unit order, not locale-dependent). */
export function compareChanges(a: CatalogChange, b: CatalogChange): number {
  return (
    classRank[a.class] - classRank[b.class] || compareStrings(a.key, b.key) || compareStrings(a.kind, b.kind) || compareStrings(a.detail, b.detail)
  );
}
