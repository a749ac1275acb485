/**
 * `errata import` as a pure function: page text in, catalog data out. Refuses, with one line saying
 * what was expected, what is not a readable error-code page.
 */
import { buildCatalog, type CatalogData } from './build-catalog.js';
import { detectFormat } from './detect-format.js';
import { envelopeHint } from './envelope-hint.js';
import { exampleEnvelope } from './example-envelope.js';
import { entryCount, type DocFormat, type ImportedDocument } from './imported-document.js';
import { importMarkdown } from './markdown-importer.js';
import { importRst, rstPlain } from './rst-importer.js';
import { importText } from './text-importer.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { errataSiteMarkdown } from './errata-site.js';
import { expandCodeRanges } from './page-consistency.js';
import { dropInvisible } from './cell-text.js';

/** A page that cannot be imported; the message is one line for the user. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}

/** Options of one import. */
export interface ImportOptions {
  /** Catalog id (kebab-case). */
  readonly id: string;
  /** File name of the page, for `docs.source`, format detection and messages. */
  readonly fileName: string;
  /** Forced format; detected when absent. */
  readonly format?: DocFormat;
}

/** The result of an import: the catalog data and what was read. */
export interface ImportResult {
  readonly catalog: CatalogData;
  readonly format: DocFormat;
  readonly entries: number;
}

const expected = 'expected an error-code page: a table with a code or symbol column, `## CODE` sections, `CODE#` anchors or a `- CODE — text` list';

/** Why a page read nothing: another format that does read it, or what the file really is (HTML, JSON). */
function hintFor(text: string, format: DocFormat, options: ImportOptions): string {
  if (options.format !== undefined) {
    const detected = detectFormat(options.fileName, text);
    if (detected !== format && entryCount(readDocument(text, detected)) > 0) return `; it reads as ${detected}: drop --format or pass --format ${detected}`;
  }
  if (format !== 'html' && /^\s*(?:<!doctype html|<html\b)/i.test(text.slice(0, 4096))) return '; it looks like an HTML page: pass --format html';
  if (/^\s*[[{]/.test(text) && /[\]}]\s*$/.test(text)) {
    try {
      JSON.parse(text);
      return '; it is a JSON file, not a documentation page';
    } catch {
      // Not JSON after all.
    }
  }
  return '';
}

/** Reads a page in the given format. */
function readDocument(source: string, format: DocFormat): ImportedDocument {
  const doc = format === 'markdown' ? importMarkdown(source) : format === 'html' ? importMarkdown(errataSiteMarkdown(source) ?? htmlToMarkdown(source)) : format === 'rst' ? importRst(source) : importText(source);
  expandCodeRanges(doc);
  const hint = envelopeHint(source);
  if (hint) doc.envelopeHint = hint;
  const example = exampleEnvelope(source);
  if (example) doc.exampleEnvelope = example;
  return doc;
}

/**
 * The last resort for a page whose structure held no entries: what a reader sees of it, read line by
 * line as a plain-text page (`1001 - text` lines in one paragraph or a code block, `**1001** — text`,
 * `400` over `: text`, reST bullets and definition lists). Only when the format was detected, not forced.
 */
function readLines(text: string, format: DocFormat, structured: ImportedDocument): ImportedDocument {
  // The Markdown source itself, not a second parse (a parse of a big page costs seconds): the line reader
  // already skips fences and reads `#` headings, bullets, `**1001**` and `: definition` lines.
  const plain = format === 'markdown' ? text : format === 'html' ? htmlToMarkdown(text) : rstPlain(text);
  const doc = importText(plain);
  if (entryCount(doc) === 0) return structured;
  expandCodeRanges(doc);
  if (structured.title !== undefined) doc.title = structured.title;
  for (const key of ['envelopeHint', 'exampleEnvelope'] as const) if (structured[key]) doc[key] = structured[key] as never;
  return doc;
}

/** Imports a page's text into catalog data; throws ImportError when the page is unreadable. */
export function importDocument(source: string, options: ImportOptions): ImportResult {
  if (source.includes('\u0000') || (source.match(/\uFFFD/g) ?? []).length > 8) {
    throw new ImportError(`${options.fileName} looks like a binary file; ${expected} (Markdown, reStructuredText, HTML or plain text)`);
  }
  const text = dropInvisible(source).replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new ImportError(`${options.fileName} is empty; ${expected}`);
  const format = options.format ?? detectFormat(options.fileName, text);
  let doc: ImportedDocument;
  try {
    doc = readDocument(text, format);
  } catch (error) {
    // A page nested past what the parser's stack holds is not a documentation page.
    if (error instanceof RangeError) throw new ImportError(`${options.fileName} is nested too deeply to read as ${format}; ${expected}`);
    throw error;
  }
  if (entryCount(doc) === 0 && options.format === undefined && format !== 'text') doc = readLines(text, format, doc);
  const entries = entryCount(doc);
  if (entries === 0) throw new ImportError(`no error codes found in ${options.fileName} (read as ${format}${hintFor(text, format, options)}); ${expected}`);
  // errata's own READMEs state every field; guessing over them would change the round trip.
  const explicit = /<!-- Generated by errata\b/.test(text);
  return { catalog: buildCatalog(doc, { id: options.id, source: options.fileName.split(/[\\/]/).pop()! }, explicit), format, entries };
}
