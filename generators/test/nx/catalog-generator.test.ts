import { createTree } from 'nx/src/generators/testing-utils/create-tree.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogGenerator, catalogTemplateOptions } from '../../src/nx/generators/catalog/catalog.js';

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
