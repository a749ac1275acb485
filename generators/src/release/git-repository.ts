import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import semver from 'semver';

/** A git command failed; its message carries git's own words. */
export class GitError extends Error {
  override readonly name = 'GitError';
}

/** Runs git in `cwd` and returns stdout; throws GitError with stderr on failure. */
function git(cwd: string, args: readonly string[], input?: string): string {
  const result = spawnSync('git', [...args], { cwd, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new GitError(`git ${args[0]}: ${result.error.message}`);
  if (result.status !== 0) throw new GitError(`git ${args.join(' ')}: ${result.stderr.trim() || `exit ${result.status}`}`);
  return result.stdout;
}

/** The top folder of the git work tree holding `dir`, or undefined outside one (or without git). */
export function gitRoot(dir: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The git tag of a catalog release: `<id>@<version>`, like Nx Release's `{projectName}@{version}`. */
export function releaseTagName(id: string, version: string): string {
  return `${id}@${version}`;
}

/** Released versions of a catalog, from its `<id>@<version>` tags, highest first (tags that are not semver are ignored). */
export function releasedVersions(root: string, id: string): string[] {
  const prefix = `${id}@`;
  return git(root, ['tag', '--list', `${prefix}*`])
    .split('\n')
    .map((tag) => tag.trim())
    .filter((tag) => tag.startsWith(prefix))
    .map((tag) => tag.slice(prefix.length))
    .filter((version) => semver.valid(version) === version)
    .sort(semver.rcompare);
}

/**
 * Writes the files of `catalogDir` (a path inside the work tree) as they were at `tag` into `into`,
 * so the released catalog can be loaded and diffed like any folder.
 */
export function writeSnapshot(root: string, tag: string, catalogDir: string, into: string): void {
  const path = relative(root, catalogDir).split('\\').join('/');
  const files = git(root, ['ls-tree', '-r', '--name-only', '-z', tag, '--', `${path}/`]).split('\0').filter(Boolean);
  for (const file of files) {
    const target = join(into, file.slice(path.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, gitBlob(root, `${tag}:${file}`));
  }
}

/** Writes one file as it was at `tag` (a path relative to the work tree's top) to `into`; false when it did not exist then. */
export function writeFileAtTag(root: string, tag: string, path: string, into: string): boolean {
  const listed = git(root, ['ls-tree', '--name-only', '-z', tag, '--', path]).split('\0').filter(Boolean);
  if (!listed.includes(path)) return false;
  mkdirSync(dirname(into), { recursive: true });
  writeFileSync(into, gitBlob(root, `${tag}:${path}`));
  return true;
}

function gitBlob(root: string, spec: string): Buffer {
  const result = spawnSync('git', ['show', spec], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new GitError(`git show ${spec}: ${result.stderr.toString().trim()}`);
  return result.stdout;
}

/** Whether tracked files differ from HEAD under `paths` (a release must publish what is committed). */
export function uncommittedChanges(root: string, paths: readonly string[]): string[] {
  return git(root, ['status', '--porcelain', '--', ...paths])
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** Creates the annotated tag `name` on HEAD. */
export function createTag(root: string, name: string, message: string): void {
  git(root, ['tag', '-a', name, '-m', message]);
}
