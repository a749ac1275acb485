/**
 * Guesses a page's format when `--format` is absent: the file extension first, then the shape of the
 * text (an HTML document, reST table borders and directives, GFM table delimiter rows and ATX headings, `CODE#` anchors).
 */
import type { DocFormat } from './imported-document.js';
import { hasAnchorTokens } from './text-importer.js';

const byExtension: Record<string, DocFormat> = { md: 'markdown', markdown: 'markdown', mdx: 'markdown', rst: 'rst', rest: 'rst', txt: 'text', text: 'text', html: 'html', htm: 'html', xhtml: 'html' };

/** The format of a page, from its file name and its text. */
export function detectFormat(fileName: string, source: string): DocFormat {
  const fromText = detectFromText(source);
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const fromName = ext ? byExtension[ext] : undefined;
  // A .txt copy of a page is often really Markdown or reST: trust the text for .txt files.
  return fromName && fromName !== 'text' ? fromName : fromText;
}

function detectFromText(source: string): DocFormat {
  if (/^\s*(?:<!--[^]{0,2000}?-->\s*)?(?:<!doctype html|<html\b)/i.test(source.slice(0, 4096))) return 'html';
  if (/^ *=+( +=+)+ *$/m.test(source) || /^ *\+(?:-+\+){2,} *$/m.test(source) || /^\.\. [\w|_-]/m.test(source)) return 'rst';
  if (hasAnchorTokens(source)) return 'text';
  // `[ \t]`, not `\s`, and no two runs of blanks in a row: either backtracks quadratically on deeply indented pages.
  if (/^[ \t]*(?:\|[ \t]*)?:?-{3,}:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/m.test(source) || /^#{1,6} \S/m.test(source) || /^[ \t]*[-*] `[^`]+`/m.test(source)) return 'markdown';
  return 'text';
}
