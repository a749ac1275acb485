/**
 * Strict tsc over consumers of the generated formatter API (NodeNext and Bundler resolution): params
 * are required exactly when a message has them and typed per key; an error shaped like an errors-package
 * instance formats; an internal key is a compile-time error in `format` and `formatError` alike. Every
 * expectation is proved twice: the consumers compile with no output, and without their
 * `@ts-expect-error` comments they fail at exactly the lines that carry one.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitErrorsPackage } from '../../src/emit/errors/errors-package.js';
import { emitI18nPackage } from '../../src/emit/i18n/i18n-package.js';
import type { CatalogModel, EntryModel, ParamModel } from '../../src/model/catalog-model.js';
import { binPath, consumerTsconfig, installPackage, run, tempDir, writeFile } from '../errors/support/temp-project.js';
import { testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { workspaceCatalog, workspaceCatalogIds } from '../support/workspace-catalogs.js';

const project = tempDir('i18n-formatter-types');
afterAll(() => rmSync(project, { recursive: true, force: true }));

const todo = todoCatalog();
const catalogs: CatalogModel[] = [todo, ...workspaceCatalogIds().map((id) => workspaceCatalog(id))];
/** Consumer files, relative to the project. */
const consumers: string[] = [];

const lit = (value: unknown): string => JSON.stringify(value);

/** A TS expression of a param's type. */
function paramValue(param: ParamModel): string {
  switch (param.type) {
    case 'string':
      return lit(param.example === undefined ? 'x' : String(param.example));
    case 'number':
    case 'integer':
      return typeof param.example === 'number' ? String(param.example) : '3';
    case 'boolean':
      return 'true';
    case 'date':
      return 'new Date(0)';
  }
}

function paramsLiteral(entry: EntryModel): string {
  return `{ ${entry.params.map((p) => `${lit(p.name)}: ${paramValue(p)}`).join(', ')} }`;
}

/**
 * A consumer of any catalog's package: every public key formats (with its params where it has
 * them) by key and as an error; every internal key is rejected by `format` and `formatError`.
 */
function genericConsumer(catalog: CatalogModel): string {
  const name = lit(catalog.packages.i18n);
  const lines = [
    `import { loadFormatter, type Formatter } from ${name};`,
    '',
    `const formatter: Formatter = await loadFormatter(${lit(catalog.locales.at(-1))});`,
    'const texts: string[] = [];',
  ];
  for (const entry of catalog.entries) {
    const key = lit(entry.key);
    if (entry.visibility === 'public') {
      const params = entry.params.length === 0 ? '' : `, ${paramsLiteral(entry)}`;
      lines.push(`texts.push(formatter.format(${key}${params}));`);
      if (params) lines.push(`texts.push(formatter.formatError({ key: ${key}, params: ${paramsLiteral(entry)} }));`);
      // A decoded error may carry none of its params.
      lines.push(`texts.push(formatter.formatError({ key: ${key}, params: {} }));`);
    } else {
      lines.push(`// @ts-expect-error ${entry.key} is internal: no public message`);
      lines.push(`texts.push(formatter.format(${key}));`);
      lines.push(`// @ts-expect-error ${entry.key} is internal: an error with it does not format`);
      lines.push(`texts.push(formatter.formatError({ key: ${key}, params: {} }));`);
    }
  }
  lines.push('export { texts };', '');
  return lines.join('\n');
}

