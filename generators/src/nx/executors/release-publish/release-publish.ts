import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { ExecutorContext } from '@nx/devkit';

/** Options Nx Release passes to every `nx-release-publish` target (see nx-executors/release-publish/schema.json). */
export interface ReleasePublishOptions {
  readonly registry?: string;
  readonly tag?: string;
  readonly access?: 'public' | 'restricted';
  readonly otp?: string | number;
  readonly dryRun?: boolean;
}

/** The `npm publish` arguments for these options; what the package's publishConfig says applies otherwise. */
export function npmPublishArgs(options: ReleasePublishOptions): string[] {
  const args = ['publish', '--ignore-scripts'];
  if (options.registry) args.push('--registry', options.registry);
  if (options.tag) args.push('--tag', options.tag);
  if (options.access) args.push('--access', options.access);
  if (options.otp !== undefined) args.push('--otp', String(options.otp));
  if (options.dryRun || process.env['NX_DRY_RUN'] === 'true') args.push('--dry-run');
  return args;
}

/**
 * `nx-release-publish` of a generated package: `npm publish` in its folder. The generated packages
 * need no build, so publishing is all there is; which packages to publish, and whether they may be,
 * is decided before (`errata release`).
 */
export default async function releasePublish(options: ReleasePublishOptions, context: ExecutorContext): Promise<{ success: boolean }> {
  const project = context.projectName ? context.projectsConfigurations?.projects[context.projectName] : undefined;
  if (!project) throw new Error('nx-release-publish: no project in the executor context');
  const cwd = join(context.root, project.root);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const code = await new Promise<number | null>((resolvePromise) => {
    const child = spawn(npm, npmPublishArgs(options), { cwd, stdio: 'inherit', env: process.env });
    child.on('error', () => resolvePromise(1));
    child.on('close', resolvePromise);
  });
  return { success: code === 0 };
}
