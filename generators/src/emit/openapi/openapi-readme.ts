import { stringify } from 'yaml';
import type { CatalogModel } from '../../model/catalog-model.js';
import { responseName } from '../http-status.js';
import { CODE_SCHEMA, dataSchemaName, ENVELOPE_SCHEMA, PROBLEM_SCHEMA, RESPONSE_CODE_SCHEMA, type OpenApiDocument, type ResponseObject } from './openapi-types.js';

/**
 * The package README: which `$ref` lines to paste. They are relative paths into `node_modules`:
 * `$ref` is a URI reference, and Redocly (like other OpenAPI tools) does not resolve a bare package
 * name. Snippets are printed by the YAML library, so the lines shown are exactly what a YAML parser accepts.
 */
export function openapiReadme(catalog: CatalogModel, document: OpenApiDocument, notice: string): string {
  const pkg = catalog.packages.openapi;
  const responses = Object.entries(document.components.responses);
  const first = responses.find(([, r]) => r['x-errata'].status >= 400) ?? responses[0];
  const sample = first?.[0] ?? 'NotFound';
  const file = `./node_modules/${pkg}/components.yaml`;
  const byStatus = Object.fromEntries(responses.map(([name, r]) => [String(r['x-errata'].status), { $ref: `${file}#/components/responses/${name}` }]));
  const rows = responses.map(([name, r]) => `| ${r['x-errata'].status} | \`${name}\` | ${keyList(publicKeys(r)) || '(internal codes only)'} |`);
  const schemaRows = Object.keys(document.components.schemas).map((name) => `- \`#/components/schemas/${name}\`${schemaNote(catalog, name)}`);
  return [
    `<!-- ${notice} -->`,
    '',
    `# ${pkg}`,
    '',
    `OpenAPI 3.1 error components of ${catalog.title}, version ${catalog.version}: the wire envelopes, the codes,`,
    'one reusable response per HTTP status with one named example per entry, and the `data` payload schemas.',
    'The document is written once, as `components.json`; `components.yaml` is the same document with each component',
    'a `$ref` into it (so a `$ref` into either file resolves to the same objects), and the JS entry imports the JSON.',
    '',
    '## Use in your API description',
    '',
    `Install \`${pkg}\`, then reference its components **by path** into \`node_modules\`. A \`$ref\` is a URI`,
    'reference resolved against the file that holds it, so OpenAPI tools do not look packages up:',
    `Redocly CLI reads a bare \`'${pkg}/components.yaml#/...'\` as a file next to your description and`,
    'fails with `no-unresolved-refs`. From an API description at the project root (beside `node_modules`):',
    '',
    '```yaml',
    yamlSnippet({ responses: { [statusOf(document, sample)]: { $ref: `${file}#/components/responses/${sample}` } } }),
    '```',
    '',
    'From a description in a subfolder, climb to `node_modules` first (`openapi/api.yaml` →',
    `\`../node_modules/${pkg}/components.yaml#/components/responses/${sample}\`); within this repository, from another`,
    `package folder, it is \`../${catalog.id}-openapi/components.yaml#/components/responses/${sample}\`.`,
    '`redocly bundle` then inlines the referenced components into one self-contained file.',
    '',
    'The body schemas, for your own responses:',
    '',
    '```yaml',
    yamlSnippet({ content: ownContent(document, file) }),
    '```',
    '',
    'Every response at once:',
    '',
    '```yaml',
    yamlSnippet({ responses: byStatus }),
    '```',
    '',
    ...mediaTypesSection(catalog),
    '## Responses',
    '',
    '| HTTP status | Response | Examples (entry keys) |',
    '|---|---|---|',
    ...rows,
    '',
    '## Schemas',
    '',
    ...schemaRows,
    '',
    '## Internal codes',
    '',
    'Examples, codes and `data` schemas of internal-visibility entries carry `x-internal: true`, and so does a',
    'response whose every entry is internal. Drop them from public docs with the `remove-x-internal` decorator',
    'of Redocly (`decorators: { remove-x-internal: on }`); it also removes the operations\' `$ref`s to such a response.',
    '',
    '## JavaScript',
    '',
    '```js',
    `import document, { components } from '${pkg}';`,
    '```',
    '',
  ].join('\n');
}

/** `content` for a response of the API's own: the error envelope and `Problem` when there are errors, else the success envelope. */
function ownContent(document: OpenApiDocument, file: string): Record<string, { schema: { $ref: string } }> {
  const schemas = document.components.schemas;
  const ref = (name: string): { schema: { $ref: string } } => ({ schema: { $ref: `${file}#/components/schemas/${name}` } });
  if (!schemas[ENVELOPE_SCHEMA.error]) return { 'application/json': ref(ENVELOPE_SCHEMA.success) };
  return { 'application/json': ref(ENVELOPE_SCHEMA.error), 'application/problem+json': ref(PROBLEM_SCHEMA) };
}

/**
 * How the two media types and the narrowing read in generated client types, with a TypeScript
 * snippet on a real entry: a public error whose code is alone on its status, with data if one has some.
 */
