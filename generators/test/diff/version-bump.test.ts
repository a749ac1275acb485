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
  { old: '1.2.0', new: '1.2.0', needed: 'none', increment: 'none', required: '1.2.0', carried: true, message: 'carried: no bump needed (1.2.0 → 1.2.0)' },
  { old: '1.2.0', new: '1.1.0', needed: 'none', increment: 'none', required: '1.2.0', carried: false, message: 'not carried: version went down 1.2.0 → 1.1.0' },
  { old: '0.3.1', new: '0.3.1', needed: 'none', increment: 'none', required: '0.3.1', carried: true },
  // A pre-release counts by its release: 1.3.0-rc.1 announces 1.3.0, which a minor bump needs.
  { old: '1.2.0', new: '1.3.0-rc.1', needed: 'minor', increment: 'minor', required: '1.3.0', carried: true },
  { old: '1.2.0', new: '1.2.1-rc.1', needed: 'minor', increment: 'minor', required: '1.3.0', carried: false },
  { old: '1.2.0', new: 'next', needed: 'patch', increment: 'patch', required: null, carried: false, message: 'unknown: "next" is not a semantic version' },
];

describe('versionVerdict', () => {
  it('needs the largest bump of any package', () => {
    const verdict = (errors: Bump, openapi: Bump, i18n: Bump, docs: Bump = 'none') => versionVerdict('1.2.0', '1.2.0', { errors, openapi, i18n, docs }).needed;
    expect([verdict('none', 'none', 'none'), verdict('patch', 'none', 'minor'), verdict('minor', 'major', 'patch'), verdict('none', 'patch', 'none'), verdict('major', 'minor', 'none'), verdict('none', 'none', 'patch', 'minor'), verdict('patch', 'none', 'none', 'major')]).toEqual(['none', 'minor', 'major', 'patch', 'major', 'minor', 'major']);
  });

  it('an old version that is not semantic is named', () => {
    expect(versionVerdict('one', '1.0.0', only('patch')).message).toBe('unknown: "one" is not a semantic version');
  });

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

describe('packageBumps', () => {
  it('takes the most severe class per package, whatever the order of the changes', async () => {
    const { packageBumps } = await import('../../src/diff/version-bump.js');
    const change = (packages: Record<string, string>) => ({ class: 'patch', key: 'K', kind: 'message-changed', before: null, after: null, detail: '', packages }) as never;
    expect(packageBumps([change({ errors: 'patch' }), change({ errors: 'breaking', i18n: 'minor' }), change({ errors: 'minor', i18n: 'patch', docs: 'patch' })])).toEqual({ errors: 'major', openapi: 'none', i18n: 'minor', docs: 'patch' });
    expect(packageBumps([change({ openapi: 'minor' }), change({ openapi: 'minor' }), change({})])).toEqual({ errors: 'none', openapi: 'minor', i18n: 'none', docs: 'none' });
    expect(packageBumps([])).toEqual({ errors: 'none', openapi: 'none', i18n: 'none', docs: 'none' });
  });
});
