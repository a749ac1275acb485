import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CreateNodesResult, ProjectConfiguration } from '@nx/devkit';
import { afterEach, describe, expect, it } from 'vitest';
import { readGeneratedManifest } from '../../src/nx/package-project.js';
import { createNodesV2, inferErrataNodes, PROJECT_FILES_GLOB } from '../../src/nx/plugin.js';
import { GENERATOR_DEPENDENCIES } from '../../src/nx/plugin-options.js';

const CATALOG = `# yaml-language-server: $schema=../../schemas/catalog.schema.json
id: shop
title: Shop API
version: 1.2.0
defaultLocale: en
locales: [en, fr]
envelope: { shape: object, codeType: integer }
groups: []
`;

function generatedManifest(kind: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    name: `@errata/shop-${kind}`,
    type: 'module',
    types: './index.d.ts',
    exports: { '.': { types: './index.d.ts', default: './index.js' } },
    errata: { catalog: 'shop', kind },
    ...extra,
  });
}

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A temporary workspace holding `files`; returns its root. */
function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'errata-nx-plugin-'));
  roots.push(root);
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  return root;
}

const REPO_FILES = {
  'catalogs/shop/catalog.yaml': CATALOG,
  'catalogs/shop/locales/fr.yaml': 'locale: fr\nentries: {}\n',
  'packages/shop-errors/package.json': generatedManifest('errors'),
  'packages/shop-openapi/package.json': generatedManifest('openapi'),
  'packages/shop-i18n/package.json': generatedManifest('i18n'),
  'packages/runtime/package.json': JSON.stringify({ name: '@errata/runtime' }),
  'generators/package.json': JSON.stringify({ name: '@errata/generators' }),
  'generators/tsconfig.build.json': '{}',
};
const MATCHED = [
  'catalogs/shop/catalog.yaml',
  'packages/shop-errors/package.json',
  'packages/shop-openapi/package.json',
  'packages/shop-i18n/package.json',
  'packages/runtime/package.json',
  'generators/tsconfig.build.json',
];

function infer(root: string, files = MATCHED, options = {}): Map<string, CreateNodesResult> {
  const context = { workspaceRoot: root, nxJsonConfiguration: {} };
  return new Map(inferErrataNodes(files, options, context, join(root, '.nx/workspace-data/errata.hash')));
}

function project(results: Map<string, CreateNodesResult>, file: string, root: string): ProjectConfiguration {
  const config = results.get(file)?.projects?.[root];
  if (!config) throw new Error(`no project at ${root} from ${file}`);
  return config as ProjectConfiguration;
}

