/**
 * Pipe tables the GFM parser does not see: runs of `| a | b |` rows without a delimiter row, and
 * DokuWiki tables whose header row is written `^ a ^ b ^`. Each run gets the delimiter row GFM needs
 * (and a blank header when its first row is data), so it reaches the one table reader and its column
 * scoring like any other table. A single linear pass over the lines; fenced code is left alone.
 */
import { codeShape } from './cell-shapes.js';
import { cleanToken } from './entry-text.js';

const fenceLine = /^ {0,3}(`{3,}|~{3,})/;
const delimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-*:?[ \t]*)*\|?[ \t]*$/;

/** Cells of a row written with `|` or `^` bars; undefined when the line is not such a row. */
function rowCells(line: string): string[] | undefined {
  const text = line.trim();
  if (text.length < 3 || !/^[|^]/.test(text) || !(text.startsWith('^') ? /[|^]$/ : /\|$/).test(text) || /^\|[-:| \t]*\|$/.test(text)) return undefined;
  // `^` is a bar only in DokuWiki header rows, which start with one; elsewhere it is text (`^[a-z]+$`).
  const caret = text.startsWith('^');
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[i + 1]!;
      i++;
    } else if (ch === '|' || (caret && ch === '^')) {
      cells.push(current.trim());
      current = '';
    } else current += ch;
  }
  return cells.length >= 2 ? cells : undefined;
}

/** A first row that names the columns: DokuWiki `^` bars, or short cells none of which is a code. */
function isHeaderRow(line: string, cells: readonly string[]): boolean {
  if (line.trim().startsWith('^')) return true;
  return cells.every((c) => c !== '' && c.length <= 40 && codeShape(cleanToken(c).token) === undefined);
}

/** Gives each loose pipe table of a Markdown page a delimiter row (and a header row when it lacks one). */
export function delimitLooseTables(markdown: string): string {
  if (!markdown.includes('|')) return markdown;
  const lines = markdown.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const marker = fenceLine.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      out.push(line);
      i++;
      continue;
    }
    if (marker) {
      fence = marker;
      out.push(line);
      i++;
      continue;
    }
    const first = rowCells(line);
    // A run starts here only when GFM does not already read it as a table (its second line a delimiter row).
    // and it starts a block (a table's own body rows follow its delimiter row, not a blank line).
    const before = i > 0 ? lines[i - 1]! : '';
    if (!first || delimiterRow.test(lines[i + 1] ?? '') || !(before.trim() === '' || /^ {0,3}#{1,6}\s/.test(before))) {
      out.push(line);
      i++;
      continue;
    }
    let end = i + 1;
    let width = first.length;
    while (end < lines.length && !delimiterRow.test(lines[end]!)) {
      const cells = rowCells(lines[end]!);
      if (!cells) break;
      width = Math.max(width, cells.length);
      end++;
    }
    if (end - i < 2 || (end < lines.length && delimiterRow.test(lines[end]!))) {
      out.push(...lines.slice(i, end));
      i = end;
      continue;
    }
    const indent = /^[ \t]*/.exec(line)![0];
    const bar = (cells: readonly string[]) => `${indent}| ${Array.from({ length: width }, (_, k) => cells[k] ?? '').join(' | ')} |`;
    const delimiter = `${indent}|${' --- |'.repeat(width)}`;
    changed = true;
    out.push('');
    const rows = lines.slice(i, end).map((l) => bar(rowCells(l)!));
    if (isHeaderRow(line, first)) out.push(rows[0]!, delimiter, ...rows.slice(1));
    else out.push(bar([]), delimiter, ...rows);
    out.push('');
    i = end;
  }
  return changed ? out.join('\n') : markdown;
}
