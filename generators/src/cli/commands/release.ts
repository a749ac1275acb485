import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { GeneratedPackage } from '../../emit/virtual-file.js';
import { loadCatalog, loadWorkspace } from '../../load/load-catalog.js';
import type { CatalogModel } from '../../model/catalog-model.js';
import { createTag, GitError, gitRoot, releasedVersions, releaseTagName, uncommittedChanges, writeFileAtTag, writeSnapshot } from '../../release/git-repository.js';
import { registryVersion } from '../../release/registry-versions.js';
import { planCatalogRelease, type CatalogRelease, type PreviousRelease } from '../../release/release-plan.js';
import { isRecord } from '../../util/is-record.js';
import { findRepositoryRoot } from '../../util/repository-root.js';
import { createSchemaValidators } from '../../validate/schema-validation.js';
import { planOutput, staleCount } from '../../write/output-plan.js';
import { loadCatalogDirs, type LoadedCatalogs } from '../catalog-dirs.js';
import { exitCode, parseCommandArgs, UsageError, type CliIO, type Command } from '../command.js';
import { generatedPackages } from '../generated-packages.js';
import { formatDiagnostics, reporterOption } from '../reporters.js';
import { formatOutputPlan } from './generate.js';

/** `errata release [CATALOG_DIR...] [--check] [--registry URL] [--tag TAG] [--dry-run] [--no-git-tag]`. */
export const releaseCommand: Command = {
  name: 'release',
  summary: 'publish the packages of each catalog with a new version, through Nx Release, gated by errata diff',
  usage: `Usage: errata release [CATALOG_DIR...] [--check] [--registry URL] [--tag TAG] [--dry-run] [--no-git-tag]

Publishes the generated packages (errors, openapi, i18n, docs) of every catalog
(default: every folder under catalogs/) whose version is not released yet:

  1. every catalog is valid and its packages are current and committed
     (what \`errata generate --check\` checks);
  2. the diff gate: against its last release, the git tag <id>@<version>, a
     catalog's new version must carry the bump its changes need (errata diff);
     a catalog changed since its release but not re-versioned is refused too;
  3. no package version about to be published is on the registry already:
     when one is, nothing is published;
  4. Nx Release publishes the packages (\`nx release publish\`, whose
     nx-release-publish target runs \`npm publish\` in each package folder);
  5. each released catalog is tagged <id>@<version>; push the tags with
     \`git push --follow-tags\` (or \`git push origin <tag>\`).

Options:
  --check         run steps 1 and 2 only and publish nothing (the CI gate)
  --registry URL  registry to publish to (default: each package's
                  publishConfig.registry, from the catalog's publish.registry,
                  else npm's configured registry)
  --tag TAG       npm dist-tag (default: latest)
  --dry-run       run every check and \`npm publish --dry-run\`; no tag is made
  --no-git-tag    publish without tagging (tags are then made by hand)
  --reporter R    text (default), json or github, for catalog problems
  -h, --help      show this help

Registry credentials come from npm's own configuration (an .npmrc with
//registry.example.com/:_authToken=\${NPM_TOKEN}, or NPM_CONFIG_USERCONFIG).

Exit: 0 released, or nothing to release; 1 refused by a check, or a publish
failed; 2 usage error.
`,
  async run(argv, io) {
    try {
      return runRelease(argv, io);
    } catch (error) {
      // A failing git command is about the user's repository (no commits, a tag that exists), not a bug here.
      if (error instanceof GitError) return refuse(io, error.message);
      throw error;
    }
  },
};

