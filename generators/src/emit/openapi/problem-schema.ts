import type { CatalogModel, EntryModel, ParamModel, ParamType } from '../../model/catalog-model.js';
import { CODE_SCHEMA, schemaRef, type SchemaObject } from './openapi-types.js';

/** Members every problem has: the RFC 9457 ones, then the catalog's extensions. */
export const PROBLEM_REQUIRED = ['type', 'title', 'status', 'detail', 'code', 'key', 'retryable'] as const;

/**
 * The `Problem` schema: an RFC 9457 Problem Details object as `error.toProblem()` of the errors
 * package returns it, with the extension members `code`, `key`, `retryable` and, when the error
 * has them, `data` and `params`. The per-status responses narrow it to their entries.
 */
export function problemSchema(catalog: CatalogModel): SchemaObject {
  return {
    type: 'object',
    description: `An RFC 9457 problem (\`application/problem+json\`) for an error of ${catalog.title}, as \`toProblem()\` of \`${catalog.packages.errors}\` returns it.`,
    required: [...PROBLEM_REQUIRED],
    properties: {
      type: { type: 'string', format: 'uri-reference', description: 'The problem type: the entry\'s anchor in the error reference, or `about:blank` when the catalog has no docs URL.' },
      title: { type: 'string', description: 'Short summary of the problem type, the same for every occurrence.' },
      status: { type: 'integer', minimum: 100, maximum: 599, description: 'The HTTP status of the response.' },
      detail: { type: 'string', description: `The error message of this occurrence, in the default locale (${catalog.defaultLocale}).` },
      code: { ...schemaRef(CODE_SCHEMA.error), description: 'The wire code, as in the envelope.' },
      key: { type: 'string', description: 'The catalog key of the error.' },
      retryable: { type: 'boolean', description: 'Whether the same request may succeed when retried.' },
      data: { description: 'The payload, when the error carries one; its shape depends on the code.' },
      params: { type: 'object', additionalProperties: true, description: 'The values of the message placeholders, when the error has them.' },
    },
  };
}

const paramTypes: Readonly<Record<ParamType, SchemaObject>> = {
  string: { type: 'string' },
  number: { type: 'number' },
  integer: { type: 'integer' },
  boolean: { type: 'boolean' },
  // A `Date` goes through JSON as its ISO 8601 text.
  date: { type: 'string', format: 'date-time' },
};

/**
 * The `params` of an entry's problems: one property per message param. None is required: an error
 * decoded from a response only has the params the wire carries.
 */
export function paramsSchema(entry: EntryModel): SchemaObject | undefined {
  if (entry.params.length === 0) return undefined;
  // fromEntries, not assignment: a param named `__proto__` must stay an own property.
  const properties = Object.fromEntries(entry.params.map((param) => [param.name, paramSchema(param)]));
  return { type: 'object', description: `The values of the placeholders of \`${entry.key}\`'s message.`, properties };
}

function paramSchema(param: ParamModel): SchemaObject {
  return { ...paramTypes[param.type], ...(param.description ? { description: param.description } : {}) };
}
