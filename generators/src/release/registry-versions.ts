import { spawnSync } from 'node:child_process';

/** What the registry says of one package version. */
export type RegistryAnswer = { readonly state: 'absent' } | { readonly state: 'published' } | { readonly state: 'unknown'; readonly reason: string };

/**
 * Asks the registry whether `name@version` exists (`npm view`). A 404 is `absent`; any other
 * failure is `unknown`, which a release treats as a refusal: better not to publish than to publish half.
 */
export function registryVersion(name: string, version: string, registry: string | undefined, cwd: string): RegistryAnswer {
  const args = ['view', `${name}@${version}`, 'version', '--json', ...(registry ? ['--registry', registry] : [])];
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status === 0) {
    // npm view prints nothing (exit 0) when the package exists but not that version.
    return result.stdout.trim() === '' ? { state: 'absent' } : { state: 'published' };
  }
  if (/E404|404 Not Found|is not in this registry|No match found/i.test(output)) return { state: 'absent' };
  const reason = output.split('\n').find((line) => /error/i.test(line))?.replace(/^npm error\s*/i, '') ?? `npm view exited ${result.status}`;
  return { state: 'unknown', reason: reason.trim() };
}
