/**
 * Compile tests: each generated package type-checks under strict tsc together with a consumer that
 * uses every export, once with moduleResolution NodeNext and once with Bundler. One temp project
 * holds every package, so each resolution mode costs one tsc run.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { emitErrorsPackage } from '../../src/emit/errors/errors-package.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { sampleCatalog, testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { arrayCatalog, edgeCatalog, seedCatalog, seedIds, workspaceCatalogIds } from './support/catalogs.js';
import { consumerSource } from './support/consumer-source.js';
import { binPath, consumerTsconfig, installPackage, run, tempDir, writeFile, type RunResult } from './support/temp-project.js';

/** Hand-written checks on the sample package that the derived consumer cannot express. */
const sampleExtras = `import { createError, fromResponse, codes, NotExistAccountError, TooManyItemsError, ValidationError, type ErrorKey } from "@errata/sample-errors";
const e = new NotExistAccountError({ account: "alice" });
const account: string | undefined = e.params.account;
// @ts-expect-error a decoded error has no params, so they are optional
const accountRequired: string = e.params.account;
const v = new ValidationError({ data: { field: ["required"] } });
const firstProblem: string[] | undefined = v.data?.["field"];
// @ts-expect-error: data typed from the entry's JSON Schema
new ValidationError({ data: { field: [1] } });
const r = fromResponse({ code: 100, msg: "Queued", data: { taskId: 7 } });
if (r.outcome === "pending") { const id: number | undefined = r.data?.taskId; void id; }
if (r.outcome === "error" && r.key === "TOO_MANY_ITEMS") { const t: TooManyItemsError = r.error; void t; }
// A result narrows by key alone, too: unknown and invalid results have no key.
if (r.key === "QUEUED") { const id: number | undefined = r.data?.taskId; void id; }
if (r.key === "NOT_EXIST_ACCOUNT") { const n: NotExistAccountError = r.error; void n; }
if (r.key === undefined) { const o: "unknown" | "invalid" = r.outcome; void o; }
const json = e.toJSON();
const jsonKey: "NOT_EXIST_ACCOUNT" = json.key;
const jsonMessage: string = json.message;
const body = e.toResponse();
const code: 1101 = body.code;
const msg: string = body.msg;
const key: ErrorKey = "OK";
// @ts-expect-error: wrong key literal
const badKey: ErrorKey = "NOPE";
// @ts-expect-error: wrong code for the key
const badCode: 1102 = codes.NOT_EXIST_ACCOUNT;
// @ts-expect-error: success entries have no class
createError("OK");
// @ts-expect-error: a missing required param
new NotExistAccountError({});
export const used = [e, account, v, firstProblem, body, code, msg, key, badKey, badCode, jsonKey, jsonMessage];
`;

/** Hand-written checks on the todo fixture: params and data through the wire helpers. */
const todoExtras = `import { createError, readResponse, outcomeBody, type FetchResponseLike } from "@errata/fixture-todo-errors";
export async function todoClient(response: FetchResponseLike): Promise<unknown[]> {
  const r = await readResponse(response);
  const seen: unknown[] = [];
  if (r.outcome === "error" && r.key === "TODO_NOT_FOUND") {
    const id: string | undefined = r.error.params.id;
    // @ts-expect-error: a decoded error may lack a param the wire did not carry
    const required: string = r.error.params.id;
    const data: { todoId: string } | undefined = r.error.data;
    seen.push(id, required, data);
  }
  if (r.outcome === "error" && r.key === "TITLE_TOO_LONG") {
    const max: number | undefined = r.error.params.max;
    // @ts-expect-error: max is a number
    const wrong: string | undefined = r.error.params.max;
    seen.push(max, wrong, r.error.data?.length);
  }
  if (r.outcome === "success") seen.push(r.key === "OK", r.data);
  if (r.outcome === "invalid") seen.push(r.reason, r.httpStatus);
  return seen;
}
const problem = createError("RATE_LIMITED", { seconds: 3 }).toProblem();
const seconds: number | string | undefined = problem.params?.seconds;
const retryAfter: number | undefined = problem.data?.retryAfter;
const retryable: boolean = problem.retryable;
// @ts-expect-error: no such param
problem.params?.minutes;
const ok = outcomeBody("OK", { any: "data" });
const okCode: "OK" = ok.code;
export const usedTodo = [seconds, retryAfter, retryable, okCode];
`;

interface Target {
  readonly name: string;
  readonly model: CatalogModel;
}

function targets(): Target[] {
  const list: Target[] = [
    { name: 'sample', model: sampleCatalog() },
    { name: 'edge', model: edgeCatalog() },
    { name: 'array', model: arrayCatalog() },
  ];
  list.push({ name: 'fixture-todo', model: todoCatalog() });
  for (const id of workspaceCatalogIds()) list.push({ name: id, model: seedCatalog(id) });
  return list;
}

describe('generated package type-checks with a consumer', () => {
  const results = new Map<string, RunResult>();
  const list = targets();

  beforeAll(async () => {
    const project = tempDir('compile');
    writeFile(join(project, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
    for (const { name, model } of list) {
      installPackage(project, model.packages.errors, emitErrorsPackage(model, testContext));
      writeFile(join(project, 'src', `${name}.ts`), consumerSource(model, model.packages.errors));
    }
    writeFile(join(project, 'src', 'sample-extras.ts'), sampleExtras);
    writeFile(join(project, 'src', 'todo-extras.ts'), todoExtras);
    writeFile(join(project, 'tsconfig.nodenext.json'), consumerTsconfig('NodeNext', ['src']));
    writeFile(join(project, 'tsconfig.bundler.json'), consumerTsconfig('Bundler', ['src']));
    const [nodeNext, bundler] = await Promise.all(
      ['nodenext', 'bundler'].map((mode) => run(process.execPath, [binPath('tsc'), '-p', `tsconfig.${mode}.json`, '--pretty', 'false'], project)),
    );
    results.set('NodeNext', nodeNext!);
    results.set('Bundler', bundler!);
  }, 120_000);

  test('covers every catalog of the workspace, the seeds among them', () => {
    expect(list.map((t) => t.name)).toEqual(['sample', 'edge', 'array', 'fixture-todo', ...workspaceCatalogIds()]);
    expect(list.map((t) => t.name)).toEqual(expect.arrayContaining([...seedIds]));
  });

  test.each(['NodeNext', 'Bundler'])('strict tsc, moduleResolution %s: zero diagnostics', (mode) => {
    const result = results.get(mode)!;
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });
});
