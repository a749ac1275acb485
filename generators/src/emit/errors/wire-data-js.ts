/**
 * Runtime helpers that carry message params over the wire: a param whose catalog entry says where
 * it lives (`from: data.todoId`) is written into the body's `data` when an error is encoded and read
 * back, type-checked, when one is decoded. Problem bodies carry params in their `params` member too.
 * Every read goes through own properties, every write defines a property: any name is safe.
 */

/**
 * The helper declarations (they use `_own` of the runtime). An error class with params has a static
 * `paramSources`, `[name, type, steps into data or null]` each, so encoding needs no lookup table
 * and a bundle of one class stays one class.
 */
export function wireDataHelpers(): string[] {
  return [
    `/** Defines an own, enumerable property (a name such as \`__proto__\` stays data). */
function _set(object, name, value) {
  Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
  return object;
}`,
    `/** The value at \`steps\` inside \`data\`: own members of objects, indexes of arrays. */
function _read(data, steps) {
  let at = data;
  for (const step of steps) {
    if (typeof at !== "object" || at === null) return undefined;
    at = Array.isArray(at) ? (/^(0|[1-9][0-9]*)$/.test(step) ? at[Number(step)] : undefined) : _own(at, step);
  }
  return at;
}`,
    `/** \`data\` with \`value\` at \`steps\`, copying the objects on the way; unchanged where a value is there already or a non-object is in the way. */
function _write(data, steps, value) {
  if (steps.length === 0) return data === undefined ? value : data;
  if (data !== undefined && (typeof data !== "object" || data === null || Array.isArray(data))) return data;
  const current = data === undefined ? undefined : _own(data, steps[0]);
  const next = _write(current, steps.slice(1), value);
  return next === current ? data : _set(data === undefined ? {} : { ...data }, steps[0], next);
}`,
    `/** A param value as JSON carries it: a Date as its ISO text. */
function _wireValue(value) {
  return value instanceof Date ? value.toISOString() : value;
}`,
    `/** A wire value as a param of \`type\`, or undefined when it is not one. */
function _paramValue(value, type) {
  switch (type) {
    case "string":
      return typeof value === "string" ? value : undefined;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? value : undefined;
    case "integer":
      return Number.isInteger(value) ? value : undefined;
    case "boolean":
      return typeof value === "boolean" ? value : undefined;
    case "date": {
      if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
      const date = typeof value === "string" ? new Date(value) : undefined;
      return date !== undefined && !Number.isNaN(date.getTime()) ? date : undefined;
    }
    default:
      return undefined;
  }
}`,
    `/** The data an error sends: its own data with every param that has a wire source written in. */
function _wireData(error) {
  let data = error.data;
  for (const [name, , steps] of error.constructor.paramSources ?? []) {
    const value = steps === null ? undefined : _own(error.params, name);
    if (value !== undefined && value !== null) data = _write(data, steps, _wireValue(value));
  }
  return data;
}`,
    `/** The declared params an error knows, as JSON carries them; undefined when it knows none. */
function _wireParams(error) {
  let params;
  for (const [name] of error.constructor.paramSources ?? []) {
    const value = _own(error.params, name);
    if (value !== undefined && value !== null) params = _set(params ?? {}, name, _wireValue(value));
  }
  return params;
}`,
    `/** The params a decoded body carries: the problem's \`params\` member first, then each param's place in \`data\`. */
function _readParams(sources, wire) {
  const params = {};
  const given = typeof wire.params === "object" && wire.params !== null && !Array.isArray(wire.params) ? wire.params : {};
  for (const [name, type, steps] of sources) {
    let value = _paramValue(_own(given, name), type);
    if (value === undefined && steps !== null) value = _paramValue(_read(wire.data, steps), type);
    if (value !== undefined) _set(params, name, value);
  }
  return params;
}`,
    `/** \`Retry-After\` from the data's \`retryAfter\`: seconds (a number or digits), or a date; undefined when the data does not say. */
function _retryAfter(data) {
  const value = _read(data, ["retryAfter"]);
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? String(Math.ceil(value)) : undefined;
  if (typeof value === "string" && /^[0-9]+$/.test(value)) return value;
  const date = value instanceof Date ? value : typeof value === "string" ? new Date(value) : undefined;
  return date !== undefined && !Number.isNaN(date.getTime()) ? date.toUTCString() : undefined;
}`,
  ];
}
