import { describe, expect, it } from 'vitest';
import type { Bump } from '../../src/diff/catalog-diff.js';
import { versionVerdict } from '../../src/diff/version-bump.js';

const only = (errors: Bump) => ({ errors, openapi: 'none' as Bump, i18n: 'none' as Bump, docs: 'none' as Bump });

const rows: { old: string; new: string; needed: Bump; increment: Bump; required: string | null; carried: boolean; message?: string }[] = [
  { old: '1.2.0', new: '1.3.0', needed: 'major', increment: 'major', required: '2.0.0', carried: false, message: 'not carried: needs 2.0.0 (major), version went 1.2.0 → 1.3.0' },
  { old: '1.2.0', new: '2.0.0', needed: 'major', increment: 'major', required: '2.0.0', carried: true, message: 'carried: 1.2.0 → 2.0.0 (major needed)' },
  { old: '1.2.0', new: '2.0.0-rc.1', needed: 'major', increment: 'major', required: '2.0.0', carried: true },
  { old: '1.2.0', new: '1.2.1', needed: 'minor', increment: 'minor', required: '1.3.0', carried: false },
  { old: '1.2.0', new: '2.0.0', needed: 'minor', increment: 'minor', required: '1.3.0', carried: true },
  { old: '1.2.0', new: '1.2.0', needed: 'patch', increment: 'patch', required: '1.2.1', carried: false },
  { old: '1.2.0', new: '1.2.0', needed: 'none', increment: 'none', required: '1.2.0', carried: true },
  { old: '1.2.0', new: '1.1.0', needed: 'none', increment: 'none', required: '1.2.0', carried: false },
  // Below 1.0.0 the increment shifts down: breaking → minor, minor/patch → patch.
  { old: '0.3.1', new: '0.4.0', needed: 'major', increment: 'minor', required: '0.4.0', carried: true, message: 'carried: 0.3.1 → 0.4.0 (major needed, minor below 1.0.0)' },
  { old: '0.3.1', new: '0.3.2', needed: 'major', increment: 'minor', required: '0.4.0', carried: false },
  { old: '0.3.1', new: '0.3.2', needed: 'minor', increment: 'patch', required: '0.3.2', carried: true },
  { old: '1.2.0', new: 'next', needed: 'patch', increment: 'patch', required: null, carried: false, message: 'unknown: "next" is not a semantic version' },
];

describe('versionVerdict', () => {
  it.each(rows)('$old → $new needing $needed', (row) => {
    const verdict = versionVerdict(row.old, row.new, only(row.needed));
    expect({ needed: verdict.needed, increment: verdict.increment, required: verdict.required, carried: verdict.carried }).toEqual({
      needed: row.needed,
      increment: row.increment,
      required: row.required,
      carried: row.carried,
    });
    if (row.message) expect(verdict.message).toBe(row.message);
  });
});
