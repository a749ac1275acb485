/**
 * Writes catalog data as catalog.yaml text: the yaml-language-server schema line, then the catalog,
 * stable and unwrapped.
 */
import { stringify } from 'yaml';
import type { CatalogData } from './build-catalog.js';

/** Public URL of the catalog schema, for catalogs written outside the repository. */
export const catalogSchemaUrl = 'https://errata.dev/schemas/catalog.schema.json';

/** catalog.yaml text for the data; `schemaRef` is the relative path or URL of the schema. */
export function catalogYaml(catalog: CatalogData, schemaRef: string = catalogSchemaUrl): string {
  const body = stringify(catalog, { lineWidth: 0, indent: 2, sortMapEntries: false, aliasDuplicateObjects: false });
  return `# yaml-language-server: $schema=${schemaRef}\n${body}`;
}
