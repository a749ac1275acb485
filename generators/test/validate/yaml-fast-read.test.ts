/**
 * The fast reading of YAML (js-yaml, no positions) and the positioned one (`yaml`, with line and
 * column for diagnostics) must agree: wherever the fast reading vouches for a file, the positioned
 * parse reads the same data with no diagnostic; and the reading the loader uses (fast, falling back
 * to positioned) gives the same data and the same accept/reject as the positioned parse alone.
 * Inputs: JSON values printed as YAML in every style, then edited (tokens YAML reserves inserted,
 * lines duplicated, dropped, indented, tabs, duplicate keys), and raw strings of YAML punctuation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect, isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readYamlFast } from '../../src/load/yaml-fast-read.js';
import { parseYamlPositioned, parseYamlSource } from '../../src/load/yaml-source.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Scalars where YAML parsers differ most: number and boolean look-alikes, escapes, indicators, blank text. */
const trickyStrings = [
  '', ' ', '1.0', '0x10', '0o17', '0b11', '1_000', '.5', '+12', '1e3', '.inf', '-.Inf', '.NaN', '-0', '012', 'True', 'yes', 'No', 'on', 'NULL', '~', 'null',
  '2001-12-14', '12:30:45', '<<', '=', '- a', 'a: b', 'a #b', '#c', '"q"', "'s'", '\\', '\\n', 'tab\there', 'line\nbreak', 'trailing\n', '  lead', 'trail  ',
  '{a}', '[b]', '*alias', '&anchor', '!tag', '%dir', '@at', '`tick`', '|', '>', '?', '? x', '---', '...', 'é', '中文', '😀', '\u2028', '\u0085', '\u00a0', '\x7f',
];
const scalarArb: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(...trickyStrings),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e21, 2 ** 53 + 2, 0.1, true, false, null),
);
const keyArb = fc.oneof(fc.constantFrom('key', 'code', 'message', '__proto__', 'constructor', ...trickyStrings), fc.string({ maxLength: 5 }));
const { json: jsonArb } = fc.letrec<{ json: Json }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('json'), { maxLength: 4 }),
    fc.dictionary(keyArb, tie('json'), { maxKeys: 4 }),
  ),
}));

const styleArb = fc.record({
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  indent: fc.constantFrom(2, 4),
  lineWidth: fc.constantFrom(0, 20, 80),
});

