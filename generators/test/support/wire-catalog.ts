/**
 * The `fixture-todo` catalog (generators/test/fixtures/wire/fixture-todo; the id keeps clear of a user's own `todo`): string codes, an object
 * envelope, params that name their wire source (`from: data.todoId`, a nested path, integers, a
 * plural), one param with no source, a retryable entry whose data says when, a success code, an
 * internal entry, and a German translation. The wire tests of all three packages run on it.
 */
import { join } from 'node:path';
import { loadCatalog } from '../../src/load/load-catalog.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { workspaceRoot } from './workspace-catalogs.js';

/** The folder of the fixture, relative to the repository root. */
export const todoCatalogDir = join('generators', 'test', 'fixtures', 'wire', 'fixture-todo');

/** The model of the todo fixture, through the real loader; throws with the diagnostics when it does not load. */
export function todoCatalog(): CatalogModel {
  const load = loadCatalog(todoCatalogDir, { cwd: workspaceRoot });
  if (!load.model) {
    const problems = load.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.rule}: ${d.message}`).join('\n');
    throw new Error(`${todoCatalogDir} does not load:\n${problems}`);
  }
  return load.model;
}
