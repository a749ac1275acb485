import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command reads and writes: the CLI passes the real process streams, tests pass buffers. */
export interface CliIO {
  readonly cwd: string;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** One `errata <name>` command. `run` returns the exit code; it never calls process.exit. */
export interface Command {
  readonly name: string;
  /** One line for `errata --help`. */
  readonly summary: string;
  /** Full text of `errata <name> --help`. */
  readonly usage: string;
  run(argv: readonly string[], io: CliIO): Promise<number>;
}

/** Exit codes of the contract. */
export const exitCode = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake in how the command was called: printed with a hint to `--help`, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parsed command line: option values by name, and the positionals. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** `util.parseArgs` in strict mode (every command also takes `-h/--help`), turning its errors into UsageError. */
export function parseCommandArgs(argv: readonly string[], options: NonNullable<ParseArgsConfig['options']>): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { help: { type: 'boolean', short: 'h' }, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
