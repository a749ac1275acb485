/** The statements of a generated `index.d.ts`, written directly (no compiler declaration emit, which is slow). */
import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import { wireBodyType } from './envelope-codec.js';
import { dataType, errorEntries, paramsType } from './entry-facts.js';
import { entryDoc } from './jsdoc.js';
import { codeLiteral, stringLiteral } from './string-literal.js';
import { statementTemplate, StructureKind, VariableDeclarationKind, type Statement, type VariableStatementStructure } from './ts-printer.js';

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
    `/** An RFC 9457 Problem Details object, with the extension members \`code\`, \`key\`, \`retryable\`, and \`data\` and \`params\` where the error has them. */
export interface ProblemDetails<K extends string = ErrorClassKey, C extends WireCode = WireCode, P = unknown, D = unknown> {
  /** The entry's docs URL (its anchor on the reference page), or \`about:blank\`. */
  readonly type: string;
  readonly title: string;
  readonly status: number;
  /** The message, formatted with the params. */
  readonly detail: string;
  /** The wire code. */
  readonly code: C;
  /** The catalog key. */
  readonly key: K;
  /** Whether the request may succeed when retried. */
  readonly retryable: boolean;
  /** The \`data\` payload, with every param that has a wire source written in. */
  readonly data?: D;
  /** The message params the error knows (dates as ISO 8601 text). */
  readonly params?: { readonly [N in keyof P]?: P[N] | string };
}`,
    `/** The Fetch API \`Response\` of the environment (lib "DOM" or @types/node), else the members this package uses. */
export type FetchResponse = typeof globalThis extends { Response: { prototype: infer R } } ? R : FetchResponseLike;
/** What \`readResponse\` reads of a response: any Fetch API \`Response\` has it. */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly bodyUsed: boolean;
  readonly body?: unknown;
  text(): Promise<string>;
}
/** What \`new Headers()\` accepts in the environment, else a record or pairs. */
export type FetchHeadersInit = typeof globalThis extends { Headers: new (init?: infer I) => unknown } ? I : Readonly<Record<string, string>> | ReadonlyArray<readonly [string, string]>;
/** Options of \`error.toHttpResponse()\`. */
export interface HttpResponseOptions {
  /** \`"envelope"\` (default): the wire body, \`application/json\`; \`"problem"\`: RFC 9457, \`application/problem+json\`. */
  readonly as?: "envelope" | "problem";
  /** More headers; a \`content-type\` or \`retry-after\` given here wins. */
  readonly headers?: FetchHeadersInit;
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
  /** The message params: as given to the constructor; for a decoded error, those the body carried (in \`data\` where the catalog names a param's wire source, or a problem's \`params\`). A message whose param is unknown shows its placeholder, e.g. \`{id}\`. */
  readonly params: Partial<P>;
  /** The \`data\` payload. */
  readonly data: D | undefined;
  /** RFC 9457 \`title\` of the entry (on each subclass). */
  static readonly title: string;
  /** RFC 9457 \`type\` of the entry: its docs URL, or \`about:blank\` (on each subclass). */
  static readonly problemType: string;
  protected constructor(name: string, message: string, params: P, options?: CatalogErrorOptions<D>);
  /** The body in the wire envelope, for a server to answer with; params with a wire source are written into \`data\`. */
  toResponse(): WireBody<C, D>;
  /** An RFC 9457 Problem Details object with the extension members \`code\`, \`key\`, \`retryable\`, \`data\`, \`params\`. */
  toProblem(): ProblemDetails<K, C, P, D>;
  /** A Fetch API \`Response\`: status \`httpStatus\`, the envelope (\`application/json\`) or the problem (\`application/problem+json\`), and \`Retry-After\` when the entry is retryable and \`data.retryAfter\` says when (seconds, or a date). */
  toHttpResponse(options?: HttpResponseOptions): FetchResponse;
  /** What \`JSON.stringify\` writes: the fields of the error, with its message. */
  toJSON(): CatalogErrorJson<K, C, P, D>;
}`,
    `/** Arguments of an error class's constructor: the params first when the entry has them. */
export type ErrorArgs<P, D> = [P] extends [EmptyParams] ? [options?: CatalogErrorOptions<D>] : [params: P, options?: CatalogErrorOptions<D>];
/** An error of one entry: \`CatalogError\` with its literal key, code, HTTP status and retryability. */
export interface ErrorInstance<K extends ErrorClassKey, C extends WireCode, S extends number, R extends boolean, P, D> extends CatalogError<K, C, P, D> {
  readonly httpStatus: S;
  readonly retryable: R;
}
/** The class of one entry (a subclass of \`CatalogError\`): its constructor, and its statics with literal types. */
export interface EntryErrorClass<K extends ErrorClassKey, C extends WireCode, S extends number, R extends boolean, P, D> {
  new (...args: ErrorArgs<P, D>): ErrorInstance<K, C, S, R, P, D>;
  readonly prototype: ErrorInstance<K, C, S, R, P, D>;
  readonly key: K;
  readonly code: C;
  readonly httpStatus: S;
  readonly retryable: R;
  /** RFC 9457 \`title\` of the entry. */
  readonly title: string;
  /** RFC 9457 \`type\` of the entry: its docs URL, or \`about:blank\`. */
  readonly problemType: string;
}`,
    ...entryClasses(errors, catalog),
    `/** The class of each error key. */\nexport interface ErrorClasses {\n${errors.map((e) => `  ${stringLiteral(e.key)}: ${e.className};`).join('\n')}\n}`,
    '/** Any error of the catalog. */\nexport type CatalogErrorUnion = ErrorClasses[ErrorClassKey];',
    '/** The params of an error class (`undefined`: the entry takes none). */\nexport type ParamsOf<E> = E extends CatalogError<ErrorClassKey, WireCode, infer P, unknown> ? ([P] extends [EmptyParams] ? undefined : P) : never;',
    '/** The params of each error key (`undefined`: the entry takes none). */\nexport type ErrorParams = { readonly [K in ErrorClassKey]: ParamsOf<ErrorClasses[K]> };',
    '/** Whether `K` is one key, not a union of keys. */\nexport type IsOneKey<K> = (K extends unknown ? (key: K) => void : never) extends (key: infer I) => void ? ([K] extends [I] ? true : false) : false;',
    '/**\n * The arguments after the key of `createError`: params exactly when the entry has them. For a key known only as a\n * union (or one that is not an error key, such as a success code) the params are optional, so the compiler reports the key.\n */\nexport type CreateErrorArgs<K extends ErrorClassKey> = IsOneKey<K> extends false ? [params?: ErrorParams[K]] : [ErrorParams[K]] extends [undefined] ? [params?: undefined] : [params: ErrorParams[K]];',
    '/** Creates the error of `key`; pass params exactly when the entry has them. */\nexport declare function createError<K extends ErrorClassKey>(key: K, ...args: CreateErrorArgs<K>): ErrorClasses[K];',
    `/** Whether \`value\` is an error of this catalog (of \`key\`, when given). */
export declare function isCatalogError(value: unknown): value is ${errors.length > 0 ? 'CatalogErrorUnion' : 'CatalogError'};
export declare function isCatalogError<K extends ErrorClassKey>(value: unknown, key: K): value is ErrorClasses[K];`,
    `/** Keys of the entries of outcome \`success\`, \`partial\` or \`pending\`: bodies a server answers with \`outcomeBody\`. */\nexport type OutcomeKey = ${union(others.map((e) => stringLiteral(e.key)))};`,
    `/** The \`data\` of each outcome key. */\nexport interface OutcomeData {\n${others.map((e) => `  ${stringLiteral(e.key)}: ${dataType(e)};`).join('\n')}\n}`,
    `/** Options of \`outcomeBody\` and \`outcomeResponse\`. */
export interface OutcomeOptions {
  /** The message sent; default: the entry's message. */
  readonly message?: string;
  /** The HTTP status (\`outcomeResponse\`); default: the entry's. */
  readonly status?: number;
  /** More headers (\`outcomeResponse\`). */
  readonly headers?: FetchHeadersInit;
}
/** The body of a success, partial or pending outcome in the wire envelope (\`{ code: OK, message, data }\`). */
export declare function outcomeBody<K extends OutcomeKey>(key: K, data?: OutcomeData[K], options?: OutcomeOptions): WireBody<(typeof codes)[K], OutcomeData[K]>;
/** A Fetch API \`Response\` of a success, partial or pending outcome: its status, \`application/json\`, the body of \`outcomeBody\`. */
export declare function outcomeResponse<K extends OutcomeKey>(key: K, data?: OutcomeData[K], options?: OutcomeOptions): FetchResponse;`,
    `/** What every decoded result carries. */
export interface DecodedCommon {
  /** The HTTP status passed to \`fromResponse\`, when given. */
  readonly httpStatus?: number;
}
/** A decoded error; \`ambiguous\` when a shared code's message matched none of its entries. */
export interface DecodedError<K extends ErrorClassKey = ErrorClassKey> extends DecodedCommon {
  readonly outcome: "error";
  readonly key: K;
  readonly code: (typeof codes)[K];
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
  /** The body as parsed (its text when it is not JSON; undefined when it was not read). */
  readonly body: unknown;
  /** Why it is not a body of this API, in words: "the body is empty", "content type \"text/html\" is not JSON", … */
  readonly reason: string;
}`,
    `/** Every result of \`fromResponse\`, discriminated by \`outcome\`. */\nexport type DecodedResponse =\n  | ${[
      errors.length > 0 ? '{ [K in ErrorClassKey]: DecodedError<K> }[ErrorClassKey]' : undefined,
      ...others.map((e) => `DecodedOutcome<${stringLiteral(e.outcome)}, ${stringLiteral(e.key)}, ${codeLiteral(e.code)}, ${dataType(e)}>`),
      'DecodedUnknown',
      'DecodedInvalid',
    ]
      .filter(Boolean)
      .join('\n  | ')};`,
    `/**
 * Decodes a parsed response body: the wire envelope, or a problem this package's \`toProblem()\` writes (told by
 * \`contentType\` \`application/problem+json\` when given, else by its shape). A body of neither kind is \`invalid\`. Never throws.
 */
export declare function fromResponse(body: unknown, httpStatus?: number, contentType?: string | null): DecodedResponse;`,
    `/** Options of \`readResponse\`. */
export interface ReadResponseOptions {
  /** Longest body read, in bytes (default 1 MiB); a longer one is \`invalid\` and is not read further. */
  readonly maxBytes?: number;
}
/**
 * Decodes a Fetch API \`Response\` (envelope or problem), keeping its status. Rejects only when \`response\` is not a
 * response: HTML, empty, truncated, oversized or non-JSON bodies are \`invalid\`, with a \`reason\`.
 */
export declare function readResponse(response: FetchResponseLike, options?: ReadResponseOptions): Promise<DecodedResponse>;`,
  ];
}

