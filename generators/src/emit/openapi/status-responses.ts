import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import { reasonPhrase, responseName } from '../http-status.js';
import { example, problemExample } from './response-examples.js';
import { envelopeBodySchema, problemBodySchema } from './status-body-schemas.js';
import type { ExampleObject, MediaTypeObject, ResponseContent, ResponseObject } from './openapi-types.js';

/**
 * One reusable response per HTTP status the catalog uses, named by status (`NotFound`), with one
 * example per entry on that status, named by the entry's key. Success, partial and pending entries
 * get responses too: many APIs answer errors with HTTP 200 as well, so a status is not an outcome.
 * A status with error entries also offers them as `application/problem+json`.
 */
export function responses(catalog: CatalogModel): Record<string, ResponseObject> {
  const byStatus = new Map<number, EntryModel[]>();
  for (const entry of catalog.entries) {
    const list = byStatus.get(entry.httpStatus);
    if (list) list.push(entry);
    else byStatus.set(entry.httpStatus, [entry]);
  }
  const result: Record<string, ResponseObject> = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const entries = byStatus.get(status)!;
    const errors = entries.filter((e) => e.outcome === 'error');
    const content: ResponseContent = { 'application/json': mediaType(envelopeBodySchema(catalog, entries), entries, (e) => example(catalog, e)) };
    if (errors.length) {
      const problems = mediaType(problemBodySchema(status, errors), errors, (e) => problemExample(catalog, e));
      // Only internal errors on a status with public successes: the problem media type goes with them.
      if (errors.every((e) => e.visibility === 'internal') && entries.some((e) => e.visibility === 'public')) problems['x-internal'] = true;
      content['application/problem+json'] = problems;
    }
    result[responseName(status)] = {
      description: responseDescription(catalog, status, entries),
      content,
      // A status only internal entries use is internal too: `remove-x-internal` drops the whole
      // response (and the operations' `$ref`s to it) instead of leaving one without examples.
      ...(entries.every((e) => e.visibility === 'internal') ? { 'x-internal': true as const } : {}),
      'x-errata': { status },
    };
  }
  return result;
}

function mediaType<Example>(schema: MediaTypeObject['schema'], entries: readonly EntryModel[], exampleOf: (entry: EntryModel) => Example): MediaTypeObject<Example> {
  // fromEntries, not assignment: a key such as `__proto__` must stay an own property.
  return { schema, examples: Object.fromEntries(entries.map((entry) => [entry.key, exampleOf(entry)])) };
}

/** Reason phrase and how many public codes the status has; the codes themselves are the examples (one per entry), not repeated here. */
function responseDescription(catalog: CatalogModel, status: number, entries: readonly EntryModel[]): string {
  const shown = entries.filter((e) => e.visibility === 'public').length;
  const head = `${reasonPhrase(status)}: ${catalog.title} answers HTTP ${status} with ${shown ? `${shown} public entr${shown === 1 ? 'y' : 'ies'} (one example each)` : 'internal codes only'}.`;
  const problem = entries.some((e) => e.outcome === 'error') ? '\n\nErrors come in the envelope (`application/json`) or as RFC 9457 problems (`application/problem+json`).' : '';
  return `${head}${problem}`;
}
