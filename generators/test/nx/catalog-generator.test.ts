import { createTree } from 'nx/src/generators/testing-utils/create-tree.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { catalogGenerator, catalogTemplateOptions } from '../../src/nx/generators/catalog/catalog.js';
import { tempTree } from '../support/temp-catalog.js';

describe('catalog generator', () => {
  it('scaffolds catalog.yaml with the $schema line and a translation per extra locale', async () => {
    const tree = createTree();
    await catalogGenerator(tree, { id: 'billing-api', locales: 'fr, pt-BR', skipFormat: true });
    const text = tree.read('catalogs/billing-api/catalog.yaml', 'utf8') ?? '';
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../schemas/catalog.schema.json');
    const catalog = parse(text) as Record<string, unknown>;
    expect(catalog).toMatchObject({ id: 'billing-api', title: 'Billing API', defaultLocale: 'en', locales: ['en', 'fr', 'pt-BR'] });
    // One example of each feature.
    for (const feature of ['range:', 'prefix:', 'defaults:', 'params:', 'data:', 'deprecated:', 'aliases:', 'sharedCodes:', 'inferred:']) {
      expect(text).toContain(feature);
    }
    for (const locale of ['fr', 'pt-BR']) {
      const translation = tree.read(`catalogs/billing-api/locales/${locale}.yaml`, 'utf8') ?? '';
      expect(translation.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/locale.schema.json');
      expect(parse(translation)).toMatchObject({ locale });
    }
    const created = tree.listChanges().map((change) => change.path).filter((path) => path.startsWith('catalogs/'));
    expect(created.sort()).toEqual([
      'catalogs/billing-api/catalog.yaml',
      'catalogs/billing-api/locales/fr.yaml',
      'catalogs/billing-api/locales/pt-BR.yaml',
    ]);
  });

  it('carries a commented publish example that validates once uncommented', async () => {
    const tree = createTree();
    await catalogGenerator(tree, { id: 'billing-api', skipFormat: true });
    const lines = (tree.read('catalogs/billing-api/catalog.yaml', 'utf8') ?? '').split('\n');
    const start = lines.indexOf('# publish:');
    expect(start).toBeGreaterThan(0);
    let end = start + 1;
    while (lines[end]?.startsWith('#   ')) end++;
    const uncommented = [...lines.slice(0, start), ...lines.slice(start, end).map((line) => line.slice(2)), ...lines.slice(end)].join('\n');
    const files = Object.fromEntries(tree.listChanges().filter((c) => c.path.startsWith('catalogs/')).map((c) => [c.path, c.content?.toString('utf8') ?? '']));
    const root = tempTree({ ...files, 'catalogs/billing-api/catalog.yaml': uncommented });
    const { diagnostics, model } = loadCatalog('catalogs/billing-api', { cwd: root });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model?.publish).toMatchObject({ scope: '@acme', license: 'MIT', access: 'public', tag: 'next', registry: 'https://npm.pkg.github.com' });
    expect(model?.packages.errors).toBe('@acme/billing-api-errors');
  });

  it('points the $schema line at the schemas from a nested directory', () => {
    expect(catalogTemplateOptions({ id: 'a', directory: 'apis/catalogs/' })).toMatchObject({
      catalogDir: 'apis/catalogs/a',
      schemaPath: '../../../schemas/catalog.schema.json',
    });
  });

  it.each([
    { given: { id: 'Billing' }, want: /not kebab-case/ },
    { given: { id: 'billing', locales: 'french' }, want: /not a BCP 47 tag/ },
  ])('rejects $given', ({ given, want }) => {
    expect(() => catalogTemplateOptions(given)).toThrow(want);
  });

  it('refuses to overwrite an existing catalog', async () => {
    const tree = createTree();
    tree.write('catalogs/shop/catalog.yaml', 'id: shop\n');
    await expect(catalogGenerator(tree, { id: 'shop' })).rejects.toThrow(/already exists/);
  });
});
