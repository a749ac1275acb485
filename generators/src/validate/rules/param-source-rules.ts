import { isRecord } from '../../util/is-record.js';
import { ownValue } from '../../util/own-value.js';
import { entryLabel, type Rule } from '../rule-context.js';

/** JSON Schema `type`s a wire value of each param type may have. */
const wireTypes: Record<string, readonly string[]> = {
  string: ['string'],
  number: ['number', 'integer'],
  integer: ['integer', 'number'],
  boolean: ['boolean'],
  date: ['string', 'integer', 'number'],
};

/**
 * `param-source`: a param's `from` points into a `data` the wire carries and, where the entry
 * declares its data schema, at a value that schema allows, of a type the param accepts.
 */
export const paramSources: Rule = (context) => {
  const envelope = isRecord(context.raw.envelope) ? context.raw.envelope : undefined;
  const noData = envelope?.shape === 'array' && Array.isArray(envelope.order) && !envelope.order.includes('data');
  for (const { entry, path } of context.entries) {
    if (!isRecord(entry.params)) continue;
    for (const [name, param] of Object.entries(entry.params)) {
      if (!isRecord(param) || typeof param.from !== 'string' || !param.from.startsWith('data')) continue;
      const at = [...path, 'params', name, 'from'];
      if (noData) {
        context.report(context.catalog, at, 'param-source', `param \`${name}\` of ${entryLabel(entry)} is read from \`${param.from}\`, but the envelope has no \`data\` position; add \`data\` to \`envelope.order\``);
        continue;
      }
      if (!isRecord(entry.data)) continue;
      const problem = checkPath(entry.data, param.from.split('.').slice(1), typeof param.type === 'string' ? param.type : undefined);
      if (problem !== undefined) context.report(context.catalog, at, 'param-source', `param \`${name}\` of ${entryLabel(entry)} is read from \`${param.from}\`, but ${problem}`);
    }
  }
};

/** Why the data schema cannot hold a value of `type` at `steps`, or undefined when it can (or cannot be told). */
function checkPath(schema: Record<string, unknown>, steps: readonly string[], type: string | undefined): string | undefined {
  let at: Record<string, unknown> = schema;
  const walked = ['data'];
  for (const step of steps) {
    const next = childSchema(at, step);
    if (next === 'unknown') return undefined;
    if (next === 'absent') return `the data schema has no \`${step}\` in \`${walked.join('.')}\``;
    at = next;
    walked.push(step);
  }
  const declared = typeof at.type === 'string' ? [at.type] : Array.isArray(at.type) ? at.type.filter((t): t is string => typeof t === 'string') : [];
  const accepted = type === undefined ? undefined : wireTypes[type];
  if (accepted === undefined || declared.length === 0 || declared.some((t) => accepted.includes(t))) return undefined;
  return `the data schema declares \`${walked.join('.')}\` as ${declared.join(' or ')}, and a ${type} param needs ${accepted.join(' or ')}`;
}

/** The schema of member `step`; `unknown` where the schema does not say (combinators, `$ref`, no `type`). */
function childSchema(schema: Record<string, unknown>, step: string): Record<string, unknown> | 'absent' | 'unknown' {
  if (['anyOf', 'oneOf', 'allOf', '$ref', 'if'].some((k) => k in schema)) return 'unknown';
  const properties = isRecord(schema.properties) ? schema.properties : undefined;
  const property = properties === undefined ? undefined : ownValue(properties, step);
  if (isRecord(property)) return property;
  if (/^(0|[1-9][0-9]*)$/.test(step)) {
    const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems[Number(step)] : undefined;
    if (isRecord(prefix)) return prefix;
    if (isRecord(schema.items)) return schema.items;
  }
  if (isRecord(schema.additionalProperties)) return schema.additionalProperties;
  if (schema.additionalProperties === false || (schema.type !== undefined && schema.type !== 'object' && schema.type !== 'array')) return 'absent';
  return 'unknown';
}
