import type { CatalogModel, EntryModel, EnvelopePart } from '../../model/catalog-model.js';
import { requiredPositions, hasData } from './envelope-schema.js';
import { reasonPhrase, responseName } from '../http-status.js';
import { exampleMessage } from './example-message.js';
import { ENVELOPE_SCHEMA, schemaRef, type ExampleMetadata, type ExampleObject, type ResponseObject } from './openapi-types.js';

/**
 * One reusable response per HTTP status the catalog uses, named by status (`NotFound`), with one
 * example per entry on that status, named by the entry's key. Success, partial and pending entries
 * get responses too: many APIs answer errors with HTTP 200 as well, so a status is not an outcome.
 */
export function responses(catalog: CatalogModel): Record<string, ResponseObject> {
  const byStatus = new Map<number, EntryModel[]>();
  for (const entry of catalog.entries) byStatus.set(entry.httpStatus, [...(byStatus.get(entry.httpStatus) ?? []), entry]);
  const result: Record<string, ResponseObject> = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const entries = byStatus.get(status)!;
    // fromEntries, not assignment: a key such as `__proto__` must stay an own property.
    const examples: Record<string, ExampleObject> = Object.fromEntries(entries.map((entry) => [entry.key, example(catalog, entry)]));
    result[responseName(status)] = {
      description: responseDescription(catalog, status, entries),
      content: { 'application/json': { schema: schemaRef(ENVELOPE_SCHEMA), examples } },
      // A status only internal entries use is internal too: `remove-x-internal` drops the whole
      // response (and the operations' `$ref`s to it) instead of leaving one without examples.
      ...(entries.every((e) => e.visibility === 'internal') ? { 'x-internal': true as const } : {}),
      'x-errata': { status },
    };
  }
  return result;
}

/** Reason phrase, then the public codes of the status as a Markdown list (internal ones stay in the examples only). */
function responseDescription(catalog: CatalogModel, status: number, entries: readonly EntryModel[]): string {
  const lines = entries.filter((e) => e.visibility === 'public').map((e) => `- \`${e.code}\` \`${e.key}\`: ${e.message}`);
  const head = `${reasonPhrase(status)}: ${catalog.title} answers HTTP ${status} with ${lines.length ? 'these codes' : 'internal codes only'}.`;
  return lines.length ? `${head}\n\n${lines.join('\n')}` : head;
}

/** The example of one entry: its body in the wire envelope, plus what docs need to know. */
export function example(catalog: CatalogModel, entry: EntryModel): ExampleObject {
  const description = exampleDescription(entry);
  return {
    summary: entry.message,
    ...(description ? { description } : {}),
    value: body(catalog, entry),
    ...(entry.visibility === 'internal' ? { 'x-internal': true as const } : {}),
    'x-errata': metadata(catalog, entry),
  };
}

function exampleDescription(entry: EntryModel): string | undefined {
  const parts: string[] = [];
  if (entry.deprecated) {
    const instead = entry.deprecated.replacement ? ` Use \`${entry.deprecated.replacement}\` instead.` : '';
    parts.push(`**Deprecated.**${instead}`);
  }
  if (entry.description) parts.push(entry.description);
  if (entry.solution) parts.push(`**Solution:** ${entry.solution}`);
  return parts.length ? parts.join('\n\n') : undefined;
}

/**
 * The wire body: code and default message (formatted with the params' examples, as the API sends
 * it), and the payload when its schema gives an example.
 */
export function body(catalog: CatalogModel, entry: EntryModel): unknown {
  const data = dataExample(entry);
  const message = exampleMessage(entry, catalog.defaultLocale);
  const values: Record<EnvelopePart, unknown> = { code: entry.code, message, data: data ?? null };
  const envelope = catalog.envelope;
  if (envelope.shape === 'object') {
    const fields: [string, unknown][] = [[envelope.fields.code, entry.code], [envelope.fields.message, message]];
    if (data !== undefined && hasData(catalog)) fields.push([envelope.fields.data, data]);
    return Object.fromEntries(fields);
  }
  const order = envelope.order.filter((part) => part !== 'data' || hasData(catalog));
  const length = data !== undefined ? order.length : requiredPositions(order);
  return order.slice(0, length).map((part) => values[part]);
}

/** The first example the entry's `data` schema offers (`examples[0]`, then `example`), if any. */
function dataExample(entry: EntryModel): unknown {
  const schema = entry.data;
  if (!schema) return undefined;
  const examples = schema['examples'];
  if (Array.isArray(examples) && examples.length > 0) return structuredClone(examples[0]);
  return schema['example'] === undefined ? undefined : structuredClone(schema['example']);
}

function metadata(catalog: CatalogModel, entry: EntryModel): ExampleMetadata {
  const result: ExampleMetadata = {
    key: entry.key,
    outcome: entry.outcome,
    httpStatus: entry.httpStatus,
    group: entry.group,
    retryable: entry.retryable,
  };
  if (entry.visibility === 'internal') result.visibility = 'internal';
  if (entry.deprecated) result.deprecated = { ...entry.deprecated };
  if (entry.aliases.length) result.aliases = [...entry.aliases];
  if (catalog.docs.baseUrl) result.docs = `${catalog.docs.baseUrl}#${entry.anchor}`;
  return result;
}
