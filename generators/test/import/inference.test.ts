/**
 * Table-driven tests of the importer's guesses (infer-entry.ts) and token shapes (cell-shapes.ts):
 * given a code, symbol and text, the status, outcome and retryability it implies.
 */
import { describe, expect, it } from 'vitest';
import { guessHttpStatus, guessOutcome, guessRetryable } from '../../src/import/infer-entry.js';
import { cleanCodeToken, codeShape, isBoolean, isHttpStatus, isIdentifier, isStructuredIdentifier, wordCount } from '../../src/import/cell-shapes.js';

describe('guessHttpStatus', () => {
  const rows: ReadonlyArray<readonly [code: string | number, key: string, text: string, want: number]> = [
    [1001, 'RATE_LIMITED', 'Slow down', 429],
    [1002, 'E1002', 'Request timed out', 504],
    [1003, 'NOT_EXIST_ACCOUNT', 'The account', 404],
    [1004, 'E1004', 'No such record', 404],
    [1005, 'E1005', 'The user already exists', 409],
    [1006, 'E1006', 'Permission denied', 403],
    [1007, 'E1007', 'Invalid token', 401],
    [1008, 'E1008', 'Request cancelled', 499],
    [1009, 'E1009', 'Service unavailable', 503],
    [1010, 'E1010', 'Invalid parameter', 400],
    [1011, 'E1011', 'Internal server error', 500],
    [1012, 'E1012', 'Something odd', 400],
    // A code that is an HTTP error status means what it says, whatever the words.
    [404, 'E404', 'Internal server error', 404],
    [599, 'E599', 'x', 599],
    [600, 'E600', 'x', 400],
    [399, 'E399', 'x', 400],
    ['404', 'E404', 'x', 400],
    [400, 'E400', 'Internal server error', 400],
    // The key's words count, with its underscores read as spaces.
    [1013, 'TOO_MANY', 'x', 429],
  ];
  it.each(rows)('%s %s %j → %d', (code, key, text, want) => {
    expect(guessHttpStatus(code, key, text, 'error')).toBe(want);
  });

  it('success, partial and pending outcomes answer 200, 200 and 202', () => {
    expect(guessHttpStatus(500, 'OK', 'x', 'success')).toBe(200);
    expect(guessHttpStatus(500, 'PARTIAL', 'x', 'partial')).toBe(200);
    expect(guessHttpStatus(500, 'QUEUED', 'x', 'pending')).toBe(202);
  });
});

describe('guessOutcome', () => {
  const rows: ReadonlyArray<readonly [key: string, text: string, want: string]> = [
    ['OK', 'whatever', 'success'],
    ['SUCCESS_CODE', '', 'success'],
    ['E0', 'Operation completed successfully', 'success'],
    ['E0', '  success', 'success'],
    ['PARTIAL_DONE', 'x', 'partial'],
    ['E1', 'The batch was partially processed', 'partial'],
    ['E2', 'Queued for background execution, not an error', 'pending'],
    ['E3', 'pending review', 'error'],
    ['E4', 'Not successful', 'error'],
    ['SUCCESS', '', 'success'],
    ['NOT_OK', '', 'error'],
    ['OKAY', '', 'error'],
    ['E5', 'Partial success', 'partial'],
    ['NOT_PARTIAL', '', 'error'],
    ['E6', 'Accepted for processing; not an error', 'pending'],
  ];
  it.each(rows)('%s %j → %s', (key, text, want) => {
    expect(guessOutcome(key, text)).toBe(want);
  });
});

describe('guessRetryable', () => {
  const rows: ReadonlyArray<readonly [status: number, text: string, want: boolean]> = [
    [429, '', true],
    [503, '', true],
    [504, '', true],
    [500, '', false],
    [502, '', false],
    [400, 'Please try again later', true],
    [400, 'Retry the request', true],
    [400, 'Retrying will not help: retryable=false', false],
    [400, '请稍后再试', true],
  ];
  it.each(rows)('%d %j → %s', (status, text, want) => {
    expect(guessRetryable(status, text)).toBe(want);
  });
});

describe('cell shapes', () => {
  const shapes: ReadonlyArray<readonly [string, string | undefined]> = [
    ['1101', 'integer'],
    ['-32700', 'integer'],
    ['−1', 'integer'],
    ['0x0a', 'hex'],
    ['0E', 'hex'],
    ['FF', undefined],
    ['E1001', 'alphanumeric'],
    ['MBC-CMD-001', 'alphanumeric'],
    ['>125', 'range'],
    ['100...', 'range'],
    ['0x0100-0x01ff', 'range'],
    ['', undefined],
    ['1'.repeat(81), undefined],
    ['hello', undefined],
  ];
  it.each(shapes)('codeShape(%j) → %s', (token, want) => {
    expect(codeShape(token)).toBe(want);
  });

  it('identifiers, structured or not', () => {
    expect(['NOT_EXIST_ACCOUNT', 'unique_violation', 'AccessDenied', 'bad-request', 'gone', 'api.v2'].map(isIdentifier)).toEqual([true, true, true, true, true, true]);
    expect(['', '1abc', 'a b', 'x'.repeat(81), 'x'.repeat(80)].map(isIdentifier)).toEqual([false, false, false, false, true]);
    expect(['NOT_EXIST', 'bad-request', 'AccessDenied', 'GONE', 'HTTPError', 'ABc', 'gone', 'Gone', 'a b', 'A1b', '$AB', '$ABc'].map(isStructuredIdentifier)).toEqual([true, true, true, true, true, true, false, false, false, false, false, false]);
  });

  it('HTTP statuses, booleans and word counts', () => {
    expect(['404', '404 Not Found', '599', '600', '99', '404 x'.padEnd(90, 'x'), '404 Not Found!', 'x404', '404  Not Found', `404${' '.repeat(36)}${'A'.repeat(41)}`].map(isHttpStatus)).toEqual([true, true, true, false, false, false, false, false, true, true]);
    expect(['yes', 'No', '是', '✓', '-', 'n/a', 'maybe', 'yes please'].map(isBoolean)).toEqual([true, true, true, true, true, true, false, false]);
    expect(wordCount("The user's account")).toBe(3);
    expect(wordCount('账户不存在')).toBe(3);
    expect(wordCount('账户 API key')).toBe(3);
    expect(wordCount('')).toBe(0);
  });

  it('cleans code tokens', () => {
    expect(cleanCodeToken(' **`1101`** ')).toEqual({ token: '1101', quoted: false });
    expect(cleanCodeToken('1101:')).toEqual({ token: '1101', quoted: false });
    expect(cleanCodeToken('"E1"')).toEqual({ token: 'E1', quoted: true });
    expect(cleanCodeToken('"E1",')).toEqual({ token: '"E1"', quoted: false });
    expect(cleanCodeToken("'E1'")).toEqual({ token: 'E1', quoted: true });
    expect(cleanCodeToken('−5;')).toEqual({ token: '-5', quoted: false });
    expect(cleanCodeToken(`*${'x'.repeat(78)}*`)).toEqual({ token: 'x'.repeat(78), quoted: false });
    expect(cleanCodeToken('** 1101 **')).toEqual({ token: '1101', quoted: false });
    for (const kept of ['E_1', 'a:b', '1−2', 'x"y"', "x'y'"]) expect(cleanCodeToken(kept), kept).toEqual({ token: kept, quoted: false });
    const long = `*${'x'.repeat(90)}*`;
    expect(cleanCodeToken(long)).toEqual({ token: long, quoted: false });
  });
});
