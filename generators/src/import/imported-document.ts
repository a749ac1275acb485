/**
 * What an importer reads off a page, before any guessing: the raw entries and groups in page order.
 * `build-catalog.ts` turns this into catalog data (derived keys, inferred statuses, shared codes).
 */

/** One error as the page states it. Absent fields were not on the page. */
export interface ImportedEntry {
  /** The symbol, when the page names one. */
  key?: string;
  /** The wire code as written: integer-like text stays text here; `codeIsString` says it was quoted. */
  code?: string;
  /** True when the page quotes the code (`"08006"`), so it must stay a string. */
  codeIsString?: boolean;
  /** Message as plain text, or ICU source when `messageIsIcu`. */
  message?: string;
  messageIsIcu?: boolean;
  /** Free text whose first sentence becomes the message when the page has no message column. */
  text?: string;
  /** `text` without its markup (links, emphasis, code marks), for the message; `text` stays the description. */
  plainText?: string;
  description?: string;
  solution?: string;
  /** The words of a head that has a body too (`## Obsolete error (20)`): its message, unless several entries share them. */
  title?: string;
  /** The paragraphs under a head when, all together, they are the message; a trailing remedy may be split off. */
  paragraphs?: string[];
  httpStatus?: number;
  anchor?: string;
  outcome?: 'success' | 'error' | 'partial' | 'pending';
  retryable?: boolean;
  internal?: boolean;
  deprecated?: { replacement?: string; reason?: string };
  aliases?: string[];
  /** Fields the page itself marks as inferred (generated READMEs do). */
  inferred?: string[];
}

/** A heading that holds entries. */
export interface ImportedGroup {
  /** Heading text; absent when entries precede any usable heading. */
  title?: string;
  /** Explicit group name (generated READMEs carry it in a comment). */
  name?: string;
  description?: string;
  entries: ImportedEntry[];
}

/** Everything an importer found on a page. */
export interface ImportedDocument {
  title?: string;
  description?: string;
  /** Wire envelope hints found in the prose (`{ code, msg, data }`, "array of three fields"). */
  envelopeHint?: { shape: 'object' | 'array'; fields: string[] };
  /** The envelope an example response body on the page shows (field names by part); inferred, not stated. */
  exampleEnvelope?: { code: string; message?: string; data?: string };
  groups: ImportedGroup[];
}

/** The formats `errata import` reads. */
export type DocFormat = 'markdown' | 'rst' | 'text' | 'html';

/** Adds an entry to the group with the given title (and name), creating the group in page order. */
export function groupFor(doc: ImportedDocument, title: string | undefined, name?: string): ImportedGroup {
  const found = doc.groups.find((g) => (name !== undefined && g.name === name) || (name === undefined && g.name === undefined && g.title === title));
  if (found) return found;
  const group: ImportedGroup = { entries: [] };
  if (title !== undefined) group.title = title;
  if (name !== undefined) group.name = name;
  doc.groups.push(group);
  return group;
}

/** Number of entries over all groups. */
export function entryCount(doc: ImportedDocument): number {
  return doc.groups.reduce((n, g) => n + g.entries.length, 0);
}
