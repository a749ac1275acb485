/**
 * Plain-text importer. Two page shapes: `CODE#` anchors copied from a docs site (also when the line
 * breaks were lost, as in `...detail informationCLIENT_ACCOUNT_SUSPENDED#`), and one-entry-per-line
 * lists (`- 23505 unique_violation — text`, `E1001: text`) with `Solution:`/`Fix:` lines under them.
 */
import { groupFor, type ImportedDocument, type ImportedEntry } from './imported-document.js';
import { firstSentence, oneLine, parseEntryBody, parseEntryHead, splitInlineSolution } from './entry-text.js';
import { codeShape } from './cell-shapes.js';
import { columnRoles, rowsToEntries } from './table-columns.js';

/** `UPPER_SNAKE#` is an entry, `Capitalized Words#` a group heading; the `#` is the copied anchor link. */
const anchorToken = /([A-Z][A-Z0-9_]*[A-Z0-9])#|([A-Z][a-z]+(?:[ -][A-Z][a-z]+)*)#/g;

/** Page furniture after the last entry: "Modified at 2025-04-04 ...", "Previous", "Next". */
const footer = /(?:^|\s)(?:Modified at|Last (?:modified|updated)|Updated at)\s*:?\s*\d{4}-\d\d-\d\d[\s\S]*$/;

/** True when the page marks entries with `CODE#` anchors. */
export function hasAnchorTokens(source: string): boolean {
  return [...source.matchAll(anchorToken)].filter((m) => m[1]).length >= 2;
}

function importAnchored(source: string): ImportedDocument {
  const doc: ImportedDocument = { groups: [] };
  const tokens = [...source.matchAll(anchorToken)];
  const preamble = source.slice(0, tokens[0]?.index ?? 0);
  const intro = preamble.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => /error/i.test(p) && /[.:]$/.test(p));
  if (intro.length) doc.description = firstSentence(intro[0]!) === intro[0] ? intro[0] : intro[0]!.replace(/\s*Here is the list.*$/i, '');
  let group: string | undefined;
  tokens.forEach((token, i) => {
    if (token[2]) {
      group = token[2];
      return;
    }
    const end = tokens[i + 1]?.index ?? source.length;
    const body = parseEntryBody(source.slice(token.index + token[0].length, end).replace(footer, '').split('\n'));
    const entry: ImportedEntry = { key: token[1]! };
    if (body.text) entry.text = body.text;
    if (body.solution) entry.solution = body.solution;
    if (body.httpStatus) entry.httpStatus = body.httpStatus;
    groupFor(doc, group).entries.push(entry);
  });
  return doc;
}

/** A line that starts an entry: a bullet or a bare code/symbol followed by a separator and text, or alone. */
function entryHead(line: string) {
  if (/^\s{2,}/.test(line) && !/^\s*[-*•]\s/.test(line)) return undefined;
  const head = parseEntryHead(line);
  if (!head) return undefined;
  // A bare word is a symbol only when it looks like one (UPPER_SNAKE or a code), not a capitalized word.
  if (head.code === undefined && !/^[A-Z0-9_]+$|_/.test(head.key ?? '')) return undefined;
  // A bare capitalized word without `_` ("ACME Payments Gateway - Guide", "NOTE this") is a symbol only
  // when a separator follows it or it stands alone.
  if (head.code === undefined && !(head.key ?? '').includes('_') && !(head.separated || head.rest === '')) return undefined;
  return head;
}

/** Running headers and footers of a page copied from a PDF: "Page 14", "- 3 -", "12 of 40". */
const pageFurniture = /^\s*(?:\S.*?\s{3,})?(?:page\s+\d+(?:\s*(?:of|\/)\s*\d+)?|\d+\s*(?:of|\/)\s*\d+|-\s*\d+\s*-)\s*$/i;