function runRelease(argv: readonly string[], io: CliIO): number {
  const { values, positionals } = parseCommandArgs(argv, {
    check: { type: 'boolean' },
    registry: { type: 'string' },
    tag: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'no-git-tag': { type: 'boolean' },
    reporter: { type: 'string' },
  });
  const reporter = reporterOption(values['reporter']);
  const registry = stringOption(values['registry'], '--registry');
  if (registry !== undefined && !/^https?:\/\/[^\s]+$/.test(registry)) throw new UsageError(`--registry takes an http(s) URL, not ${JSON.stringify(registry)}`);
  const distTag = stringOption(values['tag'], '--tag');
  const dryRun = values['dry-run'] === true;
  const loaded = loadCatalogDirs('release', positionals, io);
  if (!loaded) return exitCode.usage;
  io.stdout.write(formatDiagnostics(loaded.diagnostics, reporter));
  if (hasErrors(loaded.diagnostics)) return refuse(io, 'a catalog is invalid (see above); nothing was published');

  const root = findRepositoryRoot(io.cwd) ?? io.cwd;
  const outDir = join(root, 'packages');
  const packages = generatedPackages(loaded.loads);
  const plan = planOutput(outDir, packages);
  if (staleCount(plan) > 0) {
    io.stdout.write(formatOutputPlan(plan, io.cwd));
    return refuse(io, 'the generated packages are not current; run `npm run generate` and commit the result');
  }

  const repo = gitRoot(root);
  if (!repo) {
    if (values['check']) {
      io.stderr.write('errata release --check: not a git work tree, so there are no release tags to compare with; nothing to gate\n');
      return exitCode.ok;
    }
    return refuse(io, 'releases are tagged in git (<id>@<version>), and this folder is not a git work tree');
  }
  const releases = planReleases(repo, root, loaded.loads);
  for (const release of releases) io.stdout.write(`${describeRelease(release)}\n`);
  const refused = releases.filter((r) => r.status === 'refused');
  const due = releases.filter((r) => r.status === 'first' || r.status === 'release');
  if (refused.length > 0) return refuse(io, `${refused.map((r) => r.id).join(', ')} ${refused.length === 1 ? 'does' : 'do'} not carry the version bump ${refused.length === 1 ? 'its' : 'their'} changes need; nothing was published`);
  if (values['check']) {
    io.stderr.write(`errata release --check: ${releases.length} catalog${releases.length === 1 ? '' : 's'} pass the release gate (${due.length} to release)\n`);
    return exitCode.ok;
  }
  if (due.length === 0) {
    io.stderr.write('errata release: nothing to release: every catalog is at its released version\n');
    return exitCode.ok;
  }

  const duePackages = packagesOf(due, loaded, packages, outDir);
  const dirty = uncommittedChanges(repo, [...due.map((r) => catalogDirOf(loaded, r.id)), ...duePackages.map((p) => p.dir)]);
  if (dirty.length > 0 && !dryRun) {
    io.stdout.write(dirty.map((line) => `${line}\n`).join(''));
    return refuse(io, 'the catalogs or packages to release have uncommitted changes (above); commit them first, so the release tag names what was published');
  }

  const published = duePackages.flatMap((pkg) => {
    const answer = registryVersion(pkg.name, pkg.version, registry ?? pkg.registry, pkg.dir);
    if (answer.state === 'absent') return [];
    return [answer.state === 'published' ? `${pkg.name}@${pkg.version} is already published` : `cannot tell whether ${pkg.name}@${pkg.version} is published (${answer.reason})`];
  });
  if (published.length > 0) {
    for (const line of published) io.stdout.write(`${line}\n`);
    return refuse(io, 'a version is already on the registry (above): bump the catalog version (a published version never changes); nothing was published');
  }

  io.stderr.write(`errata release: publishing ${duePackages.length} packages of ${due.map((r) => `${r.id}@${r.version}`).join(', ')} with Nx Release${dryRun ? ' (dry run)' : ''}\n`);
  const nx = runNxReleasePublish(root, duePackages.map((p) => p.name), { registry, distTag, dryRun });
  if (dryRun) {
    if (!nx.ok) return refuse(io, 'nx release publish --dry-run failed (see above)');
    io.stderr.write('errata release: dry run complete; nothing was published or tagged\n');
    return exitCode.ok;
  }
  // Tag exactly the catalogs whose packages are all on the registry now, whatever Nx reported.
  const tagged: string[] = [];
  const incomplete: string[] = [];
  for (const release of due) {
    const missing = duePackages.filter((p) => p.catalog === release.id && registryVersion(p.name, p.version, registry ?? p.registry, p.dir).state !== 'published');
    if (missing.length > 0) {
      incomplete.push(`${release.id}: ${missing.map((p) => p.name).join(', ')} not published`);
      continue;
    }
    const tag = releaseTagName(release.id, release.version);
    if (!values['no-git-tag']) createTag(repo, tag, `errata release ${tag}`);
    tagged.push(tag);
  }
  if (tagged.length > 0) {
    io.stdout.write(`released ${tagged.join(', ')}${values['no-git-tag'] ? ' (not tagged: --no-git-tag)' : '; push the tags with `git push --follow-tags`'}\n`);
  }
  if (incomplete.length > 0 || !nx.ok) {
    for (const line of incomplete) io.stderr.write(`errata release: ${line}\n`);
    return refuse(io, 'a publish failed (see above); run `errata release` again once the cause is fixed: released catalogs are tagged and skipped');
  }
  return exitCode.ok;
}

function refuse(io: CliIO, message: string): number {
  io.stderr.write(`errata release: refused: ${message}\n`);
  return exitCode.failed;
}

