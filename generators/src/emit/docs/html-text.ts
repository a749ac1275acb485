/**
 * Escaping and small HTML fragments of the docs site, built by construction: every text goes
 * through `escapeHtml` once, so catalog texts (`<`, `&`, quotes, any script) come out as written.
 */
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { compile, micromark, parse, postprocess, preprocess } from 'micromark';

/** Text as HTML content or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Catalog Markdown (descriptions, solutions) as HTML. micromark escapes raw HTML and drops unsafe
 * URL schemes (`javascript:`) by default, so a catalog text cannot inject markup or script.
 */
export function markdownHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }).trim();
}

/**
 * Text Markdown reads as one paragraph of exactly itself: it starts with a letter (no list, heading,
 * quote or indented code) and holds no syntax character, HTML-special character or line break.
 */
const PLAIN_PARAGRAPH = /^\p{L}[\p{L}\p{N} ,.;!?'()/%-]*$/u;
/** A trailing space (micromark trims it) or `www.` (a GFM autolink) is not plain after all. */
const PLAIN_EXCEPTIONS = / $|www\./i;

/**
 * `markdownHtml` for many texts: the same output, but the GFM syntax is combined into one parser
 * once instead of once per text (combining it was most of the docs site's time at 10k entries).
 * The parser's per-document state is reset before each text: definitions, lazy lines, and any
 * field an extension adds (GFM footnotes), so no text sees another's definitions.
 */
export function markdownRenderer(): (markdown: string) => string {
  // Texts that are plainly one paragraph (most solutions and short descriptions) skip the parser.
  const plain = (markdown: string) => PLAIN_PARAGRAPH.test(markdown) && !PLAIN_EXCEPTIONS.test(markdown);
  const parser = parse({ extensions: [gfm()] });
  const state = parser as unknown as Record<string, unknown>;
  const initialKeys = new Set(Object.keys(parser));
  const htmlExtensions = [gfmHtml()];
  return (markdown) => {
    if (plain(markdown)) return `<p>${markdown}</p>`;
    for (const key of Object.keys(state)) if (!initialKeys.has(key)) delete state[key];
    parser.defined = [];
    parser.lazy = {};
    return compile({ htmlExtensions })(postprocess(parser.document().write(preprocess()(markdown, undefined, true)))).trim();
  };
}

/**
 * An ICU message with each top-level placeholder (`{account}`, `{count, plural, …}`) wrapped in
 * `<var>`, so readers see what is filled in. The element's text stays the ICU source, character for
 * character (the importer reads it back). ICU quoting is honoured: `'{'` is a literal brace.
 */
export function messageHtml(source: string): string {
  let html = '';
  let depth = 0;
  let quoted = false;
  let run = '';
  const flush = (wrap: boolean) => {
    if (run) html += wrap ? `<var>${escapeHtml(run)}</var>` : escapeHtml(run);
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "'") {
      const next = source[i + 1];
      if (next === "'") {
        run += "''";
        i++;
        continue;
      }
      // An apostrophe quotes only before a syntax character (or while a quote is open).
      if (quoted || (depth === 0 && next !== undefined && '{}#|'.includes(next))) quoted = !quoted;
      run += ch;
      continue;
    }
    if (!quoted && ch === '{') {
      if (depth === 0) flush(false);
      depth++;
      run += ch;
      continue;
    }
    if (!quoted && ch === '}' && depth > 0) {
      depth--;
      run += ch;
      if (depth === 0) flush(true);
      continue;
    }
    run += ch;
  }
  flush(depth > 0);
  return html;
}