function importLines(source: string): ImportedDocument {
  const doc: ImportedDocument = { groups: [] };
  const lines = source.split('\n');
  let group: string | undefined;
  let title: string | undefined;
  let current: { head: NonNullable<ReturnType<typeof entryHead>>; body: string[]; group: string | undefined } | undefined;
  const flush = () => {
    if (!current) return;
    const inline = splitInlineSolution(oneLine(current.head.rest));
    let rest = inline.text;
    let lines = [...inline.lines, ...current.body];
    // A head whose text stops mid-sentence was wrapped (text copied from a PDF): its next lines continue it.
    if (rest && !/[.!?。！？:：)]$/.test(rest) && (lines[0] ?? '').trim() !== '' && !/^\s/.test(lines[0]!)) {
      lines = [rest, ...lines];
      rest = '';
    }
    const body = parseEntryBody(lines);
    const entry: ImportedEntry = {};
    if (current.head.code !== undefined) entry.code = current.head.code;
    if (current.head.key !== undefined) entry.key = current.head.key;
    if (current.head.codeIsString) entry.codeIsString = true;
    if (rest && body.text) {
      entry.message = rest;
      entry.description = body.text;
    } else if (rest || body.text) entry.text = rest || body.text;
    if (body.solution) entry.solution = body.solution;
    if (body.httpStatus) entry.httpStatus = body.httpStatus;
    if (entry.text !== undefined || entry.message !== undefined) groupFor(doc, current.group).entries.push(entry);
    current = undefined;
  };
  lines.forEach((line, i) => {
    if (pageFurniture.test(line)) return;
    const head = entryHead(line);
    if (head) {
      flush();
      current = { head, body: [], group };
      return;
    }
    const next = lines[i + 1] ?? '';
    const underline = line.trim() !== '' && /^[=\-~]{3,}\s*$/.test(next) ? next.trim()[0] : undefined;
    const atx = /^(#{1,6})\s/.exec(line);
    const colon = /:$/.test(line.trim()) && line.trim().length < 60 && entryHead(next) !== undefined;
    if (underline || atx || colon) {
      flush();
      const text = line.replace(/^#{1,6}\s+/, '').replace(/:\s*$/, '').trim();
      const top = atx?.[1]?.length === 1 || underline === '=';
      if (top && title === undefined && doc.groups.length === 0) title = text;
      else group = text;
      return;
    }
    if (/^[=\-~]{3,}\s*$/.test(line)) return;
    if (current) current.body.push(line);
  });
  flush();
  if (title !== undefined) doc.title = title;
  return doc;
}

/**
 * Tab-separated tables, as pages copied from a browser give them: runs of lines with the same number
 * of tab-separated cells, headed by their first line when that line holds no code.
 */
function importTabTables(source: string): ImportedDocument {
  const doc: ImportedDocument = { groups: [] };
  const lines = source.split('\n');
  let heading: string | undefined;
  for (let i = 0; i < lines.length; ) {
    const width = lines[i]!.split('\t').length;
    if (width < 2) {
      if (lines[i]!.trim()) heading = lines[i]!.trim();
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.split('\t').length === width) j++;
    const run = lines.slice(i, j).map((l) => l.split('\t').map((c) => c.trim()));
    i = j;
    if (run.length < 2) continue;
    const headed = codeShape(run[0]![0] ?? '') === undefined;
    const headers = headed ? run[0]! : run[0]!.map(() => '');
    const rows = headed ? run.slice(1) : run;
    const roles = columnRoles(headers, rows, heading !== undefined ? { heading } : {});
    const entries = roles ? rowsToEntries(roles, rows.map((r) => r.map((text) => ({ text })))) : [];
    if (entries.length) groupFor(doc, heading).entries.push(...entries);
  }
  return doc;
}

/** Reads a plain-text page. */
export function importText(source: string): ImportedDocument {
  if (hasAnchorTokens(source)) return importAnchored(source);
  const tabbed = source.includes('\t') ? importTabTables(source) : undefined;
  return tabbed && tabbed.groups.length ? tabbed : importLines(source);
}
