/** Structural JSON equality and the paths where two values differ: given/want tables. */
import { describe, expect, it } from 'vitest';
import { differingPaths, jsonEqual } from '../../src/diff/json-equal.js';

describe('jsonEqual', () => {
  const rows: ReadonlyArray<readonly [a: unknown, b: unknown, want: boolean]> = [
    [1, 1, true],
    [1, '1', false],
    [null, null, true],
    [null, {}, false],
    [{}, null, false],
    [0, {}, false],
    [{}, 0, false],
    ['a', ['a'], false],
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [[1], [1, 2], false],
    [[], {}, false],
    [{}, [], false],
    [{ 0: 1 }, [1], false],
    [[{ a: 1 }], [{ a: 1 }], true],
    [[{ a: 1 }], [{ a: 2 }], false],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: 1 }, { a: 1, b: null }, false],
    [{ a: 1 }, { b: 1 }, false],
    [{ a: { b: [1] } }, { a: { b: [1] } }, true],
    [{ a: { b: [1] } }, { a: { b: [2] } }, false],
  ];
  it.each(rows)('%j vs %j → %s', (a, b, want) => {
    expect(jsonEqual(a, b)).toBe(want);
    expect(jsonEqual(b, a)).toBe(want);
  });
});

describe('differingPaths', () => {
  it('is empty for equal values', () => {
    expect(differingPaths({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('names the root when either side is not a mapping', () => {
    expect(differingPaths(1, 2)).toEqual(['(root)']);
    expect(differingPaths({ a: 1 }, [1])).toEqual(['(root)']);
    expect(differingPaths([1], { a: 1 })).toEqual(['(root)']);
  });

  it('lists the differing paths in key order, shallowest first, keys of either side', () => {
    expect(differingPaths({ b: 1, a: { x: 1, y: 2 }, same: 0 }, { b: 2, a: { x: 1, y: 3 }, c: 1, same: 0 })).toEqual(['a.y', 'b', 'c']);
    expect(differingPaths({ properties: { note: { type: 'string' } } }, { properties: { note: { type: 'integer' } } })).toEqual(['properties.note.type']);
  });

  it('stops at the limit', () => {
    const a = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, i]));
    const b = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, -i - 1]));
    expect(differingPaths(a, b)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(differingPaths(a, b, 2)).toEqual(['k0', 'k1']);
    expect(differingPaths({ x: a, y: 1 }, { x: b, y: 2 }, 3)).toEqual(['x.k0', 'x.k1', 'x.k2']);
    expect(differingPaths({ w: 1, x: a }, { w: 2, x: b }, 3)).toEqual(['w', 'x.k0', 'x.k1']);
  });
});
