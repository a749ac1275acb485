import type { VirtualFile } from '../virtual-file.js';
import type { MediaTypeObject, OpenApiDocument } from './openapi-types.js';

/** `index.js`: the document as an object, the default export and `document`, its `components` named too. */
export function entryModule(notice: string): VirtualFile {
  const contents = [
    `// ${notice}`,
    '',
    "import document from './components.json' with { type: 'json' };",
    '',
    '/** The OpenAPI 3.1 document: components.json, which components.yaml indexes by `$ref`. */',
    'export { document };',
    '',
    '/** The document\'s `components`: schemas and responses to embed. */',
    'export const components = document.components;',
    '',
    'export default document;',
    '',
  ].join('\n');
  return { path: 'index.js', contents };
}

/**
 * `index.d.ts`: the document's shape with literal names for every schema, response and example,
 * so `components.responses.NotFound.content['application/problem+json'].examples.NOT_EXIST_ACCOUNT` type-checks.
 */
export function entryTypes(document: OpenApiDocument, notice: string): VirtualFile {
  const schemas = Object.keys(document.components.schemas).map((name) => `    readonly ${JSON.stringify(name)}: SchemaObject;`);
  const responses = Object.entries(document.components.responses).map(([name, response]) => {
    const json = exampleKeys(response.content['application/json']);
    const problem = exampleKeys(response.content['application/problem+json']);
    return `    readonly ${JSON.stringify(name)}: ResponseObject<${json}${problem === 'never' ? '' : `, ${problem}`}>;`;
  });
  const contents = [
    `// ${notice}`,
    '',
    '/** A JSON Schema 2020-12 object (OpenAPI 3.1 Schema Object). */',
    'export type SchemaObject = { readonly [keyword: string]: unknown };',
    '',
    'export interface ReferenceObject {',
    '  readonly $ref: string;',
    '}',
    '',
    '/** An example of one catalog entry: its wire body in `value`, its metadata in `x-errata`. */',
    'export interface ExampleObject {',
    '  readonly summary: string;',
    '  readonly description?: string;',
    '  readonly value: unknown;',
    '  readonly \'x-internal\'?: true;',
    '  readonly \'x-errata\': {',
    '    readonly key: string;',
    '    readonly outcome: \'success\' | \'error\' | \'partial\' | \'pending\';',
    '    readonly httpStatus: number;',
    '    readonly group: string;',
    '    readonly retryable: boolean;',
    '    readonly visibility?: \'internal\';',
    '    readonly deprecated?: { readonly replacement?: string; readonly reason?: string; readonly since?: string };',
    '    readonly aliases?: readonly string[];',
    '    readonly docs?: string;',
    '  };',
    '}',
    '',
    '/** An example of one error entry as an RFC 9457 problem; its description and metadata are on the envelope example. */',
    'export interface ProblemExampleObject {',
    '  readonly summary: string;',
    '  readonly value: unknown;',
    '  readonly \'x-internal\'?: true;',
    '}',
    '',
    '/** A media type of a response: its body schema and one example per entry key. */',
    'export interface MediaTypeObject<Key extends string, Example = ExampleObject> {',
    '  readonly schema: SchemaObject;',
    '  readonly examples: { readonly [K in Key]: Example };',
    '  readonly \'x-internal\'?: true;',
    '}',
    '',
    '/**',
    ' * A reusable response: the envelope body with one example per entry key and, on a status with',
    ' * errors, the RFC 9457 problem body with one example per error key (`ProblemKey`).',
    ' */',
    'export interface ResponseObject<Key extends string, ProblemKey extends string = never> {',
    '  readonly description: string;',
    '  readonly content: { readonly \'application/json\': MediaTypeObject<Key> } & ([ProblemKey] extends [never]',
    '    ? unknown',
    '    : { readonly \'application/problem+json\': MediaTypeObject<ProblemKey, ProblemExampleObject> });',
    '  /** Set when every entry on this status is internal. */',
    '  readonly \'x-internal\'?: true;',
    '  readonly \'x-errata\': { readonly status: number };',
    '}',
    '',
    'export interface Components {',
    '  readonly schemas: {',
    ...schemas,
    '  };',
    '  readonly responses: {',
    ...responses,
    '  };',
    '}',
    '',
    'export interface OpenApiDocument {',
    '  readonly openapi: \'3.1.0\';',
    '  readonly info: { readonly title: string; readonly version: string; readonly description?: string };',
    '  readonly externalDocs?: { readonly url: string; readonly description?: string };',
    '  readonly paths: { readonly [path: string]: never };',
    '  readonly components: Components;',
    '  readonly \'x-errata\': { readonly catalog: string; readonly source: string; readonly generated: string };',
    '}',
    '',
    '/** The OpenAPI 3.1 document, the same as components.yaml and components.json. */',
    'export declare const document: OpenApiDocument;',
    '/** The document\'s `components`: schemas and responses to embed. */',
    'export declare const components: Components;',
    'export default document;',
    '',
  ].join('\n');
  return { path: 'index.d.ts', contents };
}

/** The example names of a media type as a union of string literals; `never` without the media type or examples. */
function exampleKeys(media: MediaTypeObject<unknown> | undefined): string {
  const keys = Object.keys(media?.examples ?? {}).map((key) => JSON.stringify(key));
  return keys.join(' | ') || 'never';
}
