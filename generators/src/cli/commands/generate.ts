import { resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { GeneratedPackage } from '../../emit/virtual-file.js';
import { displayPath } from '../../util/display-path.js';
import { acquireOutputLock, LockTimeoutError, type OutputLock } from '../../write/output-lock.js';
import { planPackage, writePackage } from '../../write/package-writer.js';
import { planOutput, staleCount, type OutputPlan } from '../../write/output-plan.js';
import { lockfileDrift, lockfileWorkspace, syncLockfile } from '../../write/workspace-lockfile.js';
import { loadCatalogDirs } from '../catalog-dirs.js';
import { generatedPackages } from '../generated-packages.js';
import { exitCode, parseCommandArgs, UsageError, type CliIO, type Command } from '../command.js';
import { formatDiagnostics, reporterOption } from '../reporters.js';
import type { SchemaValidators } from '../../validate/schema-validation.js';

/** `errata generate [CATALOG_DIR...] [--out DIR] [--check]`. */
export const generateCommand: Command = {
  name: 'generate',
  summary: 'write the errors, openapi, i18n and docs packages of each catalog',
  usage: `Usage: errata generate [CATALOG_DIR...] [--out DIR] [--check] [--wait SECS] [--reporter text|json|github]

Validates each catalog (default: every folder under catalogs/) and writes its
packages <id>-errors, <id>-openapi, <id>-i18n and <id>-docs under packages/
(or DIR).
Nothing is written unless every catalog is valid; each package is staged and
swapped in whole, so a failed run leaves the previous output as it was. A run
holds a lock on the output folder while it writes, so two runs at once never
mix packages of two versions of a catalog. When the packages are npm workspaces
(packages/* in the root package.json), package-lock.json is brought up to date
with \`npm install --package-lock-only\`, so \`npm ci\` keeps working.

Options:
  --out DIR     output folder (default: packages)
  --check       write nothing; exit 1 naming each file that would change
                (package-lock.json too, when it misses a generated package)
  --wait SECS   how long to wait while another run writes the same folder
                (default 300; 0 refuses at once)
  --reporter R  text (default), json or github, for diagnostics
  -h, --help    show this help

Exit: 0 ok, 1 invalid catalog or (with --check) out-of-date output, 2 usage error.
`,
  run: (argv, io) => generate(argv, io),
};

/** What a caller running many generates in one process shares between them (the Nx batch executor). */
export interface GenerateShared {
  /** Compiled schema validators, instead of compiling them for each run. */
  readonly schemas?: SchemaValidators;
}

/** `errata generate` with its arguments (after the command name); returns the exit code. */
export async function generate(argv: readonly string[], io: CliIO, shared: GenerateShared = {}): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: 'string' },
    check: { type: 'boolean' },
    reporter: { type: 'string' },
    wait: { type: 'string' },
  });
  const reporter = reporterOption(values['reporter']);
  const waitMs = waitOption(values['wait']);
  const outDir = resolve(io.cwd, typeof values['out'] === 'string' ? values['out'] : 'packages');
  const loaded = loadCatalogDirs('generate', positionals, io, shared.schemas ? { schemas: shared.schemas } : {});
  if (!loaded) return exitCode.usage;
  const { loads, diagnostics } = loaded;
  const packages = generatedPackages(loads);
  io.stdout.write(formatDiagnostics(diagnostics, reporter));
  if (hasErrors(diagnostics)) {
    io.stderr.write('errata generate: nothing was written, because a catalog is invalid\n');
    return exitCode.failed;
  }
  const shownOut = displayPath(io.cwd, outDir);
  let lock: OutputLock;
  try {
    lock = await acquireOutputLock(outDir, {
      command: values['check'] ? 'errata generate --check' : 'errata generate',
      timeoutMs: waitMs,
      onWait: (owner) =>
        io.stderr.write(`errata generate: waiting for ${owner ? `${owner.command} (pid ${owner.pid})` : 'another run'} to finish writing ${shownOut}/\n`),
    });
  } catch (error) {
    if (!(error instanceof LockTimeoutError)) throw error;
    io.stderr.write(
      `errata generate: ${error.message} (${displayPath(io.cwd, error.path)}); nothing was written. Try again when it is done, or delete that folder if no run is active\n`,
    );
    return exitCode.failed;
  }
  try {
    return values['check'] ? checkPackages(outDir, packages, io) : writePackages(outDir, packages, io);
  } finally {
    lock.release();
  }
}

/** `--check`: names each file (and the lockfile) that a run would change; exit 1 when there is one. */
function checkPackages(outDir: string, packages: readonly GeneratedPackage[], io: CliIO): number {
  const plan = planOutput(outDir, packages);
  io.stdout.write(formatOutputPlan(plan, io.cwd));
  const count = staleCount(plan);
  if (count > 0) {
    io.stderr.write(`errata generate --check: ${count} generated file${count === 1 ? ' is' : 's are'} out of date; run \`npm run generate\` and commit the result\n`);
    return exitCode.failed;
  }
  io.stderr.write(`errata generate --check: ${packages.length} packages are up to date\n`);
  return exitCode.ok;
}

/** One line per file a run would change: `packages/shop-errors/index.js: would be changed`. */
export function formatOutputPlan(plan: OutputPlan, cwd: string): string {
  const lines = plan.files.map((change) => `${displayPath(cwd, resolve(plan.outDir, change.path))}: would be ${change.status}`);
  if (plan.lockfile && plan.lockfile.drift.length > 0) lines.push(`${displayPath(cwd, plan.lockfile.path)}: would be changed (${plan.lockfile.drift.join('; ')})`);
  return lines.map((line) => `${line}\n`).join('');
}

/** Writes each changed package, then brings the workspace lockfile in step with them. */
function writePackages(outDir: string, packages: readonly GeneratedPackage[], io: CliIO): number {
  let written = 0;
  for (const pkg of packages) {
    const changes = planPackage(outDir, pkg);
    if (changes.length === 0) continue;
    writePackage(outDir, pkg);
    written++;
    io.stdout.write(`${displayPath(io.cwd, resolve(outDir, pkg.dir))}: ${changes.length} file${changes.length === 1 ? '' : 's'} updated\n`);
  }
  io.stderr.write(`errata generate: ${written} of ${packages.length} packages written, ${packages.length - written} unchanged\n`);
  const workspace = lockfileWorkspace(outDir);
  if (!workspace || lockfileDrift(workspace, packages).length === 0) return exitCode.ok;
  // A new or re-versioned package is a workspace npm ci would not find in the lockfile.
  const lockPath = displayPath(io.cwd, workspace.lockfile);
  const sync = syncLockfile(workspace);
  const left = sync.ok ? lockfileDrift(workspace, packages) : [];
  if (!sync.ok || left.length > 0) {
    io.stderr.write(
      `errata generate: the packages are written, but ${lockPath} could not be brought up to date${sync.ok ? ` (${left.join('; ')})` : `:\n${sync.output}\n`}; run \`${sync.command}\` and commit ${lockPath}\n`,
    );
    return exitCode.failed;
  }
  io.stdout.write(`${lockPath}: updated for the generated workspace packages\n`);
  return exitCode.ok;
}

/** `--wait SECONDS`: how long to wait for another run writing the same folder (default 300; 0 refuses at once). */
function waitOption(value: string | boolean | undefined): number {
  if (value === undefined) return 300_000;
  const seconds = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(seconds)) throw new UsageError(`--wait takes a number of seconds, not ${JSON.stringify(value)}`);
  return seconds * 1000;
}
