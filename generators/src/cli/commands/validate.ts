import { hasErrors } from '../../diagnostics/diagnostic.js';
import { loadCatalogDirs } from '../catalog-dirs.js';
import { exitCode, parseCommandArgs, type Command } from '../command.js';
import { countSummary, formatDiagnostics, reporterOption } from '../reporters.js';

/** `errata validate [CATALOG_DIR...]`: schema and semantic checks, every problem at once. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check catalogs against the schema and the semantic rules',
  usage: `Usage: errata validate [CATALOG_DIR...] [--strict-folder-name] [--reporter text|json|github]

Checks each catalog folder (default: every folder under catalogs/) against
schemas/catalog.schema.json and the semantic rules, and reports every problem
as <file>:<line>:<column>: error <rule-id>: <message>.

A catalog folder directly under a folder named catalogs/ must be named for its
id (rule catalog-id: the folder is the Nx project and the package prefix); a
catalog folder anywhere else (a snapshot such as /tmp/shop-v1) may have any
name. errata generate and errata diff apply the same rule.

Options:
  --strict-folder-name  require the folder name to equal the id wherever the folder is
  --reporter R          text (default), json (a JSON array) or github (Actions annotations)
  -h, --help            show this help

Exit: 0 valid, 1 invalid, 2 usage error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { reporter: { type: 'string' }, 'strict-folder-name': { type: 'boolean' } });
    const reporter = reporterOption(values['reporter']);
    const loaded = loadCatalogDirs('validate', positionals, io, { strictFolderName: values['strict-folder-name'] === true });
    if (!loaded) return exitCode.usage;
    const { loads, diagnostics } = loaded;
    io.stdout.write(formatDiagnostics(diagnostics, reporter));
    if (reporter === 'text') {
      const valid = loads.filter((load) => load.model).length;
      io.stderr.write(`${valid} of ${loads.length} catalog${loads.length === 1 ? '' : 's'} valid (${countSummary(diagnostics)})\n`);
    }
    return hasErrors(diagnostics) ? exitCode.failed : exitCode.ok;
  },
};
