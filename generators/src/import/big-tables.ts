/**
 * A fast path for big GFM pipe tables. micromark spends seconds and hundreds of megabytes on a
 * 10,000-row table, so a table of many rows that plainly stands as a top-level block (a blank line
 * before it, every row a `|` line, a blank line or the end after it) is cut out before parsing, left
 * as a one-line placeholder, and read line by line into the very cells the parser's path gives: the
 * cell's source slice, and its plain text (parsed on its own only when it holds inline markup).
 * `big-tables.test.ts` feeds both paths the same tables and asserts the same cells.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Paragraph, PhrasingContent } from 'mdast';

/** Rows from which a table takes the fast path; smaller ones are cheap enough for the parser. */
export const bigTableRows = 200;

/** A table read off the lines: each cell's source slice (trimmed, escapes kept) by row, and the lines themselves. */
export interface LineTable {
  readonly header: readonly string[];
  readonly body: readonly (readonly string[])[];
  readonly lines: readonly string[];
}

/** Puts back the source of each big table whose placeholder a text quotes (the body under a code heading). */
export function restoreBigTables(text: string, tables: readonly LineTable[]): string {
  if (!tables.length) return text;
  return text.replace(/^<!-- errata-big-table (\d+) -->$/gm, (whole, n: string) => tables[Number(n)]?.lines.join('\n') ?? whole);
}

/** Placeholder line left where a big table stood: an HTML comment, its own block. */
export const placeholder = (n: number) => `<!-- errata-big-table ${n} -->`;
export const placeholderPattern = /^<!-- errata-big-table (\d+) -->$/;

const fenceLine = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that may run over blank lines (CommonMark kinds 1–5) and what ends each: a table inside one is not a table. */
const rawBlocks: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];
const delimiterCell = /^:?-+:?$/;

/** Splits a pipe row as GFM does: outer bars dropped, `\|` and `\\` kept as written, cells trimmed. */
export function splitRow(line: string): string[] {
  let text = line.trim();
  if (text.startsWith('|')) text = text.slice(1);
  const cells: string[] = [];
  let current = '';
  let closed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && (text[i + 1] === '|' || text[i + 1] === '\\')) {
      current += ch + text[i + 1]!;
      i++;
      closed = false;
    } else if (ch === '|') {
      cells.push(current.trim());
      current = '';
      closed = true;
    } else {
      current += ch;
      if (ch !== ' ' && ch !== '\t') closed = false;
    }
  }
  if (!closed || current.trim() !== '') cells.push(current.trim());
  return cells;
}

function isDelimiterRow(line: string, width: number): boolean {
  if (!line.includes('-')) return false;
  const cells = splitRow(line);
  return cells.length === width && cells.every((c) => delimiterCell.test(c));
}

/** A row line of the fast path: a bar in the first column (indented, it could belong to a list item). */
const rowLine = /^\|/;

/**
 * Cuts the big top-level pipe tables out of a Markdown page. Returns the page with a placeholder line
 * for each (so block positions and all other text stay as they were) and the tables read off their lines.
 */
export function extractBigTables(source: string, minRows = bigTableRows): { source: string; tables: LineTable[] } {
  if (!source.includes('|')) return { source, tables: [] };
  const lines = source.split('\n');
  const tables: LineTable[] = [];
  const out: string[] = [];
  let fence: string | undefined;
  let rawEnd: RegExp | undefined;
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    if (fence !== undefined) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length) fence = undefined;
      out.push(line);
      i++;
      continue;
    }
    if (rawEnd !== undefined) {
      if (rawEnd.test(line)) rawEnd = undefined;
      out.push(line);
      i++;
      continue;
    }
    const marker = fenceLine.exec(line)?.[1];
    if (marker) fence = marker;
    const raw = marker ? undefined : rawBlocks.find(([start]) => start.test(line));
    // A raw block that does not end on its first line runs on (over blank lines too) until its end marker.
    if (raw && !raw[1].test(line.replace(raw[0], ''))) rawEnd = raw[1];
    const startsBlock = i === 0 || lines[i - 1]!.trim() === '';
    if (marker || raw || !startsBlock || !rowLine.test(line)) {
      out.push(line);
      i++;
      continue;
    }
    const header = splitRow(line);
    let end = i + 2;
    if (!isDelimiterRow(lines[i + 1] ?? '', header.length)) end = i;
    else while (end < lines.length && rowLine.test(lines[end]!)) end++;
    const after = lines[end];
    if (end - i - 2 < minRows || (after !== undefined && after.trim() !== '')) {
      out.push(line);
      i++;
      continue;
    }
    tables.push({ header, body: lines.slice(i + 2, end).map(splitRow), lines: lines.slice(i, end) });
    out.push(placeholder(tables.length - 1));
    i = end;
  }
  return tables.length ? { source: out.join('\n'), tables } : { source, tables };
}

