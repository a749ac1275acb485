/**
 * The development split of the real-page corpus stays at its bar: recall and false positives as
 * `npm run corpus -- dev` reports them, every imported catalog valid. (The holdout split is scored
 * once, by hand, with the same scorer; no test reads it.)
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatScore, matchEntries, normalizeMessage, scoreSplit } from './corpus/score.js';
import { schemas } from './import-harness.js';

const dev = fileURLToPath(new URL('./corpus/dev/', import.meta.url));

describe('import corpus, dev split', () => {
  it('stays at its recall and false-positive bar, every catalog valid', () => {
    const score = scoreSplit(dev, schemas);
    console.log(formatScore(score, false));
    expect(score.pages.length).toBeGreaterThanOrEqual(26);
    expect(score.pages.filter((p) => p.failure?.startsWith('invalid catalog'))).toEqual([]);
    expect(score.recall).toBeGreaterThanOrEqual(0.97);
    expect(score.fpRate).toBeLessThanOrEqual(0.01);
    expect(score.invalid).toBe(0);
  });
});

describe('corpus scorer', () => {
  it.each([
    ['**Bad** `request`  here\n', 'Bad request here'],
    ['<span style="x">Текст</span> ошибки', 'Текст ошибки'],
  ])('normalizes %j', (given, want) => {
    expect(normalizeMessage(given)).toBe(want);
  });

  it('matches by code (number or string), key when labelled and message when labelled', () => {
    const labels = [
      { code: 1101, key: 'NOT_EXIST_ACCOUNT', message: 'Account does not exist' },
      { code: '0x0a', key: null, message: null },
      { code: 7, key: null, message: 'Seven' },
      { code: 8, key: 'EIGHT', message: null },
    ];
    const imported = [
      { code: '1101', key: 'NOT_EXIST_ACCOUNT', message: 'Account  does not exist' },
      { code: '0x0a', key: 'E0x0a', message: 'anything' },
      { code: '7', key: 'E7', message: 'Six' },
      { code: '8', key: 'E8', message: 'Eight' },
      { code: '9', key: 'E9', message: 'Nine' },
    ];
    const result = matchEntries(labels, imported);
    expect(result.found).toBe(2);
    expect(result.misses.map((m) => m.reason)).toEqual(['message differs', 'key differs']);
    expect(result.falsePositives).toEqual(['9 E9']);
  });
});
