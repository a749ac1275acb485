/**
 * The generated components, embedded by relative `$ref` in an API description, pass Spectral's
 * `spectral:oas` ruleset with no error and no warning. Spectral follows the `$ref`s into the package,
 * so its example rules (`oas3-valid-media-example`) check every example of both media types
 * against the narrowed per-status schemas.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitOpenapiPackage } from '../../src/emit/openapi/openapi-package.js';
import { openapiDocument } from '../../src/emit/openapi/openapi-document.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { binPath, run, tempDir, writeFile, type RunResult } from '../errors/support/temp-project.js';
import { sampleCatalog, testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { workspaceCatalog, workspaceCatalogIds } from '../support/workspace-catalogs.js';
import { embeddingApi, fixturesDir, writePackage, writeYaml } from './redocly-harness.js';

const cases: { name: string; model: () => CatalogModel }[] = [
  { name: 'fixture-todo', model: todoCatalog },
  ...workspaceCatalogIds().map((id) => ({ name: id, model: () => workspaceCatalog(id) })),
];

interface SpectralResult {
  readonly code: string;
  readonly message: string;
  /** 0 error, 1 warning, 2 info, 3 hint. */
  readonly severity: number;
  readonly path: readonly (string | number)[];
  readonly source?: string;
}

let root: string;
let lintRun: RunResult;
let results: SpectralResult[];

beforeAll(async () => {
  root = tempDir('openapi-spectral');
  // The ruleset file, not `--ruleset spectral:oas`: the CLI reads `-r` as a path or URL.
  writeFile(join(root, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
  const files: string[] = [];
  for (const c of cases) {
    const model = c.model();
    const context = { ...testContext, catalogPath: `catalogs/${model.id}/catalog.yaml` };
    const pkg = emitOpenapiPackage(model, context);
    writePackage(root, pkg);
    writeYaml(join(root, 'api', `${c.name}.yaml`), embeddingApi(pkg.dir, openapiDocument(model, context)));
    files.push(`api/${c.name}.yaml`);
  }
  // The hand-written fixture, as an API designer writes it.
  writePackage(root, emitOpenapiPackage(sampleCatalog(), testContext));
  mkdirSync(join(root, 'api'), { recursive: true });
  copyFileSync(join(fixturesDir, 'sample-api.yaml'), join(root, 'api', 'sample-static.yaml'));
  files.push('api/sample-static.yaml');
  lintRun = await run(binPath('spectral'), ['lint', ...files, '--ruleset', '.spectral.yaml', '--format', 'json', '--fail-severity', 'hint', '--quiet'], root);
  const start = lintRun.output.indexOf('[');
  results = start < 0 ? [] : (JSON.parse(lintRun.output.slice(start)) as SpectralResult[]);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

function describeResults(list: readonly SpectralResult[]): string {
  const severities = ['error', 'warn', 'info', 'hint'];
  return list.map((r) => `${severities[r.severity]} ${r.code} ${r.source?.replace(root, '') ?? ''}#/${r.path.join('/')}: ${r.message}`).join('\n');
}

describe('spectral lint --ruleset spectral:oas', () => {
  it('ran and printed its JSON report', () => {
    expect(lintRun.output.trimStart().startsWith('['), lintRun.output).toBe(true);
  });

  it.each([...cases.map((c) => c.name), 'sample-static'])('%s: the embedding API and the components it references have no error and no warning', (name) => {
    const own = results.filter((r) => r.source?.includes(`/api/${name}.yaml`) || r.source?.includes(`/${name === 'sample-static' ? 'sample' : name}-openapi/`));
    expect(describeResults(own)).toBe('');
  });

  it('reports nothing anywhere (exit code 0 even at severity hint)', () => {
    expect(describeResults(results)).toBe('');
    expect(lintRun.code, lintRun.output).toBe(0);
  });
});
