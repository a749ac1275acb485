/**
 * reStructuredText importer: section titles become groups; simple tables (`=== ===`, with
 * overflowing columns and continuation lines) and grid tables (`+---+`, cells wrapping over lines)
 * become entries through the same column reading as Markdown tables.
 */
import { groupFor, type ImportedDocument } from './imported-document.js';
import { columnRoles, dropRepeatedHeaders, rowsToEntries } from './table-columns.js';
import { isCodeLike, isSymbolLike } from './entry-text.js';
import type { CellText } from './cell-text.js';
import { decodeEntities } from './cell-text.js';
import { importText } from './text-importer.js';

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
  // Words come in order, so the column only moves right.
  let column = 0;
  for (const word of line.matchAll(/\S+/g)) {
    while (column + 1 < columns.length && word.index >= columns[column + 1]![0] - 1) column++;
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

/** Strips reST inline markup a reader does not see: ``literals``, *emphasis*, `links <url>`_, :role:`text`. */
function rstInline(text: string): string {
  return text
    .replace(/:[\w-]+:`([^`<]*?)(?:\s*<[^>]*>)?`/g, '$1')
    .replace(/`([^`<]+?)\s*<[^>]+>`_{1,2}/g, '$1')
    .replace(/``(.+?)``/g, '`$1`')
    .replace(/\*\*(.+?)\*\*|\*(.+?)\*/g, (_w, a: string | undefined, b: string | undefined) => a ?? b ?? '')
    .replace(/`([^`]+)`_{1,2}/g, '$1')
    .replace(/\|([^|\s][^|]*)\|/g, '$1');
}

/** The indented block of a directive or field starting after `lines[at]`; ends at a less indented non-blank line. */
function indentedBlock(lines: readonly string[], at: number, indent: number): { block: string[]; next: number } {
  let i = at + 1;
  const block: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() !== '' && line.length - line.trimStart().length <= indent) break;
    block.push(line);
  }
  while (block.length && block[block.length - 1]!.trim() === '') block.pop();
  return { block, next: i };
}

/** A cell written as a reST line block (`| line` each) is its lines without the bars. */
function lineBlock(lines: readonly string[]): readonly string[] {
  const filled = lines.filter((l) => l.trim() !== '');
  return filled.length && filled.every((l) => /^\|(?:\s|$)/.test(l.trim())) ? lines.map((l) => l.trim().replace(/^\|\s?/, '')) : lines;
}

/** Reads a `.. list-table::` body: `* - cell` rows, `- cell` cells, continuation lines indented under each cell. */
function listTable(lines: readonly string[], at: number): { table: TableText; next: number } {
  const indent = lines[at]!.length - lines[at]!.trimStart().length;
  const { block, next } = indentedBlock(lines, at, indent);
  let headerRows = 0;
  const rows: string[][] = [];
  let cell: string[] | undefined;
  for (const line of block) {
    const option = /^\s*:header-rows:\s*(\d+)/.exec(line);
    if (option) headerRows = Number(option[1]);
    if (/^\s*:[\w-]+:/.test(line) && rows.length === 0) continue;
    const item = /^(\s*)\*(\s+)-\s+(.*)$/.exec(line) ?? /^(\s*)\*(\s+)-$/.exec(line);
    const sub = /^\s*-\s+(.*)$/.exec(line) ?? /^\s*-$/.exec(line);
    if (item) {
      cell = [item[3] ?? ''];
      rows.push([]);
      rows[rows.length - 1]!.push('');
    } else if (sub && rows.length) {
      cell = [sub[1] ?? ''];
      rows[rows.length - 1]!.push('');
    } else if (cell && line.trim()) {
      cell.push(line.trim());
    } else if (cell && line.trim() === '') {
      cell.push('');
    }
    if (cell && rows.length) {
      const row = rows[rows.length - 1]!;
      row[row.length - 1] = lineBlock(cell).join('\n').split(/\n{2,}/).map((p) => joinWrapped(p.split('\n').map((l) => l.trim()))).filter(Boolean).join('\n\n');
    }
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  const headers = headerRows > 0 ? padded[headerRows - 1]! : Array<string>(width).fill('');
  return { table: { headers, rows: padded.slice(headerRows) }, next };
}

/** Splits one CSV line: commas outside double quotes, `""` for a quote. */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      current += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(current.trim());
      current = '';
    } else current += ch;
  }
  cells.push(current.trim());
  return cells;
}

/** Reads a `.. csv-table::` with inline content and a `:header:` option. */
function csvTable(lines: readonly string[], at: number): { table: TableText; next: number } {
  const indent = lines[at]!.length - lines[at]!.trimStart().length;
  const { block, next } = indentedBlock(lines, at, indent);
  let headers: string[] | undefined;
  let headerRows = 0;
  const rows: string[][] = [];
  for (const line of block) {
    const header = /^\s*:header:\s*(.*)$/.exec(line);
    const count = /^\s*:header-rows:\s*(\d+)/.exec(line);
    if (header) headers = csvCells(header[1]!);
    else if (count) headerRows = Number(count[1]);
    else if (/^\s*:[\w-]+:/.test(line) && rows.length === 0) continue;
    else if (line.trim()) rows.push(csvCells(line.trim()));
  }
  if (!headers && headerRows > 0) headers = rows.splice(0, headerRows)[headerRows - 1];
  const width = Math.max(headers?.length ?? 0, ...rows.map((r) => r.length));
  return { table: { headers: headers ?? Array<string>(width).fill(''), rows }, next };
}

/** Reads a run of field-list entries whose names are codes or symbols (`:E_NOAUTH: text`, `:1001: text`). */
function fieldList(lines: readonly string[], at: number): { rows: string[][]; next: number } {
  const rows: string[][] = [];
  let i = at;
  while (i < lines.length) {
    const field = /^(\s*):([^:\s][^:]*?):(?:\s+(.*))?$/.exec(lines[i]!);
    if (!field) break;
    const name = field[2]!.replace(/^``|``$/g, '');
    if (!isCodeLike(name) && !isSymbolLike(name)) break;
    const { block, next } = indentedBlock(lines, i, field[1]!.length);
    rows.push([name, joinWrapped([field[3] ?? '', ...block.map((l) => l.trim())])]);
    i = next;
    while (i < lines.length && lines[i]!.trim() === '' && /^\s*:[^:\s]/.test(lines[i + 1] ?? '')) i++;
  }
  return { rows, next: i };
}

/** A reST page as a reader sees its lines: inline markup stripped, directive lines and adornments dropped. */
export function rstPlain(source: string): string {
  return source
    .split('\n')
    .filter((l) => !/^\s*\.\. /.test(l) && !adornment.test(l))
    .map(rstInline)
    .join('\n');
}

/** Reads a reStructuredText page. */
export function importRst(source: string): ImportedDocument {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const doc: ImportedDocument = { groups: [] };
  const titles: string[] = [];
  let section: string | undefined;
  let paragraph: string[] = [];
  let description: string | undefined;
  const addTable = (table: TableText) => {
    const cells: CellText[][] = dropRepeatedHeaders(table.headers.map(rstInline), table.rows.map((r) => r.map((text) => ({ text: decodeEntities(text), plain: decodeEntities(rstInline(text)) }))));
    const roles = columnRoles(table.headers.map(rstInline), cells.map((r) => r.map((c) => c.plain!)), section !== undefined ? { heading: section } : {});
    const entries = roles ? rowsToEntries(roles, cells) : [];
    if (entries.length) {
      const group = groupFor(doc, section);
      if (description && group.description === undefined) group.description = description;
      group.entries.push(...entries);
    }
  };
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (simpleBorder.test(line) || gridBorder.test(line)) {
      const { table, next: after } = simpleBorder.test(line) ? simpleTable(lines, i) : gridTable(lines, i);
      addTable(table);
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
    const directive = /^\s*\.\. (list-table|csv-table)::/.exec(line);
    if (directive) {
      const { table, next: after } = directive[1] === 'list-table' ? listTable(lines, i) : csvTable(lines, i);
      addTable(table);
      description = undefined;
      i = after;
      continue;
    }
    // A literal block (`.. code-block:: none`, or a paragraph ending in `::`) of `100 - text` lines is a plain list.
    if (/^\s*\.\. (?:code-block|code|sourcecode|literalinclude-text|highlight)::/.test(line) || (/::\s*$/.test(line) && !/^\s*\.\. /.test(line))) {
      const indent = line.length - line.trimStart().length;
      const { block, next: after } = indentedBlock(lines, i, indent);
      const body = block.filter((l) => !/^\s*:[\w-]+:/.test(l));
      const depth = Math.min(...body.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
      if (Number.isFinite(depth)) {
        const listed = importText(body.map((l) => l.slice(depth)).join('\n'));
        const entries = listed.groups.flatMap((g) => g.entries);
        if (entries.length) {
          groupFor(doc, section).entries.push(...entries);
          i = after;
          continue;
        }
      }
    }
    if (/^\s*:[^:\s][^:]*:(\s|$)/.test(line) && (paragraph.length === 0)) {
      const { rows, next: after } = fieldList(lines, i);
      if (rows.length >= 2) {
        addTable({ headers: ['Code', 'Message'], rows });
        i = after;
        continue;
      }
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
