/** Literals of the i18n package's generated JavaScript, printed by construction, never escaped by hand. */
import { stringLiteral } from '../errors/string-literal.js';

/** A property name of an object literal: a quoted `"__proto__":` would set the prototype, a computed one defines a plain property. */
export function propertyName(key: string): string {
  return key === '__proto__' ? `[${stringLiteral(key)}]` : stringLiteral(key);
}

/** A frozen object literal, one `name: value` line per pair, in the given order. */
export function frozenObject(pairs: readonly (readonly [name: string, value: string])[], indent = ''): string {
  if (pairs.length === 0) return 'Object.freeze({})';
  const lines = pairs.map(([name, value]) => `${indent}  ${propertyName(name)}: ${value},`);
  return `Object.freeze({\n${lines.join('\n')}\n${indent}})`;
}
