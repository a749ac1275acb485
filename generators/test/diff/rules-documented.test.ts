import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeRules } from '../../src/diff/change-rules.js';

const doc = readFileSync(new URL('../../../docs/diff-rules.md', import.meta.url), 'utf8');

/** `| \`kind\` | errors | openapi | i18n | why |` rows of the doc's tables. */
function documentedRow(kind: string): string[] | undefined {
  const line = doc.split('\n').find((l) => l.startsWith(`| \`${kind}\` |`));
  return line?.split('|').slice(2, 5).map((cell) => cell.trim());
}

describe('docs/diff-rules.md agrees with the rule table', () => {
  it.each(Object.keys(changeRules).filter((kind) => kind !== 'package-name-changed'))('%s', (kind) => {
    const rule = changeRules[kind as keyof typeof changeRules];
    const want = (['errors', 'openapi', 'i18n'] as const).map((pkg) => {
      const cls = rule.packages[pkg];
      return cls === undefined ? '—' : pkg === 'i18n' && rule.i18nIfPublic ? `${cls} ¹` : cls;
    });
    expect(documentedRow(kind)).toEqual(want);
  });

  it('documents package renames', () => {
    expect(doc).toContain('| `package-name-changed` | breaking for the renamed package');
  });
});
