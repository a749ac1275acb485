/**
 * The generated components, embedded by relative `$ref` in API descriptions, pass the real
 * `@redocly/cli` (recommended-strict ruleset, so warnings fail too) and bundle; the components
 * document itself lints as OpenAPI 3.1.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitOpenapiPackage } from '../../src/emit/openapi/openapi-package.js';
import { openapiDocument } from '../../src/emit/openapi/openapi-document.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import type { OpenApiDocument, ResponseObject } from '../../src/emit/openapi/openapi-types.js';
import { sampleCatalog, testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { workspaceCatalog, workspaceCatalogIds } from '../support/workspace-catalogs.js';
import { hostileCatalog, hostileStringCatalog } from './hostile-catalog.js';
import { errorsOnlyCatalog, sharedCodeCatalog } from './narrowing-catalogs.js';
import { describeProblems, embeddingApi, fixturesDir, lint, readmeApi, redocly, writePackage, writeYaml, type LintProblem } from './redocly-harness.js';

const cases: { name: string; model: () => CatalogModel }[] = [
  { name: 'sample', model: sampleCatalog },
  { name: 'hostile', model: hostileCatalog },
  { name: 'hostile-strings', model: hostileStringCatalog },
  { name: 'shared', model: sharedCodeCatalog },
  { name: 'errors-only', model: errorsOnlyCatalog },
  { name: 'fixture-todo', model: todoCatalog },
  ...workspaceCatalogIds().map((id) => ({ name: id, model: () => workspaceCatalog(id) })),
];

/** Rules a components-only library cannot satisfy: it has no servers, no license, and nothing uses its components. */
const libraryRuleExceptions = { 'no-empty-servers': 'off', 'info-license': 'off', 'no-unused-components': 'off' };

let root: string;
let problems: LintProblem[];
let lintOutput: string;
let lintRun: { status: number | null; reports: number; files: number };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'errata-openapi-'));
  mkdirSync(join(root, 'copies'));
  const apis: Record<string, unknown> = {};
  const files: string[] = [];
  for (const c of cases) {
    const model = c.model();
    const context = { ...testContext, catalogPath: `catalogs/${model.id}/catalog.yaml` };
    const pkg = emitOpenapiPackage(model, context);
    writePackage(root, pkg);
    writeYaml(join(root, 'api', `${model.id}.yaml`), embeddingApi(pkg.dir, openapiDocument(model, context)));
    // As a user installs it: the package under node_modules, an API description built from the README's snippets beside it.
    writePackage(join(root, 'node_modules'), { ...pkg, dir: model.packages.openapi });
    writeYaml(join(root, `readme-${model.id}.yaml`), readmeApi(pkg.files.find((f) => f.path === 'README.md')!.contents));
    apis[`${model.id}-readme@v1`] = { root: `readme-${model.id}.yaml` };
    files.push(`readme-${model.id}.yaml`);
    apis[`${model.id}-components@v1`] = { root: `${pkg.dir}/components.yaml`, rules: libraryRuleExceptions };
    apis[`${model.id}-api@v1`] = { root: `api/${model.id}.yaml` };
    files.push(`api/${model.id}.yaml`, `${pkg.dir}/components.yaml`);
    // Copies under unique names, for bundling: as is, and with internal entries removed.
    // components.yaml refers to its components.json beside it: the copies refer to the package's.
    const index = readFileSync(join(root, pkg.dir, 'components.yaml'), 'utf8').replaceAll('./components.json#', `../${pkg.dir}/components.json#`);
    writeFileSync(join(root, 'copies', `${model.id}-roundtrip.yaml`), index);
    writeFileSync(join(root, 'copies', `${model.id}-public.yaml`), index);
    apis[`${model.id}-public@v1`] = { root: `copies/${model.id}-public.yaml`, decorators: { 'remove-x-internal': 'on' } };
    // The embedding API, bundled for public docs: internal entries and internal-only responses go.
    writeYaml(join(root, 'copies', `${model.id}-api-public.yaml`), embeddingApi(pkg.dir, openapiDocument(model, context)));
    apis[`${model.id}-api-public@v1`] = { root: `copies/${model.id}-api-public.yaml`, decorators: { 'remove-x-internal': 'on' } };
  }
  copyFileSync(join(fixturesDir, 'sample-api.yaml'), join(root, 'api', 'sample-static.yaml'));
  apis['sample-static@v1'] = { root: 'api/sample-static.yaml' };
  files.push('api/sample-static.yaml');
  writeYaml(join(root, 'redocly.yaml'), { extends: ['recommended-strict'], apis });
  const result = lint(root, files);
  problems = result.problems;
  lintRun = { status: result.run.status, reports: result.reports, files: files.length };
  lintOutput = `${result.run.stdout}\n${result.run.stderr}`;
});

afterAll(() => {
  // ERRATA_KEEP_TMP=1 keeps the folder to rerun redocly by hand.
  if (root && !process.env['ERRATA_KEEP_TMP']) rmSync(root, { recursive: true, force: true });
});

function problemsOf(file: string): LintProblem[] {
  return problems.filter((p) => p.location.some((l) => l.source.ref.endsWith(file)));
}

