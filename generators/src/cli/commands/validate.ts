import { hasErrors, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { loadCatalog } from '../../load/load-catalog.js';
import { createSchemaValidators } from '../../validate/schema-validation.js';
import { catalogDirs } from '../catalog-dirs.js';
import { exitCode, parseCommandArgs, type Command } from '../command.js';
import { countSummary, formatDiagnostics, reporterOption } from '../reporters.js';

/** `errata validate [CATALOG_DIR...]`: schema and semantic checks, every problem at once. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check catalogs against the schema and the semantic rules',
  usage: `Usage: errata validate [CATALOG_DIR...] [--reporter text|json|github]

Checks each catalog folder (default: every folder under catalogs/) against
schemas/catalog.schema.json and the semantic rules, and reports every problem
as <file>:<line>:<column>: error <rule-id>: <message>.

Options:
  --reporter R  text (default), json (a JSON array) or github (Actions annotations)
  -h, --help    show this help

Exit: 0 valid, 1 invalid, 2 usage error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { reporter: { type: 'string' } });
    const reporter = reporterOption(values['reporter']);
    const dirs = catalogDirs(positionals, io.cwd);
    if (dirs.length === 0) {
      io.stderr.write('errata validate: no catalogs found; pass a catalog folder or run from the repository root (catalogs/<id>/catalog.yaml)\n');
      return exitCode.usage;
    }
    const schemas = createSchemaValidators();
    const diagnostics: Diagnostic[] = [];
    let valid = 0;
    for (const dir of dirs) {
      const result = loadCatalog(dir, { cwd: io.cwd, schemas });
      diagnostics.push(...result.diagnostics);
      if (result.model) valid++;
    }
    io.stdout.write(formatDiagnostics(diagnostics, reporter));
    if (reporter === 'text') {
      io.stderr.write(`${valid} of ${dirs.length} catalog${dirs.length === 1 ? '' : 's'} valid (${countSummary(diagnostics)})\n`);
    }
    return hasErrors(diagnostics) ? exitCode.failed : exitCode.ok;
  },
};
