/**
 * Names derived from entry keys: class names, anchors. One place, so the validator's collision
 * check and every emitter agree on them.
 */
import { capitalize } from '../util/text-case.js';

/**
 * Splits a key into words at `_`, `-`, spaces, camelCase and acronym boundaries: `APIError` → API, Error.
 * A digit before an all-caps run does not split it (`2FA` is one word), before a capitalized word it does (`Http2Error`).
 */
export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([0-9])([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/**
 * `<Name>` of an entry's class: the key in PascalCase without a trailing `Error`
 * (`NOT_EXIST_ACCOUNT` → `NotExistAccount`, `APIError` → `Api`, `UNITSYSTEM00001` → `Unitsystem00001`).
 * A name that would start with a digit gets an `E` in front (`2FA_REQUIRED` → `E2faRequired`).
 */
export function pascalName(key: string): string {
  const words = keyWords(key).map((w) => capitalize(w.toLowerCase()));
  if (words.length > 1 && words[words.length - 1] === 'Error') words.pop();
  const name = words.join('') || 'Entry';
  return /^[0-9]/.test(name) ? `E${name}` : name;
}

/** The generated class name of an entry: `NotExistAccountError`. */
export function className(key: string): string {
  return `${pascalName(key)}Error`;
}

/** Default docs anchor of an entry: the key in kebab-case (`NOT_EXIST_ACCOUNT` → `not-exist-account`). */
export function defaultAnchor(key: string): string {
  return keyWords(key).map((w) => w.toLowerCase()).join('-') || 'entry';
}

/**
 * Class names an entry may not take: the package's own exports and the built-in error classes,
 * which a module-level class of the same name would shadow.
 */
export const reservedClassNames: ReadonlySet<string> = new Set([
  'CatalogError',
  'Error',
  'AggregateError',
  'EvalError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'TypeError',
  'URIError',
  'SuppressedError',
]);
