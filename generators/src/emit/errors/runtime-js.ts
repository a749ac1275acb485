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
  toJSON() {
    return { name: this.name, key: this.key, code: this.code, httpStatus: this.httpStatus, retryable: this.retryable, message: this.message, params: this.params, data: this.data };
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
  for (const [key, code, outcome, type, hasParams, text, runs] of [
${rows.map((row) => `    ${row},`).join('\n')}
  ]) {
    const row = { key, code, outcome, type, hasParams, text, runs };
    byKey.set(key, row);
    const shared = byCode.get(code);
    if (shared === undefined) byCode.set(code, [row]);
    else shared.push(row);
  }
  return (_tables = { byKey, byCode });
}`,
    'let _tables;',
    `export function createError(key, params) {
  const row = typeof key === "string" ? _index().byKey.get(key) : undefined;
  if (row === undefined || row.type === null) throw new TypeError("Unknown error key: " + (typeof key === "string" ? JSON.stringify(key) : typeof key));
  if (!row.hasParams) return new row.type();
  if (typeof params !== "object" || params === null) throw new TypeError("Error key " + JSON.stringify(key) + " needs its params");
  return new row.type(params);
}`,
    `export function isCatalogError(value, key) {
  return value instanceof CatalogError && (key === undefined || value.key === key);
}`,
    decodeFunction(catalog.envelope),
    `/** Whether \`text\` is a formatting of a message whose literal runs around its placeholders are \`runs\` (linear, no regular expression). */
function _fits(runs, text) {
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  const end = text.length - last.length;
  let at = first.length;
  for (let i = 1; i < runs.length - 1; i++) {
    const found = text.indexOf(runs[i], at);
    if (found < 0 || found + runs[i].length > end) return false;
    at = found + runs[i].length;
  }
  return true;
}`,
    `/** The entry of a shared code the message picks: its exact text, else the one message it fits; else the first, ambiguous. */
function _pick(rows, message) {
  if (rows.length === 1) return [rows[0], false];
  const exact = rows.find((row) => row.text === message);
  if (exact !== undefined) return [exact, false];
  const fitting = typeof message === "string" ? rows.filter((row) => row.runs !== null && _fits(row.runs, message)) : [];
  return fitting.length === 1 ? [fitting[0], false] : [fitting[0] ?? rows[0], true];
}`,
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
  const [row, ambiguous] = _pick(rows, wire.message);
  const extra = ambiguous ? { ambiguous: true, ...status } : status;
  if (row.type === null) return { outcome: row.outcome, key: row.key, code: row.code, message: wire.message, data: wire.data, ...extra };
  const options = { data: wire.data, message: wire.message };
  const error = row.hasParams ? new row.type({}, options) : new row.type(options);
  return { outcome: "error", key: row.key, code: row.code, error, ...extra };
}`,
  ];
}
