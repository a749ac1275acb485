import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { WorkspaceFile } from '../load/workspace-file.js';
import { checkPublishBlock } from './rules/publish-rules.js';
import { schemaDiagnostics, type SchemaValidators } from './schema-validation.js';
import { unlessReported } from './validate-catalog.js';

/**
 * Syntax, schema and semantic diagnostics of the workspace's errata.yaml, each at its own file and
 * node. An absent file has none; so has one holding only comments (it sets nothing).
 */
export function validateWorkspaceFile(file: WorkspaceFile, schemas: SchemaValidators): Diagnostic[] {
  const diagnostics: Diagnostic[] = [...file.diagnostics];
  const source = file.source;
  if (!source) return diagnostics;
  diagnostics.push(...source.syntaxDiagnostics);
  if (!source.readable || source.data === undefined || source.data === null) return diagnostics;
  diagnostics.push(...unlessReported(schemaDiagnostics(source, schemas.workspace), source.syntaxDiagnostics));
  const data = source.data as { publish?: unknown };
  checkPublishBlock(typeof data === 'object' ? data.publish : undefined, (path, rule, message) =>
    diagnostics.push({ file: source.file, ...source.locate(['publish', ...path]), severity: 'error', rule, message }),
  );
  return diagnostics;
}
