/**
 * A consumer .ts of a generated errors package, derived from its model: it uses every export, and
 * `@ts-expect-error` lines prove that wrong keys, params and code literals do not type-check.
 */
import type { CatalogModel, EntryModel, ParamType } from '../../../src/model/catalog-model.js';
import { codeLiteral, stringLiteral } from '../../../src/emit/errors/string-literal.js';

const goodValue: Record<ParamType, string> = { string: '"x"', number: '1', integer: '2', boolean: 'true', date: 'new Date(0)' };
const badValue: Record<ParamType, string> = { string: '123', number: '"x"', integer: '"x"', boolean: '"x"', date: '"x"' };

function params(entry: EntryModel, value: Record<ParamType, string>): string {
  return `{ ${entry.params.map((p) => `${stringLiteral(p.name)}: ${value[p.type]}`).join(', ')} }`;
}

function wrongCode(code: number | string): string {
  return typeof code === 'number' ? String(code + 1) : stringLiteral(`${code}_wrong`);
}

/** Consumer source for `catalog`, importing from `specifier`. */
export function consumerSource(catalog: CatalogModel, specifier: string): string {
  const errors = catalog.entries.filter((e) => e.outcome === 'error');
  const lines: string[] = [
    `import { codes, createError, isCatalogError, fromResponse, readResponse, outcomeBody, outcomeResponse, CatalogError${errors.map((e) => `, ${e.className}`).join('')} } from ${stringLiteral(specifier)};`,
    `import type { ErrorKey, ErrorClassKey, OutcomeKey, DecodedResponse, WireBody, ProblemDetails, CatalogErrorUnion, FetchResponseLike } from ${stringLiteral(specifier)};`,
    'export const all: unknown[] = [];',
    'const keys: readonly ErrorKey[] = [];',
    'const classKeys: readonly ErrorClassKey[] = [];',
    'all.push(keys, classKeys);',
    '// @ts-expect-error: not a key of the catalog',
    'all.push(codes["__no_such_key__"]);',
    '// @ts-expect-error: not an error key',
    'all.push(createError("__no_such_key__"));',
    '// @ts-expect-error: codes is readonly',
    `codes[${stringLiteral(catalog.entries[0]!.key)}] = ${codeLiteral(catalog.entries[0]!.code)};`,
  ];
  catalog.entries.forEach((entry, i) => {
    const key = stringLiteral(entry.key);
    lines.push(`const code${i}: ${codeLiteral(entry.code)} = codes[${key}];`, `const key${i}: ErrorKey = ${key};`, `all.push(code${i}, key${i});`);
    lines.push('// @ts-expect-error: wrong code literal', `all.push(((c: ${wrongCode(entry.code)}) => c)(codes[${key}]));`);
  });
  errors.forEach((entry, i) => {
    const key = stringLiteral(entry.key);
    const cls = entry.className;
    const withParams = entry.params.length > 0;
    const ctorArgs = withParams ? `${params(entry, goodValue)}, { cause: 1 }` : '{ cause: 1 }';
    lines.push(
      `const e${i} = new ${cls}(${ctorArgs});`,
      `const ek${i}: ${key} = e${i}.key;`,
      `const ec${i}: ${codeLiteral(entry.code)} = ${cls}.code;`,
      `const es${i}: ${entry.httpStatus} = ${cls}.httpStatus;`,
      `const er${i}: ${entry.retryable} = e${i}.retryable;`,
      `const eb${i}: CatalogError = e${i};`,
      `const ew${i}: WireBody = e${i}.toResponse();`,
      `const ep${i}: ProblemDetails = e${i}.toProblem();`,
      `const ef${i}: ${cls} = createError(${key}${withParams ? `, ${params(entry, goodValue)}` : ''});`,
      `all.push(ek${i}, ec${i}, es${i}, er${i}, eb${i}, ew${i}, ep${i}, ef${i}, e${i}.message, e${i}.params, e${i}.data, ${cls}.key);`,
      `{ const u: unknown = all[0]; if (isCatalogError(u, ${key})) { const narrowed: ${cls} = u; all.push(narrowed); } }`,
      `const eh${i}: FetchResponseLike = e${i}.toHttpResponse({ as: "problem", headers: { "x-request-id": "1" } });`,
      `const ept${i}: { readonly key: ${key}; readonly code: ${codeLiteral(entry.code)}; readonly retryable: boolean; readonly status: number } = e${i}.toProblem();`,
      `all.push(eh${i}, ept${i}, e${i}.toHttpResponse());`,
      '// @ts-expect-error: a body is an envelope or a problem',
      `all.push(e${i}.toHttpResponse({ as: "html" }));`,
      '// @ts-expect-error: wrong code literal on the class',
      `all.push(((c: ${wrongCode(entry.code)}) => c)(${cls}.code));`,
    );
    if (withParams) {
      lines.push(
        '// @ts-expect-error: params are required',
        `all.push(createError(${key}));`,
        '// @ts-expect-error: a param of the wrong type',
        `all.push(createError(${key}, ${params(entry, badValue)}));`,
        '// @ts-expect-error: params are required by the constructor',
        `all.push(new ${cls}());`,
      );
    } else {
      lines.push('// @ts-expect-error: the entry takes no params', `all.push(createError(${key}, { nope: 1 }));`);
    }
  });
  const outcomes = catalog.entries.filter((e) => e.outcome !== 'error');
  outcomes.forEach((entry, i) => {
    const key = stringLiteral(entry.key);
    lines.push(
      `const ob${i}: WireBody<${codeLiteral(entry.code)}> = outcomeBody(${key}, undefined, { message: "m" });`,
      `const ok${i}: OutcomeKey = ${key};`,
      `all.push(ob${i}, ok${i}, outcomeResponse(${key}, undefined, { status: 201, headers: { etag: "1" } }));`,
      '// @ts-expect-error: not an error: outcomes have no class',
      `all.push(createError(${key}));`,
      '// @ts-expect-error: not an error key',
      `all.push(isCatalogError(all[0], ${key}));`,
    );
  });
  if (errors.length > 0) lines.push('// @ts-expect-error: an error is no outcome', `all.push(outcomeBody(${stringLiteral(errors[0]!.key)}));`);
  lines.push(
    'const decoded: DecodedResponse = fromResponse(all[0], 400, "application/problem+json");',
    'async function client(response: FetchResponseLike): Promise<DecodedResponse> { return readResponse(response, { maxBytes: 1024 }); }',
    'all.push(client);',
    'switch (decoded.outcome) {',
    errors.length > 0 ? '  case "error": { const e: CatalogErrorUnion = decoded.error; all.push(e.toProblem(), decoded.ambiguous, decoded.httpStatus); break; }' : '',
    '  case "unknown": all.push(decoded.code, decoded.message); break;',
    '  case "invalid": all.push(decoded.body, decoded.reason.length); break;',
    catalog.entries.length > errors.length ? '  default: { const k: ErrorKey = decoded.key; all.push(k, decoded.data, decoded.code); }' : '',
    '}',
    '{ const u: unknown = all[1]; if (isCatalogError(u)) { const base: CatalogError = u; all.push(base.key, base.code, base.httpStatus); } }',
  );
  return `${lines.join('\n')}\n`;
}
