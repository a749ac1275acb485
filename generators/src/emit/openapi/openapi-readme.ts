import { stringify } from 'yaml';
import type { CatalogModel } from '../../model/catalog-model.js';
import type { OpenApiDocument, ResponseObject } from './openapi-types.js';

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
    'The envelope schema, for your own responses:',
    '',
    '```yaml',
    yamlSnippet({ schema: { $ref: `${file}#/components/schemas/ErrorEnvelope` } }),
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
