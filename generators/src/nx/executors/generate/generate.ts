/**
 * The `generate` target of a catalog project: `errata generate <catalog>` run in the Nx process that
 * calls it, so Nx does not start a shell and a Node process per catalog. In batch mode (preferBatch in
 * executors.json) one process generates every catalog of a run: the CLI's modules (ts-morph,
 * TypeScript, Ajv) load once, each catalog still gets its own result, output and cache entry.
 */
import type { ExecutorContext, TaskGraph } from '@nx/devkit';
import type { CliIO } from '../../../cli/command.js';
import type { GenerateShared } from '../../../cli/commands/generate.js';

/** Options of the `generate` executor. */
export interface GenerateExecutorOptions {
  /** Workspace-relative folder of the catalog, e.g. `catalogs/agent-ops`. */
  readonly catalog: string;
  /** Output folder (default: packages). */
  readonly out?: string;
}

/** What one catalog's run reports to Nx. */
interface CatalogResult {
  readonly success: boolean;
  readonly terminalOutput: string;
}

/** Runs `errata generate` for one catalog in this process, its output collected; with `shared`, on validators compiled once for the batch. */
async function generateCatalog(options: GenerateExecutorOptions, root: string, echo: boolean, shared?: GenerateShared): Promise<CatalogResult> {
  let terminalOutput = '';
  const stream = (target: NodeJS.WriteStream) => ({
    write(text: string) {
      terminalOutput += text;
      if (echo) target.write(text);
      return true;
    },
  });
  const io: CliIO = { cwd: root, stdout: stream(process.stdout), stderr: stream(process.stderr) };
  const args = [options.catalog, ...(options.out ? ['--out', options.out] : [])];
  if (!shared) {
    const { run } = await import('../../../cli/main.js');
    return { success: (await run(['generate', ...args], io)) === 0, terminalOutput };
  }
  const { generate } = await import('../../../cli/commands/generate.js');
  try {
    return { success: (await generate(args, io, shared)) === 0, terminalOutput };
  } catch (error) {
    // What the CLI's main would print: the executor runs the command without it.
    io.stderr.write(`errata generate: ${(error as Error).stack ?? String(error)}\n`);
    return { success: false, terminalOutput };
  }
}

/** One catalog (Nx runs this when batching is off). */
export default async function generateExecutor(options: GenerateExecutorOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  const { success } = await generateCatalog(options, context.root, true);
  return { success };
}

/** Every catalog of the batch, one after the other in this process (they share the output folder's lock). */
export async function generateBatch(
  taskGraph: TaskGraph,
  inputs: Record<string, GenerateExecutorOptions>,
  _overrides: unknown,
  context: ExecutorContext,
): Promise<Record<string, CatalogResult>> {
  const { createSchemaValidators } = await import('../../../validate/schema-validation.js');
  // The schemas compile once for the whole batch, as the CLI does for the catalogs of one run.
  const shared: GenerateShared = { schemas: createSchemaValidators() };
  const results: Record<string, CatalogResult> = {};
  for (const taskId of Object.keys(taskGraph.tasks).sort()) {
    const options = inputs[taskId];
    results[taskId] = options ? await generateCatalog(options, context.root, true, shared) : { success: false, terminalOutput: `no options for ${taskId}\n` };
  }
  return results;
}
