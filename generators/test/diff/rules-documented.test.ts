import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeRules } from '../../src/diff/change-rules.js';

const doc = readFileSync(new URL('../../../docs/diff-rules.md', import.meta.url), 'utf8');

/** `| \`kind\` | errors | openapi | i18n | docs | why |` rows of the doc's tables. */
function documentedRow(kind: string): string[] | undefined {
  const line = doc.split('\n').find((l) => l.startsWith(`| \`${kind}\` |`));
  return line?.split('|').slice(2, 6).map((cell) => cell.trim());
}

/** Changes of one entry: classify() drops their docs impact when the entry is internal before and after. */
const entryKinds = new Set(doc.split('\n').filter((l) => / ² \|/.test(l)).map((l) => /^\| `([a-z-]+)`/.exec(l)?.[1]));

describe('docs/diff-rules.md agrees with the rule table', () => {
  it.each(Object.keys(changeRules).filter((kind) => kind !== 'package-name-changed'))('%s', (kind) => {
    const rule = changeRules[kind as keyof typeof changeRules];
    const want = (['errors', 'openapi', 'i18n', 'docs'] as const).map((pkg) => {
      const cls = rule.packages[pkg];
      if (cls === undefined) return '—';
      if (pkg === 'i18n' && rule.i18nIfPublic) return `${cls} ¹`;
      return pkg === 'docs' && entryKinds.has(kind) ? `${cls} ²` : cls;
    });
    expect(documentedRow(kind)).toEqual(want);
  });

  it('documents package renames', () => {
    expect(doc).toContain('| `package-name-changed` | breaking for the renamed package');
  });
});
