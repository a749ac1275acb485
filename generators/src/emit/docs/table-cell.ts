/**
 * The one escape every README table cell goes through. Its inverse is the importer's
 * `markdownCellText`, so a generated README reads back into the same texts.
 */

/**
 * Escapes text for one GFM table cell: `|` → `\|` (with the backslashes before it doubled, so
 * `\|` in the text stays literal), newlines → `<br>`, and the two characters that would start HTML
 * (`<` before a tag-like character, `&` before an entity-like name) as entities.
 */
export function escapeTableCell(text: string): string {
  return text
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/(\\*)\|/g, (_whole, slashes: string) => `${slashes}${slashes}\\|`)
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** Inline code for a cell, with a fence longer than any backtick run inside. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
