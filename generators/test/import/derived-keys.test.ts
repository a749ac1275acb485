/**
 * The key an imported entry gets when its page names no symbol: derived from the code, distinct for
 * codes that differ only by sign or punctuation, and the code itself when the code is a symbol.
 */
import { describe, expect, it } from 'vitest';
import { importAndLoad } from './import-harness.js';

const page = (rows: string) => `# Errors\n\n| Code | Message |\n| --- | --- |\n${rows}`;

describe('keys derived from codes', () => {
  it('a negative code keeps its sign as M, so -1 and 1 stay apart', () => {
    const { load } = importAndLoad(page('| -1 | Unknown failure of the device |\n| 1 | Operation not permitted here |\n| -32700 | The request could not be parsed |\n'), 'neg.md', 'neg');
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(load.model!.entries.map((e) => [e.code, e.key])).toEqual([[-1, 'EM1'], [1, 'E1'], [-32700, 'EM32700']]);
  });

  it('a symbolic code is its own key; a dotted one keeps its shape in the code and is a valid key', () => {
    const { load } = importAndLoad(page('| BLOB_UNKNOWN | The blob is not known to the registry |\n| AccessDenied | The caller may not do this |\n'), 'sym.md', 'sym');
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(load.model!.entries.map((e) => [e.code, e.key])).toEqual([['BLOB_UNKNOWN', 'BLOB_UNKNOWN'], ['AccessDenied', 'AccessDenied']]);
  });
});
