/**
 * Which public messages a client can format from a decoded error: a decoder finds a param only where
 * the catalog names its wire source (`from`, a path into the body's `data`). Also builds the sample
 * response body the README's client example decodes, in the catalog's own wire envelope.
 */
import { TYPE } from '@formatjs/icu-messageformat-parser';
import { parseIcu } from '../../icu/icu-message.js';
import type { CatalogModel, EntryModel, ParamModel } from '../../model/catalog-model.js';
import { publicEntries } from './locale-bundles.js';

/** A public message and the params it declares that no wire field carries. */
export interface ClientReadiness {
  readonly entry: EntryModel;
  /** Names of the params without a wire source, by name; empty when the client can format the message. */
  readonly unsourced: readonly string[];
}

/** Every public message with its params that have no wire source. */
export function clientReadiness(catalog: CatalogModel): ClientReadiness[] {
  return publicEntries(catalog).map((entry) => ({ entry, unsourced: entry.params.filter((p) => p.from === undefined).map((p) => p.name) }));
}

/** A response body of the API for the README's client example, and the entry it answers with. */
export interface WireExample {
  readonly entry: EntryModel;
  /** The body as a JSON value, in the catalog's envelope, with each sourced param's value at its `from` path. */
  readonly body: unknown;
}

/** A fixed instant for date params without an example: 2024-01-02T03:04:05Z. */
const sampleInstant = Date.UTC(2024, 0, 2, 3, 4, 5);

/** The value a param has in the example: its declared example, else a value of its type. */
export function sampleValue(param: ParamModel): string | number | boolean {
  if (param.type === 'date') {
    const ms = typeof param.example === 'string' ? Date.parse(param.example) : typeof param.example === 'number' ? param.example : Number.NaN;
    return Number.isFinite(ms) ? ms : sampleInstant;
  }
  if (param.example !== undefined) return param.example;
  if (param.type === 'number' || param.type === 'integer') return 3;
  if (param.type === 'boolean') return true;
  return param.name;
}

/** A param's example value as JSON carries it: a date as ISO 8601 text, as the errors package writes it. */
function wireValue(param: ParamModel): string | number | boolean {
  const value = sampleValue(param);
  return param.type === 'date' ? new Date(value as number).toISOString() : value;
}

/**
 * The default-locale text a server sends: the message with each plain `{name}` filled in. Undefined
 * for a message with number, date, plural or select placeholders: formatting those here would tie the
 * generated README to this machine's ICU data.
 */
function serverText(entry: EntryModel): string | undefined {
  const parsed = parseIcu(entry.message);
  if (!parsed.ok) return undefined;
  const values = new Map(entry.params.map((p) => [p.name, sampleValue(p)]));
  let text = '';
  for (const element of parsed.ast) {
    if (element.type === TYPE.literal) text += element.value;
    else if (element.type === TYPE.argument && values.has(element.value)) text += String(values.get(element.value));
    else return undefined;
  }
  return text;
}

/** Sets `value` at `steps` under `root`, creating objects on the way; own properties only, so `__proto__` is a plain key. */
function setPath(root: Record<string, unknown>, steps: readonly string[], value: unknown): void {
  let node = root;
  for (const [i, step] of steps.entries()) {
    const last = i === steps.length - 1;
    const existing = Object.hasOwn(node, step) ? node[step] : undefined;
    const next = last ? value : typeof existing === 'object' && existing !== null ? existing : {};
    Object.defineProperty(node, step, { value: next, enumerable: true, writable: true, configurable: true });
    node = next as Record<string, unknown>;
  }
}

/** The `data` of the example body: each sourced param's value at its path; undefined when no param is on the wire. */
function exampleData(entry: EntryModel): unknown {
  const sourced = entry.params.filter((p) => p.from !== undefined);
  if (sourced.length === 0) return undefined;
  const whole = sourced.find((p) => p.from!.length === 0);
  if (whole) return wireValue(whole);
  const data: Record<string, unknown> = {};
  for (const param of sourced) setPath(data, param.from!, wireValue(param));
  return data;
}

/** The body of `entry` in the catalog's wire envelope. */
function envelopeBody(catalog: CatalogModel, entry: EntryModel): unknown {
  const data = exampleData(entry);
  // A message the example cannot fill in is sent as written: the decoder does not read the text of a code of its own.
  const text = serverText(entry) ?? entry.message;
  const { envelope } = catalog;
  if (envelope.shape === 'object') {
    const body: Record<string, unknown> = {};
    setPath(body, [envelope.fields.code], entry.code);
    setPath(body, [envelope.fields.message], text);
    if (data !== undefined) setPath(body, [envelope.fields.data], data);
    return body;
  }
  const slots = envelope.order.map((part) => (part === 'code' ? entry.code : part === 'message' ? text : (data ?? null)));
  while (slots.length > 0 && slots.at(-1) === null && envelope.order[slots.length - 1] === 'data') slots.pop();
  return slots;
}

/**
 * The entry the README's client example decodes: a public error with a code of its own (a shared code
 * may decode to another entry), preferably one whose params all come over the wire and fill a plain text.
 */
export function wireExample(catalog: CatalogModel): WireExample | undefined {
  const candidates = publicEntries(catalog).filter((entry) => entry.outcome === 'error' && !entry.sharedCode);
  const localizable = (entry: EntryModel): boolean => entry.params.every((p) => p.from !== undefined);
  const entry =
    candidates.find((e) => e.params.length > 0 && localizable(e) && serverText(e) !== undefined) ??
    candidates.find((e) => localizable(e) && serverText(e) !== undefined) ??
    candidates.find(localizable) ??
    candidates[0];
  return entry && { entry, body: envelopeBody(catalog, entry) };
}
