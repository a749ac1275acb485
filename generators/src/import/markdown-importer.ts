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
import { columnRoles, rowsToEntries } from './table-columns.js';
import { parseEntryBody, parseEntryHead } from './entry-text.js';

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

function tableEntries(source: string, table: Table): ImportedEntry[] {
  const [head, ...body] = table.children;
  if (!head) return [];
  const cell = (c: (typeof head.children)[number]): CellText => markdownCellText(sourceOf(source, c.children));
  const headers = head.children.map((c) => cell(c).text);
  const rows = body.map((r) => r.children.map(cell));
  const roles = columnRoles(headers, rows.map((r) => r.map((c) => c.text)));
  return roles ? rowsToEntries(roles, rows) : [];
}

/** An entry read from a heading or list item head plus the lines under it. */
function entryFromBlock(headText: string, bodyLines: readonly string[]): ImportedEntry | undefined {
  const head = parseEntryHead(headText);
  if (!head) return undefined;
  const body = parseEntryBody(bodyLines);
  const entry: ImportedEntry = {};
  if (head.code !== undefined) entry.code = head.code;
  if (head.key !== undefined) entry.key = head.key;
  if (head.codeIsString) entry.codeIsString = true;
  if (head.rest && body.text) {
    entry.message = head.rest;
    entry.description = body.text;
  } else if (head.rest || body.text) entry.text = head.rest || body.text;
  if (body.solution) entry.solution = body.solution;
  if (body.httpStatus) entry.httpStatus = body.httpStatus;
  return entry.text !== undefined || entry.message !== undefined || entry.solution !== undefined ? entry : undefined;
}

function listItemEntry(source: string, item: ListItem): ImportedEntry | undefined {
  const lines = sourceOf(source, item.children).split('\n');
  return entryFromBlock(lines[0] ?? '', lines.slice(1));
}

const groupComment = /^<!--\s*errata-group:\s*([a-z0-9-]+)\s*-->$/;

/** Reads a Markdown page. */
export function importMarkdown(source: string): ImportedDocument {
  const root: Root = fromMarkdown(source, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
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
  let codeSection: { heading: Heading; parent: string | undefined; nodes: RootContent[] } | undefined;

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
    const body = sourceOf(source, codeSection.nodes).split('\n');
    const entry = entryFromBlock(textOf(codeSection.heading), body);
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
      if (node.depth === 1 && title === undefined && stack.length === 0) {
        title = text;
        continue;
      }
      introDone = true;
      if (internalDepth !== undefined && node.depth <= internalDepth) internalDepth = undefined;
      while (stack.length && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
      const head = parseEntryHead(text);
      if (head && (head.code !== undefined || (/^[A-Z0-9_]+$/.test(head.key ?? '') && (head.rest === '' || head.separated)))) {
        codeSection = { heading: node, parent: currentTitle(), nodes: [] };
        continue;
      }
      if (/^internal\b/i.test(text)) internalDepth = node.depth;
      stack.push({ depth: node.depth, title: text });
      groupName = undefined;
      pending = [];
      continue;
    }
    if (codeSection) {
      codeSection.nodes.push(node);
      continue;
    }
    if (!introDone && (node.type === 'paragraph' || node.type === 'blockquote')) intro.push(node);
    else if (node.type !== 'html') introDone = true;
    if (node.type === 'html' && groupComment.test(node.value.trim())) {
      groupName = groupComment.exec(node.value.trim())![1];
    } else if (node.type === 'table') {
      const entries = tableEntries(source, node);
      if (entries.length) describe(tables, entries);
      pending = [];
    } else if (node.type === 'list') {
      const entries = node.children.map((item) => listItemEntry(source, item)).filter((e): e is ImportedEntry => e !== undefined);
      if (entries.length >= Math.max(1, node.children.length / 2)) describe(lists, entries);
      pending = [];
    } else if (node.type === 'paragraph') {
      pending.push(node);
    }
  }
  closeCodeSection();

  const doc = [tables, sections, lists].find((d) => entryCount(d) > 0) ?? tables;
  if (title !== undefined) doc.title = title;
  const description = sourceOf(source, intro).trim();
  if (description) doc.description = description;
  return doc;
}
