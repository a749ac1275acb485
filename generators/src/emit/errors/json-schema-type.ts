/**
 * A TypeScript type for the common subset of JSON Schema that `data` payloads use:
 * object/properties/required/additionalProperties, array/items, primitives, enum, const, oneOf/anyOf.
 * Anything else becomes `unknown`, which is always correct, merely less precise.
 */
import { stringLiteral } from './string-literal.js';

type Schema = { readonly [key: string]: unknown };

const maxDepth = 16;

/** The TS type text for a JSON Schema. */
export function schemaType(schema: unknown, depth = 0): string {
  if (depth > maxDepth || !isSchema(schema)) return 'unknown';
  if ('const' in schema) return literalType(schema.const);
  if (Array.isArray(schema.enum)) return union(schema.enum.map(literalType));
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const options = schema[combinator];
    if (Array.isArray(options) && options.length > 0) return union(options.map((s) => schemaType(s, depth + 1)));
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? inferredTypes(schema) : [schema.type];
  if (types.length === 0) return 'unknown';
  return union(types.map((type) => typeOf(schema, type, depth)));
}

function inferredTypes(schema: Schema): unknown[] {
  if ('properties' in schema || 'additionalProperties' in schema) return ['object'];
  if ('items' in schema) return ['array'];
  return [];
}

function typeOf(schema: Schema, type: unknown, depth: number): string {
  switch (type) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return `Array<${schema.items === undefined ? 'unknown' : schemaType(schema.items, depth + 1)}>`;
    case 'object':
      return objectType(schema, depth);
    default:
      return 'unknown';
  }
}

function objectType(schema: Schema, depth: number): string {
  const properties = isSchema(schema.properties) ? Object.entries(schema.properties) : [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((r) => typeof r === 'string') : []);
  const members = properties.map(([name, sub]) => `${stringLiteral(name)}${required.has(name) ? '' : '?'}: ${schemaType(sub, depth + 1)}`);
  const additional = schema.additionalProperties;
  if (isSchema(additional) && properties.length === 0) members.push(`[key: string]: ${schemaType(additional, depth + 1)}`);
  else if (additional === true || (isSchema(additional) && properties.length > 0)) members.push('[key: string]: unknown');
  else if (properties.length === 0 && additional !== false) members.push('[key: string]: unknown');
  return members.length === 0 ? 'Record<string, never>' : `{ ${members.join('; ')} }`;
}

function literalType(value: unknown): string {
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean' || value === null) return String(value);
  return 'unknown';
}

function union(types: readonly string[]): string {
  const unique = [...new Set(types)];
  if (unique.includes('unknown')) return 'unknown';
  return unique.length === 0 ? 'never' : unique.length === 1 ? unique[0]! : unique.map((t) => (t.includes('=>') ? `(${t})` : t)).join(' | ');
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
