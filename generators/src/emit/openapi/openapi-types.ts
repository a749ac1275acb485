/**
 * The slice of OpenAPI 3.1 the emitter builds. Plain JSON data, so one value serializes to YAML,
 * JSON and a JS module alike.
 */
import type { EntryModel } from '../../model/catalog-model.js';

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

/** A problem example: the body only; the entry's description and metadata are on its envelope example. */
export interface ProblemExampleObject {
  summary: string;
  value: unknown;
  'x-internal'?: true;
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

export interface MediaTypeObject<Example = ExampleObject> {
  schema: SchemaObject;
  examples: Record<string, Example>;
  'x-internal'?: true;
}

/** The media types of a response: the API's envelope always, RFC 9457 problems where the status has errors. */
export interface ResponseContent {
  'application/json': MediaTypeObject;
  'application/problem+json'?: MediaTypeObject<ProblemExampleObject>;
}

export interface ResponseObject {
  description: string;
  content: ResponseContent;
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

/**
 * Which envelope a code travels in: `error` for error outcomes, `success` for success, partial and
 * pending ones (the request was not refused).
 */
export type CodeKind = 'error' | 'success';

export const codeKinds: readonly CodeKind[] = ['error', 'success'];

export function codeKind(entry: EntryModel): CodeKind {
  return entry.outcome === 'error' ? 'error' : 'success';
}

/** Names of the envelope schema of each kind of code. */
export const ENVELOPE_SCHEMA: Readonly<Record<CodeKind, string>> = { error: 'ErrorEnvelope', success: 'SuccessEnvelope' };
/** Names of the schema enumerating each kind of code. */
export const CODE_SCHEMA: Readonly<Record<CodeKind, string>> = { error: 'ErrorCode', success: 'SuccessCode' };
/** The schema enumerating every code, of both kinds. */
export const RESPONSE_CODE_SCHEMA = 'ResponseCode';
/** The RFC 9457 Problem Details schema. */
export const PROBLEM_SCHEMA = 'Problem';

/** A `$ref` to a schema of the same document. */
export function schemaRef(name: string): ReferenceObject {
  return { $ref: `#/components/schemas/${name}` };
}

/** Component name of an entry's `data` schema: `<PascalName>Data`. */
export function dataSchemaName(pascalName: string): string {
  return `${pascalName}Data`;
}
