/**
 * Renders a CatalogDiff for the terminal (one line per change) or as JSON. Pure: returns text.
 */
import { jsonText } from '../util/json-text.js';
import type { CatalogDiff } from './catalog-diff.js';
import { packageKinds } from './catalog-diff.js';

/**
 * One line per change (`breaking NOT_EXIST_ACCOUNT http-status-changed: 404 → 410`), then one line
 * per package bump (`bump errors: major`) and the version verdict (`version: not carried: needs 2.0.0 ...`).
 */
export function formatDiffText(diff: CatalogDiff): string {
  const lines = diff.changes.map((c) => `${c.class} ${c.key} ${c.kind}: ${c.detail}`);
  if (lines.length === 0) lines.push('no changes');
  lines.push('');
  for (const pkg of packageKinds) {
    const touched = diff.changes.filter((c) => c.packages[pkg] !== undefined).length;
    lines.push(`bump ${pkg}: ${diff.bumps[pkg]}${touched > 0 ? ` (${touched} change${touched === 1 ? '' : 's'})` : ''}`);
  }
  lines.push(`version: ${diff.version.message}`);
  return `${lines.join('\n')}\n`;
}

/** `{ changes: [{ class, key, kind, before, after, detail, packages }], bumps, version }`, pretty-printed. */
export function formatDiffJson(diff: CatalogDiff): string {
  const json = {
    changes: diff.changes.map((c) => ({
      class: c.class,
      key: c.key,
      kind: c.kind,
      before: c.before,
      after: c.after,
      detail: c.detail,
      packages: c.packages,
    })),
    bumps: diff.bumps,
    version: diff.version,
  };
  return jsonText(json);
}
