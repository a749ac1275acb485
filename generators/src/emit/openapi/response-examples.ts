/**
 * The named examples of a response: one per entry, its body as the API sends it, in the envelope
 * (`application/json`) and, for errors, as the problem `toProblem()` returns (`application/problem+json`).
 */
import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import { envelopeBody as body, problemBody as problem } from '../example-bodies.js';
import { problemType } from '../problem-facts.js';
import type { ExampleMetadata, ExampleObject, ProblemExampleObject } from './openapi-types.js';

/** The example of one entry in the API's envelope. */
export function example(catalog: CatalogModel, entry: EntryModel): ExampleObject {
  return exampleOf(catalog, entry, body(catalog, entry));
}

/**
 * The example of one error entry as an RFC 9457 problem: summary and body only. Its description
 * and `x-errata` metadata sit once, on the envelope example of the same key.
 */
export function problemExample(catalog: CatalogModel, entry: EntryModel): ProblemExampleObject {
  return {
    summary: entry.message,
    value: problem(catalog, entry),
    ...(entry.visibility === 'internal' ? { 'x-internal': true as const } : {}),
  };
}

function exampleOf(catalog: CatalogModel, entry: EntryModel, value: unknown): ExampleObject {
  const description = exampleDescription(entry);
  return {
    summary: entry.message,
    ...(description ? { description } : {}),
    value,
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
  if (catalog.docs.baseUrl) result.docs = problemType(entry, catalog);
  return result;
}