/** The todo consumer: typed params per key, errors-package-shaped instances, narrowing of a decoded union. */
const todoConsumer = `import { isKey, isLocalizable, loadFormatter, missingParams, type Formatter, type Key, type LocalizableError, type MessageParams } from ${lit(todo.packages.i18n)};

/** Shaped like the errors package's classes: a base with the key union, subclasses with a literal key and \`Partial\` params. */
type ErrorClassKey = "TODO_NOT_FOUND" | "LIST_NOT_FOUND" | "TITLE_TOO_LONG" | "DUE_DATE_PAST" | "RATE_LIMITED" | "STORAGE_FAILURE";
type EmptyParams = { readonly [name: string]: never };
declare class CatalogError<K extends ErrorClassKey = ErrorClassKey, C extends string = string, P = unknown, D = unknown> extends Error {
  readonly key: K;
  readonly code: C;
  readonly httpStatus: number;
  readonly retryable: boolean;
  readonly params: Partial<P>;
  readonly data: D | undefined;
}
declare class TodoNotFoundError extends CatalogError<"TODO_NOT_FOUND", "TODO_NOT_FOUND", { readonly "id": string }, { todoId: string }> {
  constructor(params: { readonly "id": string });
}
declare class DueDatePastError extends CatalogError<"DUE_DATE_PAST", "DUE_DATE_PAST", { readonly "due": Date | number }> {}
declare class StorageFailureError extends CatalogError<"STORAGE_FAILURE", "STORAGE_FAILURE", EmptyParams> {}

const formatter: Formatter = await loadFormatter("de");
const texts: string[] = [
  formatter.format("OK"),
  formatter.format("TODO_NOT_FOUND", { id: "42" }),
  formatter.format("TITLE_TOO_LONG", { length: 300, max: 200 }),
  formatter.format("DUE_DATE_PAST", { due: new Date() }),
  formatter.format("DUE_DATE_PAST", { due: Date.now() }),
  formatter.formatError(new TodoNotFoundError({ id: "42" })),
  formatter.formatError({ key: "RATE_LIMITED", params: { seconds: 30 } }),
  formatter.formatError({ key: "RATE_LIMITED", params: {} }),
  formatter.formatError({ key: "OK" }),
];
const locale: "en" | "de" = formatter.locale;
const missing: string[] = missingParams(new TodoNotFoundError({ id: "42" }));
const typed: MessageParams["TITLE_TOO_LONG"] = { length: 1, max: 2 };
const asError: LocalizableError<"TODO_NOT_FOUND"> = new TodoNotFoundError({ id: "42" });

// A decoded error may have any key: narrow it before formatting.
declare const decoded: TodoNotFoundError | DueDatePastError | StorageFailureError;
// @ts-expect-error the union holds an internal key
formatter.formatError(decoded);
if (isLocalizable(decoded)) {
  const key: "TODO_NOT_FOUND" | "DUE_DATE_PAST" = decoded.key;
  texts.push(formatter.formatError(decoded), key, ...missingParams(decoded));
}
declare const base: CatalogError;
// @ts-expect-error the base class's key may be internal
formatter.formatError(base);
if (isLocalizable(base)) texts.push(formatter.formatError(base));
const value: unknown = "TODO_NOT_FOUND";
if (isKey(value)) {
  const key: Key = value;
  texts.push(key);
}

// @ts-expect-error STORAGE_FAILURE is internal
formatter.format("STORAGE_FAILURE");
// @ts-expect-error an error with an internal key does not format
formatter.formatError(new StorageFailureError());
// @ts-expect-error STORAGE_FAILURE is not a Key
const internalKey: Key = "STORAGE_FAILURE";
// @ts-expect-error not a key at all
formatter.format("NO_SUCH_KEY");
// @ts-expect-error TODO_NOT_FOUND needs its params
formatter.format("TODO_NOT_FOUND");
// @ts-expect-error id is a string
formatter.format("TODO_NOT_FOUND", { id: 42 });
// @ts-expect-error max is missing
formatter.format("TITLE_TOO_LONG", { length: 300 });
// @ts-expect-error no such param
formatter.format("TODO_NOT_FOUND", { id: "42", extra: 1 });
// @ts-expect-error OK takes no params
formatter.format("OK", { id: "42" });
// @ts-expect-error a date param is a Date or a number, not a string
formatter.format("DUE_DATE_PAST", { due: "2024-01-02" });
// @ts-expect-error the params of an error are typed by its key
formatter.formatError({ key: "TODO_NOT_FOUND", params: { id: 42 } });
// @ts-expect-error an error's params belong to its key
formatter.formatError({ key: "TODO_NOT_FOUND" as const, params: { seconds: 3 } });
// @ts-expect-error not a locale of the catalog
void loadFormatter("fr");
// @ts-expect-error a formatter's texts are strings
const notText: number = formatter.format("OK");

export { texts, locale, missing, typed, asError, internalKey, notText };
`;

