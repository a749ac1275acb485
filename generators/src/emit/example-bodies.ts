/**
 * The example bodies of an entry, as the API sends them: in the catalog's wire envelope and, for
 * errors, as the RFC 9457 problem `toProblem()` returns. The OpenAPI examples and the docs site
 * both show these, so they cannot disagree.
 */
import type { CatalogModel, EntryModel, EnvelopePart, ParamModel } from '../model/catalog-model.js';
import { messageConstantText } from './errors/icu-compile.js';
import { envelopeOrder, hasData, requiredPositions } from './openapi/envelope-schema.js';
import { exampleMessage } from './openapi/example-message.js';
import { problemTitle, problemType } from './problem-facts.js';

/**
 * The wire body: code and default message (formatted with the params' examples, as the API sends
 * it), and the payload when there is an example of it.
 */
export function envelopeBody(catalog: CatalogModel, entry: EntryModel): unknown {
  const data = wireData(entry);
  const message = exampleMessage(entry, catalog.defaultLocale);
  const values: Record<EnvelopePart, unknown> = { code: entry.code, message, data: data ?? null };
  const envelope = catalog.envelope;
  if (envelope.shape === 'object') {
    const fields: [string, unknown][] = [[envelope.fields.code, entry.code], [envelope.fields.message, message]];
    if (data !== undefined && hasData(catalog)) fields.push([envelope.fields.data, data]);
    return Object.fromEntries(fields);
  }
  const order = envelopeOrder(catalog);
  const length = data !== undefined ? order.length : requiredPositions(order);
  return order.slice(0, length).map((part) => values[part]);
}

/**
 * The problem body, member for member what `toProblem()` of the errors package returns: the same
 * `type` and `title` functions, the message as `detail`, and `data` and `params` from the examples.
 */
export function problemBody(catalog: CatalogModel, entry: EntryModel): Record<string, unknown> {
  const data = wireData(entry);
  const params = paramsExample(entry.params);
  const title = problemTitle(entry, catalog, messageConstantText(entry.message));
  return {
    type: problemType(entry, catalog),
    title,
    status: entry.httpStatus,
    detail: exampleMessage(entry, catalog.defaultLocale),
    code: entry.code,
    key: entry.key,
    retryable: entry.retryable,
    ...(data !== undefined ? { data } : {}),
    ...(params ? { params } : {}),
  };
}

/** The first example the entry's `data` schema offers (`examples[0]`, then `example`), if any. */
function dataExample(entry: EntryModel): unknown {
  const schema = entry.data;
  if (!schema) return undefined;
  const examples = schema['examples'];
  if (Array.isArray(examples) && examples.length > 0) return structuredClone(examples[0]);
  return schema['example'] === undefined ? undefined : structuredClone(schema['example']);
}

/**
 * The payload as the errors package sends it: the data schema's example with each param's example
 * written at the param's wire source (`from`), as `toResponse()` and `toProblem()` do. A value
 * already there wins, and so does a non-object in the way.
 */
function wireData(entry: EntryModel): unknown {
  let data = dataExample(entry);
  for (const param of entry.params) {
    const value = wireValue(param);
    if (param.from !== undefined && value !== undefined) data = writeAt(data, param.from, value);
  }
  return data;
}

function writeAt(data: unknown, steps: readonly string[], value: unknown): unknown {
  if (steps.length === 0) return data === undefined ? value : data;
  if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data))) return data;
  const record = data as Record<string, unknown> | undefined;
  const current = record && Object.hasOwn(record, steps[0]!) ? record[steps[0]!] : undefined;
  const next = writeAt(current, steps.slice(1), value);
  // A computed key, so a step named `__proto__` stays an own property.
  return next === current ? data : { ...record, [steps[0]!]: next };
}

/** The params that declare an example, as JSON carries them; undefined when none does. */
function paramsExample(params: readonly ParamModel[]): Record<string, unknown> | undefined {
  const values = params.flatMap((param): [string, unknown][] => {
    const value = wireValue(param);
    return value === undefined ? [] : [[param.name, value]];
  });
  return values.length ? Object.fromEntries(values) : undefined;
}

/** A param's example as JSON carries it (a date as ISO 8601 text); undefined without a usable example. */
function wireValue(param: ParamModel): unknown {
  if (param.example === undefined || param.type !== 'date') return param.example;
  const date = typeof param.example === 'boolean' ? undefined : new Date(param.example);
  return date && Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
}
