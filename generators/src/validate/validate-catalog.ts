import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CatalogFiles } from '../load/catalog-files.js';
import { createRuleContext, type Rule, type ValidationOptions } from './rule-context.js';
import { catalogIdentity, envelopeShape, groupShapes } from './rules/catalog-rules.js';
import { dataSchemas, deprecationReplacements, identifierCollisions, uniqueAnchors, uniqueKeys } from './rules/identity-rules.js';
import { localeFiles } from './rules/locale-rules.js';
import { messageParams, translationPlaceholders } from './rules/message-rules.js';
import { paramSources } from './rules/param-source-rules.js';
import { publishSettings } from './rules/publish-rules.js';
import { codeTypes, groupRanges, uniqueCodes } from './rules/wire-code-rules.js';
import { schemaDiagnostics, type SchemaValidators } from './schema-validation.js';

/** Every semantic rule, run after the schema check. Each reports independently, so all problems surface in one run. */
const semanticRules: readonly Rule[] = [
  catalogIdentity,
  groupShapes,
  envelopeShape,
  uniqueKeys,
  identifierCollisions,
  uniqueAnchors,
  uniqueCodes,
  codeTypes,
  groupRanges,
  messageParams,
  paramSources,
  deprecationReplacements,
  dataSchemas,
  localeFiles,
  translationPlaceholders,
  publishSettings,
];

/** Syntax, schema and semantic diagnostics of a catalog folder's files. */
export function validateCatalogFiles(files: CatalogFiles, schemas: SchemaValidators, options: ValidationOptions = { strictFolderName: false }): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...files.diagnostics];
  const catalog = files.catalog;
  if (!catalog) return diagnostics;
  diagnostics.push(...catalog.syntaxDiagnostics);
  for (const { source } of files.locales) {
    diagnostics.push(...source.syntaxDiagnostics);
    if (source.readable) diagnostics.push(...unlessReported(schemaDiagnostics(source, schemas.locale), source.syntaxDiagnostics));
  }
  // A warning (an unresolved tag, say) leaves the data readable: it still goes through every check below.
  if (!catalog.readable) return diagnostics;
  if (catalog.data === undefined || catalog.data === null) {
    diagnostics.push({ file: catalog.file, line: 1, column: 1, severity: 'error', rule: 'empty-catalog', message: 'catalog.yaml is empty; start from `npx nx g @errata/generators:catalog <id>`' });
    return diagnostics;
  }
  diagnostics.push(...unlessReported(schemaDiagnostics(catalog, schemas.catalog), catalog.syntaxDiagnostics));
  const context = createRuleContext(files, catalog, schemas, options, diagnostics);
  for (const rule of semanticRules) rule(context);
  return diagnostics;
}

/** Schema errors about a node the loader already reported (a `.inf`, a timestamp it turned into null): one problem, one line. */
export function unlessReported(schema: readonly Diagnostic[], loader: readonly Diagnostic[]): Diagnostic[] {
  const taken = new Set(loader.filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column}`));
  return schema.filter((d) => !taken.has(`${d.line}:${d.column}`));
}
