import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { jsonText } from '../util/json-text.js';
import { UsageError } from './command.js';

export type Reporter = 'text' | 'json' | 'github';

/** Reads `--reporter`, defaulting to text. */
export function reporterOption(value: string | boolean | undefined): Reporter {
  if (value === undefined) return 'text';
  if (value === 'text' || value === 'json' || value === 'github') return value;
  throw new UsageError(`unknown reporter "${String(value)}"; use text, json or github`);
}

/** Formats diagnostics, sorted, as lines (`file:line:col: error rule: message`), a JSON array, or GitHub Actions annotations. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], reporter: Reporter): string {
  const sorted = sortDiagnostics(diagnostics);
  switch (reporter) {
    case 'json':
      return jsonText(sorted);
    case 'github':
      return sorted
        .map((d) => `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}::${escapeData(d.message)}\n`)
        .join('');
    case 'text':
      return sorted.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.rule}: ${d.message}\n`).join('');
  }
}

// Workflow-command escaping as in @actions/core.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** "2 errors, 1 warning". */
export function countSummary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}
