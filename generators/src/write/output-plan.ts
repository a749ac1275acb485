import type { GeneratedPackage } from '../emit/virtual-file.js';
import { planPackage, type FileChange } from './package-writer.js';
import { lockfileDrift, lockfileWorkspace } from './workspace-lockfile.js';

/** Everything a run would change in an output folder: its files, and the lockfile that lists its packages. */
export interface OutputPlan {
  readonly outDir: string;
  readonly files: readonly FileChange[];
  /** The workspace lockfile and how it lags, when the packages are npm workspaces. */
  readonly lockfile?: { readonly path: string; readonly drift: readonly string[] };
}

/** Compares generated packages with what is on disk (and in package-lock.json). Reads only. */
export function planOutput(outDir: string, packages: readonly GeneratedPackage[]): OutputPlan {
  const files = packages.flatMap((pkg) => planPackage(outDir, pkg));
  const workspace = lockfileWorkspace(outDir);
  return workspace ? { outDir, files, lockfile: { path: workspace.lockfile, drift: lockfileDrift(workspace, packages) } } : { outDir, files };
}

/** How many files the plan would change, the lockfile counting as one. */
export function staleCount(plan: OutputPlan): number {
  return plan.files.length + (plan.lockfile && plan.lockfile.drift.length > 0 ? 1 : 0);
}
