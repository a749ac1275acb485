import { Document, visit } from 'yaml';

/**
 * Characters the YAML printer would write raw although YAML forbids them (DEL, C1 controls,
 * BOM, non-characters, lone surrogates) or YAML 1.1 reads them as line breaks (U+0085, U+2028,
 * U+2029).
 */
const UNSAFE_CHAR = /[\x7F-\x9F\u2028\u2029\uFEFF\uFFFE\uFFFF]|\p{Cs}/u;
const UNSAFE_CHARS = new RegExp(UNSAFE_CHAR.source, 'gu');

/**
 * Serializes a document to YAML: block style, no line folding, no anchors, and scalars quoted so
 * YAML 1.1 parsers (which read `yes`, `on` or `2024-01-01` as non-strings) get the same strings.
 */
export function yamlText(value: unknown, headerComment: string): string {
  const doc = new Document(value, { aliasDuplicateObjects: false, compat: 'yaml-1.1' });
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && UNSAFE_CHAR.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  doc.commentBefore = ` ${headerComment.replace(UNSAFE_CHARS, '?').replace(/[\r\n]+/g, ' ')}`;
  const text = doc.toString({ lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true });
  // Every unsafe character now sits in a double-quoted scalar (forced above), where `\uXXXX` is
  // its exact escape; the printer itself leaves them raw.
  return text.replace(UNSAFE_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * A JSON value as a JavaScript expression. JSON is valid JS since ES2019; U+2028/U+2029 are still
 * escaped so older parsers and bundlers that predate that change read the same strings.
 */
export function jsLiteral(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