/** Against the errors package generated from the same catalog: its classes, `createError` and `readResponse` results. */
const todoErrorsConsumer = `import { createError, readResponse, StorageFailureError, TodoNotFoundError } from ${lit(todo.packages.errors)};
import { isLocalizable, loadFormatter, missingParams } from ${lit(todo.packages.i18n)};

const formatter = await loadFormatter("de");
const texts: string[] = [
  formatter.formatError(new TodoNotFoundError({ id: "42" })),
  formatter.formatError(createError("RATE_LIMITED", { seconds: 3 })),
  formatter.formatError(createError("DUE_DATE_PAST", { due: new Date(0) })),
  ...missingParams(createError("TITLE_TOO_LONG", { length: 300, max: 200 })),
];
// @ts-expect-error STORAGE_FAILURE is internal
texts.push(formatter.formatError(new StorageFailureError()));
// @ts-expect-error STORAGE_FAILURE is internal
texts.push(formatter.formatError(createError("STORAGE_FAILURE")));

declare const response: Parameters<typeof readResponse>[0];
const result = await readResponse(response);
if (result.outcome === "error") {
  // @ts-expect-error a decoded error may carry an internal key
  texts.push(formatter.formatError(result.error));
  if (isLocalizable(result.error)) texts.push(formatter.formatError(result.error), ...missingParams(result.error));
}
export { texts };
`;

beforeAll(() => {
  writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const catalog of catalogs) installPackage(project, catalog.packages.i18n, emitI18nPackage(catalog, testContext));
  installPackage(project, todo.packages.errors, emitErrorsPackage(todo, testContext));
  writeFile(join(project, 'todo-errors-consumer.ts'), todoErrorsConsumer);
  writeFile(join(project, 'todo-consumer.ts'), todoConsumer);
  consumers.push('todo-consumer.ts');
  for (const catalog of catalogs) {
    const file = `${catalog.id}-generic-consumer.ts`;
    writeFile(join(project, file), genericConsumer(catalog));
    consumers.push(file);
  }
});

/** Runs strict tsc over some consumers with a module resolution. */
async function tsc(resolution: 'NodeNext' | 'Bundler', dir: string, files: readonly string[] = consumers): Promise<{ code: number; output: string }> {
  const config = `tsconfig.${resolution}.${files.length}.json`;
  writeFile(join(dir, config), consumerTsconfig(resolution, files));
  return run(binPath('tsc'), ['-p', config], dir);
}

describe('types of the formatter API', () => {
  it('the consumers exercise internal keys of more than one catalog', () => {
    const expectations = consumers.map((file) => (readFileSync(join(project, file), 'utf8').match(/@ts-expect-error/g) ?? []).length);
    expect(expectations[0]).toBeGreaterThanOrEqual(15);
    const agentOps = catalogs.find((c) => c.id === 'agent-ops');
    if (agentOps) {
      const internal = agentOps.entries.filter((e) => e.visibility === 'internal' && /^9\d\d$/.test(String(e.code)));
      expect(internal.length).toBeGreaterThanOrEqual(3);
      const source = readFileSync(join(project, 'agent-ops-generic-consumer.ts'), 'utf8');
      for (const entry of internal) {
        expect(source).toContain(`// @ts-expect-error ${entry.key} is internal: no public message\ntexts.push(formatter.format(${lit(entry.key)}));`);
        expect(source).toContain(`// @ts-expect-error ${entry.key} is internal: an error with it does not format`);
      }
    }
  });

  it.each(['NodeNext', 'Bundler'] as const)('a strict %s consumer compiles with no diagnostics', async (resolution) => {
    const result = await tsc(resolution, project);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('an error of the generated errors package formats; one with an internal key does not compile (NodeNext)', async () => {
    const result = await tsc('NodeNext', project, ['todo-errors-consumer.ts']);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('without the @ts-expect-error comments, tsc fails at exactly the lines that carry one', async () => {
    const stripped = tempDir('i18n-formatter-types-stripped');
    try {
      writeFile(join(stripped, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
      for (const catalog of catalogs) installPackage(stripped, catalog.packages.i18n, emitI18nPackage(catalog, testContext));
      const want: string[] = [];
      for (const file of consumers) {
        const lines = readFileSync(join(project, file), 'utf8').split('\n');
        // Blank out each comment line (keeping line numbers): the line after it must now be an error.
        lines.forEach((line, i) => {
          if (line.trimStart().startsWith('// @ts-expect-error')) want.push(`${file}(${i + 2})`);
        });
        writeFile(join(stripped, file), lines.map((line) => (line.trimStart().startsWith('// @ts-expect-error') ? '' : line)).join('\n'));
      }
      const result = await tsc('NodeNext', stripped);
      expect(result.code).toBe(2);
      const got = [...new Set([...result.output.matchAll(/^([\w.-]+\.ts)\((\d+),\d+\): error TS\d+/gm)].map((m) => `${m[1]}(${m[2]})`))];
      expect(got.sort()).toEqual(want.sort());
    } finally {
      rmSync(stripped, { recursive: true, force: true });
    }
  });
});
