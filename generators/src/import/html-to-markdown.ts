/**
 * HTML front end of the import pipeline: parses with a real HTML parser (hast-util-from-html, over
 * parse5) and writes what a reader sees as Markdown — headings, paragraphs, lists, definition lists,
 * code blocks and GFM tables — so whole HTML pages and raw `<table>`s inside Markdown go through the
 * one Markdown reader, its column scoring and entry inference.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Nodes, Root } from 'hast';

const skipped = new Set(['script', 'style', 'noscript', 'template', 'head', 'nav', 'footer', 'svg', 'button', 'form', 'iframe']);
const blocks = new Set(['p', 'div', 'section', 'article', 'main', 'aside', 'header', 'blockquote', 'figure', 'figcaption', 'details', 'summary', 'body', 'html']);

/** Inline text of a node: whitespace collapsed, `<br>` as a line break, code kept in backticks. */
function inline(node: Nodes): string {
  if (node.type === 'text') return node.value.replace(/\s+/g, ' ');
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element') {
    if (skipped.has(node.tagName)) return '';
    if (node.tagName === 'br') return '\n';
    if (node.tagName === 'img') return String(node.properties['alt'] ?? '');
  }
  const text = (node.children as ElementContent[]).map(inline).join('');
  if (node.type === 'element' && node.tagName === 'code' && text.trim() && !text.includes('`')) return `\`${text.trim()}\``;
  // Bold stays bold: a bold name on its own line opens a definition block, as in Markdown.
  if (node.type === 'element' && (node.tagName === 'strong' || node.tagName === 'b') && text.trim() && !/[*\n]/.test(text)) return `**${text.trim()}**`;
  if (node.type === 'element' && (node.tagName === 'li' || node.tagName === 'p' || node.tagName === 'div')) return `${text}\n`;
  return text;
}

/** A table cell's Markdown: one line, pipes escaped, line breaks as `<br>`. */
function cellMarkdown(cell: Element): string {
  return inline(cell)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('<br>')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|');
}

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') walk(child);
    }
  };
  walk(table);
  return rows;
}

/** A GFM table for an HTML table; spanning cells repeat as blanks, so section rows stay section rows. */
function tableMarkdown(table: Element): string {
  const rows = rowsOf(table).map((tr) => {
    const cells: { text: string; header: boolean }[] = [];
    for (const cell of tr.children) {
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
      cells.push({ text: cellMarkdown(cell), header: cell.tagName === 'th' });
      const span = Math.min(64, Number(cell.properties['colSpan'] ?? 1) || 1);
      for (let k = 1; k < span; k++) cells.push({ text: '', header: cell.tagName === 'th' });
    }
    return cells;
  });
  const body = rows.filter((r) => r.length > 0);
  if (!body.length) return '';
  const width = Math.min(64, Math.max(...body.map((r) => r.length)));
  const first = body[0]!;
  // A first row of headers (`<th>`, or `<td>`s that read as titles) heads the table; otherwise a blank header.
  const headed = first.every((c) => c.header) || (first.length === width && !/^[-−]?\d/.test(first[0]!.text) && first.every((c) => c.text.length < 40));
  const line = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const head = headed ? first.map((c) => c.text) : [];
  const out = [line(head), `|${' --- |'.repeat(width)}`, ...(headed ? body.slice(1) : body).map((r) => line(r.map((c) => c.text)))];
  return out.join('\n');
}

