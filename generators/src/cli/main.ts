import { DiagnosticsError } from '../diagnostics/diagnostic.js';
import { generatorVersion } from '../util/generator-version.js';
import { exitCode, UsageError, type CliIO, type Command } from './command.js';
import { formatDiagnostics } from './reporters.js';

/** A command as listed, loaded on use: `validate` need not pay for ts-morph, which only `generate` uses. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}

/** Every command, in the order `errata --help` lists them. */
export const commands: readonly CommandEntry[] = [
  { name: 'validate', summary: 'check catalogs against the schema and the semantic rules', load: async () => (await import('./commands/validate.js')).validateCommand },
  { name: 'generate', summary: 'write the errors, openapi, i18n and docs packages of each catalog', load: async () => (await import('./commands/generate.js')).generateCommand },
  { name: 'import', summary: 'turn an existing error-code documentation page into a catalog', load: async () => (await import('./commands/import.js')).importCommand },
  { name: 'diff', summary: 'classify the changes between two catalog versions as breaking, minor or patch', load: async () => (await import('./commands/diff.js')).diffCommand },
  { name: 'release', summary: 'publish the packages of each newly versioned catalog through Nx Release, gated by errata diff', load: async () => (await import('./commands/release.js')).releaseCommand },
];

function mainUsage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `Usage: errata <command> [options]

Errata keeps one error catalog per API (catalogs/<id>/catalog.yaml) and generates
a typed TypeScript package, OpenAPI components, i18n bundles and reference docs.

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help     show this help (or \`errata <command> --help\`)
  -v, --version  print the version

Exit codes: 0 ok; 1 invalid input, drift (generate --check), or a version that
does not carry the bump its changes need (diff; with --fail-on, a change of that
class); 2 usage error.
`;
}

/** Runs the CLI and returns the exit code. The only place that turns errors into output. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(mainUsage());
    return exitCode.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainUsage());
    return exitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${generatorVersion()}\n`);
    return exitCode.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`errata: unknown command "${name}"; run \`errata --help\` for the list of commands\n`);
    return exitCode.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage);
    return exitCode.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`errata ${command.name}: ${error.message}\nRun \`errata ${command.name} --help\` for usage.\n`);
      return exitCode.usage;
    }
    if (error instanceof DiagnosticsError) {
      io.stdout.write(formatDiagnostics(error.diagnostics, 'text'));
      return exitCode.failed;
    }
    // Not the user's fault: keep the stack so the bug can be reported.
    io.stderr.write(`errata ${command.name}: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return exitCode.failed;
  }
}
