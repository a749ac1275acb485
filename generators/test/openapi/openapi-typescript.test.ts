/**
 * What a user of openapi-typescript gets: an API description made of the README's `$ref` lines
 * (the package installed under node_modules) goes through the real `openapi-typescript`, and strict
 * `tsc` checks consumers against the types it prints. `@ts-expect-error` lines prove what the types
 * refuse: tsc fails on one that is not an error, so a clean run proves each refusal.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitOpenapiPackage } from '../../src/emit/openapi/openapi-package.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { binPath, consumerTsconfig, installPackage, run, tempDir, writeFile, type RunResult } from '../errors/support/temp-project.js';
import { testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { workspaceCatalog, workspaceCatalogIds } from '../support/workspace-catalogs.js';
import { hostileStringCatalog } from './hostile-catalog.js';
import { sharedCodeCatalog } from './narrowing-catalogs.js';
import { readmeApi, writeYaml } from './redocly-harness.js';

/** The todo fixture: string codes, two codes on 404 with data, a success code, a retryable 429. */
const todoConsumer = `import type { components } from './api.js';

type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type NotFound = components['responses']['NotFound']['content'];
type Body = NotFound['application/json'];
type Problem = NotFound['application/problem+json'];

// The 404 body's code is exactly the 404 codes.
export const exactCodes: Exactly<Body['code'], 'TODO_NOT_FOUND' | 'LIST_NOT_FOUND'> = true;
export const notFound: Body['code'] = 'LIST_NOT_FOUND';
// @ts-expect-error TITLE_TOO_LONG is answered with 422, not 404
export const tooLong: Body['code'] = 'TITLE_TOO_LONG';
// @ts-expect-error DUE_DATE_PAST is answered with 400
export const duePast: Body['code'] = 'DUE_DATE_PAST';
// @ts-expect-error OK is the success code
export const ok: Body['code'] = 'OK';

// Comparing the code narrows data to that code's schema.
export const todoData: Exactly<Extract<Body, { code: 'TODO_NOT_FOUND' }>['data'], { todoId: string } | undefined> = true;
export function todoId(body: Body): string | undefined {
  if (body.code === 'TODO_NOT_FOUND') return body.data?.todoId;
  // @ts-expect-error LIST_NOT_FOUND's data has a list, not a todoId
  return body.data?.todoId;
}
export function listName(body: Body): string | undefined {
  return body.code === 'LIST_NOT_FOUND' ? body.data?.list.name : undefined;
}

// application/problem+json is typed too: narrowed code, key, status and retryable, data and params per entry.
export const problemCodes: Exactly<Problem['code'], 'TODO_NOT_FOUND' | 'LIST_NOT_FOUND'> = true;
export const problemKeys: Exactly<Problem['key'], 'TODO_NOT_FOUND' | 'LIST_NOT_FOUND'> = true;
export const problemStatus: Exactly<Problem['status'], 404> = true;
export function problemTodoId(problem: Problem): string | undefined {
  const type: string = problem.type;
  const detail: string = problem.detail;
  void type, detail;
  if (problem.key === 'TODO_NOT_FOUND') return problem.data?.todoId ?? problem.params?.id;
  return problem.params?.name;
}
// @ts-expect-error a 404 problem has status 404
export const wrongStatus: Problem['status'] = 400;
// @ts-expect-error TITLE_TOO_LONG is not a 404 problem
export const wrongKey: Problem['key'] = 'TITLE_TOO_LONG';
type Limited = components['responses']['TooManyRequests']['content']['application/problem+json'];
export const retryable: Exactly<Limited['retryable'], true> = true;
export const retryAfter: Exactly<Limited['data'], { retryAfter: number } | undefined> = true;
export const seconds: Exactly<Limited['params'], { seconds?: number } | undefined> = true;

// The Ok response carries the success envelope and no problem.
type Ok = components['responses']['Ok']['content'];
export const okCode: Exactly<Ok['application/json']['code'], 'OK'> = true;
// @ts-expect-error the Ok response has no application/problem+json
export type OkProblem = Ok['application/problem+json'];
`;