describe('createNodesV2', () => {
  it('matches catalogs, generated packages and the generators build config', () => {
    expect(createNodesV2[0]).toBe(PROJECT_FILES_GLOB);
    expect(PROJECT_FILES_GLOB).toBe('{catalogs/*/catalog.yaml,packages/*/package.json,generators/tsconfig.build.json}');
  });

  it('infers a catalog project with cacheable validate and generate', () => {
    const catalog = project(infer(workspace(REPO_FILES)), 'catalogs/shop/catalog.yaml', 'catalogs/shop');
    expect(catalog).toMatchObject({
      name: 'shop',
      root: 'catalogs/shop',
      tags: ['errata:catalog', 'locale:en', 'locale:fr'],
      implicitDependencies: ['@errata/generators'],
      metadata: { description: 'Shop API error catalog' },
    });
    const { validate, generate } = catalog.targets ?? {};
    expect(validate?.options).toEqual({ command: 'node generators/bin/errata.js validate catalogs/shop' });
    // generate runs through the package's executor, which Nx batches: one process for every catalog of a run.
    expect(generate?.options).toEqual({ catalog: 'catalogs/shop' });
    expect(validate).toMatchObject({ executor: 'nx:run-commands' });
    expect(generate).toMatchObject({ executor: '@errata/generators:generate' });
    for (const target of [validate, generate]) {
      expect(target).toMatchObject({ cache: true, dependsOn: ['^build'] });
      expect(target?.inputs).toEqual(
        expect.arrayContaining([
          '{projectRoot}/**/*',
          '{workspaceRoot}/schemas/**/*',
          '{workspaceRoot}/generators/src/**/*',
          '{workspaceRoot}/generators/templates/**/*',
          '{workspaceRoot}/generators/package.json',
          { externalDependencies: [...GENERATOR_DEPENDENCIES] },
        ]),
      );
    }
    expect(validate?.outputs).toEqual([]);
    expect(generate?.outputs).toEqual([
      '{workspaceRoot}/packages/shop-errors',
      '{workspaceRoot}/packages/shop-openapi',
      '{workspaceRoot}/packages/shop-i18n',
      '{workspaceRoot}/packages/shop-docs',
    ]);
  });

  it('infers a typecheck project for each generated package, depending on its catalog', () => {
    const results = infer(workspace(REPO_FILES));
    for (const kind of ['errors', 'openapi', 'i18n']) {
      const root = `packages/shop-${kind}`;
      const config = project(results, `${root}/package.json`, root);
      expect(config).toMatchObject({
        name: `@errata/shop-${kind}`,
        tags: ['errata:package', `errata:${kind}`, 'catalog:shop'],
        implicitDependencies: ['shop'],
      });
      expect(config.targets?.['typecheck']).toMatchObject({
        executor: 'nx:run-commands',
        cache: true,
        dependsOn: ['^generate'],
        // The declarations and manifests as generate leaves them: Nx hashes `default` before generate runs.
        inputs: [
          'default',
          '^default',
          { dependentTasksOutputFiles: '**/*.d.ts' },
          { dependentTasksOutputFiles: '**/package.json' },
          { externalDependencies: ['typescript'] },
        ],
        options: { command: expect.stringMatching(new RegExp(`^tsc --noEmit --strict .* ${root}/index\\.d\\.ts$`)) },
      });
      // Nx Release publishes through this target (`nx release publish` requires it); never cached.
      expect(config.targets?.['nx-release-publish']).toEqual(expect.objectContaining({ executor: '@errata/generators:release-publish', dependsOn: ['^nx-release-publish'] }));
      expect(config.targets?.['nx-release-publish']?.cache).toBeUndefined();
    }
    // A hand-written package is left to Nx's package.json inference.
    expect(results.get('packages/runtime/package.json')).toEqual({});
  });

  it('adds a cacheable build of generators/dist that catalog targets depend on', () => {
    const results = infer(workspace(REPO_FILES));
    const generators = project(results, 'generators/tsconfig.build.json', 'generators');
    expect(generators.name).toBe('@errata/generators');
    expect(generators.targets?.['build']).toMatchObject({
      cache: true,
      options: { command: 'tsc -b generators/tsconfig.build.json' },
      outputs: ['{projectRoot}/dist'],
    });
  });

  it('leaves out links to projects that are not in the workspace', () => {
    const root = workspace(REPO_FILES);
    const results = infer(root, ['packages/shop-errors/package.json']);
    const orphan = project(results, 'packages/shop-errors/package.json', 'packages/shop-errors');
    expect(orphan.implicitDependencies).toBeUndefined();
    // No generate runs first, so the files on disk are what tsc reads: `default` alone is exact.
    expect(orphan.targets?.['typecheck']?.dependsOn).toEqual([]);
    expect(orphan.targets?.['typecheck']?.inputs).toEqual(['default', '^default', { externalDependencies: ['typescript'] }]);
    const alone = project(infer(root, ['catalogs/shop/catalog.yaml']), 'catalogs/shop/catalog.yaml', 'catalogs/shop');
    expect(alone.implicitDependencies).toBeUndefined();
    expect(alone.targets?.['generate']?.dependsOn).toBeUndefined();
  });

  it('honours options for the command, inputs and target names', () => {
    const options = {
      errata: 'npx errata',
      generatorInputs: [{ externalDependencies: ['@errata/generators'] }],
      generateTargetName: 'codegen',
    };
    const catalog = project(infer(workspace(REPO_FILES), MATCHED, options), 'catalogs/shop/catalog.yaml', 'catalogs/shop');
    expect(catalog.targets?.['validate']).toMatchObject({ options: { command: 'npx errata validate catalogs/shop' } });
    expect(catalog.targets?.['codegen']).toMatchObject({
      executor: '@errata/generators:generate',
      options: { catalog: 'catalogs/shop' },
      inputs: ['{projectRoot}/**/*', '{workspaceRoot}/errata.yaml', '{workspaceRoot}/schemas/workspace.schema.json', { externalDependencies: ['@errata/generators'] }],
    });
  });

  it('still infers the project of a catalog that does not parse, so validate can report it', () => {
    const root = workspace({ 'catalogs/broken/catalog.yaml': 'id: [unclosed\n' });
    const broken = project(infer(root, ['catalogs/broken/catalog.yaml']), 'catalogs/broken/catalog.yaml', 'catalogs/broken');
    expect(broken.name).toBe('broken');
    expect(Object.keys(broken.targets ?? {})).toEqual(['validate', 'generate']);
  });

  it('caches nodes by content hash in the workspace data directory', () => {
    const root = workspace(REPO_FILES);
    const cacheFile = join(root, '.nx/workspace-data/errata.hash');
    infer(root);
    const first = JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(first)).toHaveLength(MATCHED.length);
    // A cached entry is served as stored, without parsing the file again.
    const [hash] = Object.keys(first);
    const marked = { ...first, [hash!]: { projects: { marker: { root: 'marker' } } } };
    writeFileSync(cacheFile, JSON.stringify(marked));
    expect([...infer(root).values()].some((result) => result.projects?.['marker'])).toBe(true);
    // Editing a catalog replaces its entry instead of growing the file.
    writeFileSync(join(root, 'catalogs/shop/catalog.yaml'), CATALOG.replace('Shop API', 'Store API'));
    const edited = infer(root);
    expect(project(edited, 'catalogs/shop/catalog.yaml', 'catalogs/shop').metadata?.description).toBe('Store API error catalog');
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')) as object)).toHaveLength(MATCHED.length);
  });

  it('runs as Nx calls it, writing its cache under .nx/workspace-data', async () => {
    const root = workspace(REPO_FILES);
    const results = await createNodesV2[1](MATCHED, undefined, { workspaceRoot: root, nxJsonConfiguration: {} });
    expect(results.map(([file]) => file)).toEqual(MATCHED);
    expect(existsSync(join(root, '.nx/workspace-data'))).toBe(true);
  });
});

describe('readGeneratedManifest', () => {
  const rows: { given: unknown; want: unknown }[] = [
    { given: { name: 'x' }, want: undefined },
    { given: { errata: { catalog: 'a' } }, want: undefined },
    { given: { errata: { catalog: 'a', kind: 'errors' } }, want: { catalog: 'a', kind: 'errors', declarations: [] } },
    {
      given: {
        name: '@a/i18n',
        typings: 'lib/a.d.ts',
        exports: { '.': { types: './index.d.ts' }, './messages/*.json': { types: './messages/*.d.ts' } },
        errata: { catalog: 'a', kind: 'i18n' },
      },
      want: { name: '@a/i18n', catalog: 'a', kind: 'i18n', declarations: ['index.d.ts', 'lib/a.d.ts'] },
    },
  ];
  it.each(rows)('reads $given', ({ given, want }) => {
    expect(readGeneratedManifest(given)).toEqual(want);
  });
});
