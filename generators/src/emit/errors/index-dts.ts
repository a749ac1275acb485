/** The statements of a generated `index.d.ts`, written directly (no compiler declaration emit, which is slow). */
import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import { wireBodyType } from './envelope-codec.js';
import { dataType, errorEntries, paramsType } from './entry-facts.js';
import { entryDoc } from './jsdoc.js';
import { codeLiteral, stringLiteral } from './string-literal.js';
import { StructureKind, type ClassDeclarationStructure, type Statement } from './ts-printer.js';

/** Every statement of index.d.ts after the header line. */
export function indexDtsStatements(catalog: CatalogModel): Statement[] {
  const errors = errorEntries(catalog);
  const others = catalog.entries.filter((e) => e.outcome !== 'error');
  const wireCode = catalog.envelope.codeType === 'integer' ? 'number' : 'string';
  return [
    `/** Wire code of every entry, by key. */\nexport declare const codes: {\n${catalog.entries.map((e) => `  readonly ${stringLiteral(e.key)}: ${codeLiteral(e.code)};`).join('\n')}\n};`,
    `/** Every key of the catalog. */\nexport type ErrorKey = ${union(catalog.entries.map((e) => stringLiteral(e.key)))};`,
    `/** Keys of the entries of outcome \`error\`: the ones with a class. */\nexport type ErrorClassKey = ${union(errors.map((e) => stringLiteral(e.key)))};`,
    `/** A wire code of this API. */\nexport type WireCode = ${wireCode};`,
    '/** Params of an entry without placeholders. */\nexport type EmptyParams = { readonly [name: string]: never };',
    `/** Options of an error constructor. */
export interface CatalogErrorOptions<D = unknown> {
  /** The \`data\` payload sent with the error. */
  readonly data?: D;
  /** The underlying cause (ES2022 error cause). */
  readonly cause?: unknown;
  /** Overrides the formatted default-locale message, e.g. with the text a server sent. */
  readonly message?: string;
}`,
    `/** A response body in the API's wire envelope. */\nexport type WireBody<C extends WireCode = WireCode, D = unknown> = ${wireBodyType(catalog.envelope)};`,
    `/** An RFC 9457 Problem Details object, plus the wire \`code\` and the catalog \`key\`. */
export interface ProblemDetails<K extends string = ErrorClassKey, C extends WireCode = WireCode> {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: C;
  readonly key: K;
}`,
    `/** The JSON form of an error (\`toJSON\`). */
export interface CatalogErrorJson<K extends string = ErrorClassKey, C extends WireCode = WireCode, P = unknown, D = unknown> {
  readonly name: string;
  readonly key: K;
  readonly code: C;
  readonly httpStatus: number;
  readonly retryable: boolean;
  readonly message: string;
  readonly params: Partial<P>;
  readonly data: D | undefined;
}`,
    `/** Base class of every error of the catalog. */
export declare class CatalogError<K extends ErrorClassKey = ErrorClassKey, C extends WireCode = WireCode, P = unknown, D = unknown> extends Error {
  /** The catalog key. */
  readonly key: K;
  /** The wire code. */
  readonly code: C;
  /** The HTTP status the API answers with. */
  readonly httpStatus: number;
  /** Whether the request may succeed when retried. */
  readonly retryable: boolean;
  /** The message params: as given to the constructor; none for an error decoded by \`fromResponse\`, as the wire does not carry them. */
  readonly params: Partial<P>;
  /** The \`data\` payload. */
  readonly data: D | undefined;
  /** RFC 9457 \`title\` of the entry (on each subclass). */
  static readonly title: string;
  /** RFC 9457 \`type\` of the entry: its docs URL, or \`about:blank\` (on each subclass). */
  static readonly problemType: string;
  protected constructor(name: string, message: string, params: P, options?: CatalogErrorOptions<D>);
  /** The body in the wire envelope, for a server to answer with. */
  toResponse(): WireBody<C, D>;
  /** An RFC 9457 Problem Details object. */
  toProblem(): ProblemDetails<K, C>;
  /** What \`JSON.stringify\` writes: the fields of the error, with its message. */
  toJSON(): CatalogErrorJson<K, C, P, D>;
}`,
    ...errors.map((entry) => entryClass(entry, catalog)),
    `/** The class of each error key. */\nexport interface ErrorClasses {\n${errors.map((e) => `  ${stringLiteral(e.key)}: ${e.className};`).join('\n')}\n}`,
    '/** Any error of the catalog. */\nexport type CatalogErrorUnion = ErrorClasses[ErrorClassKey];',
    `/** The params of each error key (\`undefined\`: the entry takes none). */\nexport interface ErrorParams {\n${errors.map((e) => `  ${stringLiteral(e.key)}: ${paramsType(e) ?? 'undefined'};`).join('\n')}\n}`,
    '/** The arguments after the key of `createError`: params exactly when the entry has them. */\nexport type CreateErrorArgs<K extends ErrorClassKey> = [ErrorParams[K]] extends [undefined] ? [params?: undefined] : [params: ErrorParams[K]];',
    '/** Creates the error of `key`; pass params exactly when the entry has them. */\nexport declare function createError<K extends ErrorClassKey>(key: K, ...args: CreateErrorArgs<K>): ErrorClasses[K];',
    `/** Whether \`value\` is an error of this catalog (of \`key\`, when given). */
export declare function isCatalogError(value: unknown): value is ${errors.length > 0 ? 'CatalogErrorUnion' : 'CatalogError'};
export declare function isCatalogError<K extends ErrorClassKey>(value: unknown, key: K): value is ErrorClasses[K];`,
    `/** What every decoded result carries. */
export interface DecodedCommon {
  /** The HTTP status passed to \`fromResponse\`, when given. */
  readonly httpStatus?: number;
}
/** A decoded error; \`ambiguous\` when a shared code's message matched none of its entries. */
export interface DecodedError<K extends ErrorClassKey = ErrorClassKey> extends DecodedCommon {
  readonly outcome: "error";
  readonly key: K;
  readonly code: ErrorClasses[K]["code"];
  readonly error: ErrorClasses[K];
  readonly ambiguous?: true;
}
/** A decoded non-error outcome. */
export interface DecodedOutcome<O extends "success" | "partial" | "pending", K extends ErrorKey, C extends WireCode, D> extends DecodedCommon {
  readonly outcome: O;
  readonly key: K;
  readonly code: C;
  readonly message: string | undefined;
  readonly data: D | undefined;
  readonly ambiguous?: true;
}
/** A well-formed envelope with a code the catalog does not declare. */
export interface DecodedUnknown extends DecodedCommon {
  readonly outcome: "unknown";
  /** No key: absent, so a result narrows by \`key\` as well as by \`outcome\`. */
  readonly key?: undefined;
  readonly code: WireCode;
  readonly message: string | undefined;
  readonly data: unknown;
}
/** A body that is not in the envelope: wrong shape, or a code of the wrong type. */
export interface DecodedInvalid extends DecodedCommon {
  readonly outcome: "invalid";
  /** No key: absent, so a result narrows by \`key\` as well as by \`outcome\`. */
  readonly key?: undefined;
  readonly body: unknown;
}`,
    `/** Every result of \`fromResponse\`, discriminated by \`outcome\`. */\nexport type DecodedResponse =\n  | ${[
      errors.length > 0 ? '{ [K in ErrorClassKey]: DecodedError<K> }[ErrorClassKey]' : undefined,
      ...others.map((e) => `DecodedOutcome<${stringLiteral(e.outcome)}, ${stringLiteral(e.key)}, ${codeLiteral(e.code)}, ${dataType(e)}>`),
      'DecodedUnknown',
      'DecodedInvalid',
    ]
      .filter(Boolean)
      .join('\n  | ')};`,
    '/** Decodes a response body in the wire envelope. Never throws. */\nexport declare function fromResponse(body: unknown, httpStatus?: number): DecodedResponse;',
  ];
}

