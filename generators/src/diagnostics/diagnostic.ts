import { compareStrings } from '../util/compare-strings.js';

/** A problem found in an input file, positioned at the offending YAML node. */
export interface Diagnostic {
  /** Path of the file as given to the user (relative to the working directory where possible). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly severity: 'error' | 'warning';
  /** Stable kebab-case id of the rule, e.g. `duplicate-code`. */
  readonly rule: string;
  readonly message: string;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts by file, line, column, rule so output is stable regardless of rule order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.rule, b.rule) || compareStrings(a.message, b.message),
  );
}

/** An error that carries diagnostics to the CLI instead of a stack trace. */
export class DiagnosticsError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}`).join('\n'));
    this.name = 'DiagnosticsError';
  }
}