function stringOption(value: string | boolean | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${name} needs a value`);
  return value;
}

/** The gate's verdict for every catalog, each compared with the snapshot of its last release tag. */
function planReleases(repo: string, workspaceRoot: string, loads: LoadedCatalogs['loads']): CatalogRelease[] {
  const schemas = createSchemaValidators();
  return loads.flatMap((load) => {
    if (!load.model) return [];
    const model = load.model;
    const [last] = releasedVersions(repo, model.id);
    if (last === undefined) return [planCatalogRelease(model, undefined)];
    const scratch = mkdtempSync(join(tmpdir(), 'errata-release-'));
    try {
      const tag = releaseTagName(model.id, last);
      const snapshot = join(scratch, model.id);
      writeSnapshot(repo, tag, load.absoluteDir, snapshot);
      // The released catalog with the workspace defaults of that release (scope, license...).
      const workspaceFile = relative(repo, join(workspaceRoot, 'errata.yaml')).split('\\').join('/');
      const workspace = writeFileAtTag(repo, tag, workspaceFile, join(scratch, 'errata.yaml')) ? loadWorkspace(scratch, { cwd: scratch, schemas }) : { diagnostics: [] };
      const previous = loadCatalog(snapshot, { cwd: scratch, schemas, workspace });
      if (!previous.model) {
        return [{ status: 'refused', id: model.id, version: model.version, previous: last, reason: `the catalog at ${releaseTagName(model.id, last)} does not load, so the changes since cannot be classified` } as const];
      }
      return [planCatalogRelease(model, { version: last, model: previous.model } satisfies PreviousRelease)];
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
}

function describeRelease(release: CatalogRelease): string {
  switch (release.status) {
    case 'first':
      return `${release.id} ${release.version}: first release (no ${release.id}@* tag)`;
    case 'release':
      return `${release.id} ${release.previous} → ${release.version}: ${release.diff.version.message}, ${release.diff.changes.length} change${release.diff.changes.length === 1 ? '' : 's'}`;
    case 'unchanged':
      return `${release.id} ${release.version}: already released (tag ${releaseTagName(release.id, release.version)}), no changes`;
    case 'refused':
      return `${release.id} ${release.version}: refused: ${release.reason}`;
  }
}

/** A package about to be published. */
interface DuePackage {
  readonly catalog: string;
  readonly name: string;
  readonly version: string;
  /** Absolute folder of the package. */
  readonly dir: string;
  /** publishConfig.registry of its manifest. */
  readonly registry?: string;
}

function packagesOf(due: readonly CatalogRelease[], loaded: LoadedCatalogs, packages: readonly GeneratedPackage[], outDir: string): DuePackage[] {
  const ids = new Set(due.map((r) => r.id));
  const models = loaded.loads.map((l) => l.model).filter((m): m is CatalogModel => m !== undefined && ids.has(m.id));
  return models.flatMap((model) =>
    [model.packages.errors, model.packages.openapi, model.packages.i18n, model.packages.docs].map((name) => {
      const pkg = packages.find((p) => manifestOf(p).name === name)!;
      const manifest = manifestOf(pkg);
      const publishConfig = isRecord(manifest.publishConfig) ? manifest.publishConfig : {};
      const registry = typeof publishConfig.registry === 'string' ? { registry: publishConfig.registry } : {};
      return { catalog: model.id, name, version: model.version, dir: join(outDir, pkg.dir), ...registry };
    }),
  );
}

function manifestOf(pkg: GeneratedPackage): Record<string, unknown> {
  const file = pkg.files.find((f) => f.path === 'package.json');
  const parsed: unknown = file ? JSON.parse(file.contents) : {};
  return isRecord(parsed) ? parsed : {};
}

function catalogDirOf(loaded: LoadedCatalogs, id: string): string {
  return loaded.loads.find((l) => l.model?.id === id)!.absoluteDir;
}

/**
 * `nx release publish --projects <names>`: Nx Release runs each project's nx-release-publish target
 * (the plugin's `npm publish`), in dependency order, with the registry, tag and dry-run passed on.
 */
function runNxReleasePublish(root: string, projects: readonly string[], options: { registry?: string; distTag?: string; dryRun: boolean }): { ok: boolean } {
  const nxManifest = createRequire(join(root, 'package.json')).resolve('nx/package.json');
  const bin = (JSON.parse(readFileSync(nxManifest, 'utf8')) as { bin?: Record<string, string> }).bin?.['nx'] ?? 'dist/bin/nx.js';
  const nxBin = join(dirname(nxManifest), bin);
  const args = [nxBin, 'release', 'publish', `--projects=${projects.join(',')}`, '--outputStyle=static'];
  if (options.registry) args.push(`--registry=${options.registry}`);
  if (options.distTag) args.push(`--tag=${options.distTag}`);
  if (options.dryRun) args.push('--dry-run');
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', NX_SKIP_NX_CACHE: 'true' },
  });
  return { ok: result.status === 0 };
}
