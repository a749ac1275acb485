/** The catalog project's targets hash the workspace settings its packages inherit. */
import { describe, expect, it } from 'vitest';
import { catalogProject } from '../../src/nx/catalog-project.js';
import { normalizeOptions } from '../../src/nx/plugin-options.js';

describe('catalogProject', () => {
  const input = { id: 'shop', root: 'catalogs/shop', summary: { title: 'Shop API' }, generatorsProject: '@errata/generators' };

  it('lists errata.yaml and its schema among the inputs of validate and generate', () => {
    const { targets } = catalogProject(input, normalizeOptions(undefined));
    for (const name of ['validate', 'generate']) {
      expect(targets?.[name]?.inputs, name).toEqual(expect.arrayContaining(['{projectRoot}/**/*', '{workspaceRoot}/errata.yaml', '{workspaceRoot}/schemas/workspace.schema.json']));
    }
  });

  it('keeps them when the generators come from npm (generatorInputs replaced)', () => {
    const options = normalizeOptions({ generatorInputs: [{ externalDependencies: ['@errata/generators'] }] });
    const { targets } = catalogProject(input, options);
    expect(targets?.['generate']?.inputs).toEqual([
      '{projectRoot}/**/*',
      '{workspaceRoot}/errata.yaml',
      '{workspaceRoot}/schemas/workspace.schema.json',
      { externalDependencies: ['@errata/generators'] },
    ]);
  });
});
