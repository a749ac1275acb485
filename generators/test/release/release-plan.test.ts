/** The diff gate of `errata release`, table-driven: a catalog against its last release. */
import { describe, expect, it } from 'vitest';
import { planCatalogRelease } from '../../src/release/release-plan.js';
import { catalog, entry } from '../support/model-fixtures.js';

const a = entry({ key: 'A', code: 1, message: 'a' });
const b = entry({ key: 'B', code: 2, message: 'b' });
const at = (version: string, entries = [a, b]) => catalog(entries, { version });
const reworded = [a, entry({ key: 'B', code: 2, message: 'b, reworded' })];

describe('planCatalogRelease', () => {
  const rows = [
    { given: 'no release tag yet', current: at('1.0.0'), previous: undefined, want: { status: 'first' } },
    { given: 'released, nothing changed', current: at('1.0.0'), previous: at('1.0.0'), want: { status: 'unchanged' } },
    { given: 'released, version bumped with no change', current: at('1.0.1'), previous: at('1.0.0'), want: { status: 'release', previous: '1.0.0' } },
    { given: 'entry removed, major bump', current: at('2.0.0', [a]), previous: at('1.4.2'), want: { status: 'release', previous: '1.4.2' } },
    { given: 'entry added, minor bump', current: at('1.5.0'), previous: at('1.4.2', [a]), want: { status: 'release' } },
    { given: 'message reworded, patch bump', current: at('1.4.3', reworded), previous: at('1.4.2'), want: { status: 'release' } },
    { given: 'below 1.0.0, entry removed, minor bump', current: at('0.3.0', [a]), previous: at('0.2.5'), want: { status: 'release' } },
    {
      given: 'entry removed, only a minor bump',
      current: at('1.5.0', [a]),
      previous: at('1.4.2'),
      want: { status: 'refused', reason: 'not carried: needs 2.0.0 (major), version went 1.4.2 → 1.5.0 since sample@1.4.2' },
    },
    {
      given: 'entry added, version left as released',
      current: at('1.4.2'),
      previous: at('1.4.2', [a]),
      want: { status: 'refused', reason: 'changed since sample@1.4.2 but still at version 1.4.2; the changes need 1.5.0 or above (minor, see `errata diff`)' },
    },
    {
      given: 'message reworded, version left as released',
      current: at('1.4.2', reworded),
      previous: at('1.4.2'),
      want: { status: 'refused', reason: 'changed since sample@1.4.2 but still at version 1.4.2; the changes need 1.4.3 or above (patch, see `errata diff`)' },
    },
    { given: 'version below the last release', current: at('1.0.0'), previous: at('1.1.0'), want: { status: 'refused', reason: 'version 1.0.0 is below the last release sample@1.1.0' } },
  ] as const;

  it.each(rows)('$given → $want.status', ({ current, previous, want }) => {
    const plan = planCatalogRelease(current, previous && { version: previous.version, model: previous });
    expect(plan).toMatchObject({ id: 'sample', version: current.version, ...want });
  });
});