/** The sms-api seed: a positional envelope \`[code, message, data]\`, integer codes, success 0 with partial 98. */
const smsConsumer = `import type { components } from './api.js';

type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type BadRequest = components['responses']['BadRequest']['content'];

// VALIDATION_ERROR (code 1) carries a record of string | string[] at the data position.
export const validationData: Exactly<components['schemas']['ValidationData'], { [key: string]: string | string[] }> = true;
export const validationBody: Exactly<Extract<BadRequest['application/json'], [1, ...unknown[]]>[2], components['schemas']['ValidationData']> = true;
export function fieldErrors(body: BadRequest['application/json']): components['schemas']['ValidationData'] | undefined {
  return body[0] === 1 ? body[2] : undefined;
}
export function problemFieldErrors(problem: BadRequest['application/problem+json']): components['schemas']['ValidationData'] | undefined {
  return problem.key === 'VALIDATION_ERROR' ? problem.data : undefined;
}
export const notFoundCode: Exactly<components['responses']['NotFound']['content']['application/json'][0], 2> = true;
// @ts-expect-error 0 is the success code, not a 400 code
export const success: BadRequest['application/json'][0] = 0;
export const okCodes: Exactly<components['responses']['Ok']['content']['application/json'][0], 0 | 98> = true;
`;

const ids = workspaceCatalogIds();
const projects: { name: string; model: () => CatalogModel; consumer?: string }[] = [
  { name: 'fixture-todo', model: todoCatalog, consumer: todoConsumer },
  // README snippets on odd string codes, a positional envelope, and a status whose codes are shared.
  { name: 'hostile-strings', model: hostileStringCatalog },
  { name: 'shared', model: sharedCodeCatalog },
  ...ids.map((id) => ({ name: id, model: () => workspaceCatalog(id), ...(id === 'sms-api' ? { consumer: smsConsumer } : {}) })),
];

let root: string;
let generated: Record<string, RunResult>;
let compile: RunResult;

beforeAll(async () => {
  root = tempDir('openapi-typescript');
  writeFile(join(root, 'package.json'), '{ "type": "module" }\n');
  const files: string[] = [];
  for (const project of projects) {
    const model = project.model();
    const pkg = emitOpenapiPackage(model, { ...testContext, catalogPath: `catalogs/${model.id}/catalog.yaml` });
    const dir = join(root, project.name);
    installPackage(dir, model.packages.openapi, pkg);
    const readme = pkg.files.find((f) => f.path === 'README.md')!.contents;
    writeYaml(join(dir, 'api.yaml'), readmeApi(readme));
    // The README's TypeScript snippet, verbatim, next to the types it imports.
    const snippet = /^```ts\n([\s\S]*?)^```$/m.exec(readme)?.[1];
    if (snippet) writeFile(join(dir, 'readme.ts'), snippet);
    if (snippet) files.push(`${project.name}/readme.ts`);
    if (project.consumer) writeFile(join(dir, 'consumer.ts'), project.consumer);
    if (project.consumer) files.push(`${project.name}/consumer.ts`);
  }
  const runs = await Promise.all(projects.map((p) => run(binPath('openapi-typescript'), ['api.yaml', '-o', 'api.d.ts'], join(root, p.name))));
  generated = Object.fromEntries(projects.map((p, i) => [p.name, runs[i]!]));
  writeFile(join(root, 'tsconfig.json'), consumerTsconfig('NodeNext', files));
  compile = await run(binPath('tsc'), ['-p', 'tsconfig.json'], root);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('openapi-typescript on an API embedding the components', () => {
  it.each(projects.map((p) => p.name))('%s: generates types', (name) => {
    const result = generated[name]!;
    expect(result.code, result.output).toBe(0);
    const types = readFileSync(join(root, name, 'api.d.ts'), 'utf8');
    expect(types).toContain('"application/problem+json"');
  });

  it('todo: prints the 404 body as one branch per code, data by reference', () => {
    const types = readFileSync(join(root, 'fixture-todo', 'api.d.ts'), 'utf8');
    const notFound = /^ {8}NotFound: \{[\s\S]*?^ {8}\};/m.exec(types)?.[0] ?? '';
    expect(notFound).toMatch(/code: "TODO_NOT_FOUND";\s*data\?: components\["schemas"\]\["TodoNotFoundData"\];/);
    expect(notFound).toMatch(/code: "LIST_NOT_FOUND";\s*data\?: components\["schemas"\]\["ListNotFoundData"\];/);
    expect(notFound).not.toContain('"TITLE_TOO_LONG"');
  });
});

describe('strict tsc on consumers of the generated types', () => {
  it('type-checks the todo and sms-api consumers and every README snippet, each @ts-expect-error an error', () => {
    expect(compile.output).toBe('');
    expect(compile.code).toBe(0);
  });

  it('checked what it should', () => {
    const config = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')) as { include: string[] };
    expect(config.include).toEqual(expect.arrayContaining(['fixture-todo/consumer.ts', 'fixture-todo/readme.ts', 'hostile-strings/readme.ts', 'shared/readme.ts']));
    if (ids.includes('sms-api')) expect(config.include).toContain('sms-api/consumer.ts');
  });
});
