/**
 * The fixed runtime part of a generated index.js: message helpers, the CatalogError base class,
 * the envelope codec and the decoder. It lives in the package itself, so the package has no
 * dependency; every helper is a plain declaration, so a bundler drops what an import does not use.
 */
import type { CatalogModel } from '../../model/catalog-model.js';
import { decodeFunction, encodeFunction } from './envelope-codec.js';
import { stringLiteral } from './string-literal.js';

/** Statements before the entry classes. */
export function runtimeHead(catalog: CatalogModel): string[] {
  return [
    `const LOCALE = ${stringLiteral(catalog.defaultLocale)};`,
    `function _arg(value) {
  if (typeof value === "string") return value;
  if (value instanceof Date) return _dateTime(value);
  return value === undefined || value === null ? "" : String(value);
}`,
    `function _number(value, options) {
  return new Intl.NumberFormat(LOCALE, options).format(value);
}`,
    `function _dateTime(value, options) {
  return new Intl.DateTimeFormat(LOCALE, options).format(value);
}`,
    `function _plural(value, offset, type, pick) {
  const n = Number(value);
  return pick(n, new Intl.PluralRules(LOCALE, { type }).select(n - offset), _number(n - offset));
}`,
    `function _select(value, pick) {
  return pick(String(value));
}`,
    `function _own(object, name) {
  return Object.hasOwn(object, name) ? object[name] : undefined;
}`,
    encodeFunction(catalog.envelope),
    `/** Base class of every error of the catalog. */
export class CatalogError extends Error {
  constructor(name, message, params, options) {
    const o = typeof options === "object" && options !== null ? options : {};
    super(typeof o.message === "string" && o.message !== "" ? o.message : message, "cause" in o ? { cause: o.cause } : undefined);
    const type = new.target;
    this.name = name;
    this.key = type.key;
    this.code = type.code;
    this.httpStatus = type.httpStatus;
    this.retryable = type.retryable;
    this.params = params ?? {};
    this.data = o.data;
  }
  toResponse() {
    return _encode(this.code, this.message, this.data);
  }
  toProblem() {
    const type = this.constructor;
    return { type: type.problemType, title: type.title, status: this.httpStatus, detail: this.message, code: this.code, key: this.key };
  }
}`,
  ];
}

/** Statements after the entry classes: the lookup tables and the functions that need them. */
export function runtimeTail(catalog: CatalogModel, rows: readonly string[]): string[] {
  return [
    `/** Builds the key and code indexes once, on first use (no work at import time). */
function _index() {
  if (_tables !== undefined) return _tables;
  const byKey = new Map();
  const byCode = new Map();
  for (const [key, code, outcome, type, hasParams, text] of [
${rows.map((row) => `    ${row},`).join('\n')}
  ]) {
    const row = { key, code, outcome, type, hasParams, text };
    byKey.set(key, row);
    const shared = byCode.get(code);
    if (shared === undefined) byCode.set(code, [row]);
    else shared.push(row);
  }
  return (_tables = { byKey, byCode });
}`,
    'let _tables;',
    `export function createError(key, params) {
  const row = _index().byKey.get(key);
  if (row === undefined || row.type === null) throw new TypeError("Unknown error key: " + String(key));
  return row.hasParams ? new row.type(params) : new row.type();
}`,
    `export function isCatalogError(value, key) {
  return value instanceof CatalogError && (key === undefined || value.key === key);
}`,
    decodeFunction(catalog.envelope),
    `export function fromResponse(body, httpStatus) {
  const status = httpStatus === undefined ? {} : { httpStatus };
  let wire;
  try {
    wire = _decode(body);
  } catch {
    wire = undefined;
  }
  if (wire === undefined) return { outcome: "invalid", body, ...status };
  const rows = _index().byCode.get(wire.code);
  if (rows === undefined) return { outcome: "unknown", code: wire.code, message: wire.message, data: wire.data, ...status };
  let row = rows.length === 1 ? rows[0] : rows.find((candidate) => candidate.text === wire.message);
  const extra = row === undefined ? { ambiguous: true, ...status } : status;
  row ??= rows[0];
  if (row.type === null) return { outcome: row.outcome, key: row.key, code: row.code, message: wire.message, data: wire.data, ...extra };
  const options = { data: wire.data, message: wire.message };
  const error = row.hasParams ? new row.type({}, options) : new row.type(options);
  return { outcome: "error", key: row.key, code: row.code, error, ...extra };
}`,
  ];
}
