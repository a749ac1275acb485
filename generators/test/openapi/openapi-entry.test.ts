/**
 * The JS entry of the package: imported at run time it is the same document as components.json,
 * and its `.d.ts` type-checks a consumer under strict `tsc` (NodeNext).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitOpenapiPackage } from '../../src/emit/openapi/openapi-package.js';
import { sampleCatalog, testContext } from '../support/model-fixtures.js';
import { hostileCatalog } from './hostile-catalog.js';
import { repoRoot, writePackage } from './redocly-harness.js';

const consumer = `import document, { components, document as named, type OpenApiDocument, type Components } from '../sample-openapi/index.js';
import hostile from '../hostile-openapi/index.js';

const doc: OpenApiDocument = document;
const same: Components = named.components;
const example = components.responses.NotFound.content['application/json'].examples.NOT_EXIST_ACCOUNT;
const summary: string = example.summary;
const retryable: boolean = example['x-errata'].retryable;
const status: number = components.responses.ServiceUnavailable['x-errata'].status;
const data = components.schemas.ValidationData;
// @ts-expect-error OK is an example of the Ok response, not of NotFound
void components.responses.NotFound.content['application/json'].examples.OK;
// @ts-expect-error no response for 418 in the sample catalog
void components.responses.Status418;
const problem = components.responses.NotFound.content['application/problem+json'].examples.NOT_EXIST_ACCOUNT;
const problemKey: string = problem.summary;
// @ts-expect-error a problem example carries no metadata: it is on the envelope example of the same key
void problem['x-errata'];
// @ts-expect-error the Ok response (success codes only) has no problem media type
void components.responses.Ok.content['application/problem+json'];
// @ts-expect-error problem examples are the status's errors only: OK is on the Ok response's envelope
void components.responses.NotFound.content['application/problem+json'].examples.OK;
const problemSchema = components.schemas.Problem;
const hostileTitle: string = hostile.info.title;
export { doc, same, summary, retryable, status, data, hostileTitle, problemKey, problemSchema };
`;

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'errata-openapi-entry-'));
  writePackage(root, emitOpenapiPackage(sampleCatalog(), testContext));
  writePackage(root, emitOpenapiPackage(hostileCatalog(), testContext));
  mkdirSync(join(root, 'consumer'));
  writeFileSync(join(root, 'consumer', 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(root, 'consumer', 'consumer.ts'), consumer);
  const compilerOptions = { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [], noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true };
  writeFileSync(join(root, 'consumer', 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('index.js', () => {
  it.each(['sample-openapi', 'hostile-openapi'])('%s exports the same document as components.json', async (dir) => {
    const json = JSON.parse(readFileSync(join(root, dir, 'components.json'), 'utf8')) as unknown;
    const mod = (await import(pathToFileURL(join(root, dir, 'index.js')).href)) as { default: unknown; document: unknown; components: unknown };
    expect(mod.default).toEqual(json);
    expect(mod.document).toBe(mod.default);
    expect(mod.components).toEqual((json as { components: unknown }).components);
  });
});

describe('index.d.ts', () => {
  it('type-checks a strict NodeNext consumer with literal response and example names', () => {
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const args = ['-p', join(root, 'consumer', 'tsconfig.json')];
    const run = spawnSync(process.execPath, [tsc, ...args], { encoding: 'utf8', timeout: 60_000 });
    expect(`${run.stdout}${run.stderr}`).toBe('');
    expect(run.status).toBe(0);
  });
});