function mediaTypesSection(catalog: CatalogModel): string[] {
  // Counted once: a filter per entry would be quadratic in the catalog size.
  const users = new Map<string, number>();
  const at = (e: { code: string | number; httpStatus: number }) => `${typeof e.code}:${String(e.code)}@${e.httpStatus}`;
  for (const e of catalog.entries) users.set(at(e), (users.get(at(e)) ?? 0) + 1);
  const candidates = catalog.entries.filter((e) => e.outcome === 'error' && e.visibility === 'public' && users.get(at(e)) === 1);
  const entry = candidates.find((e) => e.data !== undefined) ?? candidates[0];
  if (!entry) return [];
  const response = responseName(entry.httpStatus);
  const code = typeof entry.code === 'string' ? singleQuoted(entry.code) : String(entry.code);
  const text = [
    '## Media types and generated types',
    '',
    'Every error response has two media types: `application/json`, the API\'s envelope, and',
    `\`application/problem+json\`, an RFC 9457 problem as \`toProblem()\` of \`${catalog.packages.errors}\` returns it.`,
    'In both, the body is a `oneOf` with one branch per code the status answers with: the code fixed by `const`,',
    '`data` tied by `$ref` to that code\'s schema, so generated client types narrow. With',
    '[openapi-typescript](https://openapi-ts.dev) (`npx openapi-typescript api.yaml -o api.d.ts`):',
    '',
    '```ts',
    "import type { components } from './api.js';",
    '',
    `type ${response} = components['responses']['${response}']['content'];`,
    '',
  ];
  if (entry.data === undefined) {
    return [
      ...text,
      `export function is${entry.pascalName}(body: ${response}['application/json'], problem: ${response}['application/problem+json']): boolean {`,
      `  return ${envelopeAccess(catalog, 'code', 'body')} === ${code} || problem.code === ${code};`,
      '}',
      '```',
      '',
    ];
  }
  const data = `components['schemas']['${dataSchemaName(entry.pascalName)}']`;
  return [
    ...text,
    `export function ${lowerFirst(entry.pascalName)}Data(body: ${response}['application/json']): ${data} | undefined {`,
    `  return ${envelopeAccess(catalog, 'code', 'body')} === ${code} ? ${envelopeAccess(catalog, 'data', 'body')} : undefined;`,
    '}',
    '',
    `export function ${lowerFirst(entry.pascalName)}ProblemData(problem: ${response}['application/problem+json']): ${data} | undefined {`,
    `  return problem.code === ${code} ? problem.data : undefined;`,
    '}',
    '```',
    '',
  ];
}

/** `body.code`, `body["odd field"]` or `body[0]`: where a part of the envelope sits. */
function envelopeAccess(catalog: CatalogModel, part: 'code' | 'data', body: string): string {
  const envelope = catalog.envelope;
  if (envelope.shape === 'array') return `${body}[${envelope.order.indexOf(part)}]`;
  const field = envelope.fields[part];
  return /^[A-Za-z_$][\w$]*$/.test(field) ? `${body}.${field}` : `${body}[${JSON.stringify(field)}]`;
}

/** A TypeScript string literal in single quotes, as the rest of the snippet. */
function singleQuoted(text: string): string {
  const escaped = JSON.stringify(text).slice(1, -1).replaceAll('\\"', '"').replaceAll("'", "\\'");
  return `'${escaped}'`;
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** What a schema of the document is, for the list. */
function schemaNote(catalog: CatalogModel, name: string): string {
  const notes = new Map<string, string>([
    [ENVELOPE_SCHEMA.error, 'the body of an error response'],
    [ENVELOPE_SCHEMA.success, 'the body of a success, partial or pending response'],
    [PROBLEM_SCHEMA, 'an error as an RFC 9457 problem (`application/problem+json`)'],
    [RESPONSE_CODE_SCHEMA, 'every code'],
    [CODE_SCHEMA.error, 'the error codes'],
    [CODE_SCHEMA.success, 'the success, partial and pending codes'],
  ]);
  const owner = catalog.entries.find((e) => e.data !== undefined && dataSchemaName(e.pascalName) === name);
  const note = notes.get(name) ?? (owner ? `the \`data\` of \`${owner.key}\`` : undefined);
  return note ? `: ${note}` : '';
}

/** Example names of a response, without internal entries: the README is public. */
function publicKeys(response: ResponseObject): string[] {
  return Object.entries(response.content['application/json'].examples)
    .filter(([, example]) => !example['x-internal'])
    .map(([key]) => key);
}

function statusOf(document: OpenApiDocument, name: string): string {
  return String(document.components.responses[name]?.['x-errata'].status ?? 404);
}

function yamlSnippet(value: unknown): string {
  return stringify(value, { lineWidth: 0, singleQuote: true }).trimEnd();
}

/** Up to 20 keys, then how many more: the examples of the response list them all. */
function keyList(keys: readonly string[]): string {
  const shown = keys.slice(0, 20).map((k) => `\`${k}\``).join(', ');
  return keys.length > 20 ? `${shown} and ${keys.length - 20} more` : shown;
}
