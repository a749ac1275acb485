/**
 * Reads error entries off any table (Markdown, reStructuredText): decides what each column holds
 * from its header and, where the header is vague, from its cells.
 */
import type { ImportedEntry } from './imported-document.js';
import { cleanToken, isCodeLike, isSymbolLike } from './entry-text.js';
import type { CellText } from './cell-text.js';

/** What a column holds. `text` is prose that is both message and description. */
export type ColumnRole = 'code' | 'key' | 'http' | 'message' | 'icuMessage' | 'description' | 'solution' | 'notes' | 'text' | 'ignore';

const headerRoles: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['icuMessage', /\bicu\b/],
  ['http', /\bhttp\b|^status$|http status|状态码/],
  ['code', /^(error |status |return |response |result |api |reason )?codes?$|^errno$|^sqlstate$|^no\.?$|^#$|^number$|^value$|^id$|错误码|返回码|代码|编码/],
  ['key', /^(key|symbol|name|constant|identifier|enum|error|errors|error name|error key|condition( name)?|错误名|标识|名称)$/],
  ['solution', /solution|\bfix\b|resolution|remedy|what to do|how to|action|suggest|解决|处理|建议/],
  ['message', /^(error )?(message|msg|text)s?$|^message text$|错误信息|提示信息|信息|消息/],
  ['description', /desc|detail|explanation|meaning|reason|cause|说明|描述|含义|原因/],
  ['notes', /^(notes?|flags|remarks?|备注)$/],
];

function roleFromHeader(header: string): ColumnRole | undefined {
  const h = header.toLowerCase().replace(/[*_`]/g, '').trim();
  return headerRoles.find(([, re]) => re.test(h))?.[0];
}

function share(cells: readonly string[], test: (cell: string) => boolean): number {
  const filled = cells.filter((c) => c.trim() !== '');
  return filled.length ? filled.filter(test).length / filled.length : 0;
}

const firstToken = (cell: string) => cleanToken(cell.trim().split(/\s+/)[0] ?? '').token;
const isHttp = (cell: string) => /^[1-5]\d\d$/.test(cleanToken(cell).token);

const maxColumns = 64;

/** Assigns a role to each column; undefined when the table holds no codes or symbols. */
export function columnRoles(headers: readonly string[], rows: readonly (readonly string[])[]): ColumnRole[] | undefined {
  // No error table has this many columns; reading one cell by cell would take quadratic time.
  if (headers.length > maxColumns) return undefined;
  const cells = (i: number) => rows.map((r) => r[i] ?? '');
  const roles: (ColumnRole | undefined)[] = headers.map(roleFromHeader);
  // A column headed "HTTP" that holds values no HTTP status can take is the wire code (agent-ops' "HTTP Code").
  roles.forEach((role, i) => {
    if (role === 'http' && share(cells(i), isHttp) < 1) roles[i] = 'code';
  });
  roles.forEach((role, i) => {
    if (role === 'code' && share(cells(i), (c) => isCodeLike(cleanToken(c).token) || /^".*"$/.test(cleanToken(c).token) || /^"/.test(c.replace(/`/g, ''))) < 0.6) {
      if (share(cells(i), (c) => isSymbolLike(firstToken(c))) >= 0.6 && !roles.includes('key')) roles[i] = 'key';
    }
  });
  // A column headed like a symbol column ("Name", "Error") holds symbols, not people or prose.
  roles.forEach((role, i) => {
    if (role === 'key' && share(cells(i), (c) => isSymbolLike(firstToken(c))) < 0.5) roles[i] = 'text';
  });
  // A column guessed from its cells names each row apart: repeated values ("APPLICATION", "ERROR") are categories.
  const distinct = (i: number) => {
    const filled = cells(i).map((c) => c.trim()).filter(Boolean);
    return filled.length < 3 || new Set(filled).size >= filled.length * 0.8;
  };
  for (let i = 0; i < headers.length; i++) {
    if (roles[i] !== undefined) continue;
    if (!roles.includes('code') && distinct(i) && share(cells(i), (c) => isCodeLike(cleanToken(c).token)) >= 0.8) roles[i] = 'code';
    else if (!roles.includes('key') && distinct(i) && share(cells(i), (c) => isSymbolLike(firstToken(c))) >= 0.8) roles[i] = 'key';
    else roles[i] = 'text';
  }
  if (!roles.includes('code') && !roles.includes('key')) return undefined;
  // Prose columns: with no message column the first prose column is both message and description.
  const prose = roles.flatMap((r, i) => (r === 'text' || r === 'description' ? [i] : []));
  if (!roles.includes('message') && !roles.includes('icuMessage') && prose.length) roles[prose[0]!] = 'text';
  return roles.map((r) => r ?? 'ignore');
}

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

/** Turns table rows into entries, given the column roles. Rows with neither code nor symbol are skipped. */
export function rowsToEntries(roles: readonly ColumnRole[], rows: readonly (readonly CellText[])[]): ImportedEntry[] {
  const entries: ImportedEntry[] = [];
  for (const row of rows) {
    const entry: ImportedEntry = {};
    let overflow = '';
    roles.forEach((role, i) => {
      const cell = row[i];
      if (!cell) return;
      if (cell.anchor && !entry.anchor) entry.anchor = cell.anchor;
      // Codes, symbols, statuses and messages are read as the reader sees them; prose keeps its markup.
      const text = (role === 'code' || role === 'key' || role === 'http' || role === 'message' ? (cell.plain ?? cell.text) : cell.text).trim();
      if (!text) return;
      switch (role) {
        case 'code': {
          const { token, quoted } = cleanToken(text);
          entry.code = token;
          if (quoted) entry.codeIsString = true;
          break;
        }
        case 'key': {
          // Overflowing columns: the symbol is the identifier, the rest belongs to the text (rayvision's 812).
          const [symbol, ...more] = text.split(/\s+/);
          entry.key = cleanToken(symbol!).token;
          overflow = more.join(' ');
          break;
        }
        case 'http':
          entry.httpStatus = Number(cleanToken(text).token);
          break;
        case 'message':
          entry.message = text;
          break;
        case 'icuMessage':
          entry.message = text;
          entry.messageIsIcu = true;
          break;
        case 'text':
          entry.text = text;
          if (cell.plain !== undefined && cell.plain.trim() !== text) entry.plainText = cell.plain.trim();
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
      }
      else entry.message = `${overflow} ${entry.message}`;
    }
    if (entry.code === undefined && entry.key === undefined) continue;
    if (entry.code !== undefined && !isCodeLike(entry.code) && !entry.codeIsString && !/^[A-Za-z_][\w-]*$/.test(entry.code)) continue;
    entries.push(entry);
  }
  return entries;
}
