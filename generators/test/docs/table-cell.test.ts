import { describe, expect, it } from 'vitest';
import { escapeTableCell, inlineCode } from '../../src/emit/docs/table-cell.js';
import { importMarkdown } from '../../src/import/markdown-importer.js';

/** given text → cell source; every row must also read back through a real GFM parse. */
const rows: ReadonlyArray<readonly [string, string]> = [
  ['plain text', 'plain text'],
  ['a | b', 'a \\| b'],
  ['already \\| escaped', 'already \\\\\\| escaped'],
  ['two\\\\|', 'two\\\\\\\\\\|'],
  ['ends with \\', 'ends with \\'],
  ['line1\nline2\r\nline3', 'line1<br>line2<br>line3'],
  ['<b>bold</b> & more', '&lt;b>bold&lt;/b> & more'],
  ['&amp; &lt; &#124;', '&amp;amp; &amp;lt; &amp;#124;'],
  ['literal <br> tag', 'literal &lt;br> tag'],
  ['`code | pipe`', '`code \\| pipe`'],
  ['中文|文字', '中文\\|文字'],
  ["it's {braces} # and *stars*", "it's {braces} # and *stars*"],
  ['a < b and c > d', 'a < b and c > d'],
];

describe('escapeTableCell', () => {
  it.each(rows)('escapes %j', (given, want) => {
    expect(escapeTableCell(given)).toBe(want);
  });

  it.each(rows)('reads %j back from a parsed table', (given) => {
    const page = `| Code | Key | Description |\n| --- | --- | --- |\n| 1 | \`K\` | ${escapeTableCell(given)} |\n`;
    const entry = importMarkdown(page).groups[0]!.entries[0]!;
    expect(entry.description ?? entry.text).toBe(given.replace(/\r\n/g, '\n').trim());
  });

  it('fences inline code past any backtick run', () => {
    expect([inlineCode('a'), inlineCode('a`b'), inlineCode('`x`')]).toEqual(['`a`', '``a`b``', '`` `x` ``']);
  });
});
