import { stringify } from 'yaml';
import type { CatalogModel } from '../../model/catalog-model.js';
import type { OpenApiDocument, ResponseObject } from './openapi-types.js';

/**
 * The package README: which `$ref` lines to paste, in package and relative-path form. Snippets are
 * printed by the YAML library, so the lines shown are exactly what a YAML parser accepts.
 */
export function openapiReadme(catalog: CatalogModel, document: OpenApiDocument, notice: string): string {
  const pkg = catalog.packages.openapi;
  const responses = Object.entries(document.components.responses);
  const first = responses.find(([, r]) => r['x-errata'].status >= 400) ?? responses[0];
  const sample = first?.[0] ?? 'NotFound';
  const byStatus = Object.fromEntries(responses.map(([name, r]) => [String(r['x-errata'].status), { $ref: `${pkg}/components.yaml#/components/responses/${name}` }]));
  const rows = responses.map(([name, r]) => `| ${r['x-errata'].status} | \`${name}\` | ${publicKeys(r).map((k) => `\`${k}\``).join(', ') || '(internal codes only)'} |`);
  const schemaRows = Object.keys(document.components.schemas).map((name) => `- \`#/components/schemas/${name}\``);
  return [
    `<!-- ${notice} -->`,
    '',
    `# ${pkg}`,
    '',
    `OpenAPI 3.1 error components of ${catalog.title}, version ${catalog.version}: the wire envelope, the codes,`,
    'one reusable response per HTTP status with one named example per entry, and the `data` payload schemas.',
    'The same document ships as `components.yaml`, `components.json` and the JS entry.',
    '',
    '## Use in your API description',
    '',
    `Install \`${pkg}\`, then reference a response from an operation by package name, for tools that resolve`,
    'packages:',
    '',
    '```yaml',
    yamlSnippet({ responses: { [statusOf(document, sample)]: { $ref: `${pkg}/components.yaml#/components/responses/${sample}` } } }),
    '```',
    '',
    'or by relative path, which every tool (`redocly` included) resolves:',
    '',
    '```yaml',
    yamlSnippet({ responses: { [statusOf(document, sample)]: { $ref: `./node_modules/${pkg}/components.yaml#/components/responses/${sample}` } } }),
    '```',
    '',
    'The relative path starts at your API description file; within this repository it is',
    `\`../${catalog.id}-openapi/components.yaml#/components/responses/${sample}\`.`,
    'The envelope schema, for your own responses:',
    '',
    '```yaml',
    yamlSnippet({ schema: { $ref: `${pkg}/components.yaml#/components/schemas/ErrorEnvelope` } }),
    '```',
    '',
    'Every response at once:',
    '',
    '```yaml',
    yamlSnippet({ responses: byStatus }),
    '```',
    '',
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
    'Examples, codes and `data` schemas of internal-visibility entries carry `x-internal: true`. Drop them',
    'from public docs with the `remove-x-internal` decorator of Redocly (`decorators: { remove-x-internal: on }`).',
    '',
    '## JavaScript',
    '',
    '```js',
    `import document, { components } from '${pkg}';`,
    '```',
    '',
  ].join('\n');
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
