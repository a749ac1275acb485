/**
 * The fixed runtime part of a generated index.js: message helpers, the CatalogError base class,
 * the envelope and problem codecs, the decoders and the Fetch API helpers. It lives in the package
 * itself, so the package has no dependency; every helper is a plain declaration, so a bundler drops
 * what an import does not use.
 */
import type { CatalogModel } from '../../model/catalog-model.js';
import { icuHelpers } from '../icu-runtime.js';
import { decodeFunction, encodeFunction, problemCheck } from './envelope-codec.js';
import { wireDataHelpers } from './wire-data-js.js';
import { httpHelpers } from './http-js.js';

/** Statements before the entry classes. */
export function runtimeHead(catalog: CatalogModel): string[] {
  return [
    ...icuHelpers(catalog.defaultLocale),
    `function _own(object, name) {
  return Object.hasOwn(object, name) ? object[name] : undefined;
}`,
    encodeFunction(catalog.envelope),
    ...wireDataHelpers(),
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
    return _encode(this.code, this.message, _wireData(this));
  }
  toProblem() {
    const type = this.constructor;
    const data = _wireData(this);
    const params = _wireParams(this);
    return {
      type: type.problemType,
      title: type.title,
      status: this.httpStatus,
      detail: this.message,
      code: this.code,
      key: this.key,
      retryable: this.retryable,
      ...(data === undefined ? {} : { data }),
      ...(params === undefined ? {} : { params }),
    };
  }
  toHttpResponse(options) {
    const as = options?.as ?? "envelope";
    if (as !== "envelope" && as !== "problem") throw new TypeError("toHttpResponse: \`as\` is \\"envelope\\" or \\"problem\\", not " + String(as));
    const headers = _headers(options?.headers, as === "problem" ? "application/problem+json" : "application/json");
    const retryAfter = this.retryable ? _retryAfter(_wireData(this)) : undefined;
    if (retryAfter !== undefined && !headers.has("retry-after")) headers.set("retry-after", retryAfter);
    return new Response(JSON.stringify(as === "problem" ? this.toProblem() : this.toResponse()), { status: this.httpStatus, headers });
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
  for (const [key, code, outcome, type, httpStatus, hasParams, text, runs] of [
${rows.map((row) => `    ${row},`).join('\n')}
  ]) {
    const row = { key, code, outcome, type, httpStatus, hasParams, text, runs };
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
  if (row === undefined) throw new TypeError("Unknown error key: " + (typeof key === "string" ? JSON.stringify(key) : typeof key));
  if (row.type === null) throw new TypeError(JSON.stringify(key) + " is a " + row.outcome + " outcome, not an error: answer it with outcomeBody(" + JSON.stringify(key) + ") or outcomeResponse(" + JSON.stringify(key) + ")");
  if (!row.hasParams) return new row.type();
  if (typeof params !== "object" || params === null) throw new TypeError("Error key " + JSON.stringify(key) + " needs its params");
  return new row.type(params);
}`,
    `export function isCatalogError(value, key) {
  if (key !== undefined && (typeof key !== "string" || _index().byKey.get(key)?.type == null)) throw new TypeError("isCatalogError: " + (typeof key === "string" ? JSON.stringify(key) + " is not an error key" : "the key is a " + typeof key + ", not an error key"));
  return value instanceof CatalogError && (key === undefined || value.key === key);
}`,
    `/** The non-error entry of \`key\`, or a TypeError naming what is wrong. */
function _outcomeRow(key) {
  const row = typeof key === "string" ? _index().byKey.get(key) : undefined;
  if (row === undefined || row.type !== null) throw new TypeError((typeof key === "string" ? JSON.stringify(key) : typeof key) + " is not a success, partial or pending key" + (row === undefined ? "" : ": errors answer with error.toHttpResponse()"));
  return row;
}`,
    `export function outcomeBody(key, data, options) {
  const row = _outcomeRow(key);
  const message = typeof options?.message === "string" ? options.message : row.text;
  return _encode(row.code, message, data);
}`,
    `export function outcomeResponse(key, data, options) {
  const row = _outcomeRow(key);
  const headers = _headers(options?.headers, "application/json");
  return new Response(JSON.stringify(outcomeBody(key, data, options)), { status: options?.status ?? row.httpStatus, headers });
}`,
    decodeFunction(catalog.envelope),
    problemCheck(catalog.envelope),
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
    `/** Decodes a parsed body: a problem (by content type, else by shape) or the envelope; \`undefined\` and a reason when it is neither. */
function _wire(body, contentType) {
  const media = _mediaType(contentType);
  if (media === "other") return [undefined, "content type " + JSON.stringify(String(contentType)) + " is not JSON"];
  if (media === "problem" || _isProblem(body)) {
    const problem = _decodeProblem(body);
    return problem === undefined ? [undefined, "not a problem of this API: a problem carries its wire \`code\`"] : [problem, ""];
  }
  const wire = _decode(body);
  return wire === undefined ? [undefined, "not the API's envelope"] : [wire, ""];
}`,
    `export function fromResponse(body, httpStatus, contentType) {
  const status = httpStatus === undefined ? {} : { httpStatus };
  let wire;
  let reason;
  try {
    [wire, reason] = _wire(body, contentType);
  } catch {
    [wire, reason] = [undefined, "the body cannot be read"];
  }
  if (wire === undefined) return { outcome: "invalid", body, reason, ...status };
  const rows = _index().byCode.get(wire.code);
  if (rows === undefined) return { outcome: "unknown", code: wire.code, message: wire.message, data: wire.data, ...status };
  let row;
  let ambiguous = false;
  if (wire.key === undefined) [row, ambiguous] = _pick(rows, wire.message);
  else row = rows.find((candidate) => candidate.key === wire.key);
  if (row === undefined) return { outcome: "invalid", body, reason: "key " + JSON.stringify(wire.key) + " is not an entry of code " + JSON.stringify(wire.code), ...status };
  const extra = ambiguous ? { ambiguous: true, ...status } : status;
  if (row.type === null) return { outcome: row.outcome, key: row.key, code: row.code, message: wire.message, data: wire.data, ...extra };
  const options = { data: wire.data, message: wire.message };
  const error = row.hasParams ? new row.type(_readParams(row.type.paramSources, wire), options) : new row.type(options);
  return { outcome: "error", key: row.key, code: row.code, error, ...extra };
}`,
    ...httpHelpers(),
  ];
}