/**
 * Inline markup a plain reading must parse; a cell without any of it reads as written. An underscore
 * between two letters or digits (`ERR_TOKEN`) never opens emphasis, so it does not count.
 */
const inlineMarkup = /[\\`*[\]<~]|&[#A-Za-z0-9]{1,32};|(?:^|[^\p{L}\p{N}_])_|_(?:$|[^\p{L}\p{N}_])/u;

/**
 * Emphasis the parser reads for certain: `**word**`, `*word*`, `__word__`, `_word_` between spaces or
 * the ends of the text, its inside plain (no `*`, `_` or other markup).
 */
const cleanEmphasis = /(?<=^|\s)(\*\*|\*|__|_)([^\s*_`\\[\]<~&](?:[^*_`\\[\]<~&]*[^\s*_`\\[\]<~&])?)\1(?=\s|$)/g;

/**
 * The plain text of the markup most table cells carry, read without the parser (which costs close to a
 * millisecond a cell): whole-cell emphasis (`**OK**`, `**ERR_X**`), clean emphasis between words, and
 * single-backtick code spans (`` `ERR_TOKEN` ``, kept with their marks as the parser's path keeps them).
 * Undefined for anything else, which the parser reads.
 */
export function simplePlain(cell: string): string | undefined {
  // A GFM autolink literal (`www.`, `https://`, `a@b.c`) can run on over marks: `www.x.test**y**` is one link.
  if (/www\.|https?:\/\/|@/i.test(cell)) return undefined;
  const whole = /^(\*\*|\*|__|_)(\S(?:.*\S)?)\1$/.exec(cell);
  if (whole && !inlineMarkup.test(whole[2]!)) return whole[2]!;
  if (cell.includes('``') || cell.includes('\\')) return undefined;
  const parts = cell.split('`');
  if (parts.length % 2 === 0) return undefined;
  let out = '';
  for (const [k, part] of parts.entries()) {
    if (k % 2 === 1) {
      // Code the parser would not trim, re-emitted with the same single backticks.
      if (part === '' || /^\s|\s$/.test(part)) return undefined;
      out += `\`${part}\``;
      continue;
    }
    const text = part.replace(cleanEmphasis, '$2');
    if (inlineMarkup.test(text)) return undefined;
    out += text;
  }
  return out;
}

/** Cells parsed together in one document: one parse per batch instead of one per cell. */
const parseBatch = 1000;

/** In a table, `\|` in a code span is a pipe (mdast-util-gfm-table); in a paragraph it stays as written. */
function tableCode(nodes: readonly PhrasingContent[]): PhrasingContent[] {
  return nodes.map((n) => (n.type === 'inlineCode' ? { ...n, value: n.value.replace(/\\([\\|])/g, (whole, c: string) => (c === '|' ? c : whole)) } : n));
}

/**
 * What a reader sees of each cell's source, as the parser's path computes it from the cell's inline
 * nodes. Cells with markup are parsed, a batch at a time, each as its own paragraph `x <cell>`: the
 * `x ` keeps `# a`, `- a`, `1. a` from reading as blocks and leaves the cell's first character after
 * a space, as in a table row.
 */
export function cellPlains(cells: readonly string[], plainOf: (nodes: readonly Nodes[]) => string): string[] {
  const out = [...cells];
  const marked: number[] = [];
  cells.forEach((c, i) => {
    if (!inlineMarkup.test(c)) return;
    const simple = simplePlain(c);
    if (simple !== undefined) out[i] = simple;
    else marked.push(i);
  });
  for (let at = 0; at < marked.length; at += parseBatch) {
    const batch = marked.slice(at, at + parseBatch);
    const root = fromMarkdown(batch.map((i) => `x ${cells[i]}`).join('\n\n'), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    // Each `x …` line is a paragraph of its own; should that ever not hold, the batch keeps its cells as written.
    if (root.children.length !== batch.length || root.children.some((c) => c.type !== 'paragraph')) continue;
    root.children.forEach((paragraph, k) => {
      const nodes = tableCode((paragraph as Paragraph).children);
      const lead = nodes[0];
      if (lead?.type !== 'text' || !lead.value.startsWith('x ')) return;
      nodes[0] = { ...lead, value: lead.value.slice(2) };
      out[batch[k]!] = plainOf(nodes);
    });
  }
  return out;
}
