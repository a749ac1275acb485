/**
 * The slice of OpenAPI 3.1 the emitter builds. Plain JSON data, so one value serializes to YAML,
 * JSON and a JS module alike.
 */

/** A JSON Schema 2020-12 object (OpenAPI 3.1 Schema Object). */
export type SchemaObject = { [keyword: string]: unknown };

export interface ReferenceObject {
  $ref: string;
}

export interface ExampleObject {
  summary: string;
  description?: string;
  value: unknown;
  'x-internal'?: true;
  'x-errata': ExampleMetadata;
}

/** What an example says about its entry beyond the body, for docs and tooling. */
export interface ExampleMetadata {
  key: string;
  outcome: string;
  httpStatus: number;
  group: string;
  retryable: boolean;
  visibility?: 'internal';
  deprecated?: { replacement?: string; reason?: string; since?: string };
  aliases?: string[];
  docs?: string;
}

export interface MediaTypeObject {
  schema: ReferenceObject;
  examples: Record<string, ExampleObject>;
}

export interface ResponseObject {
  description: string;
  content: { 'application/json': MediaTypeObject };
  'x-internal'?: true;
  'x-errata': { status: number };
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description?: string };
  externalDocs?: { url: string; description?: string };
  paths: Record<string, never>;
  components: {
    schemas: Record<string, SchemaObject>;
    responses: Record<string, ResponseObject>;
  };
  'x-errata': { catalog: string; source: string; generated: string };
}

/** Component names every generated document has. */
export const ENVELOPE_SCHEMA = 'ErrorEnvelope';
export const CODE_SCHEMA = 'ErrorCode';

/** A `$ref` to a schema of the same document. */
export function schemaRef(name: string): ReferenceObject {
  return { $ref: `#/components/schemas/${name}` };
}

/** Component name of an entry's `data` schema: `<PascalName>Data`. */
export function dataSchemaName(pascalName: string): string {
  return `${pascalName}Data`;
}
