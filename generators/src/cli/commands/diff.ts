import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { atLeast, changeClasses, type CatalogDiff, type ChangeClass } from '../../diff/catalog-diff.js';
import { diffCatalogs } from '../../diff/diff-catalog.js';
import { formatDiffJson, formatDiffText } from '../../diff/format-diff.js';
import { loadCatalog } from '../../load/load-catalog.js';
import { createSchemaValidators } from '../../validate/schema-validation.js';
import { exitCode, parseCommandArgs, UsageError, type CliIO, type Command } from '../command.js';
import { formatDiagnostics, reporterOption, type Reporter } from '../reporters.js';

/** `errata diff OLD_DIR NEW_DIR [--json] [--fail-on CLASS]`: classify the changes between two versions of a catalog. */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'classify the changes between two versions of a catalog as breaking, minor or patch',
  usage: `Usage: errata diff OLD_DIR NEW_DIR [--json] [--fail-on breaking|minor|patch]
                   [--strict-folder-name] [--reporter text|json|github]

Compares two versions of a catalog and prints each change on one line,
  <class> <key> <kind>: <what changed>
with its class (breaking, minor, patch), then the semver bump each generated
package (errors, openapi, i18n, docs) needs, and last whether NEW_DIR's catalog
version carries it (\`version: carried: ...\` or \`version: not carried: ...\`).
The rules are explained in docs/diff-rules.md.

OLD_DIR may be a snapshot of the catalog folder under any name (for example
\`git worktree add /tmp/base main\`, then /tmp/base/catalogs/<id>). As for
errata validate, only a folder directly under a folder named catalogs/ must be
named for its id (rule catalog-id).

Options:
  --json                print { changes, bumps, version } as JSON
  --fail-on CLASS       also exit 1 when any change is CLASS or more severe:
                        breaking, minor or patch (\`--fail-on breaking\`: any
                        breaking change fails, even with the right major bump)
  --strict-folder-name  require both folder names to equal the id wherever they are
  --reporter R          how to print problems in an invalid catalog: text (default), json, github
  -h, --help            show this help

Exit: 0 the new version carries every bump the changes need; 1 it does not, or
--fail-on found a change of that class; 2 usage error, missing folder or
invalid catalog.
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
    'fail-on': { type: 'string' },
    'strict-folder-name': { type: 'boolean' },
    reporter: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help']) {
    io.stdout.write(diffCommand.usage);
    return exitCode.ok;
  }
  const reporter = reporterOption(values['reporter']);
  const failOn = failOnOption(values['fail-on']);
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
  // The loader's one folder-name rule, as for validate: a snapshot outside catalogs/ may have any name;
  // a changed id is reported by the diff itself (catalog-id-changed).
  const loads = dirs.map((dir) => loadCatalog(dir, { cwd: io.cwd, schemas, strictFolderName: values['strict-folder-name'] === true }));
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
  const failed = failOn === undefined ? undefined : failOnMessage(diff, failOn);
  if (failed) io.stderr.write(`errata diff: ${failed}\n`);
  return diff.version.carried && !failed ? exitCode.ok : exitCode.failed;
}

/** `--fail-on breaking|minor|patch`, or undefined when not given. */
function failOnOption(value: string | boolean | undefined): ChangeClass | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (changeClasses as readonly string[]).includes(value)) return value as ChangeClass;
  throw new UsageError(`--fail-on takes one of ${changeClasses.join(', ')}; got ${JSON.stringify(value)}`);
}

/** One line saying why `--fail-on` fails the run, or undefined when no change reaches its class. */
function failOnMessage(diff: CatalogDiff, failOn: ChangeClass): string | undefined {
  const hits = diff.changes.filter((c) => atLeast(c.class, failOn));
  if (hits.length === 0) return undefined;
  const counts = changeClasses
    .map((cls) => [cls, hits.filter((c) => c.class === cls).length] as const)
    .filter(([, n]) => n > 0)
    .map(([cls, n]) => `${n} ${cls}`);
  const what = failOn === 'breaking' ? `${hits.length} breaking change${hits.length === 1 ? '' : 's'}` : `${hits.length} change${hits.length === 1 ? '' : 's'} ${failOn} or more severe (${counts.join(', ')})`;
  const version = diff.version.carried ? 'although the version carries the bump' : 'and the version does not carry the bump either';
  return `exit 1 because of --fail-on ${failOn}: ${what}, ${version}`;
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