/** Elements that make a list item more than one line. */
const itemBlocks = new Set(['p', 'div', 'ul', 'ol', 'table', 'pre', 'dl', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A list as Markdown. An item of inline content is one line; an item of blocks keeps them apart as
 * Markdown would: its first text is the item's line, further paragraphs continue it (indented), nested
 * lists nest, and tables and code blocks stand after it at the top level, where the reader finds them.
 */
function listMarkdown(list: Element, out: string[], listDepth: number): void {
  const pad = '  '.repeat(listDepth);
  const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(run.join('\n'));
    run = [];
  };
  for (const li of list.children) {
    if (li.type !== 'element' || li.tagName !== 'li') continue;
    if (!li.children.some((c) => c.type === 'element' && itemBlocks.has(c.tagName))) {
      run.push(`${pad}- ${flat(inline(li))}`);
      continue;
    }
    flush();
    let head: string | undefined;
    let lead: ElementContent[] = [];
    const after: string[] = [];
    const line = (text: string) => {
      if (!text) return;
      if (head === undefined) {
        head = text;
        out.push(`${pad}- ${text}`);
      } else out.push(`${pad}  ${text}`);
    };
    for (const child of li.children) {
      if (child.type !== 'element' || !itemBlocks.has(child.tagName)) {
        lead.push(child);
        continue;
      }
      line(flat(lead.map(inline).join('')));
      lead = [];
      if (child.tagName === 'ul' || child.tagName === 'ol') {
        if (head === undefined) line('…');
        listMarkdown(child, out, listDepth + 1);
      } else if (child.tagName === 'p' || child.tagName === 'div' || /^h\d$/.test(child.tagName)) line(flat(inline(child)));
      else blockMarkdown(child, after, 0);
    }
    line(flat(lead.map(inline).join('')));
    out.push(...after);
  }
  flush();
}

/** Markdown for a parsed HTML tree, block by block. */
function blockMarkdown(node: Nodes, out: string[], listDepth = 0): void {
  if (node.type === 'root') {
    node.children.forEach((c) => blockMarkdown(c, out, listDepth));
    return;
  }
  if (node.type === 'text') {
    if (node.value.trim()) out.push(node.value.trim());
    return;
  }
  if (node.type !== 'element' || skipped.has(node.tagName)) return;
  const tag = node.tagName;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const id = typeof node.properties['id'] === 'string' ? ` <a id="${node.properties['id']}"></a>` : '';
    out.push(`${'#'.repeat(Number(heading[1]))} ${inline(node).replace(/\s+/g, ' ').trim()}${id}`);
  } else if (tag === 'table') out.push(tableMarkdown(node));
  else if (tag === 'pre') out.push(`\`\`\`\n${inline(node).replace(/`{3,}/g, '')}\n\`\`\``);
  else if (tag === 'ul' || tag === 'ol') {
    listMarkdown(node, out, listDepth);
  } else if (tag === 'dl') {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const text = inline(child).replace(/\s*\n\s*/g, ' ').trim();
      if (!text) continue;
      out.push(child.tagName === 'dt' ? `**${text}**` : text);
    }
  } else if (blocks.has(tag) && node.children.some((c) => c.type === 'element' && (blocks.has(c.tagName) || /^(?:h[1-6]|table|pre|ul|ol|dl)$/.test(c.tagName)))) {
    // A wrapper of blocks: read its blocks; loose inline runs between them become paragraphs.
    let run: ElementContent[] = [];
    const flush = () => {
      const text = run.map(inline).join('').replace(/[ \t]+/g, ' ').trim();
      if (text) out.push(text);
      run = [];
    };
    for (const child of node.children) {
      if (child.type === 'element' && (blocks.has(child.tagName) || /^(?:h[1-6]|table|pre|ul|ol|dl)$/.test(child.tagName) || skipped.has(child.tagName))) {
        flush();
        blockMarkdown(child, out, listDepth);
      } else run.push(child);
    }
    flush();
  } else {
    const text = inline(node).split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).filter(Boolean).join('  \n');
    if (text) out.push(text);
  }
}

/** A whole HTML page as Markdown. */
export function htmlToMarkdown(html: string): string {
  const tree: Root = fromHtml(html);
  const out: string[] = [];
  blockMarkdown(tree, out);
  return out.filter(Boolean).join('\n\n');
}

/** Replaces each raw `<table>…</table>` in a Markdown page by a GFM table, found by a linear scan. */
export function inlineHtmlTables(markdown: string): string {
  const lower = markdown.toLowerCase();
  let at = lower.indexOf('<table');
  if (at < 0) return markdown;
  const parts: string[] = [];
  let last = 0;
  while (at >= 0) {
    // Nested tables: count opening and closing tags until the outer one closes.
    let depth = 0;
    let i = at;
    let end = -1;
    while (i >= 0 && i < lower.length) {
      const open = lower.indexOf('<table', i);
      const close = lower.indexOf('</table', i);
      if (close < 0) break;
      if (open >= 0 && open < close) {
        depth++;
        i = open + 6;
      } else {
        depth--;
        i = close + 7;
        if (depth === 0) {
          end = lower.indexOf('>', i);
          break;
        }
      }
    }
    if (end < 0) break;
    const fragment = fromHtml(markdown.slice(at, end + 1), { fragment: true });
    const table = fragment.children.find((c): c is Element => c.type === 'element' && c.tagName === 'table');
    parts.push(markdown.slice(last, at), table ? `\n\n${tableMarkdown(table)}\n\n` : '');
    last = end + 1;
    at = lower.indexOf('<table', last);
  }
  parts.push(markdown.slice(last));
  return parts.join('');
}
