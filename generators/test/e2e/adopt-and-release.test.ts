/**
 * A team's first hour, end to end, in a fresh clone: scaffold a catalog and import another from a
 * page, generate, commit; a fresh clone of that passes the README's `npm ci && npm test`; then a
 * release through Nx Release to a real registry (Verdaccio on 127.0.0.1), an install from it in an
 * empty project with strict tsc, the diff gate refusing a breaking change without a major bump,
 * and a second publish of one version refused with nothing half-published.
 *
 * Every command runs through `bash -c` exactly as written here, and the last test checks that each
 * command of the README's "Add your API" and "Publish" sections is one of them.
 *
 * The inner `npm test` of the clone (ERRATA_NESTED_E2E) runs the test files whose result can depend
 * on the workspace's catalogs (vitest.config.ts, support/workspace-tests.ts): CLI summaries, the
 * typecheck of every package, bundles, OpenAPI lint, Nx. The others read only their own fixtures and
 * ran unchanged outside. It skips this file, or it would recurse.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVerdaccio, type LocalRegistry } from '../support/verdaccio.js';

const REPO = resolve(import.meta.dirname, '../../..');
const nested = process.env['ERRATA_NESTED_E2E'] === '1';

/** Every command run, as written, for the README check at the end. */
const ranCommands: string[] = [];

let scratch = '';
let clone = '';
let registry: LocalRegistry | undefined;

/** The machine's environment without this test runner's own variables (vitest's, Nx's, npm's script context). */
function cleanEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NX_|npm_|TEST$|NODE_ENV$|INIT_CWD$)/.test(key)));
  return { ...env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_TUI: 'false', REDOCLY_TELEMETRY: 'off', FORCE_COLOR: '0', NO_COLOR: '1', ...extra };
}

interface Result {
  readonly status: number | null;
  readonly output: string;
}

/** Runs one shell command line in `cwd` (default: the clone) and records it. */
function attempt(command: string, options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Result {
  ranCommands.push(command);
  const result = spawnSync('bash', ['-c', command], { cwd: options.cwd ?? clone, env: cleanEnvironment(options.env), encoding: 'utf8', timeout: options.timeoutMs ?? 300_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}` };
}

/** Like `attempt`, failing the test with the output unless the command exits 0. */
function sh(command: string, options: Parameters<typeof attempt>[1] = {}): string {
  const { status, output } = attempt(command, options);
  if (status !== 0) throw new Error(`\`${command}\` exited ${status}:\n${output.slice(-6000)}`);
  return output;
}

const git = (args: string, cwd = clone) => sh(`git -c user.name=e2e -c user.email=e2e@example.com ${args}`, { cwd });

/** The versions of a package on the local registry (none when it was never published). */
function publishedVersions(name: string): string[] {
  const result = attempt(`npm view ${name} versions --json --registry ${registry!.url}`, { cwd: scratch });
  if (result.status !== 0) return [];
  const parsed = JSON.parse(result.output) as string | string[];
  return Array.isArray(parsed) ? parsed : [parsed];
}

/** Copies the working tree as git sees it (tracked and new files, not ignored ones) into a new repository. */
function copyWorkingTree(into: string): void {
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: REPO, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const file of listed) {
    if (!existsSync(join(REPO, file))) continue; // deleted but not yet committed
    mkdirSync(dirname(join(into, file)), { recursive: true });
    cpSync(join(REPO, file), join(into, file));
  }
}

beforeAll(() => {
  if (nested) return;
  scratch = mkdtempSync(join(tmpdir(), 'errata-adopt-'));
  const work = join(scratch, 'work');
  mkdirSync(work);
  copyWorkingTree(work);
  git('init --quiet --initial-branch=main', work);
  git('add -A', work);
  git('commit --quiet --no-verify -m base', work);
  // A bare "origin" the way a team's repository is, so `git push --follow-tags` has somewhere to go.
  git(`clone --quiet --bare ${work} ${join(scratch, 'origin.git')}`, scratch);
  clone = join(scratch, 'team');
  git(`clone --quiet ${join(scratch, 'origin.git')} ${clone}`, scratch);
  sh('npm ci --no-audit --no-fund', { timeoutMs: 600_000 });
}, 700_000);