/** Pieces of YAML syntax inserted into otherwise valid text. */
const insertions = [': ', ':', '- ', '? ', '[', ']', '{', '}', ', ', '#', ' #x', '&a ', '*a', '!!str ', '!!int ', '!x ', '|', '>-', "'", '"', '%YAML 1.1\n', '---\n', '\n...\n', '\t', '  ', '\n', '\r\n', '\\', '<<: ', '\ufeff', 'key: 1\nkey: 2\n', '0x1F', '.inf', '1.0: x\n'];
type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'dup-line' | 'drop-line' | 'indent' | 'dedent' | 'tab'; line: number } | { kind: 'truncate'; at: number };
const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...insertions), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constantFrom('dup-line' as const, 'drop-line' as const, 'indent' as const, 'dedent' as const, 'tab' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function applyEdit(text: string, edit: Edit): string {
  if (edit.kind === 'insert') {
    const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
    return text.slice(0, at) + edit.text + text.slice(at);
  }
  if (edit.kind === 'truncate') return text.slice(0, text.length === 0 ? 0 : edit.at % text.length);
  const lines = text.split('\n');
  const i = edit.line % lines.length;
  const line = lines[i]!;
  if (edit.kind === 'dup-line') lines.splice(i, 0, line);
  else if (edit.kind === 'drop-line') lines.splice(i, 1);
  else if (edit.kind === 'indent') lines[i] = `  ${line}`;
  else if (edit.kind === 'dedent') lines[i] = line.replace(/^ {1,2}/, '');
  else lines[i] = line.replace(/^ /, '\t');
  return lines.join('\n');
}

const printedArb = fc.tuple(jsonArb, styleArb).map(([value, style]) => {
  try {
    return stringify(value, { ...style, aliasDuplicateObjects: false } as never);
  } catch {
    return JSON.stringify(value) ?? '';
  }
});
/** Raw text over YAML's punctuation and a few letters: finds what no printer would write. */
const punctuationArb = fc
  .array(fc.constantFrom(...' \n\t:-?[]{},#&*!|>\'"%@`\\~.01aexnulTf'.split(''), 'null', 'true', '0x', '.inf', 'key', ': ', '- '), { maxLength: 40 })
  .map((parts) => parts.join(''));
const textArb = fc.oneof(
  { weight: 3, arbitrary: printedArb },
  { weight: 4, arbitrary: fc.tuple(printedArb, fc.array(editArb, { minLength: 1, maxLength: 3 })).map(([text, edits]) => edits.reduce(applyEdit, text)) },
  { weight: 1, arbitrary: fc.tuple(fc.json(), fc.array(editArb, { maxLength: 2 })).map(([text, edits]) => edits.reduce(applyEdit, text)) },
  { weight: 2, arbitrary: punctuationArb },
);

/** Node's deep equality: vitest's toStrictEqual trips on an own `constructor` key, which catalogs may hold. */
function expectSameData(actual: unknown, expected: unknown, text: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect.fail(`different data for ${JSON.stringify(text)}: ${inspect(actual, { depth: 9 })} vs ${inspect(expected, { depth: 9 })}`);
}

const hasErrors = (source: { syntaxDiagnostics: readonly { severity: string }[] }) => source.syntaxDiagnostics.some((d) => d.severity === 'error');

describe('fast and positioned YAML readings', () => {
  it('agree on every input: the same data, the same accept/reject', () => {
    let vouched = 0;
    fc.assert(
      fc.property(textArb, (text) => {
        const positioned = parseYamlPositioned('f.yaml', text);
        const fast = readYamlFast(text);
        if (fast) {
          vouched++;
          expect(positioned.syntaxDiagnostics).toEqual([]);
          expect(positioned.readable).toBe(true);
          expectSameData(fast.data, positioned.data, text);
        }
        const loaded = parseYamlSource('f.yaml', text);
        expect(loaded.readable).toBe(positioned.readable);
        expect(hasErrors(loaded)).toBe(hasErrors(positioned));
        expectSameData(loaded.data, positioned.data, text);
      }),
      { numRuns: 2000 },
    );
    // The fast reading must actually serve valid files, not refuse everything.
    expect(vouched).toBeGreaterThan(300);
  });

  it('reads every seed catalog and locale file fast, to the same data', () => {
    const files = readdirSync(join(repo, 'catalogs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      const text = readFileSync(join(repo, 'catalogs', file), 'utf8');
      const fast = readYamlFast(text);
      expect(fast, file).toBeDefined();
      expectSameData(fast!.data, parseYamlPositioned(file, text).data, file);
    }
  });

  it('keeps duplicate keys an error with line and column, also in a large mapping', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `  K${i}: { message: m${i} }`);
    keys.splice(4000, 0, '  K17: { message: again }');
    const source = parseYamlSource('de.yaml', `locale: de\nentries:\n${keys.join('\n')}\n`);
    expect(source.readable).toBe(false);
    expect(source.syntaxDiagnostics).toEqual([expect.objectContaining({ rule: 'duplicate-yaml-key', line: 4003, column: 3, severity: 'error' })]);
  });

  it('locates nodes of a file read fast, parsing positions only when asked', () => {
    const source = parseYamlSource('c.yaml', 'id: x\ngroups:\n  - name: a\n    entries:\n      - key: K\n        code: 1\n');
    expect(source.syntaxDiagnostics).toEqual([]);
    expect(source.locate(['groups', 0, 'entries', 0, 'code'])).toEqual({ line: 6, column: 15 });
    expect(source.locate(['groups', 0, 'name'], 'key')).toEqual({ line: 3, column: 5 });
  });
});
