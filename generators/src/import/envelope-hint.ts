/**
 * Reads what a page's prose says about the wire envelope: `{ code, msg, data }`, `[code, message, data]`,
 * "an array consisting of three fields", "a code and a message parameter".
 */
import type { ImportedDocument } from './imported-document.js';

/** The envelope the prose describes, if it describes one. */
export function envelopeHint(source: string): ImportedDocument['envelopeHint'] {
  const array = /\[\s*`?"?code"?`?\s*,\s*`?"?(\w+)"?`?\s*(?:,\s*`?"?(\w+)"?`?\s*)?\]/i.exec(source);
  if (array) return { shape: 'array', fields: ['code', array[1]!, ...(array[2] ? [array[2]] : [])] };
  if (/\barray (?:consisting )?of \[?three fields/i.test(source)) return { shape: 'array', fields: ['code', 'message', 'data'] };
  const object = /\{\s*`?"?code"?`?(?:\s*:\s*[^,{}]+)?\s*,\s*`?"?(\w+)"?`?(?:\s*:\s*[^,{}]+)?(?:\s*,\s*`?"?(\w+)"?`?)?[^{}]*\}/.exec(source);
  if (object) return { shape: 'object', fields: ['code', object[1]!, ...(object[2] ? [object[2]] : [])] };
  if (/\ba code and a message\b/i.test(source)) return { shape: 'object', fields: ['code', 'message'] };
  return undefined;
}
