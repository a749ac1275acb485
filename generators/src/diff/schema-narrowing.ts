/**
 * A conservative check of whether a JSON Schema got narrower: does the new `data` schema reject
 * some payload the old one accepted? Sound but incomplete: whatever it cannot prove is still
 * accepted counts as narrowed, so a rewrite it does not understand is reported as breaking,
 * never silently passed as minor.
 *
 * It rests on one property of JSON Schema: keywords of one schema object are a conjunction.
 * The new schema accepts everything the old one did when every constraint of the new schema is
 * implied by some constraint of the old one.
 */
import { isRecord } from '../util/is-record.js';
import { jsonEqual } from './json-equal.js';

type Schema = boolean | Record<string, unknown>;

/** Keywords that describe but never reject a value. */
const annotations = new Set([
  'title', 'description', 'examples', 'example', 'default', '$comment', 'deprecated', 'readOnly', 'writeOnly', '$schema', '$id',
]);

const lowerBounds = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const upperBounds = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];

/**
 * What the old schema accepted that the new one rejects, one reason per constraint
 * (`data.taskId: type integer → string`); empty when the new schema accepts everything the old one did.
 */
export function schemaNarrowings(oldSchema: unknown, newSchema: unknown, path = 'data'): string[] {
  return uncovered(asSchema(newSchema), asSchema(oldSchema), path);
}

function asSchema(value: unknown): Schema {
  if (typeof value === 'boolean') return value;
  if (isRecord(value)) return value;
  return true;
}

/** Reasons why `narrow` (old) is not a subset of `wide` (new). */
function uncovered(wide: Schema, narrow: Schema, path: string): string[] {
  if (narrow === false || wide === true) return [];
  if (wide === false) return [`${path}: now accepts nothing`];
  const n: Record<string, unknown> = narrow === true ? {} : narrow;
  const w = wide;
  const reasons: string[] = [];
  for (const keyword of Object.keys(w).sort()) {
    if (annotations.has(keyword) || w[keyword] === undefined) continue;
    reasons.push(...keywordUncovered(keyword, w, n, path));
  }
  return reasons;
}

function keywordUncovered(keyword: string, w: Record<string, unknown>, n: Record<string, unknown>, path: string): string[] {
  const wv = w[keyword];
  switch (keyword) {
    case 'type':
      return typeUncovered(wv, n, path);
    case 'enum':
    case 'const': {
      const allowed = keyword === 'enum' ? (Array.isArray(wv) ? wv : []) : [wv];
      const values = finiteValues(n);
      if (values === undefined) return [`${path}: now restricted to ${keyword} ${short(wv)}`];
      return values.filter((v) => !allowed.some((a) => jsonEqual(a, v))).map((v) => `${path}: value ${short(v)} no longer allowed`);
    }
    case 'required': {
      const had = new Set(Array.isArray(n.required) ? n.required : []);
      const now = Array.isArray(wv) ? wv : [];
      return now.filter((p) => !had.has(p)).map((p) => `${path}: property ${short(p)} is now required`);
    }
    case 'properties':
      return propertiesUncovered(wv, n, path);
    case 'additionalProperties':
      return additionalUncovered(w, n, path);
    case 'items': {
      if (n.prefixItems !== undefined && !jsonEqual(n.prefixItems, w.prefixItems)) return [`${path}: items changed`];
      return uncovered(asSchema(wv), asSchema(n.items ?? true), `${path}[]`);
    }
    case 'uniqueItems':
      return wv === true && n.uniqueItems !== true ? [`${path}: items must now be unique`] : [];
    default:
      if (lowerBounds.includes(keyword) || upperBounds.includes(keyword)) return boundUncovered(keyword, wv, n[keyword], path);
      // Anything else (pattern, format, $ref, anyOf, ...) must stay exactly as it was.
      return jsonEqual(wv, n[keyword]) ? [] : [`${path}: ${keyword} ${n[keyword] === undefined ? 'added' : 'changed'}`];
  }
}

function typeUncovered(wv: unknown, n: Record<string, unknown>, path: string): string[] {
  const wide = new Set(typeList(wv));
  let narrow = n.type === undefined ? undefined : typeList(n.type);
  if (narrow === undefined) {
    const values = finiteValues(n);
    if (values === undefined) return [`${path}: type restricted to ${[...wide].join('|')}`];
    narrow = [...new Set(values.map(jsonType))];
  }
  const lost = narrow.filter((t) => !(wide.has(t) || (t === 'integer' && wide.has('number'))));
  return lost.length === 0 ? [] : [`${path}: type ${narrow.join('|')} → ${[...wide].join('|')}`];
}

function propertiesUncovered(wv: unknown, n: Record<string, unknown>, path: string): string[] {
  const wideProps = (wv ?? {}) as Record<string, unknown>;
  const narrowProps = (n.properties ?? {}) as Record<string, unknown>;
  const reasons: string[] = [];
  for (const name of Object.keys(wideProps).sort()) {
    // A property the old schema did not list was governed by its additionalProperties (any value when unset).
    const before = Object.hasOwn(narrowProps, name)
      ? narrowProps[name]
      : n.patternProperties !== undefined
        ? true
        : (n.additionalProperties ?? true);
    reasons.push(...uncovered(asSchema(wideProps[name]), asSchema(before), `${path}.${name}`));
  }
  return reasons;
}

function additionalUncovered(w: Record<string, unknown>, n: Record<string, unknown>, path: string): string[] {
  const wideAdditional = asSchema(w.additionalProperties);
  const wideProps = (w.properties ?? {}) as Record<string, unknown>;
  const narrowProps = (n.properties ?? {}) as Record<string, unknown>;
  const reasons: string[] = [];
  for (const name of Object.keys(narrowProps).sort()) {
    if (Object.hasOwn(wideProps, name)) continue;
    const why = uncovered(wideAdditional, asSchema(narrowProps[name]), `${path}.${name}`);
    if (why.length > 0) reasons.push(wideAdditional === false ? `${path}: property ${short(name)} no longer allowed` : why.join('; '));
  }
  const patterns = (n.patternProperties ?? {}) as Record<string, unknown>;
  for (const pattern of Object.keys(patterns).sort()) {
    if (uncovered(wideAdditional, asSchema(patterns[pattern]), path).length > 0) {
      reasons.push(`${path}: properties matching ${short(pattern)} no longer allowed as they were`);
    }
  }
  const narrowAdditional = asSchema(n.additionalProperties ?? true);
  if (wideAdditional === false && narrowAdditional !== false) reasons.push(`${path}: additionalProperties is now false`);
  else reasons.push(...uncovered(wideAdditional, narrowAdditional, `${path}.*`));
  return reasons;
}

function boundUncovered(keyword: string, wv: unknown, nv: unknown, path: string): string[] {
  if (typeof wv !== 'number') return jsonEqual(wv, nv) ? [] : [`${path}: ${keyword} changed`];
  if (typeof nv !== 'number') return [`${path}: ${keyword} ${wv} added`];
  const ok = lowerBounds.includes(keyword) ? nv >= wv : nv <= wv;
  return ok ? [] : [`${path}: ${keyword} ${nv} → ${wv}`];
}

/** The values a schema allows when it lists them (`enum`/`const`), else undefined. */
function finiteValues(s: Record<string, unknown>): unknown[] | undefined {
  if (Object.hasOwn(s, 'const')) return [s.const];
  if (Array.isArray(s.enum)) return s.enum;
  return undefined;
}

function typeList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function short(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
