import { describe, expect, it } from 'vitest';
import { parseIcu } from '../../src/icu/icu-message.js';

/** Validation and the four emitters read each message: `parseIcu` parses a text once per process. */
describe('parseIcu parse cache', () => {
  it('returns the same parse for the same text, a fresh one for another text', () => {
    const source = 'Quota {name} exceeded by {count, plural, one {# unit} other {# units}}';
    const first = parseIcu(source);
    expect(first.ok).toBe(true);
    expect(parseIcu(source)).toBe(first);
    const other = parseIcu(`${source}!`);
    expect(other).not.toBe(first);
    expect(other.ok && [...other.placeholders.keys()]).toEqual(['name', 'count']);
  });

  it('keeps failures too, with their offset, and a failure never shadows a valid text', () => {
    const broken = parseIcu('Hello {name');
    expect(broken).toMatchObject({ ok: false, offset: expect.any(Number) });
    expect(parseIcu('Hello {name')).toBe(broken);
    expect(parseIcu('Hello {name}').ok).toBe(true);
  });

  it('stays correct past its bound (a long-lived process over many catalogs)', () => {
    for (let i = 0; i < 50_010; i++) parseIcu(`m${i} {p${i % 7}}`);
    const again = parseIcu('m50009 {p5}');
    expect(again.ok && [...again.placeholders.keys()]).toEqual(['p5']);
    expect(parseIcu('Hello {name').ok).toBe(false);
  });
});
