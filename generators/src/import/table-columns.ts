/**
 * Reads error entries off any table (Markdown, reStructuredText, HTML) once `column-scoring.ts` has
 * decided what each column holds: section rows, cells to entry fields, generated-README notes.
 */
import type { ImportedEntry } from './imported-document.js';
import { cleanToken, isCodeLike, isSymbolLike } from './entry-text.js';
import type { CellText } from './cell-text.js';
import { codeShape, isHttpStatus, isIdentifier } from './cell-shapes.js';
import type { ColumnRole } from './column-scoring.js';

export { columnRoles, type ColumnRole, type TableContext } from './column-scoring.js';

const firstToken = (cell: string) => cleanToken(cell.trim().split(/\s+/, 1)[0] ?? '').token;

/** Reads the notes a generated README writes: deprecation, retryable, outcome, aliases, inferred fields. */
function applyNotes(entry: ImportedEntry, notes: string): void {
  for (const line of notes.split('\n').map((l) => l.trim())) {
    const deprecated = /^\*\*Deprecated\*\*(?:\s*→\s*use\s*`([^`]+)`)?(?::\s*(.*))?$/.exec(line);
    if (deprecated) {
      entry.deprecated = {};
      if (deprecated[1]) entry.deprecated.replacement = deprecated[1];
      if (deprecated[2]) entry.deprecated.reason = deprecated[2];
    } else if (/^retryable$/i.test(line)) entry.retryable = true;
    else if (/^outcome:\s*(success|partial|pending|error)$/i.test(line)) entry.outcome = line.split(':')[1]!.trim().toLowerCase() as ImportedEntry['outcome'];
    else if (/^aliases:/i.test(line)) entry.aliases = [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    else if (/^\*?inferred:/i.test(line)) entry.inferred = line.replace(/^\*?inferred:\s*|\*$/gi, '').split(/,\s*/).filter(Boolean);
  }
}

/**
 * Splits a table's body at section rows: a row whose only filled cell is the first and reads as a
 * title, not a code or symbol (PostgreSQL's "Class 22 — Data Exception" rows spanning the table).
 */
export function splitSectionRows<T extends { text: string; plain?: string }>(rows: readonly (readonly T[])[]): { title?: string; rows: T[][] }[] {
  const sections: { title?: string; rows: T[][] }[] = [{ rows: [] }];
  for (const row of rows) {
    const filled = row.map((c) => (c.plain ?? c.text).trim()).map((t, i) => (t ? i : -1)).filter((i) => i >= 0);
    const first = (row[0]?.plain ?? row[0]?.text ?? '').trim();
    if (row.length > 1 && filled.length === 1 && filled[0] === 0 && /\s/.test(first) && !isCodeLike(firstToken(first)) && !isSymbolLike(firstToken(first))) {
      sections.push({ title: first.replace(/[:：]$/, ''), rows: [] });
    } else sections[sections.length - 1]!.rows.push([...row]);
  }
  return sections.filter((s) => s.rows.length > 0 || s.title === undefined);
}

/**
 * Drops body rows that repeat the header (a second header line, or the header again after a page
 * break): half or more of a row's filled cells, two at least, are their column's header word.
 */
export function dropRepeatedHeaders<T extends { text: string; plain?: string }>(headers: readonly string[], rows: readonly (readonly T[])[]): T[][] {
  const word = (t: string) => t.trim().replace(/[*_`:：]/g, '').toLowerCase();
  return rows
    .filter((row) => {
      const filled = row.map((c, i) => [word(c.plain ?? c.text), word(headers[i] ?? '')] as const).filter(([cell]) => cell !== '');
      const same = filled.filter(([cell, header]) => cell === header).length;
      return !(same >= 2 && same * 2 >= filled.length);
    })
    .map((row) => [...row]);
}

/** Turns table rows into entries, given the column roles. Rows with neither code nor symbol are skipped. */
export function rowsToEntries(roles: readonly ColumnRole[], rows: readonly (readonly CellText[])[]): ImportedEntry[] {
  const entries: ImportedEntry[] = [];
  for (const row of rows) {
    const entry: ImportedEntry = {};
    let overflow = '';
    let title = '';
    roles.forEach((role, i) => {
      const cell = row[i];
      if (!cell) return;
      if (cell.anchor && !entry.anchor) entry.anchor = cell.anchor;
      // Codes, symbols, statuses and messages are read as the reader sees them; prose keeps its markup.
      const text = (role === 'code' || role === 'codeTitle' || role === 'key' || role === 'http' || role === 'message' ? (cell.plain ?? cell.text) : cell.text).trim();
      if (!text) return;
      switch (role) {
        case 'code': {
          const { token, quoted } = cleanToken(isHttpStatus(text) ? text.split(/\s+/, 1)[0]! : text);
          entry.code = token;
          if (quoted) entry.codeIsString = true;
          break;
        }
        case 'codeTitle': {
          // `404 Not Found`: the status is the code, the reason phrase the entry's title.
          const [status, ...phrase] = text.split(/\s+/);
          entry.code = cleanToken(status!).token;
          title = phrase.join(' ');
          break;
        }
        case 'key': {
          // Overflowing columns: the symbol is the identifier, the rest belongs to the text (rayvision's 812).
          const [symbol, ...more] = text.split(/\s+/);
          entry.key = cleanToken(symbol!).token;
          overflow = more.join(' ');
          break;
        }
        case 'http': {
          // `403`, `403 Forbidden`: the status is the leading number; anything else is no status.
          const status = /^[1-5]\d\d\b/.exec(cleanToken(text).token)?.[0];
          if (status !== undefined) entry.httpStatus = Number(status);
          break;
        }
        case 'message':
          entry.message = text;
          break;
        case 'icuMessage':
          entry.message = text;
          entry.messageIsIcu = true;
          break;
        case 'text':
        case 'messageText':
          entry.text = text;
          if (cell.plain !== undefined && cell.plain.trim() !== text) entry.plainText = cell.plain.trim();
          if (role === 'messageText') entry.message = (cell.plain ?? cell.text).trim();
          break;
        case 'description':
          entry.description = entry.description ? `${entry.description}\n\n${text}` : text;
          break;
        case 'solution':
          entry.solution = text;
          break;
        case 'notes':
          applyNotes(entry, text);
          break;
        default:
          break;
      }
    });
    if (overflow) {
      if (entry.text !== undefined || entry.message === undefined) {
        entry.text = `${overflow} ${entry.text ?? ''}`.trim();
        if (entry.plainText !== undefined) entry.plainText = `${overflow} ${entry.plainText}`;
        if (entry.message !== undefined) entry.message = `${overflow} ${entry.message}`;
      }
      else entry.message = `${overflow} ${entry.message}`;
    }
    if (title) {
      // The reason phrase is the message; the row's prose, if any, describes it.
      const prose = entry.text ?? entry.message;
      entry.message = title;
      delete entry.text;
      delete entry.plainText;
      if (prose && prose !== title) entry.description = entry.description ? `${prose}\n\n${entry.description}` : prose;
    }
    if (entry.code === undefined && entry.key === undefined) continue;
    if (entry.code !== undefined && !entry.codeIsString && codeShape(entry.code) === undefined && !isIdentifier(entry.code)) continue;
    entries.push(entry);
  }
  return entries;
}
