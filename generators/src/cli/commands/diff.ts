import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { diffCatalogs } from '../../diff/diff-catalog.js';
import { formatDiffJson, formatDiffText } from '../../diff/format-diff.js';
import { loadCatalog, type CatalogLoad } from '../../load/load-catalog.js';
import { createSchemaValidators, type SchemaValidators } from '../../validate/schema-validation.js';
import { exitCode, parseCommandArgs, UsageError, type CliIO, type Command } from '../command.js';
import { formatDiagnostics, reporterOption, type Reporter } from '../reporters.js';

/** `errata diff OLD_DIR NEW_DIR [--json]`: classify the changes between two versions of a catalog. */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'classify the changes between two versions of a catalog as breaking, minor or patch',
  usage: `Usage: errata diff OLD_DIR NEW_DIR [--json] [--reporter text|json|github]

Compares two versions of a catalog and prints each change on one line,
  <class> <key> <kind>: <what changed>
with its class (breaking, minor, patch), then the semver bump each generated
package (errors, openapi, i18n) needs and whether NEW_DIR's catalog version
already carries it. The rules are explained in docs/diff-rules.md.

OLD_DIR may be a snapshot of the catalog folder under any name (for example
\`git worktree add /tmp/base main\`, then /tmp/base/catalogs/<id>).

Options:
  --json        print { changes, bumps, version } as JSON
  --reporter R  how to print problems in an invalid catalog: text (default), json, github
  -h, --help    show this help

Exit: 0 no breaking change, 1 breaking change, 2 usage error, missing folder or invalid catalog.
`,
  async run(argv, io) {
    try {
      return runDiff(argv, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`errata diff: ${error.message}\nRun \`errata diff --help\` for usage.\n`);
      return exitCode.usage;
    }
  },
};

function runDiff(argv: readonly string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(argv, {
    json: { type: 'boolean' },
    reporter: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.stdout.write(diffCommand.usage);
    return exitCode.ok;
  }
  const reporter = reporterOption(values['reporter']);
  if (positionals.length !== 2) {
    throw new UsageError(`expected two catalog folders, OLD_DIR and NEW_DIR; got ${positionals.length}`);
  }
  const dirs = positionals.map((dir) => catalogDir(dir, io.cwd));
  const missing = dirs.filter((dir) => !isDirectory(resolve(io.cwd, dir)));
  if (missing.length > 0) {
    for (const dir of missing) io.stderr.write(`errata diff: no catalog folder at ${dir}; pass a folder that holds a catalog.yaml\n`);
    return exitCode.usage;
  }
  const schemas = createSchemaValidators();
  const loads = dirs.map((dir) => loadForDiff(dir, io.cwd, schemas));
  const diagnostics = loads.flatMap((load) => load.diagnostics);
  const [before, after] = loads.map((load) => load.model);
  if (!before || !after || hasErrors(diagnostics)) {
    // Warnings alone are `errata validate`'s business; they are shown only next to the errors.
    io.stderr.write(formatDiagnostics(diagnostics, reporter));
    const invalid = loads.filter((load) => !load.model).map((load) => load.dir);
    writeInvalid(io, reporter, invalid);
    return exitCode.usage;
  }
  const diff = diffCatalogs(before, after);
  io.stdout.write(values['json'] ? formatDiffJson(diff) : formatDiffText(diff));
  return diff.changes.some((c) => c.class === 'breaking') ? exitCode.failed : exitCode.ok;
}

function writeInvalid(io: CliIO, reporter: Reporter, dirs: readonly string[]): void {
  if (reporter !== 'text') return;
  const list = dirs.length > 0 ? dirs.join(' and ') : 'the catalogs';
  io.stderr.write(`errata diff: cannot compare: ${list} ${dirs.length === 1 ? 'is' : 'are'} not valid; fix the problems above (errata validate)\n`);
}

/** A path to a `catalog.yaml` stands for its folder. */
function catalogDir(path: string, cwd: string): string {
  return basename(path) === 'catalog.yaml' && !isDirectory(resolve(cwd, path)) ? dirname(path) : path;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** loadCatalog, except that the folder name need not equal the id: the old version is usually a snapshot elsewhere. A changed id is reported by the diff itself. */
function loadForDiff(dir: string, cwd: string, schemas: SchemaValidators): CatalogLoad {
  return loadCatalog(dir, { cwd, schemas, folderMustMatchId: false });
}
