/** The text and JSON renderings of a diff, exactly as `errata diff` prints them. */
import { describe, expect, it } from 'vitest';
import { diffCatalogs } from '../../src/diff/diff-catalog.js';
import { formatDiffJson, formatDiffText } from '../../src/diff/format-diff.js';
import { sampleCatalog } from '../support/model-fixtures.js';

const changed = () => {
  const base = sampleCatalog();
  return { ...base, version: '1.2.4', entries: base.entries.map((e) => (e.key === 'APIError' ? { ...e, message: 'Bad request', httpStatus: 422 } : e.key === 'OK' ? { ...e, description: 'Fine.' } : e)) };
};

describe('formatDiffText', () => {
  it('one line per change, then the bumps with their change counts, then the verdict', () => {
    expect(formatDiffText(diffCatalogs(sampleCatalog(), changed()))).toBe(
      [
        'breaking APIError http-status-changed: 400 → 422',
        'patch APIError message-changed: "error request" → "Bad request"',
        'patch OK description-changed: (none) → "Fine."',
        '',
        'bump errors: major (3 changes)',
        'bump openapi: major (3 changes)',
        'bump i18n: patch (1 change)',
        'bump docs: patch (3 changes)',
        'version: not carried: needs 2.0.0 (major), version went 1.2.3 → 1.2.4',
        '',
      ].join('\n'),
    );
  });

  it('says "no changes" for a catalog compared with itself', () => {
    expect(formatDiffText(diffCatalogs(sampleCatalog(), sampleCatalog()))).toBe(['no changes', '', 'bump errors: none', 'bump openapi: none', 'bump i18n: none', 'bump docs: none', `version: ${diffCatalogs(sampleCatalog(), sampleCatalog()).version.message}`, ''].join('\n'));
  });
});

describe('formatDiffJson', () => {
  it('carries every field of every change, the bumps and the verdict', () => {
    const diff = diffCatalogs(sampleCatalog(), changed());
    const json = JSON.parse(formatDiffJson(diff));
    expect(json).toEqual({ changes: diff.changes.map((c) => ({ ...c })), bumps: diff.bumps, version: diff.version });
    expect(json.changes[0]).toEqual({ class: 'breaking', key: 'APIError', kind: 'http-status-changed', before: 400, after: 422, detail: '400 → 422', packages: { errors: 'breaking', openapi: 'breaking', docs: 'patch' } });
    expect(formatDiffJson(diff).endsWith('}\n')).toBe(true);
  });
});
