import type { ProjectConfiguration } from '@nx/devkit';
import type { NormalizedPluginOptions } from './plugin-options.js';

/** Workspace-relative path of the tsconfig that compiles the errata CLI, present only in Errata's own repository. */
export const GENERATORS_TSCONFIG = 'generators/tsconfig.build.json';

/**
 * `build` for the generators package itself: the CLI runs from generators/dist, so `generate`
 * must never run (and be cached) against a stale build. Pure.
 */
export function generatorsProject(name: string, options: NormalizedPluginOptions): ProjectConfiguration {
  return {
    name,
    root: 'generators',
    targets: {
      [options.buildTargetName]: {
        executor: 'nx:run-commands',
        options: { command: `tsc -b ${GENERATORS_TSCONFIG}` },
        cache: true,
        inputs: [
          '{projectRoot}/src/**/*',
          '{projectRoot}/tsconfig.build.json',
          '{workspaceRoot}/tsconfig.base.json',
          { externalDependencies: ['typescript'] },
        ],
        outputs: ['{projectRoot}/dist'],
        metadata: { description: 'Compile the errata CLI and Nx plugin to generators/dist', technologies: ['typescript'] },
      },
    },
  };
}
