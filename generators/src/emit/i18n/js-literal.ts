/** Literals of the i18n package's generated JavaScript, printed by construction, never escaped by hand. */

/** A string literal that evaluates to exactly `text` (U+2028/U+2029 escaped for consumers that still break lines on them). */
export function jsString(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** A property name of an object literal: a quoted `"__proto__":` would set the prototype, a computed one defines a plain property. */
export function propertyName(key: string): string {
  return key === '__proto__' ? `[${jsString(key)}]` : jsString(key);
}

/** A frozen object literal, one `name: value` line per pair, in the given order. */
export function frozenObject(pairs: readonly (readonly [name: string, value: string])[], indent = ''): string {
  if (pairs.length === 0) return 'Object.freeze({})';
  const lines = pairs.map(([name, value]) => `${indent}  ${propertyName(name)}: ${value},`);
  return `Object.freeze({\n${lines.join('\n')}\n${indent}})`;
}
