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
 * JSON text of the document, near the size of compact JSON yet readable in a diff: a list too long
 * for one line gets a line per item, an object one line per member only when a member is itself a
 * long list or object. So every example, oneOf branch and code stands on a line of its own.
 */
export function compactJsonText(value: unknown, width = 240): string {
  return `${jsonLines(value, 0, width).text}\n`;
}

/**
 * A value laid out: its text, and the length of its flat JSON. The flat text itself is kept only
 * where it is printed (a value that fits, or one whose members all fit), so each character is
 * copied about once however deep the document nests.
 */
interface JsonLayout {
  readonly length: number;
  readonly text: string;
  readonly isContainer: boolean;
}

function jsonLines(value: unknown, level: number, width: number): JsonLayout {
  if (value === null || typeof value !== 'object') {
    // As JSON.stringify writes it: `undefined` in a list is null (an object member that is undefined is left out below).
    const text = JSON.stringify(value) ?? 'null';
    return { length: text.length, text, isContainer: false };
  }
  const inner = ' '.repeat(level + 1);
  const close = ' '.repeat(level);
  if (Array.isArray(value)) {
    const items = value.map((item) => jsonLines(item, level + 1, width));
    const length = items.reduce((sum, item) => sum + item.length + 1, 1) + (items.length === 0 ? 1 : 0);
    // A short list is flat, so are its items: their text is their flat JSON.
    if (length <= width) return { length, text: `[${items.map((item) => item.text).join(',')}]`, isContainer: true };
    return { length, text: `[\n${items.map((item) => inner + item.text).join(',\n')}\n${close}]`, isContainer: true };
  }
  const members = Object.entries(value)
    .filter(([, item]) => item !== undefined && typeof item !== 'function')
    .map(([key, item]) => ({ key: JSON.stringify(key), layout: jsonLines(item, level + 1, width) }));
  const length = members.reduce((sum, m) => sum + m.key.length + 1 + m.layout.length + 1, 1) + (members.length === 0 ? 1 : 0);
  // Flat when it fits, or when no member is a list or object too long for a line of its own (an example).
  if (length <= width || !members.some((m) => m.layout.isContainer && m.layout.length > width)) return { length, text: `{${members.map((m) => `${m.key}:${m.layout.text}`).join(',')}}`, isContainer: true };
  return { length, text: `{\n${members.map((m) => `${inner}${m.key}: ${m.layout.text}`).join(',\n')}\n${close}}`, isContainer: true };
}

/** The `$ref` from components.yaml to a component of components.json (a JSON pointer, escaped, in a URI fragment). */
export function jsonComponentRef(kind: string, name: string): string {
  const pointer = ['components', kind, name].map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'));
  return `./components.json#/${pointer.map((part) => encodeURIComponent(part)).join('/')}`;
}
