/**
 * The fast path for big pipe tables (big-tables.ts) must agree with the parser's path: the same page
 * read both ways gives the same document, for tricky cells, for tables amid other blocks and for every
 * Markdown page of the dev corpus. Plus the row splitter, table-driven.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractBigTables, splitRow } from '../../src/import/big-tables.js';
import { importMarkdown } from '../../src/import/markdown-importer.js';

const fast = (page: string) => importMarkdown(page, { bigTableRows: 0 });
const parsed = (page: string) => importMarkdown(page, { bigTableRows: Number.POSITIVE_INFINITY });

/** Cells that inline parsing treats differently from plain text. */
const fragments = [
  'Invalid token', '`code`', '`a \\| b`', '`a \\\\| b`', '**bold** text', '_em_ x', 'a\\|b', '&amp; &lt;x&gt;', 'one<br>two', '<br/>',
  '[link](http://x.test/a)', 'www.example.com', '~~gone~~', '# not a heading', '- not a list', '1. not a list', '> not a quote',
  '\\\\', '`x` y', '<span id="a">x</span>', 'ERR\\_X', '', '*', '![img](x.png)', '\\*', '"quoted"', ':smile:', '<http://auto.test>',
  'x@y.test', '    indented', '`` a`b ``', '&#124;', 'a * b * c', '__init__', 'snake_case_name', 'E1001', '0x0A', '-1',
  '**OK**', '*x*', '_(x)_', '**ERR_X**', '***x***', '**a** and **b**', '`ERR_1` or `ERR_2`', '` padded `', '`a`b`', 'foo_`x`',
  '_foo_bar_', '**"quoted"**', '`x`_y_', '**x*', '* x *', '_ x_', 'Failure **number** 3', 'a *b* c _d_ e', '**a **b** c**',
  '**x**`y`', '`y`**x**', 'word**x**', '**x**word', 'a __b__ c', '*(x)* y', 'x **"y"** z', 'a ** b ** c',
  // Found by wider sweeps: an autolink literal runs on over marks; a cell ending in one has no position of its own.
  'www.example.com`y`**x**', 'x\\\\www.example.com',
];

/** A deterministic pseudo-random sequence (a linear congruential generator), so failures reproduce. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** A table of tricky cells; `glue` joins the fragments of a cell (a space, or nothing to make them touch). */
function randomTable(next: () => number, rows: number, glue: string): string {
  const pick = () => fragments[Math.floor(next() * fragments.length)]!;
  const lines = ['| Code | Key | Message | Description |', '| --- | :-- | --: | :-: |'];
  for (let i = 0; i < rows; i++) lines.push(`| ${1000 + i} | ERR_${i} | Failed ${pick()}${glue}${pick()} | ${pick()}${glue}and${glue}${pick()}${glue}${pick()} |`);
  return lines.join('\n');
}

describe('big-table fast path', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => [[seed, ' '], [seed, '']] as const))('agrees with the parser on random tricky cells (seed %i, glue %j)', (seed, glue) => {
    const next = sequence(seed);
    const page = `# Errors\n\nIntro text.\n\n## Auth\n\n${randomTable(next, 40, glue)}\n\n## Other\n\n${randomTable(next, 40, glue)}\n`;
    expect(extractBigTables(page, 0).tables).toHaveLength(2);
    const doc = fast(page);
    expect(doc.groups.flatMap((g) => g.entries)).toHaveLength(80);
    expect(doc).toEqual(parsed(page));
  });

  it.each([
    ['a table right after a paragraph line is not cut out', 'Text\n| Code | Message |\n| --- | --- |\n| 1 | One |\n'],
    ['a table in a fence is not cut out', '```\n| Code | Message |\n| --- | --- |\n| 1 | One |\n```\n\n| Code | Message |\n| --- | --- |\n| 2 | Two |\n'],
    ['a table in an HTML comment over blank lines is not cut out', '<!--\n\n| Code | Message |\n| --- | --- |\n| 1 | One |\n\n-->\n\n| Code | Message |\n| --- | --- |\n| 2 | Two |\n'],
    ['a table followed by a non-row line is left to the parser', '| Code | Message |\n| --- | --- |\n| 1 | One |\nlazy line\n'],
    ['a table under a code heading stays in its body', '## 1001: BAD_TABLE\n\nBroken.\n\n| Field | Type |\n| --- | --- |\n| a | string |\n\n## 1002: OTHER\n\nOther.\n'],
    ['rows of varying widths', '| Code | Message |\n| --- | --- |\n| 1 | One | extra |\n| 2 |\n| 3 | Three\n'],
    ['a header and delimiter of different widths is no table', '| Code | Message |\n| --- |\n| 1 | One |\n'],
  ])('%s', (_name, page) => {
    expect(fast(page)).toEqual(parsed(page));
  });

  it('agrees with the parser on every Markdown page of the dev corpus', () => {
    const dev = fileURLToPath(new URL('./corpus/dev/', import.meta.url));
    const pages = readdirSync(dev).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const page = readFileSync(`${dev}${file}`, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      expect(fast(page), file).toEqual(parsed(page));
    }
  });

  it('takes the fast path for a 10,000-row table and not for a small one', () => {
    const rows = (n: number) => ['| Code | Message |', '| --- | --- |', ...Array.from({ length: n }, (_, i) => `| ${i} | Failure ${i} |`)].join('\n');
    expect(extractBigTables(`${rows(10_000)}\n`).tables).toHaveLength(1);
    expect(extractBigTables(`${rows(20)}\n`).tables).toHaveLength(0);
  });
});

describe('pipe row splitting', () => {
  it.each([
    ['| a | b |', ['a', 'b']],
    ['| a | b', ['a', 'b']],
    ['a | b |', ['a', 'b']],
    ['| a | |', ['a', '']],
    ['| a \\| b | c |', ['a \\| b', 'c']],
    ['| a \\\\| b |', ['a \\\\', 'b']],
    ['|a|b|   ', ['a', 'b']],
  ])('%j', (line, want) => {
    expect(splitRow(line)).toEqual(want);
  });
});
