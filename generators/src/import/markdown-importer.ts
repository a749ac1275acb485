/**
 * Markdown/GFM importer: parses with mdast (micromark + GFM) and reads error tables under group
 * headings, heading-per-code sections (`## CODE` + text + `Solution:`) and bullet lists
 * (`` - `23505` unique_violation — text ``). The richest of the three shapes wins.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Heading, List, ListItem, Nodes, Root, RootContent, Table, TableCell } from 'mdast';
import { entryCount, groupFor, type ImportedDocument, type ImportedEntry } from './imported-document.js';
import { markdownCellText, type CellText } from './cell-text.js';
import { columnRoles, dropRepeatedHeaders, rowsToEntries, splitSectionRows } from './table-columns.js';
import { cleanHeadingNoise, oneLine, parseEntryBody, parseEntryHead } from './entry-text.js';
import { inlineHtmlTables } from './html-to-markdown.js';
import { delimitLooseTables } from './loose-tables.js';
import { cellPlains, restoreBigTables, extractBigTables, placeholderPattern, type LineTable } from './big-tables.js';
import { codeCellEntries, codeLineEntries } from './code-lines.js';
import { codeShape } from './cell-shapes.js';
import { applyStatusSpan, statusSpan } from './status-span.js';
import { demoteSharedTitles, dropPlainWordHeads, expandCodeRanges, splitRemedies } from './page-consistency.js';

/** Plain text of a node: text, inline code and link texts joined. */
function textOf(node: Nodes): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** The source slice of a run of nodes, from the first one's start to the last one's end. */
function sourceOf(source: string, nodes: readonly Nodes[]): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes[nodes.length - 1]?.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

