import type { VirtualFile } from '../virtual-file.js';
import { jsLiteral } from './document-text.js';
import type { OpenApiDocument } from './openapi-types.js';

/** `index.js`: the document as an object, the default export and `document`, its `components` named too. */
export function entryModule(document: OpenApiDocument, notice: string): VirtualFile {
  const contents = [
    `// ${notice}`,
    '',
    '/** The OpenAPI 3.1 document, the same as components.yaml and components.json. */',
    `export const document = ${jsLiteral(document)};`,
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
 * so `components.responses.NotFound.content['application/json'].examples.NOT_EXIST_ACCOUNT` type-checks.
 */
export function entryTypes(document: OpenApiDocument, notice: string): VirtualFile {
  const schemas = Object.keys(document.components.schemas).map((name) => `    readonly ${JSON.stringify(name)}: SchemaObject;`);
  const responses = Object.entries(document.components.responses).map(([name, response]) => {
    const keys = Object.keys(response.content['application/json'].examples).map((key) => JSON.stringify(key));
    return `    readonly ${JSON.stringify(name)}: ResponseObject<${keys.join(' | ') || 'never'}>;`;
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
    '/** A reusable response: the envelope schema and one example per entry key. */',
    'export interface ResponseObject<Key extends string> {',
    '  readonly description: string;',
    '  readonly content: {',
    '    readonly \'application/json\': {',
    '      readonly schema: ReferenceObject;',
    '      readonly examples: { readonly [K in Key]: ExampleObject };',
    '    };',
    '  };',
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