afterAll(async () => {
  await registry?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(nested)('adopting Errata for a new API, then publishing it', () => {
  it('scaffold → generate → import → generate → commit, and a fresh clone passes npm ci && npm test', () => {
    // Add your API, scaffolded: the generator also generates the packages and updates the lockfile.
    const scaffolded = sh('npx nx g @errata/generators:catalog todo --no-interactive');
    expect(scaffolded).toContain('CREATE catalogs/todo/catalog.yaml');
    expect(scaffolded).toContain('package-lock.json: updated for the generated workspace packages');
    for (const kind of ['errors', 'openapi', 'i18n', 'docs']) expect(existsSync(join(clone, `packages/todo-${kind}/package.json`))).toBe(true);

    // Add your API, imported from an existing error-code page.
    mkdirSync(join(clone, 'docs'), { recursive: true });
    cpSync(join(REPO, 'generators/test/import/fixtures/gfm-html-table.md'), join(clone, 'docs/errors.md'));
    sh('npx errata import docs/errors.md --id payments --out catalogs');
    const generated = sh('npx errata generate');
    expect(generated).toContain('packages/payments-errors: ');
    expect(generated).toContain('package-lock.json: updated for the generated workspace packages');
    const lock = JSON.parse(readFileSync(join(clone, 'package-lock.json'), 'utf8')) as { packages: Record<string, { name?: string }> };
    for (const id of ['todo', 'payments']) for (const kind of ['errors', 'openapi', 'i18n', 'docs']) expect(lock.packages[`packages/${id}-${kind}`]?.name).toBe(`@errata/${id}-${kind}`);

    sh('git add catalogs packages package-lock.json docs');
    git('commit --quiet -m "Add the todo and payments error catalogs"');
    git('push --quiet origin main');

    // The README's two commands, in a fresh clone of what was pushed, with no hand fixes.
    const fresh = join(scratch, 'fresh');
    git(`clone --quiet ${join(scratch, 'origin.git')} ${fresh}`, scratch);
    sh('npm ci --no-audit --no-fund', { cwd: fresh, timeoutMs: 600_000 });
    const tested = sh('npm test', { cwd: fresh, env: { ERRATA_NESTED_E2E: '1' }, timeoutMs: 900_000 });
    expect(tested).toMatch(/6 of 6 catalogs valid \(0 errors/);
    expect(tested).toMatch(/Tests\s+\d+ passed/);
    expect(tested).not.toMatch(/Tests\s+.*failed/);
    for (const generic of ['cli/cli.test.ts', 'errors/compile.test.ts', 'i18n/i18n-package.test.ts', 'openapi/openapi-lint.test.ts', 'nx/plugin.test.ts']) expect(tested).toContain(generic);
  }, 1_800_000);

  it('releases through Nx Release to a local registry; an empty project installs and type-checks against it', async () => {
    registry = await startVerdaccio();
    const env = { NPM_CONFIG_USERCONFIG: registry.userconfig };
    sh('npx errata release --check', { env });
    const dry = sh(`npx errata release catalogs/agent-ops catalogs/todo --dry-run --registry ${registry.url}`, { env });
    expect(dry).toContain('dry run complete');
    expect(publishedVersions('@errata/todo-errors')).toEqual([]);

    const started = Date.now();
    const released = sh(`npx errata release catalogs/agent-ops catalogs/todo --registry ${registry.url}`, { env });
    const seconds = (Date.now() - started) / 1000;
    expect(released).toContain('agent-ops 1.0.0: first release');
    expect(released).toContain('todo 0.1.0: first release');
    expect(released).toContain('released agent-ops@1.0.0, todo@0.1.0');
    expect(released).toMatch(/nx-release-publish/);
    const names = ['agent-ops', 'todo'].flatMap((id) => ['errors', 'openapi', 'i18n', 'docs'].map((kind) => `@errata/${id}-${kind}`));
    for (const name of names) expect(publishedVersions(name), name).toHaveLength(1);
    expect(sh('git tag --list')).toMatch(/^agent-ops@1\.0\.0\ntodo@0\.1\.0\n$/);
    sh('git push --follow-tags', { env });
    expect(sh(`git ls-remote --tags ${join(scratch, 'origin.git')}`, { cwd: scratch })).toContain('refs/tags/todo@0.1.0');
    console.info(`release e2e: ${names.length} packages published in ${seconds.toFixed(1)} s`);

    // An empty project installs the packages by name from that registry, and strict tsc accepts a consumer.
    const consumer = join(scratch, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
    sh(`npm install --no-audit --no-fund --registry ${registry.url} @errata/todo-errors @errata/todo-i18n @errata/agent-ops-errors`, { cwd: consumer });
    writeFileSync(
      join(consumer, 'consumer.ts'),
      `import { createError, fromResponse, isCatalogError, UserNotFoundError, type ErrorKey } from '@errata/todo-errors';
import { codes as agentOps } from '@errata/agent-ops-errors';
import { loadMessages, type Key } from '@errata/todo-i18n';

const error = createError('USER_NOT_FOUND', { userId: 'u-42' });
const status: 404 = UserNotFoundError.httpStatus;
const decoded = fromResponse(error.toResponse(), status);
if (decoded.outcome !== 'error' || !isCatalogError(decoded.error, 'USER_NOT_FOUND')) throw new Error('round trip failed');
const key: ErrorKey = decoded.error.key;
const messages = await loadMessages('zh-CN');
const i18nKey: Key = 'USER_NOT_FOUND';
console.log(JSON.stringify({ message: error.message, key, status, problem: error.toProblem().status, agentOps: agentOps.NOT_EXIST_ACCOUNT, zh: typeof messages[i18nKey] }));
`,
    );
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', outDir: 'dist', skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
    );
    sh(`node ${join(REPO, 'node_modules/typescript/bin/tsc')} -p tsconfig.json`, { cwd: consumer });
    const printed = JSON.parse(sh('node dist/consumer.js', { cwd: consumer })) as Record<string, unknown>;
    expect(printed).toEqual({ message: 'User u-42 does not exist', key: 'USER_NOT_FOUND', status: 404, problem: 404, agentOps: 1101, zh: 'string' });
  }, 600_000);

  it('the diff gate refuses a breaking change without the bump, and passes once the version carries it', () => {
    const env = { NPM_CONFIG_USERCONFIG: registry!.userconfig };
    // Remove an entry: breaking for the errors package. The version stays 0.1.0.
    const path = join(clone, 'catalogs/todo/catalog.yaml');
    const catalog = readFileSync(path, 'utf8');
    const removed = catalog.replace(/\n {6}# A deprecated entry names its replacement\.\n {6}- key: USER_MISSING\n(?: {8}.*\n)+/, '\n');
    expect(removed).not.toContain('USER_MISSING');
    writeFileSync(path, removed);
    sh(`sed -i '/USER_MISSING/,+1d' catalogs/todo/locales/zh-CN.yaml`);
    sh('npx errata generate');
    git('commit --quiet -am "todo: drop USER_MISSING"');

    const check = attempt('npx errata release --check', { env });
    expect(check.status).toBe(1);
    expect(check.output).toContain('todo 0.1.0: refused: changed since todo@0.1.0 but still at version 0.1.0; the changes need 0.2.0 or above');
    const refused = attempt(`npx errata release --registry ${registry!.url}`, { env });
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('errata release: refused: todo does not carry the version bump its changes need; nothing was published');
    expect(publishedVersions('@errata/todo-errors')).toEqual(['0.1.0']);
    // The refusal stops the whole release: catalogs that would be first releases are not published either.
    expect(refused.output).toContain('fypass 1.0.0: first release');
    expect(publishedVersions('@errata/fypass-errors')).toEqual([]);

    // A minor bump is what a breaking change needs below 1.0.0 (errata diff says 0.2.0).
    writeFileSync(path, removed.replace(/^version: 0\.1\.0$/m, 'version: 0.2.0'));
    sh('npx errata generate');
    git('commit --quiet -am "todo 0.2.0"');
    sh('npx errata release --check', { env });
    const second = sh(`npx errata release catalogs/agent-ops catalogs/todo --registry ${registry!.url}`, { env });
    expect(second).toContain('todo 0.1.0 → 0.2.0: carried');
    expect(second).toContain('agent-ops 1.0.0: already released (tag agent-ops@1.0.0), no changes');
    expect(second).toContain('released todo@0.2.0');
    for (const kind of ['errors', 'openapi', 'i18n', 'docs']) expect(publishedVersions(`@errata/todo-${kind}`)).toEqual(['0.1.0', '0.2.0']);
    // Nothing left to release: a rerun says so and exits 0.
    expect(sh(`npx errata release catalogs/agent-ops catalogs/todo --registry ${registry!.url}`, { env })).toContain('nothing to release');
  }, 600_000);

  it('publishing a version twice is refused before anything is published', () => {
    const env = { NPM_CONFIG_USERCONFIG: registry!.userconfig };
    // Lose the tag (a clone without tags, a tag deleted by hand): the registry still knows the version.
    git('tag -d todo@0.2.0');
    const again = attempt(`npx errata release catalogs/todo --registry ${registry!.url}`, { env });
    expect(again.status).toBe(1);
    for (const kind of ['errors', 'openapi', 'i18n', 'docs']) expect(again.output).toContain(`@errata/todo-${kind}@0.2.0 is already published`);
    expect(again.output).toContain('errata release: refused: a version is already on the registry (above): bump the catalog version');
    for (const kind of ['errors', 'openapi', 'i18n', 'docs']) expect(publishedVersions(`@errata/todo-${kind}`)).toEqual(['0.1.0', '0.2.0']);
    expect(sh('git tag --list todo@*')).toBe('todo@0.1.0\n');
  }, 300_000);

  it('every command in the README sections "Add your API" and "Publish" is one this test ran', () => {
    const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
    const commands = ['Add your API', 'Publish'].flatMap((title) => {
      const start = readme.indexOf(`\n## ${title}\n`);
      expect(start, `README section "## ${title}"`).toBeGreaterThanOrEqual(0);
      const end = readme.indexOf('\n## ', start + 1);
      const section = readme.slice(start, end < 0 ? undefined : end);
      return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((block) =>
        block[1]!
          .split('\n')
          .map((line) => line.replace(/\s+#.*$/, '').trim())
          .filter((line) => line !== '' && !line.startsWith('#')),
      );
    });
    expect(commands.length).toBeGreaterThanOrEqual(8);
    const tokens = (line: string) => line.split(/\s+/);
    // A README command matches a run command that has all its words in the same order (the test adds
    // a --registry for its local registry, and names the catalogs it publishes).
    const ran = (command: string) =>
      ranCommands.some((done) => {
        const words = tokens(done);
        let at = 0;
        for (const word of tokens(command)) {
          at = words.indexOf(word, at);
          if (at < 0) return false;
          at++;
        }
        return true;
      });
    for (const command of commands) expect(ran(command), `README command not exercised: ${command}`).toBe(true);
  });
});