describe('redocly lint --extends recommended-strict', () => {
  it('ran over every file, and exited 0', () => {
    // One JSON report per linted file: a file redocly skipped, or a crash after some reports, fails here
    // instead of passing as "no problems".
    expect(lintRun, lintOutput).toEqual({ status: 0, reports: lintRun.files, files: lintRun.files });
  });

  it.each(cases.map((c) => c.name))('%s: an API embedding the components by relative $ref lints clean', (name) => {
    const own = problemsOf(`api/${name}.yaml`);
    expect(describeProblems(own)).toBe('');
  });

  it.each(cases.map((c) => c.name))('%s: the components document lints as OpenAPI 3.1', (name) => {
    const own = problemsOf(`${name}-openapi/components.yaml`);
    expect(describeProblems(own)).toBe('');
  });

  it.each(cases.map((c) => c.name))("%s: an API made of the README's paste-ready $ref lines resolves and lints clean", (name) => {
    const own = problemsOf(`readme-${name}.yaml`);
    expect(describeProblems(own)).toBe('');
    expect(lintOutput).not.toContain('no-unresolved-refs');
  });

  it('the hand-written sample API fixture lints clean', () => {
    expect(describeProblems(problemsOf('api/sample-static.yaml'))).toBe('');
  });

  it('reports no problem anywhere', () => {
    expect(describeProblems(problems)).toBe('');
  });
});

describe('redocly bundle', () => {
  const names = cases.map((c) => c.name);
  let bundleRun: ReturnType<typeof redocly>;
  let publicRun: ReturnType<typeof redocly>;
  const bundled = (file: string): Bundled => JSON.parse(readFileSync(join(root, 'out', `${file}.json`), 'utf8')) as Bundled;
  type Bundled = OpenApiDocument;

  beforeAll(() => {
    const inputs = [
      ...[...names, 'sample-static'].map((n) => `api/${n}.yaml`),
      ...names.flatMap((n) => [`copies/${n}-roundtrip.yaml`, `copies/${n}-public.yaml`]),
    ];
    bundleRun = redocly(['bundle', ...inputs, '--output', 'out', '--ext', 'json'], root);
    // Public docs of an embedding API: internal entries dropped, then what nothing uses any more.
    publicRun = redocly(['bundle', ...names.map((n) => `copies/${n}-api-public.yaml`), '--output', 'out', '--ext', 'json', '--remove-unused-components'], root);
  });

  it('succeeds', () => {
    expect(bundleRun.status, `${bundleRun.stdout}\n${bundleRun.stderr}`).toBe(0);
    expect(publicRun.status, `${publicRun.stdout}\n${publicRun.stderr}`).toBe(0);
  });

  it.each([...names, 'sample-static'])('%s: the embedding API bundles into one self-contained file, data schemas kept', (name) => {
    const api = bundled(name);
    expect(Object.keys(api.components.schemas)).toEqual(expect.arrayContaining(['ErrorEnvelope', 'Problem']));
    expect(JSON.stringify(api)).not.toContain('components.yaml');
    // Every data schema is referenced from a response, so the bundle keeps it.
    const model = cases.find((c) => c.name === name)?.model() ?? sampleCatalog();
    const dataNames = model.entries.filter((e) => e.data !== undefined).map((e) => `${e.pascalName}Data`);
    expect(Object.keys(api.components.schemas)).toEqual(expect.arrayContaining(dataNames));
  });

  it.each(names)('%s: an embedding API bundled with remove-x-internal has no internal entry, no empty response and no dangling $ref', (name) => {
    const api = bundled(`${name}-api-public`) as unknown as Omit<Bundled, 'paths'> & { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    const text = JSON.stringify(api);
    expect(text).not.toContain('"x-internal"');
    for (const [status, response] of Object.entries(api.components.responses ?? {})) {
      for (const media of Object.values(response.content ?? {})) {
        expect(Object.keys(media.examples ?? {}).length, status).toBeGreaterThan(0);
        expect(media.schema, status).toBeDefined();
        if (media.schema['oneOf']) expect((media.schema['oneOf'] as unknown[]).length, status).toBeGreaterThan(0);
      }
    }
    for (const [, ref] of text.matchAll(/"\$ref":"([^"]*)"/g)) {
      const path = ref!.replace(/^#\//, '').split('/');
      let node: unknown = api;
      for (const part of path) node = (node as Record<string, unknown> | undefined)?.[part.replaceAll('~1', '/').replaceAll('~0', '~')];
      expect(node, ref).toBeDefined();
    }
  });

  it('drops a response every entry of which is internal, with the operations\' $refs to it', () => {
    const full = bundled('sample-roundtrip');
    const api = bundled('sample-api-public') as unknown as Omit<Bundled, 'paths'> & { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(full.components.responses['ServiceUnavailable']!['x-internal']).toBe(true);
    expect(Object.keys(api.components.responses)).not.toContain('ServiceUnavailable');
    expect(Object.keys(api.paths['/things/{thingId}']!['get']!.responses)).not.toContain('503');
    expect(Object.keys(api.paths['/things/{thingId}']!['get']!.responses)).toContain('404');
  });

  it.each(names)('%s: components.yaml as read by redocly equals components.json', (name) => {
    const json = JSON.parse(readFileSync(join(root, `${name}-openapi`, 'components.json'), 'utf8')) as unknown;
    expect(bundled(`${name}-roundtrip`)).toEqual(json);
  });

  it.each(names)('%s: remove-x-internal drops exactly the internal entries, in both media types', (name) => {
    const full = bundled(`${name}-roundtrip`);
    const pub = bundled(`${name}-public`);
    const media = (r: ResponseObject) => [r.content['application/json'], r.content['application/problem+json']].filter((m) => m !== undefined);
    const keysOf = (doc: Bundled): string[] =>
      Object.values(doc.components.responses).flatMap((r) => media(r).flatMap((m) => Object.keys(m.examples ?? {})));
    const internal = Object.values(full.components.responses).flatMap((r) =>
      media(r).flatMap((m) => Object.entries(m.examples).filter(([, e]) => e['x-internal']).map(([k]) => k)),
    );
    expect(keysOf(pub).sort()).toEqual(keysOf(full).filter((k) => !internal.includes(k)).sort());
    expect(JSON.stringify(pub)).not.toContain('"x-internal"');
  });
});
