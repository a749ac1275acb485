/**
 * Turns the source of one table cell into text: the inverse of the docs' `escapeTableCell`
 * (escaped pipes, `<br>`, `&lt;`/`&amp;`), plus the inline HTML real pages put in cells
 * (`<span data-anchor="x">`, `<ul><li>` lists).
 */

/** Text of a cell and the anchor id it carries, if any. */
export interface CellText {
  text: string;
  /** The cell as a reader sees it (no links, emphasis or code marks), for codes, symbols and messages. */
  plain?: string;
  anchor?: string;
}

const entities: Record<string, string> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#124': '|',
  mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  ge: '≥', le: '≤', ne: '≠', times: '×', divide: '÷', plusmn: '±', minus: '−', rarr: '→', larr: '←', harr: '↔',
  middot: '·', bull: '•', deg: '°', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', sect: '§', para: '¶',
  shy: '', zwj: '', zwnj: '', thinsp: ' ', ensp: ' ', emsp: ' ',
};

/**
 * Format characters a reader never sees (zero-width space, soft hyphen, direction marks, BOM): a page's
 * copy-paste residue, never part of a code or message. The joiners (U+200C, U+200D) stay: scripts and
 * emoji need them.
 */
const invisible = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** The text without invisible format characters. */
export function dropInvisible(text: string): string {
  return text.replace(invisible, '');
}

/** Decodes HTML character references in one pass, so `&amp;lt;` gives `&lt;`. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
    if (entities[name] !== undefined) return entities[name]!;
    if (/^#x/i.test(name)) return dropInvisible(String.fromCodePoint(parseInt(name.slice(2), 16)));
    if (/^#\d/.test(name)) return dropInvisible(String.fromCodePoint(Number(name.slice(1))));
    return whole;
  });
}

/** Undoes table pipe escaping: a run of 2k+1 backslashes before `|` stands for k backslashes and the pipe. */
function unescapePipes(source: string): string {
  return source.replace(/(\\+)\|/g, (_whole, slashes: string) => (slashes.length % 2 === 1 ? '\\'.repeat((slashes.length - 1) / 2) + '|' : `${slashes}|`));
}

/** Text of a Markdown table cell from its source slice. */
export function markdownCellText(source: string): CellText {
  const anchor = /<[a-z]+\b[^<>]*?\b(?:data-anchor|id|name)\s*=\s*"([^"]+)"[^<>]*>/i.exec(source)?.[1];
  let text = unescapePipes(source)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/\s*<\/li>\s*/gi, '')
    .replace(/\s*<(?:ul|ol)\b[^<>]*>\s*/gi, '\n\n')
    .replace(/\s*<li\b[^<>]*>\s*/gi, '\n- ')
    .replace(/\s*<\/(?:ul|ol)>\s*/gi, '\n\n')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '');
  text = decodeEntities(text).replace(/\n{3,}/g, '\n\n').trim();
  return anchor ? { text, anchor } : { text };
}