function entryClass(entry: EntryModel, catalog: CatalogModel): ClassDeclarationStructure {
  const data = dataType(entry);
  const params = paramsType(entry);
  const options = { name: 'options', hasQuestionToken: true, type: `CatalogErrorOptions<${data}>` };
  const statics: Array<[string, string]> = [
    ['key', stringLiteral(entry.key)],
    ['code', codeLiteral(entry.code)],
    ['httpStatus', String(entry.httpStatus)],
    ['retryable', String(entry.retryable)],
  ];
  return {
    kind: StructureKind.Class,
    name: entry.className,
    isExported: true,
    hasDeclareKeyword: true,
    docs: [entryDoc(entry, catalog)],
    extends: `CatalogError<${stringLiteral(entry.key)}, ${codeLiteral(entry.code)}, ${params ?? 'EmptyParams'}, ${data}>`,
    properties: [
      ...statics.map(([name, type]) => ({ name, type, isStatic: true, isReadonly: true })),
      { name: 'httpStatus', type: String(entry.httpStatus), isReadonly: true },
      { name: 'retryable', type: String(entry.retryable), isReadonly: true },
    ],
    ctors: [{ parameters: params === undefined ? [options] : [{ name: 'params', type: params }, options] }],
  };
}

function union(members: readonly string[]): string {
  return members.length === 0 ? 'never' : members.join(' | ');
}
