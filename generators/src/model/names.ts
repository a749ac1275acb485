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
  const whole = words.join('') || 'Entry';
  if (words.length > 1 && words[words.length - 1] === 'Error') words.pop();
  let name = words.join('') || 'Entry';
  // The default never shadows a built-in or the base class: `syntax_error` keeps its `Error` (`SyntaxErrorError`).
  if (reservedClassNames.has(`${name}Error`)) name = whole === name ? `${name}Error` : whole;
  if (reservedClassNames.has(`${name}Error`)) name = `${name}Error`;
  return /^[0-9]/.test(name) ? `E${name}` : name;
}

/** The generated class name of an entry: its `className` override, else `NotExistAccountError`. */
export function className(key: string, override?: string): string {
  return override ?? `${pascalName(key)}Error`;
}

/** `<Name>` for an override: the class name without its trailing `Error`, as data schema names use it. */
export function pascalNameOf(key: string, override?: string): string {
  if (override === undefined) return pascalName(key);
  return /.Error$/.test(override) ? override.slice(0, -'Error'.length) : override;
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
  // The shared shapes every class of the declarations is an instance of.
  'EntryErrorClass',
  'ErrorInstance',
  'ErrorArgs',
  'ParamsOf',
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
