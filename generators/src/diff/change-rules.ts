/**
 * The classification table: for each kind of change, its class per generated package.
 * One table so the diff, its tests and docs/diff-rules.md cannot disagree.
 */
import type { CatalogChange, ChangeClass, ChangeKind, JsonValue, PackageImpact, PackageKind } from './catalog-diff.js';
import { maxClass, packageKinds } from './catalog-diff.js';

/**
 * A rule: the class per package; `i18nIfPublic` drops the i18n impact for entries absent from the
 * bundles. The docs site shows public entries only, so a change to an entry that is internal before
 * and after never reaches it, whatever the rule.
 */
export interface ChangeRule {
  readonly packages: PackageImpact;
  /** i18n bundles hold public entries only, so a change to an internal entry does not reach them. */
  readonly i18nIfPublic?: boolean;
}

const B: ChangeClass = 'breaking';
const m: ChangeClass = 'minor';
const p: ChangeClass = 'patch';

/** Class of each kind of change per package (see docs/diff-rules.md for the why). */
export const changeRules: Readonly<Record<ChangeKind, ChangeRule>> = {
  // The key and its wire identity: what typed code and decoders match on.
  'entry-removed': { packages: { errors: B, openapi: B, i18n: B, docs: B }, i18nIfPublic: true },
  'entry-added': { packages: { errors: m, openapi: m, i18n: m, docs: m }, i18nIfPublic: true },
  'code-changed': { packages: { errors: B, openapi: B, docs: p } },
  'code-reused': { packages: { errors: B, openapi: B, docs: p } },
  'shared-code-order-changed': { packages: { errors: B } },
  'http-status-changed': { packages: { errors: B, openapi: B, docs: p } },
  'outcome-changed': { packages: { errors: B, openapi: B, docs: p } },
  'class-name-changed': { packages: { errors: B } },
  // Params: the constructor/createError argument types and the ICU values a formatter must get.
  'param-removed': { packages: { errors: B, docs: p } },
  'param-added': { packages: { errors: B, i18n: B, docs: p }, i18nIfPublic: true },
  'param-type-changed': { packages: { errors: B, docs: p } },
  'param-type-widened': { packages: { errors: m, docs: p } },
  'param-docs-changed': { packages: { errors: p, openapi: p, docs: p } },
  // Where the wire carries a param (`from`): a new source only adds to `data`; moving or dropping one
  // leaves clients that decode the old place without the value.
  'param-source-added': { packages: { errors: m } },
  'param-source-changed': { packages: { errors: B } },
  // `data`: typed in the errors package, a schema in the OpenAPI components.
  'data-removed': { packages: { errors: B, openapi: B, docs: p } },
  'data-added': { packages: { errors: m, openapi: m, docs: p } },
  'data-narrowed': { packages: { errors: B, openapi: B, docs: p } },
  'data-widened': { packages: { errors: m, openapi: m, docs: p } },
  'data-docs-changed': { packages: { errors: p, openapi: p, docs: p } },
  // Visibility decides what is in the i18n bundles and what OpenAPI marks x-internal.
  'made-internal': { packages: { errors: p, openapi: B, i18n: B, docs: B } },
  'made-public': { packages: { errors: p, openapi: m, i18n: m, docs: m } },
  // Minor, as issue 8 classes it: retry behaviour changes, no call site stops compiling in normal use
  // (only code that pinned the literal type `retryable: false` would; see docs/diff-rules.md).
  'retryable-changed': { packages: { errors: m, openapi: p, docs: p } },
  // Aliases reach the OpenAPI `x-errata` metadata; the errors package only lists them in its README.
  'alias-added': { packages: { errors: p, openapi: m, docs: p } },
  'alias-removed': { packages: { errors: p, openapi: B, docs: p } },
  'deprecation-added': { packages: { errors: m, openapi: m, docs: p } },
  'deprecation-removed': { packages: { errors: m, openapi: m, docs: p } },
  'deprecation-changed': { packages: { errors: p, openapi: p, docs: p } },
  // Texts: what a message says, not what a program matches on.
  'message-changed': { packages: { errors: p, openapi: p, i18n: p, docs: p }, i18nIfPublic: true },
  // A shared code is decoded by its message text: `fromResponse` picks another entry for the same body.
  'shared-code-message-changed': { packages: { errors: B, openapi: p, i18n: p, docs: p }, i18nIfPublic: true },
  'description-changed': { packages: { errors: p, openapi: p, docs: p } },
  'solution-changed': { packages: { errors: p, openapi: p, docs: p } },
  'translation-added': { packages: { i18n: p, docs: p }, i18nIfPublic: true },
  'translation-removed': { packages: { i18n: p, docs: p }, i18nIfPublic: true },
  'translation-changed': { packages: { i18n: p, docs: p }, i18nIfPublic: true },
  // The problem `type` URL (RFC 9457: the problem's primary identifier) is `<baseUrl>#<anchor>`.
  // Patch, as issue 8 classes docs anchors; it does change toProblem().type (see docs/diff-rules.md).
  'anchor-changed': { packages: { errors: p, openapi: p, docs: p } },
  'group-changed': { packages: { errors: p, openapi: p, docs: p } },
  'inferred-changed': { packages: { errors: p, docs: p } },
  // Groups only shape the docs (the README and the site).
  'group-added': { packages: { errors: p, docs: p } },
  'group-removed': { packages: { errors: p, docs: p } },
  'group-title-changed': { packages: { errors: p, docs: p } },
  'group-description-changed': { packages: { errors: p, docs: p } },
  // Ranges are validation aids, in no package; translated group texts are on the site only.
  'group-range-changed': { packages: {} },
  'group-translation-changed': { packages: { docs: p } },
  // The envelope is how every response is encoded and decoded.
  'envelope-changed': { packages: { errors: B, openapi: B, docs: p } },
  'catalog-id-changed': { packages: { errors: B, openapi: B, i18n: B, docs: B } },
  'catalog-title-changed': { packages: { errors: p, openapi: p, i18n: p, docs: p } },
  'catalog-description-changed': { packages: { errors: p, openapi: p, docs: p } },
  'docs-url-changed': { packages: { errors: p, openapi: p, docs: p } },
  'docs-source-changed': { packages: {} },
  // Set per package by the caller: only the renamed package is affected.
  'package-name-changed': { packages: {} },
  'locale-added': { packages: { i18n: m, docs: m } },
  'locale-removed': { packages: { i18n: B, docs: B } },
  'default-locale-changed': { packages: { errors: p, openapi: p, i18n: B, docs: B } },
  'entries-reordered': { packages: { errors: p, openapi: p, i18n: p, docs: p } },
};

/** What a diff step reports; the rule table supplies the classes. */
export interface ChangeInput {
  readonly kind: ChangeKind;
  readonly key: string;
  readonly before: JsonValue | undefined;
  readonly after: JsonValue | undefined;
  readonly detail: string;
  /** Whether the entry is in the i18n bundles (public before or after); entry changes only. */
  readonly public?: boolean;
  /** Replaces the rule's packages (package renames). */
  readonly packages?: PackageImpact;
}

/** A classified change: packages from the rule table, class = the most severe of them. */
export function classify(input: ChangeInput): CatalogChange {
  const rule = changeRules[input.kind];
  const packages: Partial<Record<PackageKind, ChangeClass>> = { ...(input.packages ?? rule.packages) };
  if (rule.i18nIfPublic && input.public === false) delete packages.i18n;
  if (input.public === false) delete packages.docs;
  let cls: ChangeClass | undefined;
  for (const kind of packageKinds) cls = maxClass(cls, packages[kind]);
  return {
    // A change that reaches no package (a translation of an internal entry) is still worth a patch of the catalog.
    class: cls ?? 'patch',
    key: input.key,
    kind: input.kind,
    before: input.before ?? null,
    after: input.after ?? null,
    detail: input.detail,
    packages,
  };
}
