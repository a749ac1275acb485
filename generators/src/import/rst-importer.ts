/**
 * reStructuredText importer: section titles become groups; simple tables (`=== ===`, with
 * overflowing columns and continuation lines) and grid tables (`+---+`, cells wrapping over lines)
 * become entries through the same column reading as Markdown tables.
 */
import { groupFor, type ImportedDocument } from './imported-document.js';
import { columnRoles, rowsToEntries } from './table-columns.js';
import type { CellText } from './cell-text.js';
import { decodeEntities } from './cell-text.js';

const simpleBorder = /^ *=+( +=+)+ *$/;
const gridBorder = /^ *\+(?:[-=]+\+)+ *$/;
const adornment = /^([=\-~^"'`#*+:._])\1{2,}\s*$/;

/** Joins the lines of a wrapped cell: with a space, or with nothing between two CJK characters. */
function joinWrapped(parts: readonly string[]): string {
  return parts.filter(Boolean).reduce((text, part) => (text && /[\u3000-\u9fff\uff00-\uffef]$/.test(text) && /^[\u3000-\u9fff\uff00-\uffef]/.test(part) ? text + part : text ? `${text} ${part}` : part), '');
}

/** Column spans `[start, end)` of a simple table's border line. */
function spans(border: string): [number, number][] {
  return [...border.matchAll(/=+/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** Splits a simple table row into cells: each word goes to the column its first character falls in. */
function simpleRow(line: string, columns: readonly [number, number][]): string[] {
  const cells = columns.map(() => [] as string[]);
  for (const word of line.matchAll(/\S+/g)) {
    let column = 0;
    columns.forEach(([start], i) => {
      if (word.index >= start - 1) column = i;
    });
    cells[column]!.push(word[0]);
  }
  return cells.map((words) => words.join(' '));
}

interface TableText {
  headers: string[];
  rows: string[][];
}

/** Reads a simple table starting at `lines[at]`; it ends with a border followed by a blank line. */
function simpleTable(lines: readonly string[], at: number): { table: TableText; next: number } {
  const columns = spans(lines[at]!);
  const borders: number[] = [at];
  let i = at + 1;
  for (; i < lines.length; i++) {
    if (!simpleBorder.test(lines[i]!)) continue;
    borders.push(i);
    if (i + 1 >= lines.length || lines[i + 1]!.trim() === '') break;
  }
  const last = borders[borders.length - 1]!;
  const hasHeader = borders.length >= 3;
  const headers = hasHeader ? simpleRow(lines.slice(at + 1, borders[1]).join(' '), columns) : columns.map(() => '');
  const rows: string[][] = [];
  for (const line of lines.slice((hasHeader ? borders[1]! : at) + 1, last)) {
    if (line.trim() === '' || simpleBorder.test(line) || /^ *-+( +-+)+ *$/.test(line)) continue;
    const cells = simpleRow(line, columns);
    // A row whose first column is blank continues the previous row.
    if (cells[0] === '' && rows.length) rows[rows.length - 1] = rows[rows.length - 1]!.map((c, k) => joinWrapped([c, cells[k] ?? '']));
    else rows.push(cells);
  }
  return { table: { headers, rows }, next: last + 1 };
}

/** Reads a grid table starting at `lines[at]`. Cells of one row are joined over their lines. */
function gridTable(lines: readonly string[], at: number): { table: TableText; next: number } {
  const bounds = [...lines[at]!.matchAll(/\+/g)].map((m) => m.index);
  const rows: string[][] = [];
  let headers: string[] | undefined;
  let current: string[][] = bounds.slice(1).map(() => []);
  let i = at + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (gridBorder.test(line)) {
      const row = current.map(joinWrapped);
      if (/=/.test(line) && headers === undefined) headers = row;
      else rows.push(row);
      current = bounds.slice(1).map(() => []);
      continue;
    }
    if (!/^ *\|/.test(line)) break;
    // Wide (CJK) characters shift the column bars, so split on the bars when there are as many as columns.
    const parts = line.trim().slice(1, -1).split('|');
    if (parts.length === bounds.length - 1) parts.forEach((part, k) => current[k]!.push(part.trim()));
    else bounds.slice(1).forEach((end, k) => current[k]!.push(line.slice(bounds[k]! + 1, end).trim()));
  }
  return { table: { headers: headers ?? bounds.slice(1).map(() => ''), rows }, next: i };
}

/** Reads a reStructuredText page. */
export function importRst(source: string): ImportedDocument {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const doc: ImportedDocument = { groups: [] };
  const titles: string[] = [];
  let section: string | undefined;
  let paragraph: string[] = [];
  let description: string | undefined;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (simpleBorder.test(line) || gridBorder.test(line)) {
      const { table, next: after } = simpleBorder.test(line) ? simpleTable(lines, i) : gridTable(lines, i);
      const cells: CellText[][] = table.rows.map((r) => r.map((text) => ({ text: decodeEntities(text) })));
      const roles = columnRoles(table.headers, table.rows);
      const entries = roles ? rowsToEntries(roles, cells) : [];
      if (entries.length) {
        const group = groupFor(doc, section);
        if (description && group.description === undefined) group.description = description;
        group.entries.push(...entries);
      }
      description = undefined;
      i = after;
      continue;
    }
    // A section title is a text line underlined (and maybe overlined) with punctuation at least as long.
    if (line.trim() && !adornment.test(line) && adornment.test(next) && next.trim().length >= line.trim().length) {
      section = line.trim();
      titles.push(section);
      description = undefined;
      paragraph = [];
      i += 2;
      continue;
    }
    if (adornment.test(line) || /^\.\. /.test(line)) {
      i++;
      continue;
    }
    if (line.trim() === '') {
      if (paragraph.length) description = paragraph.join(' ');
      paragraph = [];
    } else paragraph.push(line.trim());
    i++;
  }
  if (titles.length > 1 || (titles.length === 1 && doc.groups.length === 0)) doc.title = titles[0];
  return doc;
}