/**
 * One error class in two lines: the class value (constructor and literal statics) and its instance
 * type, both instances of the shared generic shapes, so a consumer's compiler resolves each entry
 * from its type arguments instead of checking a member list per class. The JSDoc on the value is
 * the symbol's, so editors show it wherever the name is used. Printed once as a template and
 * filled per entry (see `statementTemplate`).
 */
function entryClasses(errors: readonly EntryModel[], catalog: CatalogModel): Statement[] {
  const structure = (doc: string, name: string, args: string): VariableStatementStructure => ({
    kind: StructureKind.VariableStatement,
    isExported: true,
    hasDeclareKeyword: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [doc],
    declarations: [{ name, type: `EntryErrorClass<${args}>` }],
    trailingTrivia: `\nexport type ${name} = (typeof ${name})["prototype"];`,
  });
  const template = statementTemplate((slot) => structure(slot(0), slot(1), slot(2)), { docSlot: 0 });
  const out: Statement[] = [];
  let run: string[] = [];
  for (const entry of errors) {
    const args = [stringLiteral(entry.key), codeLiteral(entry.code), String(entry.httpStatus), String(entry.retryable), paramsType(entry) ?? 'EmptyParams', dataType(entry)].join(', ');
    const doc = entryDoc(entry, catalog);
    const filled = template.fill([doc, entry.className, args]);
    if (filled !== undefined) {
      run.push(filled);
      continue;
    }
    if (run.length) out.push(run.join('\n'));
    run = [];
    out.push(structure(doc, entry.className, args));
  }
  if (run.length) out.push(run.join('\n'));
  return out;
}

function union(members: readonly string[]): string {
  return members.length === 0 ? 'never' : members.join(' | ');
}
