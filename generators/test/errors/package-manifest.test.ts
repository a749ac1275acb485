/** The generated package.json carries the catalog's publishing settings, in a fixed order, and stays publint-clean. */
import { join } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import { emitCatalog } from '../../src/emit/emit-catalog.js';
import { emitErrorsPackage } from '../../src/emit/errors/errors-package.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import type { CatalogModel, PublishModel } from '../../src/model/catalog-model.js';
import { catalog, sampleCatalog, testContext } from '../support/model-fixtures.js';
import { tempTree } from '../support/temp-catalog.js';
import { binPath, run, tempDir, writePackage } from './support/temp-project.js';

/** Every publishing field set. */
const fullPublish: PublishModel = {
  scope: '@acme',
  license: 'MIT OR Apache-2.0',
  author: 'Acme Inc. <oss@acme.dev> (https://acme.dev)',
  repository: { type: 'git', url: 'git+https://github.com/acme/api.git', directory: 'libs/errors' },
  homepage: 'https://acme.dev/api/errors',
  bugs: { url: 'https://github.com/acme/api/issues', email: 'oss@acme.dev' },
  access: 'restricted',
  registry: 'https://npm.acme.dev/',
  tag: 'next',
};

function withPublish(publish: PublishModel): CatalogModel {
  const model = sampleCatalog();
  return { ...model, packages: { errors: '@acme/sample-errors', openapi: '@acme/sample-openapi', i18n: '@acme/sample-i18n', docs: '@acme/sample-docs' }, publish };
}

/** package.json of each generated package of `model`, by folder. */
function manifests(model: CatalogModel): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    emitCatalog(model, testContext).map((pkg) => [pkg.dir, JSON.parse(pkg.files.find((f) => f.path === 'package.json')!.contents) as Record<string, unknown>]),
  );
}

describe('package.json of a generated package', () => {
  it('carries every publishing field, with a repository directory per package', () => {
    const all = manifests(withPublish(fullPublish));
    for (const kind of ['errors', 'openapi', 'i18n', 'docs']) {
      const manifest = all[`sample-${kind}`]!;
      expect(manifest).toMatchObject({
        name: `@acme/sample-${kind}`,
        license: 'MIT OR Apache-2.0',
        author: 'Acme Inc. <oss@acme.dev> (https://acme.dev)',
        homepage: 'https://acme.dev/api/errors',
        repository: { type: 'git', url: 'git+https://github.com/acme/api.git', directory: `libs/errors/sample-${kind}` },
        bugs: { url: 'https://github.com/acme/api/issues', email: 'oss@acme.dev' },
        publishConfig: { access: 'restricted', registry: 'https://npm.acme.dev/', tag: 'next' },
      });
    }
  });

  it('puts the fields in a fixed order', () => {
    const manifest = manifests(withPublish(fullPublish))['sample-errors']!;
    expect(Object.keys(manifest)).toEqual([
      'name',
      'version',
      'description',
      'license',
      'author',
      'homepage',
      'repository',
      'bugs',
      'type',
      'sideEffects',
      'types',
      'exports',
      'files',
      'keywords',
      'publishConfig',
      'errata',
    ]);
  });

  it('with nothing set: UNLICENSED, still publishable as public, no empty fields', () => {
    const manifest = manifests(catalog([], { publish: { scope: '@errata', license: 'UNLICENSED', access: 'public' } }))['sample-errors']!;
    expect(manifest['license']).toBe('UNLICENSED');
    expect(manifest['private']).toBeUndefined();
    expect(manifest['publishConfig']).toEqual({ access: 'public' });
    for (const field of ['author', 'homepage', 'repository', 'bugs']) expect(manifest[field], field).toBeUndefined();
  });

  it('a workspace scope names the packages and the README install line', () => {
    const root = tempTree({
      'package.json': '{ "private": true, "workspaces": ["packages/*"] }\n',
      'errata.yaml': 'publish:\n  scope: "@acme"\n  license: MIT\n  repository: https://github.com/acme/api\n',
      'catalogs/shop/catalog.yaml': `id: shop
title: Shop
version: 2.0.0
defaultLocale: en
envelope: { shape: object, codeType: integer }
groups: [{ name: general, entries: [{ key: NOT_FOUND, code: 404, message: Not found }] }]
`,
    });
    const { model, diagnostics } = loadCatalog('catalogs/shop', { cwd: root });
    expect(diagnostics).toEqual([]);
    const pkg = emitErrorsPackage(model!, testContext);
    const manifest = JSON.parse(pkg.files.find((f) => f.path === 'package.json')!.contents) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      name: '@acme/shop-errors',
      version: '2.0.0',
      license: 'MIT',
      repository: { type: 'git', url: 'git+https://github.com/acme/api.git', directory: 'packages/shop-errors' },
      publishConfig: { access: 'public' },
    });
    const readme = pkg.files.find((f) => f.path === 'README.md')!.contents;
    expect(readme).toContain('npm install @acme/shop-errors');
    expect(readme).not.toContain('@errata/shop-errors');
  });
});

describe('publint', () => {
  test('a generated package with every publishing field set passes --strict', async () => {
    const pkg = emitErrorsPackage(withPublish(fullPublish), testContext);
    const dir = writePackage(join(tempDir('publint-publish'), 'package'), pkg);
    const result = await run(process.execPath, [binPath('publint'), dir, '--strict'], dir);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('All good!');
  }, 60_000);
});
