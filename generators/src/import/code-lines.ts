/**
 * Entries written one per line or one per cell, each opening with its code: a paragraph of
 * `Error 12: text` lines joined by hard breaks, or a table whose every cell is `E100 text` (pages that
 * lay a code list out in two columns). The line or the cell is the entry; its text, whole, the message.
 */
import type { ImportedEntry } from './imported-document.js';
import { oneLine, parseEntryHead } from './entry-text.js';

/** A code glued to the quoted word after it (`E846'seclabel1' is…`): the quote starts the text. */
const gluedQuote = /^([A-Za-z]{0,4}\d{1,12})(?=['"‘“])/;

/** The entry one line or cell states, or undefined when it does not open with a code and text. */
export function codeHeadEntry(text: string): ImportedEntry | undefined {
  const head = parseEntryHead(text.trim().replace(gluedQuote, '$1 '));
  if (!head || head.code === undefined || !/\d/.test(head.code)) return undefined;
  // A capitalized word after the code is the text's first word (`E109 API not activated`), unless it is a symbol.
  const rest = head.key !== undefined && !head.key.includes('_') ? `${head.key} ${head.rest}` : head.rest;
  if (!rest.trim()) return undefined;
  const entry: ImportedEntry = { code: head.code, message: oneLine(rest) };
  if (head.key !== undefined && head.key.includes('_')) entry.key = head.key;
  if (head.codeIsString) entry.codeIsString = true;
  return entry;
}

/** Entries of a paragraph whose every line (two or more) is a code and its text. */
export function codeLineEntries(paragraph: string): ImportedEntry[] | undefined {
  const lines = paragraph.split('\n').map((l) => l.replace(/\\$/, '').trim()).filter(Boolean);
  if (lines.length < 2) return undefined;
  const entries: ImportedEntry[] = [];
  for (const line of lines) {
    const entry = codeHeadEntry(line);
    if (!entry) return undefined;
    entries.push(entry);
  }
  return entries;
}

/**
 * Entries of a table none of whose columns is a code column but whose cells each hold a code and its
 * text; read row by row. Nine cells in ten must read so (a stray note cell does not spoil the table).
 */
export function codeCellEntries(cells: readonly string[]): ImportedEntry[] | undefined {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length < 3) return undefined;
  const entries = filled.map(codeHeadEntry).filter((e): e is ImportedEntry => e !== undefined);
  return entries.length >= Math.max(3, filled.length * 0.9) ? entries : undefined;
}
