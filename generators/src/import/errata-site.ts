/**
 * Front end for errata's own docs site (`packages/<id>-docs/index.html`): the page states every
 * field of every entry in its markup (code and its JSON type, key, status, flags as data attributes;
 * the ICU message as the text of its element; descriptions as rendered Markdown), so it is read
 * exactly, into the intermediate form errata's README has, and then by the one Markdown reader, as
 * the README is. Any other HTML page goes through `htmlToMarkdown`.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Nodes } from 'hast';
import { escapeTableCell, inlineCode } from '../emit/docs/table-cell.js';

/** The generator mark the site's head carries; a cheap test before any parsing. */
const siteMark = /<meta name="generator" content="errata">/;

const isElement = (node: Nodes | ElementContent): node is Element => node.type === 'element';

function attr(el: Element, name: string): string | undefined {
  const value = el.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function classes(el: Element): string[] {
  const value = el.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function children(el: Element): Element[] {
  return el.children.filter(isElement);
}

/** Depth-first search for elements matching a test. */
function findAll(node: Element, test: (el: Element) => boolean, into: Element[] = []): Element[] {
  for (const child of children(node)) {
    if (test(child)) into.push(child);
    else findAll(child, test, into);
  }
  return into;
}

function first(node: Element, test: (el: Element) => boolean): Element | undefined {
  return findAll(node, test)[0];
}

/** The text of a node as written (whitespace kept). */
function textOf(node: Nodes | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

/** Inline HTML (as micromark renders catalog Markdown) back to Markdown. */
function inlineMarkdown(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (!isElement(node)) return '';
      const inner = () => inlineMarkdown(node.children);
      switch (node.tagName) {
        case 'code':
          return inlineCode(textOf(node));
        case 'em':
          return `*${inner()}*`;
        case 'strong':
          return `**${inner()}**`;
        case 'del':
          return `~~${inner()}~~`;
        case 'br':
          return '\\\n';
        case 'a':
          return `[${inner()}](${attr(node, 'href') ?? ''})`;
        case 'img':
          return `![${attr(node, 'alt') ?? ''}](${attr(node, 'src') ?? ''})`;
        default:
          return inner();
      }
    })
    .join('');
}

/** Block HTML back to Markdown: paragraphs, lists, code blocks, quotes and headings. */
function blockMarkdown(el: Element): string {
  const blocks: string[] = [];
  for (const node of children(el)) {
    const tag = node.tagName;
    if (tag === 'p') blocks.push(inlineMarkdown(node.children));
    else if (tag === 'ul' || tag === 'ol') {
      const items = children(node).filter((li) => li.tagName === 'li');
      blocks.push(items.map((li, i) => `${tag === 'ol' ? `${i + 1}.` : '-'} ${li.children.some((c) => isElement(c) && c.tagName === 'p') ? blockMarkdown(li) : inlineMarkdown(li.children).trim()}`).join('\n'));
    } else if (tag === 'pre') blocks.push(`\`\`\`\n${textOf(node).replace(/\n$/, '')}\n\`\`\``);
    else if (tag === 'blockquote') blocks.push(blockMarkdown(node).split('\n').map((l) => `> ${l}`).join('\n'));
    else if (/^h[1-6]$/.test(tag)) blocks.push(`${'#'.repeat(Number(tag[1]))} ${inlineMarkdown(node.children)}`);
    else if (tag === 'hr') blocks.push('---');
    else blocks.push(inlineMarkdown(node.children).trim());
  }
  return blocks.filter((b) => b !== '').join('\n\n');
}

/** The Notes cell of errata's README for an entry, from its data attributes. */
function notes(entry: Element): string {
  const lines: string[] = [];
  const deprecated = first(entry, (el) => attr(el, 'dataField') === 'deprecated');
  if (deprecated) {
    const replacement = attr(deprecated, 'dataReplacement');
    lines.push(`**Deprecated**${replacement ? ` → use \`${replacement}\`` : ''}`);
  }
  const outcome = attr(entry, 'dataOutcome');
  if (outcome && outcome !== 'error') lines.push(`outcome: ${outcome}`);
  if (attr(entry, 'dataRetryable') === 'true') lines.push('retryable');
  if (attr(entry, 'dataShared') === 'true') lines.push('shared code');
  const aliases = attr(entry, 'dataAliases');
  if (aliases) lines.push(`aliases: ${aliases.split(', ').map((a) => `\`${a}\``).join(', ')}`);
  const inferred = attr(entry, 'dataInferred');
  if (inferred) lines.push(`*inferred: ${inferred}*`);
  return lines.join('\n');
}

function field(entry: Element, name: string): Element | undefined {
  return first(entry, (el) => attr(el, 'dataField') === name);
}

/** One README table row of an entry. */
function entryRow(entry: Element): string {
  const codeJson = attr(entry, 'dataCode') ?? '';
  const code: unknown = JSON.parse(codeJson);
  const message = field(entry, 'message');
  const description = field(entry, 'description');
  const solution = field(entry, 'solution');
  const cells = [
    escapeTableCell(inlineCode(typeof code === 'number' ? String(code) : JSON.stringify(code))),
    `<a id="${attr(entry, 'id') ?? ''}"></a>${escapeTableCell(inlineCode(attr(entry, 'dataKey') ?? ''))}`,
    attr(entry, 'dataStatus') ?? '',
    escapeTableCell(message ? textOf(message) : ''),
    escapeTableCell(description ? blockMarkdown(description) : ''),
    escapeTableCell(solution ? blockMarkdown(solution) : ''),
    escapeTableCell(notes(entry)),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The site page as errata's README Markdown (title, intro, one table per group), or undefined when
 * the page is not an errata docs site.
 */
export function errataSiteMarkdown(html: string): string | undefined {
  if (!siteMark.test(html.slice(0, 8192))) return undefined;
  const root = fromHtml(html);
  const main = root.children.filter(isElement).flatMap((el) => findAll(el, (e) => e.tagName === 'main'))[0];
  if (!main) return undefined;
  const h1 = first(main, (el) => el.tagName === 'h1');
  const title = h1 ? h1.children.filter((c) => !(isElement(c) && classes(c).includes('subtitle'))).map(textOf).join('').trim() : '';
  const intro = first(main, (el) => classes(el).includes('intro'));
  const out = ['<!-- Generated by errata from an errata docs site -->', '', `# ${title}`, ''];
  if (intro) out.push(blockMarkdown(intro), '');
  for (const section of findAll(main, (el) => el.tagName === 'section' && classes(el).includes('group'))) {
    const heading = first(section, (el) => el.tagName === 'h2');
    const description = first(section, (el) => classes(el).includes('group-description'));
    out.push(`## ${heading ? textOf(heading).trim() : attr(section, 'dataGroup')}`, `<!-- errata-group: ${attr(section, 'dataGroup') ?? ''} -->`, '');
    if (description) out.push(blockMarkdown(description), '');
    out.push('| Code | Key | HTTP | ICU message | Description | Solution | Notes |', '| ---: | --- | ---: | --- | --- | --- | --- |');
    for (const entry of findAll(section, (el) => el.tagName === 'article' && attr(el, 'dataEntry') !== undefined)) out.push(entryRow(entry));
    out.push('');
  }
  return out.join('\n');
}
