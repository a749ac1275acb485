/**
 * Markdown/GFM importer: parses with mdast (micromark + GFM) and reads error tables under group
 * headings, heading-per-code sections (`## CODE` + text + `Solution:`) and bullet lists
 * (`` - `23505` unique_violation — text ``). The richest of the three shapes wins.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Heading, ListItem, Nodes, Root, RootContent, Table } from 'mdast';
import { entryCount, groupFor, type ImportedDocument, type ImportedEntry } from './imported-document.js';
import { markdownCellText, type CellText } from './cell-text.js';
import { columnRoles, rowsToEntries, splitSectionRows } from './table-columns.js';
import { cleanHeadingNoise, oneLine, parseEntryBody, parseEntryHead } from './entry-text.js';
import { inlineHtmlTables } from './html-to-markdown.js';

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
function plainOf(nodes: readonly Nodes[]): string {
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
function tableEntries(source: string, table: Table, plain: boolean, heading: string | undefined): { title?: string; entries: ImportedEntry[] }[] {
  const [head, ...body] = table.children;
  if (!head) return [];
  const cell = (c: (typeof head.children)[number]): CellText => {
    const text = markdownCellText(sourceOf(source, c.children));
    return plain ? { ...text, plain: tidy(plainOf(c.children)) } : text;
  };
  const headers = head.children.map((c) => (plain ? tidy(plainOf(c.children)) : cell(c).text));
  const all = body.map((r) => r.children.map(cell));
  const sections = splitSectionRows(all);
  const rows = sections.flatMap((s) => s.rows);
  const roles = columnRoles(headers, rows.map((r) => r.map((c) => c.plain ?? c.text)), heading !== undefined ? { heading } : {});
  if (!roles) return [];
  return sections.map((s) => ({ ...(s.title !== undefined ? { title: s.title } : {}), entries: rowsToEntries(roles, s.rows) }));
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

/** An entry read from a heading or list item head plus the lines under it. */
function entryFromBlock(headText: string, bodyLines: readonly string[]): ImportedEntry | undefined {
  const head = parseEntryHead(headText);
  if (!head) return undefined;
  const body = parseEntryBody(bodyLines);
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
    entry.description = body.text;
  } else if (head.rest) entry.text = head.rest;
  else if (body.text) {
    // A code with only paragraphs under it: what they say, all of it, is the message.
    entry.message = body.text;
    if (body.text.includes('\n\n')) entry.description = body.text;
  }
  if (body.solution) entry.solution = body.solution;
  if (body.httpStatus) entry.httpStatus = body.httpStatus;
  return entry.text !== undefined || entry.message !== undefined || entry.solution !== undefined ? entry : undefined;
}

function listItemEntry(source: string, item: ListItem): ImportedEntry | undefined {
  const lines = sourceOf(source, item.children).split('\n');
  return entryFromBlock(lines[0] ?? '', lines.slice(1));
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
  const text = bold?.[1] ?? term?.[1];
  if (text === undefined) return undefined;
  // Admonition captions (`**NOTE**`, `**Warning:**`) open no entry.
  if (bold && /^(?:note|notes|warning|caution|important|tip|hint|info|danger|attention|deprecated|example|examples|注意|警告|提示|说明|注|참고|주의|примечание|внимание|nota|aviso|achtung|hinweis)\s*[:：]?$/i.test(text.trim())) return undefined;
  const head = parseEntryHead(text);
  if (!head || (head.code === undefined && !isCodeHeading(head) && !term)) return undefined;
  return { head: text, rest: lines.slice(1), term: term !== null };
}

const groupComment = /^<!--\s*errata-group:\s*([a-z0-9-]+)\s*-->$/;

/**
 * Caps nesting at a depth no real page reaches (32 block quotes, 128 columns of indentation): the
 * Markdown parser's time grows steeply with depth, and a hostile page could stall or overflow it.
 */
function capNesting(source: string): string {
  return source.replace(/^(?:[ \t]*>){33,}/gm, '>'.repeat(32)).replace(/^[ \t]{129,}/gm, ' '.repeat(128));
}

/** Reads a Markdown page. */
export function importMarkdown(page: string): ImportedDocument {
  const source = inlineHtmlTables(capNesting(page));
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
  let codeSection: { head: string; lead: string[]; parent: string | undefined; nodes: RootContent[]; term: boolean } | undefined;
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
  const closeCodeSection = () => {
    if (!codeSection) return;
    const body = [...codeSection.lead, '', ...sourceOf(source, codeSection.nodes).split('\n')];
    const entry = entryFromBlock(codeSection.head, body);
    if (entry && plain) withPlainText(entry);
    if (entry && entry.code === undefined && entry.key !== undefined && /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$/.test(entry.key)) pascalHeads.push(entry);
    if (entry) {
      if (internal()) entry.internal = true;
      groupFor(sections, codeSection.parent).entries.push(entry);
    }
    codeSection = undefined;
  };

  for (const node of root.children) {
    if (node.type === 'heading') {
      closeCodeSection();
      const text = textOf(node).trim();
      const codeHeading = isCodeHeading(parseEntryHead(text));
      if (node.depth === 1 && title === undefined && stack.length === 0 && !codeHeading) {
        title = text;
        continue;
      }
      introDone = true;
      if (internalDepth !== undefined && node.depth <= internalDepth) internalDepth = undefined;
      while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      if (codeHeading) {
        codeSection = { head: text, lead: [], parent: currentTitle(), nodes: [], term: false };
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
    } else if (node.type === 'table') {
      for (const section of tableEntries(source, node, plain, currentTitle() ?? title)) {
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
      const entries = node.children.map((item) => listItemEntry(source, item)).filter((e): e is ImportedEntry => e !== undefined);
      if (plain) entries.forEach(withPlainText);
      if (entries.length >= Math.max(1, node.children.length / 2)) describe(lists, entries);
      pending = [];
    } else if (node.type === 'paragraph') {
      pending.push(node);
    }
  }
  closeCodeSection();
  if (pascalHeads.length === 1 && pascalHeads[0]!.httpStatus === undefined) {
    for (const group of sections.groups) group.entries = group.entries.filter((e) => e !== pascalHeads[0]);
    sections.groups = sections.groups.filter((g) => g.entries.length > 0);
  }

  const doc = [tables, sections, lists].find((d) => entryCount(d) > 0) ?? tables;
  if (title !== undefined) doc.title = title;
  const description = sourceOf(source, intro).trim();
  if (description) doc.description = description;
  return doc;
}
