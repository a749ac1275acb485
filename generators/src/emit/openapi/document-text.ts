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
  return `${layoutText(jsonLines(value, 0, width))}\n`;
}

/**
 * A value laid out: a scalar is its JSON text; a list or object its text and the length of its flat
 * JSON. The flat text itself is kept only where it is printed (a value that fits, or one whose
 * members all fit), so each character is copied about once however deep the document nests. A
 * scalar is a bare string so the document's many leaves allocate nothing but their text.
 */
type JsonLayout = string | { readonly length: number; readonly text: string };

const layoutText = (layout: JsonLayout): string => (typeof layout === 'string' ? layout : layout.text);

function jsonLines(value: unknown, level: number, width: number): JsonLayout {
  // As JSON.stringify writes it: `undefined` in a list is null (an object member that is undefined is left out below).
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = ' '.repeat(level + 1);
  const close = ' '.repeat(level);
  if (Array.isArray(value)) {
    const texts: string[] = new Array<string>(value.length);
    let length = value.length === 0 ? 2 : 1 + value.length;
    for (let i = 0; i < value.length; i++) {
      const item = jsonLines(value[i], level + 1, width);
      texts[i] = layoutText(item);
      length += item.length;
    }
    // A short list is flat, so are its items: their text is their flat JSON.
    if (length <= width) return { length, text: `[${texts.join(',')}]` };
    return { length, text: `[\n${texts.length ? inner + texts.join(`,\n${inner}`) : ''}\n${close}]` };
  }
  const keys: string[] = [];
  const texts: string[] = [];
  let length = 1;
  let longMember = false;
  const record = value as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    const item = record[name];
    if (item === undefined || typeof item === 'function') continue;
    const key = JSON.stringify(name);
    const layout = jsonLines(item, level + 1, width);
    keys.push(key);
    texts.push(layoutText(layout));
    length += key.length + layout.length + 2;
    if (typeof layout !== 'string' && layout.length > width) longMember = true;
  }
  if (keys.length === 0) length += 1;
  // Flat when it fits, or when no member is a list or object too long for a line of its own (an example).
  if (length <= width || !longMember) {
    let text = '{';
    for (let i = 0; i < keys.length; i++) text += `${i ? ',' : ''}${keys[i]}:${texts[i]}`;
    return { length, text: `${text}}` };
  }
  let text = '{\n';
  for (let i = 0; i < keys.length; i++) text += `${i ? ',\n' : ''}${inner}${keys[i]}: ${texts[i]}`;
  return { length, text: `${text}\n${close}}` };
}

/** The `$ref` from components.yaml to a component of components.json (a JSON pointer, escaped, in a URI fragment). */
export function jsonComponentRef(kind: string, name: string): string {
  const pointer = ['components', kind, name].map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'));
  return `./components.json#/${pointer.map((part) => encodeURIComponent(part)).join('/')}`;
}
