/**
 * The runtime helpers a compiled ICU message calls (see errors/icu-compile.ts), shared by every
 * package that formats messages without a dependency: the errors package (default locale) and the
 * i18n package's per-locale formatters.
 *
 * A param the caller does not know (a decoded error whose wire did not carry it) reads as a
 * `_Missing` marker, which every helper prints as the placeholder itself (`{id}`): the message says
 * which value it lacks instead of printing an empty hole. A plural of an unknown count takes its
 * `other` branch, a select its `other` case.
 */
import { stringLiteral } from './errors/string-literal.js';

/** The expression that reads param `name` from the object in variable `paramsVar`. */
export function paramAccess(paramsVar: string): (name: string) => string {
  return (name) => `_p(${paramsVar}, ${stringLiteral(name)})`;
}

/** The helper declarations, for messages formatted in the locale `locale`. */
export function icuHelpers(locale: string): string[] {
  return [
    `const LOCALE = ${stringLiteral(locale)};`,
    `/** A param the message needs and the caller did not give: printed as its placeholder. */
class _Missing {
  constructor(name) {
    this.name = name;
  }
  toString() {
    return "{" + this.name + "}";
  }
}`,
    `function _p(params, name) {
  const value = typeof params === "object" && params !== null && Object.hasOwn(params, name) ? params[name] : undefined;
  return value === undefined || value === null ? new _Missing(name) : value;
}`,
    `function _arg(value) {
  if (typeof value === "string") return value;
  if (value instanceof Date) return _dateTime(value);
  return String(value);
}`,
    `function _number(value, options) {
  return value instanceof _Missing ? String(value) : new Intl.NumberFormat(LOCALE, options).format(value);
}`,
    `function _scale(value, scale) {
  return value instanceof _Missing ? value : value * scale;
}`,
    `function _dateTime(value, options) {
  return value instanceof _Missing ? String(value) : new Intl.DateTimeFormat(LOCALE, options).format(value);
}`,
    `function _plural(value, offset, type, pick) {
  if (value instanceof _Missing) return pick(Number.NaN, "other", String(value));
  const n = Number(value);
  return pick(n, new Intl.PluralRules(LOCALE, { type }).select(n - offset), _number(n - offset));
}`,
    `function _select(value, pick) {
  return pick(value instanceof _Missing ? value : String(value));
}`,
  ];
}
