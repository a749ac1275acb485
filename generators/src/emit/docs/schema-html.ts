/**
 * A `data` JSON Schema in readable form for the docs site: a nested list of members, each with its
 * type, whether it is required, and its description, instead of raw JSON Schema.
 */
import type { JsonSchema } from '../../model/catalog-model.js';
import { isRecord } from '../../util/is-record.js';
import { escapeHtml } from './html-text.js';

/** The words the schema view uses, in the page's language. */
export interface SchemaWords {
  readonly required: string;
  readonly optional: string;
  readonly anyKey: string;
  readonly item: string;
  readonly oneOf: string;
  readonly any: string;
}

const MAX_DEPTH = 8;

/** A short type phrase: `string`, `integer | null`, `array of string`, `"a" | "b"`. */
function typeText(schema: Record<string, unknown>, words: SchemaWords): string {
  if (Array.isArray(schema['enum'])) return schema['enum'].map((v) => JSON.stringify(v)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema['const']);
  const type = schema['type'];
  const types = Array.isArray(type) ? type.map(String) : typeof type === 'string' ? [type] : [];
  if (types.includes('array') && isRecord(schema['items'])) {
    const item = typeText(schema['items'], words);
    return types.map((t) => (t === 'array' ? `array of ${item}` : t)).join(' | ');
  }
  if (types.length) return types.join(' | ');
  if (isRecord(schema['properties'])) return 'object';
  if (Array.isArray(schema['anyOf']) || Array.isArray(schema['oneOf'])) return words.oneOf;
  return words.any;
}

function descriptionHtml(schema: Record<string, unknown>): string {
  return typeof schema['description'] === 'string' ? ` <span class="schema-description">${escapeHtml(schema['description'])}</span>` : '';
}

/** The members under a schema: properties, additionalProperties, array items and alternatives. */
function childrenHtml(schema: Record<string, unknown>, words: SchemaWords, depth: number): string {
  if (depth >= MAX_DEPTH) return '';
  const items: string[] = [];
  const required = new Set(Array.isArray(schema['required']) ? schema['required'].map(String) : []);
  if (isRecord(schema['properties'])) {
    for (const [name, sub] of Object.entries(schema['properties'])) {
      if (!isRecord(sub)) continue;
      items.push(memberHtml(`<code>${escapeHtml(name)}</code>`, sub, required.has(name) ? words.required : words.optional, words, depth));
    }
  }
  if (isRecord(schema['additionalProperties'])) items.push(memberHtml(`<em>${escapeHtml(words.anyKey)}</em>`, schema['additionalProperties'], '', words, depth));
  const array = schema['type'] === 'array' || (Array.isArray(schema['type']) && schema['type'].includes('array'));
  if (array && isRecord(schema['items']) && (isRecord(schema['items']['properties']) || schema['items']['description'] !== undefined)) {
    items.push(memberHtml(`<em>${escapeHtml(words.item)}</em>`, schema['items'], '', words, depth));
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (!Array.isArray(options)) continue;
    options.filter(isRecord).forEach((option) => items.push(memberHtml('', option, '', words, depth)));
  }
  return items.length ? `<ul class="schema">${items.join('')}</ul>` : '';
}

function memberHtml(name: string, schema: Record<string, unknown>, requirement: string, words: SchemaWords, depth: number): string {
  const head = [name, `<span class="schema-type">${escapeHtml(typeText(schema, words))}</span>`, requirement ? `<span class="schema-required">${escapeHtml(requirement)}</span>` : ''].filter(Boolean).join(' ');
  return `<li>${head}${descriptionHtml(schema)}${childrenHtml(schema, words, depth + 1)}</li>`;
}

/** The readable view of an entry's `data` schema: its type and description, then its members. */
export function schemaHtml(schema: JsonSchema, words: SchemaWords): string {
  const root = schema as Record<string, unknown>;
  return `<p class="schema-root"><span class="schema-type">${escapeHtml(typeText(root, words))}</span>${descriptionHtml(root)}</p>${childrenHtml(root, words, 0)}`;
}
