/**
 * The JS and TS text of the wire envelope of a catalog: how `toResponse` encodes and `fromResponse`
 * decodes a body. Field names always appear as computed keys or bracket reads of string literals,
 * so any field name (even `__proto__`) stays an own property.
 */
import type { EnvelopeModel, EnvelopePart } from '../../model/catalog-model.js';
import { stringLiteral } from './string-literal.js';

/** `function _encode(code, message, data)`: the body of an error in the wire envelope. */
export function encodeFunction(envelope: EnvelopeModel): string {
  if (envelope.shape === 'object') {
    const { code, message, data } = envelope.fields;
    const base = `[${stringLiteral(code)}]: code, [${stringLiteral(message)}]: message`;
    return [
      'function _encode(code, message, data) {',
      `  return data === undefined ? { ${base} } : { ${base}, [${stringLiteral(data)}]: data };`,
      '}',
    ].join('\n');
  }
  const order = envelope.order;
  const full = `[${order.join(', ')}]`;
  // A trailing data position is left off when there is no data; elsewhere it holds null.
  const withoutData = order[order.length - 1] === 'data' ? `[${order.slice(0, -1).join(', ')}]` : `[${order.map((p) => (p === 'data' ? 'data ?? null' : p)).join(', ')}]`;
  return ['function _encode(code, message, data) {', `  return data === undefined ? ${withoutData} : ${full};`, '}'].join('\n');
}

/** `function _decode(body)`: `{ code, message, data }` of a well-formed body, else undefined. */
export function decodeFunction(envelope: EnvelopeModel): string {
  const codeCheck = envelope.codeType === 'integer' ? 'typeof code !== "number" || !Number.isInteger(code)' : 'typeof code !== "string"';
  const read =
    envelope.shape === 'object'
      ? [
          '  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;',
          `  const code = _own(body, ${stringLiteral(envelope.fields.code)});`,
          `  const message = _own(body, ${stringLiteral(envelope.fields.message)});`,
          `  const data = _own(body, ${stringLiteral(envelope.fields.data)});`,
        ]
      : [
          '  if (!Array.isArray(body)) return undefined;',
          ...(['code', 'message', 'data'] as const).map((part) => `  const ${part} = ${positionRead(envelope.order, part)};`),
        ];
  return [
    'function _decode(body) {',
    ...read,
    `  if (${codeCheck}) return undefined;`,
    '  if (message !== undefined && message !== null && typeof message !== "string") return undefined;',
    // -0 is a well-formed integer code, decoded as 0.
    `  return { code${envelope.codeType === 'integer' ? ': code === 0 ? 0 : code' : ''}, message: message ?? undefined, data };`,
    '}',
  ].join('\n');
}

function positionRead(order: readonly EnvelopePart[], part: EnvelopePart): string {
  const index = order.indexOf(part);
  return index < 0 ? 'undefined' : `body.length > ${index} ? body[${index}] : undefined`;
}

/** The TS type of a body in the envelope, generic in the code `C` and data `D`. */
export function wireBodyType(envelope: EnvelopeModel): string {
  if (envelope.shape === 'object') {
    const { code, message, data } = envelope.fields;
    return `{ readonly ${stringLiteral(code)}: C; readonly ${stringLiteral(message)}: string; readonly ${stringLiteral(data)}?: D }`;
  }
  const type = { code: 'C', message: 'string', data: 'D' } as const;
  const last = envelope.order.length - 1;
  const members = envelope.order.map((part, i) => (part === 'data' ? (i === last ? 'data?: D' : 'data: D | null') : `${part}: ${type[part]}`));
  return `readonly [${members.join(', ')}]`;
}

/**
 * `_isProblem(body)` and `_decodeProblem(body)`: an RFC 9457 problem as `toProblem()` writes it
 * (`status`, `type`/`title`, `detail`, and the extension members `code`, `key`, `data`, `params`).
 * A body is taken for a problem by shape when it has a numeric `status` and a string `type` or
 * `title` that are not fields of the envelope; a problem without a wire `code` of the right type
 * is not one of this API's.
 */
export function problemCheck(envelope: EnvelopeModel): string {
  const fields = envelope.shape === 'object' ? new Set(Object.values(envelope.fields)) : new Set<string>();
  const markers = (['status', 'type', 'title'] as const).filter((name) => !fields.has(name));
  const test =
    markers.length < 3
      ? 'false'
      : 'typeof _own(body, "status") === "number" && (typeof _own(body, "type") === "string" || typeof _own(body, "title") === "string")';
  const codeCheck = envelope.codeType === 'integer' ? 'typeof code !== "number" || !Number.isInteger(code)' : 'typeof code !== "string"';
  return [
    'function _isProblem(body) {',
    `  return typeof body === "object" && body !== null && !Array.isArray(body) && ${test};`,
    '}',
    'function _decodeProblem(body) {',
    '  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;',
    '  if (typeof _own(body, "status") !== "number" && typeof _own(body, "type") !== "string" && typeof _own(body, "title") !== "string") return undefined;',
    '  const code = _own(body, "code");',
    '  const key = _own(body, "key");',
    '  const detail = _own(body, "detail");',
    `  if (${codeCheck}) return undefined;`,
    '  if ((key !== undefined && typeof key !== "string") || (detail !== undefined && detail !== null && typeof detail !== "string")) return undefined;',
    `  return { code${envelope.codeType === 'integer' ? ': code === 0 ? 0 : code' : ''}, key, message: detail ?? undefined, data: _own(body, "data"), params: _own(body, "params") };`,
    '}',
  ].join('\n');
}