/** What a reader sees of inline content: texts without emphasis or link marks (code spans kept), `<br>` as a line break, list items as lines. */
export function plainOf(nodes: readonly Nodes[]): string {
  return nodes
    .map((node): string => {
      if (node.type === 'text') return node.value;
      // Code spans keep their marks: `Content-MD5` is part of what the page says.
      if (node.type === 'inlineCode') {
        const fence = '`'.repeat(Math.max(0, ...[...node.value.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
        const pad = /^`|`$/.test(node.value) ? ' ' : '';
        return `${fence}${pad}${node.value}${pad}${fence}`;
      }
      if (node.type === 'break') return '\n';
      if (node.type === 'image') return node.alt ?? '';
      if (node.type === 'html') return /^<br\b/i.test(node.value) ? '\n' : /^<li\b/i.test(node.value) ? '\n- ' : '';
      if ('children' in node) return plainOf(node.children as Nodes[]);
      return '';
    })
    .join('');
}

/** Normalizes a plain text: spaces collapsed within lines, at most one blank line. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Markdown source text as a reader sees it: paragraphs of plain text. */
function plainMarkdown(text: string): string {
  const root = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const blocks: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') blocks.push(tidy(plainOf(node.children)));
    else if (node.type === 'code') blocks.push(node.value);
    else if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(root);
  return blocks.filter(Boolean).join('\n\n');
}

/** Entries of a table, by section: rows spanning the table ("Class 22 — Data Exception") start a section. */
function tableSections(headers: readonly string[], all: readonly (readonly CellText[])[], heading: string | undefined): { title?: string; entries: ImportedEntry[] }[] {
  const sections = splitSectionRows(dropRepeatedHeaders(headers, all));
  const rows = sections.flatMap((s) => s.rows);
  const roles = columnRoles(headers, rows.map((r) => r.map((c) => c.plain ?? c.text)), heading !== undefined ? { heading } : {});
  if (!roles) {
    // No column holds the codes: perhaps every cell, the header row's included, is one entry.
    const entries = codeCellEntries([...headers, ...all.flatMap((r) => r.map((c) => c.plain ?? c.text))]);
    return entries ? [{ entries }] : [];
  }
  return sections.map((s) => ({ ...(s.title !== undefined ? { title: s.title } : {}), entries: rowsToEntries(roles, s.rows) }));
}

/**
 * The source of a table cell between its bars, trimmed. Read off the cell's own position: the inline
 * nodes' positions miss a trailing `www.` autolink, which the GFM transform adds without one.
 */
function cellSource(source: string, cell: TableCell): string {
  const start = cell.position?.start.offset;
  const end = cell.position?.end.offset;
  if (start === undefined || end === undefined) return sourceOf(source, cell.children);
  let text = source.slice(start, end).trim();
  if (text.startsWith('|')) text = text.slice(1);
  if (text.endsWith('|')) {
    let slashes = 0;
    while (text[text.length - 2 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) text = text.slice(0, -1);
  }
  return text.trim();
}

/** Headers and cells of a parsed table: each cell's source slice, and what a reader sees of it. */
function parsedTable(source: string, table: Table, plain: boolean): { headers: string[]; cells: CellText[][] } {
  const [head, ...body] = table.children;
  if (!head) return { headers: [], cells: [] };
  const cell = (c: (typeof head.children)[number]): CellText => {
    const text = markdownCellText(cellSource(source, c));
    return plain ? { ...text, plain: tidy(plainOf(c.children)) } : text;
  };
  return { headers: head.children.map((c) => (plain ? tidy(plainOf(c.children)) : cell(c).text)), cells: body.map((r) => r.children.map(cell)) };
}

/** The same for a big table read off its lines (big-tables.ts): the same slices, the same plain texts. */
function lineTable(table: LineTable, plain: boolean): { headers: string[]; cells: CellText[][] } {
  if (!plain) return { headers: table.header.map((c) => markdownCellText(c).text), cells: table.body.map((r) => r.map(markdownCellText)) };
  const all = [table.header, ...table.body];
  const plains = cellPlains(all.flat(), plainOf).map(tidy);
  let at = 0;
  const read = all.map((row) => row.map((slice) => ({ ...markdownCellText(slice), plain: plains[at++]! })));
  return { headers: read[0]!.map((c) => c.plain), cells: read.slice(1) };
}

/** Adds the reader's view of an entry's texts: the message is plain text, the description keeps its Markdown. */
function withPlainText(entry: ImportedEntry): ImportedEntry {
  if (entry.message !== undefined && !entry.messageIsIcu) entry.message = oneLine(plainMarkdown(entry.message) || entry.message);
  if (entry.text !== undefined) {
    const plain = plainMarkdown(entry.text);
    if (plain && plain !== entry.text) entry.plainText = plain;
  }
  return entry;
}

/**
 * A body that opens by restating the head's code (`## Error Code "0"` over `Error code: 0 (Success)`):
 * the restatement is not prose; what it adds (the text, in parentheses or not, and a symbol) belongs to the head.
 */
function restateHead(head: NonNullable<ReturnType<typeof parseEntryHead>>, body: ReturnType<typeof parseEntryBody>): void {
  if (!body.text) return;
  const [first, ...more] = body.text.split('\n\n');
  if (head.code === undefined) {
    // A symbol over a paragraph that is only its code (`**ERROR_X**` over `1001 (0x3E9)`): the code is the head's.
    const lone = /^(\S{1,40})(?:\s+\(\S{1,40}\))?$/.exec(first!.trim());
    const code = lone ? parseEntryHead(lone[1]!) : undefined;
    if (head.key === undefined || code?.code === undefined || code.key !== undefined || !more.length) return;
    head.code = code.code;
    if (code.codeIsString) head.codeIsString = true;
    body.text = more.join('\n\n');
    return;
  }
  const again = parseEntryHead(first!);
  if (again?.code !== head.code || (again.key !== undefined && head.key !== undefined && again.key !== head.key)) return;
  const text = again.rest.replace(/^\((.*)\)$/, '$1').trim();
  if (text && head.rest) return;
  if (text) head.rest = text;
  if (again.key !== undefined) head.key = again.key;
  body.text = more.join('\n\n');
}

/** An entry read from a heading or list item head plus the lines under it. */
function entryFromBlock(headText: string, bodyLines: readonly string[], titled = false): ImportedEntry | undefined {
  const head = parseEntryHead(headText, { titled });
  if (!head) return undefined;
  const body = parseEntryBody(bodyLines);
  restateHead(head, body);
  const entry: ImportedEntry = {};
  // `200 OK`, `702000000: OK`: a plain word after a code, with nothing else, is the text, not a symbol.
  if (head.code !== undefined && head.key !== undefined && !head.rest && !body.text && !body.message && !/[_a-z]/.test(head.key)) {
    head.rest = head.key;
    delete head.key;
  }
  if (head.code !== undefined) entry.code = head.code;
  if (head.key !== undefined) entry.key = head.key;
  if (head.codeIsString) entry.codeIsString = true;
  if (body.message) {
    // `**Error Message**` / `**Possible Causes**` pages: the labelled message, the causes as description.
    entry.message = body.message;
    if (body.cause) entry.description = body.cause;
  } else if (head.rest && body.text) {
    entry.message = head.rest;
    entry.title = head.rest;
    entry.description = body.text;
  } else if (head.rest) entry.text = head.rest;
  else if (body.text) {
    // A code with only paragraphs under it: what they say, all of it, is the message.
    entry.message = body.text;
    if (body.text.includes('\n\n')) {
      entry.description = body.text;
      entry.paragraphs = body.text.split('\n\n');
    }
  }
  if (body.solution) entry.solution = body.solution;
  if (body.httpStatus) entry.httpStatus = body.httpStatus;
  return entry.text !== undefined || entry.message !== undefined || entry.solution !== undefined ? entry : undefined;
}

function listItemEntry(source: string, item: ListItem): ImportedEntry | undefined {
  const lines = sourceOf(source, item.children).split('\n');
  return entryFromBlock(lines[0] ?? '', lines.slice(1));
}

/** How deep nested lists are followed: no real page nests its groups further. */
const maxListDepth = 8;

/**
 * Entries of a list, its nested lists included: an item that names no code (`- Format errors 2xx`) is a
 * group over the entries nested in it, titled by the outermost such item. `items` counts the items that
 * could have been entries (entries, and items with nothing nested), for telling code lists from prose lists.
 */
function listEntries(source: string, list: List, title?: string, depth = 0): { sections: { title?: string; entries: ImportedEntry[] }[]; items: number } {
  const sections: { title?: string; entries: ImportedEntry[] }[] = [];
  let items = 0;
  const add = (at: string | undefined, entry: ImportedEntry) => {
    const last = sections[sections.length - 1];
    if (last && last.title === at) last.entries.push(entry);
    else sections.push({ ...(at !== undefined ? { title: at } : {}), entries: [entry] });
  };
  for (const item of list.children) {
    const entry = listItemEntry(source, item);
    const nested = item.children.filter((c): c is List => c.type === 'list');
    if (entry || !nested.length || depth >= maxListDepth) {
      items++;
      if (entry) add(title, entry);
      continue;
    }
    const label = item.children[0]?.type === 'paragraph' ? tidy(plainOf(item.children[0].children)) : '';
    for (const inner of nested) {
      const read = listEntries(source, inner, title ?? (label || undefined), depth + 1);
      items += read.items;
      for (const section of read.sections) section.entries.forEach((e) => add(section.title, e));
    }
  }
  return { sections, items };
}

/** A heading that names one code: `## 1101`, `## NOT_FOUND — text`, or a lone `### card_declined` / `### invalidRequest`. */
function isCodeHeading(head: ReturnType<typeof parseEntryHead>): boolean {
  if (!head) return false;
  if (head.code !== undefined) return true;
  const key = head.key ?? '';
  if (/^[A-Z0-9_]+$/.test(key)) return head.rest === '' || head.separated;
  // `card_declined`, `invalidRequest`, `AccessDeniedException` (two humps or more).
  return head.rest === '' && (key.includes('_') || /^[a-z]+[A-Z]/.test(key) || /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){1,8}$/.test(key));
}

/**
 * The head of a paragraph that starts an entry without a heading: a bold name on its own first line
 * (`**AccessDeniedException**`, `**400 Bad Request**`) or a definition term (`NO_ERROR (0x00):`).
 * Returns the head text and the paragraph's remaining lines.
 */
function paragraphHead(source: string, node: RootContent): { head: string; rest: string[]; term: boolean } | undefined {
  if (node.type !== 'paragraph') return undefined;
  const lines = sourceOf(source, [node]).split('\n');
  const first = cleanHeadingNoise(lines[0] ?? '').replace(/\s+$/, '');
  const bold = /^\*\*([^*]{1,120})\*\*$/.exec(first);
  const term = /^([A-Za-z_$][\w$]{0,80}\s\([^()\s]{1,40}\)):?$/.exec(first);
  // A bold code or symbol leading its own text on the line (`**1001** — Invalid token`, `**InternalFailure** The request…`).
  const lead = bold || term ? null : /^\*\*([^*]{1,120})\*\*(?:\s*(?:[—–:：]|-{1,2})\s*|\s+)(\S.*)$/.exec(first);
  const text = bold?.[1] ?? term?.[1] ?? lead?.[1];
  if (text === undefined) return undefined;
  // Admonition captions (`**NOTE**`, `**Warning:**`) open no entry.
  if ((bold || lead) && /^(?:note|notes|warning|caution|important|tip|hint|info|danger|attention|deprecated|example|examples|注意|警告|提示|说明|注|참고|주의|примечание|внимание|nota|aviso|achtung|hinweis)\s*[:：]?$/i.test(text.trim())) return undefined;
  const head = parseEntryHead(text);
  if (!head || (head.code === undefined && !isCodeHeading(head) && !term)) return undefined;
  // A lead's own text must be the entry's, not more of the name (`**E1** and **E2** are…` opens nothing).
  if (lead && (head.rest !== '' || /\*\*/.test(lead[2]!))) return undefined;
  // The lead's text is read as the first line under a bold name alone would be: all of it is the message.
  return { head: text, rest: lead ? [lead[2]!, ...lines.slice(1)] : lines.slice(1), term: term !== null };
}

/** The statuses a paragraph that is one bold status line names (`**452-456 Custom Errors**`). */
function boldStatus(node: RootContent): { low: number; high: number } | undefined {
  return node.type === 'paragraph' && node.children.length === 1 && node.children[0]!.type === 'strong' ? statusSpan(textOf(node)) : undefined;
}

const groupComment = /^<!--\s*errata-group:\s*([a-z0-9-]+)\s*-->$/;

/**
 * Caps nesting at a depth no real page reaches (32 block quotes, 128 columns of indentation): the
 * Markdown parser's time grows steeply with depth, and a hostile page could stall or overflow it.
 */
function capNesting(source: string): string {
  return source.replace(/^(?:[ \t]*>){33,}/gm, '>'.repeat(32)).replace(/^[ \t]{129,}/gm, ' '.repeat(128));
}

/** Options of the Markdown reader. */
export interface MarkdownOptions {
  /** Rows from which a top-level table takes the fast path (default `bigTableRows`); tests set 0 or Infinity to compare the paths. */
  readonly bigTableRows?: number;
}

/** Reads a Markdown page. */
export function importMarkdown(page: string, options: MarkdownOptions = {}): ImportedDocument {
  // Big tables skip the parser (big-tables.ts): a placeholder line stands where each was.
  const { source, tables: bigTables } = extractBigTables(delimitLooseTables(inlineHtmlTables(capNesting(page))), options.bigTableRows);
  const root: Root = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  // errata's own READMEs are read as written, so that messages round-trip exactly; other pages as a reader sees them.
  const plain = !/<!-- Generated by errata\b/.test(source);
  const tables: ImportedDocument = { groups: [] };
  const sections: ImportedDocument = { groups: [] };
  const lists: ImportedDocument = { groups: [] };
  const stack: { depth: number; title: string }[] = [];
  let title: string | undefined;
  let intro: RootContent[] = [];
  let introDone = false;
  let groupName: string | undefined;
  let pending: RootContent[] = [];
  let internalDepth: number | undefined;
  let codeSection: { head: string; lead: string[]; parent: string | undefined; nodes: RootContent[]; term: boolean; range?: number } | undefined;
  // PascalCase-only headings (`## AccessDeniedException`) are entries when several stand together or one states a status.
  const pascalHeads: ImportedEntry[] = [];

  const currentTitle = () => stack[stack.length - 1]?.title;
  const internal = () => internalDepth !== undefined;
  const describe = (doc: ImportedDocument, entries: ImportedEntry[]) => {
    const group = groupFor(doc, currentTitle(), groupName);
    const description = sourceOf(source, pending.filter((n) => n.type === 'paragraph')).trim();
    if (description && group.description === undefined) group.description = description;
    for (const e of entries) {
      if (internal()) e.internal = true;
      group.entries.push(e);
    }
  };
  /**
   * A heading naming a range of codes (`System Error Codes (1000-1299)`) is one entry only while nothing
   * under it opens an entry; an entry below it makes it the title of its group (or of the page).
   */
  const rangeToGroup = () => {
    if (codeSection?.range === undefined) return;
    const depth = codeSection.range;
    const text = cleanHeadingNoise(codeSection.head);
    if (depth === 1 && title === undefined && stack.length === 0) title = text;
    else stack.push({ depth, title: text });
    const paragraphs = codeSection.nodes.filter((n) => n.type === 'paragraph');
    if (depth === 1 && !intro.length) intro = paragraphs;
    else pending = paragraphs;
    codeSection = undefined;
  };
  /** Entries of the lists among nodes, when they are most of the items; undefined otherwise. */
  const listedEntries = (nodes: readonly RootContent[]): { sections: { title?: string; entries: ImportedEntry[] }[]; entries: ImportedEntry[] } | undefined => {
    const read = nodes.filter((n): n is List => n.type === 'list').map((l) => listEntries(source, l));
    const sections = read.flatMap((r) => r.sections);
    const entries = sections.flatMap((s) => s.entries);
    const items = read.reduce((sum, r) => sum + r.items, 0);
    if (!entries.length || entries.length < items / 2) return undefined;
    if (plain) entries.forEach(withPlainText);
    return { sections, entries };
  };
  const closeCodeSection = () => {
    if (!codeSection) return;
    // An HTTP status over a list of entries heads them; it is not an entry itself.
    const span = statusSpan(codeSection.head);
    if (span && listedEntries(codeSection.nodes)) {
      // Each list takes the status of the bold status line nearest above it (`**452-456 …**` further down).
      let at = span;
      for (const node of codeSection.nodes) {
        const lead = boldStatus(node);
        if (lead) at = lead;
        const listed = node.type === 'list' ? listedEntries([node]) : undefined;
        if (!listed) continue;
        applyStatusSpan(listed.entries, at);
        describe(lists, listed.entries);
      }
      codeSection = undefined;
      return;
    }
    const body = [...codeSection.lead, '', ...restoreBigTables(sourceOf(source, codeSection.nodes), bigTables).split('\n')];
    const entry = entryFromBlock(codeSection.head, body, true);
    if (entry && plain) withPlainText(entry);
    if (entry && entry.code === undefined && entry.key !== undefined && /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(entry.key)) pascalHeads.push(entry);
    if (entry) {
      if (internal()) entry.internal = true;
      groupFor(sections, codeSection.parent).entries.push(entry);
    }
    codeSection = undefined;
  };

  let previous: RootContent | undefined;
  for (const node of root.children) {
    const before = previous;
    previous = node;
    if (node.type === 'heading') {
      const text = textOf(node).trim();
      const parsed = parseEntryHead(text, { titled: true });
      const codeHeading = isCodeHeading(parsed);
      if (codeSection?.range !== undefined && node.depth > codeSection.range && codeHeading) rangeToGroup();
      closeCodeSection();
      if (node.depth === 1 && title === undefined && stack.length === 0 && !codeHeading) {
        title = cleanHeadingNoise(text);
        continue;
      }
      introDone = true;
      if (internalDepth !== undefined && node.depth <= internalDepth) internalDepth = undefined;
      while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      if (codeHeading) {
        const range = parsed?.titled && codeShape(parsed.code ?? '') === 'range' ? { range: node.depth } : {};
        codeSection = { head: text, lead: [], parent: currentTitle(), nodes: [], term: false, ...range };
        continue;
      }
      if (/^internal\b/i.test(text)) internalDepth = node.depth;
      stack.push({ depth: node.depth, title: text });
      groupName = undefined;
      pending = [];
      continue;
    }
    const lead = paragraphHead(source, node);
    if (lead) {
      rangeToGroup();
      closeCodeSection();
      codeSection = { head: lead.head, lead: lead.rest, parent: currentTitle(), nodes: [], term: lead.term };
      continue;
    }
    // A definition term owns only the `: definition` paragraphs after it.
    if (codeSection?.term && !(node.type === 'paragraph' && /^:\s/.test(sourceOf(source, [node])))) closeCodeSection();
    if (codeSection) {
      codeSection.nodes.push(node);
      continue;
    }
    if (!introDone && (node.type === 'paragraph' || node.type === 'blockquote')) intro.push(node);
    else if (node.type !== 'html') introDone = true;
    if (node.type === 'html' && groupComment.test(node.value.trim())) {
      groupName = groupComment.exec(node.value.trim())![1];
    } else if (node.type === 'table' || (node.type === 'html' && placeholderPattern.test(node.value.trim()))) {
      const big = node.type === 'html' ? bigTables[Number(placeholderPattern.exec(node.value.trim())![1])]! : undefined;
      const { headers, cells } = node.type === 'table' ? parsedTable(source, node, plain) : lineTable(big!, plain);
      if (big) introDone = true;
      for (const section of tableSections(headers, cells, currentTitle() ?? title)) {
        if (!section.entries.length) continue;
        if (section.title !== undefined) {
          groupName = undefined;
          stack.push({ depth: 7, title: section.title });
        }
        describe(tables, section.entries);
        if (section.title !== undefined) {
          stack.pop();
          pending = [];
        }
      }
      pending = [];
    } else if (node.type === 'list') {
      const read = listEntries(source, node);
      const entries = read.sections.flatMap((s) => s.entries);
      if (plain) entries.forEach(withPlainText);
      // A bold status line just above (`**452-456 Custom Errors**`) heads the list.
      const lead = before ? boldStatus(before) : undefined;
      if (lead) applyStatusSpan(entries, lead);
      if (entries.length >= Math.max(1, read.items / 2)) {
        for (const section of read.sections) {
          if (section.title !== undefined) stack.push({ depth: 7, title: section.title });
          describe(lists, section.entries);
          if (section.title !== undefined) stack.pop();
        }
      }
      pending = [];
    } else if (node.type === 'paragraph') {
      const lined = codeLineEntries(tidy(plainOf(node.children)));
      if (lined) describe(lists, lined);
      else pending.push(node);
    }
  }
  closeCodeSection();
  if (pascalHeads.length === 1 && pascalHeads[0]!.httpStatus === undefined) {
    for (const group of sections.groups) group.entries = group.entries.filter((e) => e !== pascalHeads[0]);
    sections.groups = sections.groups.filter((g) => g.entries.length > 0);
  }

  if (plain) {
    dropPlainWordHeads(sections);
    // Before shared titles are counted: `Obsolete errors (50-51)` is two entries of that title.
    expandCodeRanges(sections);
    const read = [...sections.groups, ...lists.groups].flatMap((g) => g.entries);
    const flat = (text: string) => oneLine(plainMarkdown(text) || text);
    demoteSharedTitles(read, flat);
    splitRemedies(read, flat);
  }
  const doc = [tables, sections, lists].find((d) => entryCount(d) > 0) ?? tables;
  if (title !== undefined) doc.title = title;
  const description = sourceOf(source, intro).trim();
  if (description) doc.description = description;
  return doc;
}
