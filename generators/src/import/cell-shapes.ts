/**
 * What one table cell or token looks like: a wire code (decimal, negative, hex, alphanumeric, a
 * range or pattern), a symbol, an HTTP status, prose, a boolean. Every pattern here is anchored and
 * linear (no nested or adjacent unbounded quantifiers), and callers pass cells of bounded length.
 */

/** Cells longer than this are prose, never codes or symbols; keeps every test linear and cheap. */
const maxTokenLength = 80;

/** The kind of code a token is, or undefined when it is not one. */
export type CodeShape = 'integer' | 'hex' | 'alphanumeric' | 'range';

const integer = /^[-−]?\d{1,19}$/;
const prefixedHex = /^0x[0-9a-f]{1,16}$/i;
const bareHex = /^[0-9A-F]{2,8}$/;
const alphanumeric = /^[A-Za-z]{1,12}[-_.]?(?:[A-Za-z]{1,12}[-_.])?\d[\w.-]{0,30}$/;
const range = /^(?:[<>≥≤]=?\s?\d{1,19}|\d{1,19}(?:\.{3}|…|\+)|(?:0x)?[0-9A-Fa-f]{1,16}\s?(?:[-~–]|to|\.\.)\s?(?:0x)?[0-9A-Fa-f]{1,16})$/;

/** The code shape of a token (`1101`, `-32700`, `0x0a`, `0E`, `E1001`, `MBC-CMD-001`, `>125`, `0x0100-0x01ff`). */
export function codeShape(token: string): CodeShape | undefined {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: equivalent, a guard for cost only: every pattern below is bounded under 80 characters and none matches ''
  if (token.length === 0 || token.length > maxTokenLength) return undefined;
  if (integer.test(token)) return 'integer';
  if (prefixedHex.test(token)) return 'hex';
  if (range.test(token) && /\d/.test(token)) return 'range';
  if (alphanumeric.test(token)) return 'alphanumeric';
  if (bareHex.test(token) && /\d/.test(token)) return 'hex';
  return undefined;
}

/** An identifier-shaped token: `NOT_EXIST_ACCOUNT`, `unique_violation`, `AccessDenied`, `bad-request`, `gone`. */
export function isIdentifier(token: string): boolean {
  return token.length > 0 && token.length <= maxTokenLength && /^[A-Za-z_$][\w$]*(?:[-.][A-Za-z0-9_$]+)*$/.test(token);
}

/** An identifier with visible structure (`_`, `-`, `.`, camel humps, all caps): a symbol rather than a word. */
export function isStructuredIdentifier(token: string): boolean {
  if (!isIdentifier(token)) return false;
  return /[_.-]/.test(token) || /[a-z][A-Z]/.test(token) || /^[A-Z][A-Z0-9]+$/.test(token) || /^[A-Z]{2,}[a-z]/.test(token);
}

/** An HTTP status, alone or with its reason phrase (`404`, `404 Not Found`). */
export function isHttpStatus(cell: string): boolean {
  // Stryker disable next-line StringLiteral: equivalent, the stand-in for a long cell only has to be a non-status ('' or any other text)
  const m = /^([1-5]\d\d)(?:\s+[A-Za-z][A-Za-z '-]{0,40})?$/.exec(cell.length <= maxTokenLength ? cell : '');
  return m !== null;
}

/** The reason phrases of RFC 9110 and the common registered extensions, lower case. */
const reasonPhrases = new Set([
  'continue', 'switching protocols', 'processing', 'early hints', 'ok', 'created', 'accepted', 'non-authoritative information',
  'no content', 'reset content', 'partial content', 'multi-status', 'already reported', 'im used', 'multiple choices',
  'moved permanently', 'found', 'see other', 'not modified', 'use proxy', 'temporary redirect', 'permanent redirect',
  'bad request', 'unauthorized', 'payment required', 'forbidden', 'not found', 'method not allowed', 'not acceptable',
  'proxy authentication required', 'request timeout', 'conflict', 'gone', 'length required', 'precondition failed',
  'content too large', 'payload too large', 'request entity too large', 'uri too long', 'request-uri too long',
  'unsupported media type', 'range not satisfiable', 'requested range not satisfiable', 'expectation failed', "i'm a teapot",
  'misdirected request', 'unprocessable content', 'unprocessable entity', 'locked', 'failed dependency', 'too early',
  'upgrade required', 'precondition required', 'too many requests', 'request header fields too large',
  'unavailable for legal reasons', 'internal server error', 'not implemented', 'bad gateway', 'service unavailable',
  'gateway timeout', 'http version not supported', 'variant also negotiates', 'insufficient storage', 'loop detected',
  'not extended', 'network authentication required',
]);

/** A standard HTTP reason phrase (`Not Found`, `Too Many Requests`), with or without its status in front. */
export function isReasonPhrase(cell: string): boolean {
  if (cell.length > 60) return false;
  return reasonPhrases.has(cell.replace(/^[1-5]\d\d\s+/, '').replace(/[.\s]+$/, '').replace(/\s+/g, ' ').toLowerCase());
}

/** Yes/no cells in any common spelling: never a message. */
export function isBoolean(cell: string): boolean {
  return /^(?:true|false|yes|no|y|n|on|off|是|否|有|无|はい|いいえ|да|нет|sí|si|oui|non|ja|nein|sim|não|✓|✔|✗|✘|×|x|-|—|–|n\/a|none)$/i.test(cell);
}

/** Words in a cell: Latin words, or CJK/Hangul/kana characters counted in pairs. */
export function wordCount(cell: string): number {
  const latin = cell.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
  const wide = cell.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  return wide ? Math.max(1, Math.round(wide / 2)) + (cell.match(/[A-Za-z]{2,}/g)?.length ?? 0) : latin;
}

/** Strips Markdown emphasis and code marks around a token; `quoted` when it was written as a JSON string. */
export function cleanCodeToken(raw: string): { token: string; quoted: boolean } {
  let token = raw.trim();
  if (token.length > maxTokenLength) return { token, quoted: false };
  token = token.replace(/^[*_`]+|[*_`]+$/g, '').trim();
  const quoted = /^".*"$/.test(token) || /^'.*'$/.test(token);
  if (quoted) token = token.slice(1, -1);
  return { token: token.replace(/[:,;]$/, '').replace(/^−/, '-'), quoted };
}
