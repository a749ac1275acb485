import { rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import { loadCatalog, type LoadOptions } from '../../src/load/load-catalog.js';
import { createSchemaValidators } from '../../src/validate/schema-validation.js';
import { tempTree } from './temp-catalog.js';

/**
 * For row-by-row rule tests: loads catalog `demo` from files written into a fresh temporary folder.
 * The schemas are compiled once per test file (each row then costs a load, not an Ajv compile), and
 * the folders are removed when the file's tests end.
 */
export function catalogRowLoader(): (files: Record<string, string>, options?: Omit<LoadOptions, 'cwd' | 'schemas'>) => ReturnType<typeof loadCatalog> {
  const schemas = createSchemaValidators();
  const made: string[] = [];
  afterAll(() => {
    for (const root of made) rmSync(root, { recursive: true, force: true });
  });
  return (files, options = {}) => {
    const root = tempTree(files);
    made.push(root);
    return loadCatalog('demo', { ...options, cwd: root, schemas });
  };
}
