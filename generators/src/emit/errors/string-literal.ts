/** Escaping by construction: every string that lands in generated code goes through here. */

/**
 * A JavaScript/TypeScript string literal that evaluates to exactly `text`.
 * JSON escapes quotes, backslashes and control characters; U+2028/U+2029 are escaped too so the
 * output stays safe for any consumer that still treats them as line terminators.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A literal (value and type position alike) for a wire code: `1101`, `-1` or `"E_AUTH"`. */
export function codeLiteral(code: number | string): string {
  return typeof code === 'number' ? String(code) : stringLiteral(code);
}

/** A JSON value as a JS expression that evaluates to an equal value (key order kept, so output is deterministic). */
export function jsonLiteral(value: unknown): string {
  const json = JSON.stringify(value) ?? 'undefined';
  // A plain `"__proto__":` key in an object literal would set the prototype; JSON.parse keeps it an own key.
  if (/"__proto__"\s*:/.test(json)) return `JSON.parse(${stringLiteral(json)})`;
  return json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
