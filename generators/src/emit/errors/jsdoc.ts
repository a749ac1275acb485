/** The one JSDoc sanitizer, and the doc comments of generated declarations. */
import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import { codeLiteral } from './string-literal.js';

/**
 * Makes catalog text safe inside a `/** … *\/` comment: `*\/` cannot end the comment and `@` cannot
 * start a tag (both become HTML entities, which editors render back as the original characters),
 * and every line terminator (CR, U+2028, U+2029, NEL) becomes a plain newline.
 */
export function sanitizeJsDoc(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\*\//g, '*&#47;')
    .replace(/@/g, '&#64;')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Text safe for a single-line `//` comment. */
export function sanitizeLineComment(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
}

/** The doc comment of an entry's error class: description, solution, code, HTTP status, retryable, deprecation. */
export function entryDoc(entry: EntryModel, catalog: CatalogModel): string {
  const parts: string[] = [sanitizeJsDoc(entry.description ?? entry.message)];
  if (entry.description) parts.push(`Message: ${sanitizeJsDoc(entry.message)}`);
  if (entry.solution) parts.push(`Solution: ${sanitizeJsDoc(entry.solution)}`);
  const facts = [
    `- Key: ${sanitizeJsDoc(entry.key)}`,
    `- Code: ${sanitizeJsDoc(codeLiteral(entry.code))}`,
    `- HTTP status: ${entry.httpStatus}`,
    `- Retryable: ${entry.retryable ? 'yes' : 'no'}`,
  ];
  if (entry.visibility === 'internal') facts.push('- Visibility: internal (the message is not meant for end users)');
  parts.push(facts.join('\n'));
  if (entry.deprecated) parts.push(`@deprecated ${deprecationText(entry, catalog)}`);
  return parts.filter(Boolean).join('\n\n');
}

function deprecationText(entry: EntryModel, catalog: CatalogModel): string {
  const { replacement, reason, since } = entry.deprecated ?? {};
  const target = replacement === undefined ? undefined : catalog.entries.find((e) => e.key === replacement);
  const words: string[] = [];
  if (since) words.push(`Since ${sanitizeJsDoc(since)}.`);
  if (target?.outcome === 'error') words.push(`Use {@link ${target.className}} (${sanitizeJsDoc(target.key)}) instead.`);
  else if (replacement) words.push(`Use ${sanitizeJsDoc(replacement)} instead.`);
  if (reason) words.push(sanitizeJsDoc(reason));
  return words.join(' ') || 'Do not use.';
}
