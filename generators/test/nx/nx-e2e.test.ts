// End to end with real Nx in a throwaway copy of the repository: cache hits, `affected`, and the
// catalog generator. One file, one sequential test, because each step builds on the previous one.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../../..');
const COPIED = ['.gitignore', 'errata.yaml', 'catalogs', 'schemas', 'generators', 'packages', 'nx.json', 'package.json', 'package-lock.json', 'tsconfig.base.json'];

let root = '';

/** Copies what Nx and the CLI need; node_modules entries are linked, except workspace packages, which point into the copy. */
function copyRepository(): string {
  const target = mkdtempSync(join(tmpdir(), 'errata-nx-e2e-'));
  for (const entry of COPIED) {
    if (!existsSync(join(REPO, entry))) continue;
    cpSync(join(REPO, entry), join(target, entry), {
      recursive: true,
      preserveTimestamps: true, // keeps tsc -b's view of generators/dist up to date
      filter: (source) => !source.includes(`${REPO}/generators/node_modules`) && !source.includes('/.nx/'),
    });
  }
  linkNodeModules(join(REPO, 'node_modules'), join(target, 'node_modules'));
  if (existsSync(join(REPO, 'generators/node_modules'))) {
    linkNodeModules(join(REPO, 'generators/node_modules'), join(target, 'generators/node_modules'));
  }
  return target;
}

function linkNodeModules(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name === '@errata') {
      // Workspace links are relative (../../generators): recreate them so they resolve inside the copy.
      mkdirSync(join(to, name));
      for (const link of readdirSync(join(from, name))) symlinkSync(readlinkSync(join(from, name, link)), join(to, name, link));
    } else {
      symlinkSync(join(from, name), join(to, name));
    }
  }
}

/** The environment of every command: offline Nx, no daemon, plain output, this copy's own cache. */
function environment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('NX_')));
  return {
    ...env,
    NX_NO_CLOUD: 'true',
    NX_DAEMON: 'false',
    NX_TUI: 'false',
    NX_CACHE_DIRECTORY: join(root, '.nx/cache'),
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
}

/** Runs a command in the copy; returns its exit status and output. */
function attempt(command: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd: root, env: environment(), encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs a command in the copy; fails the test with its output unless it exits 0. */
function run(command: string, args: string[]): string {
  const { status, output } = attempt(command, args);
  if (status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${status}:\n${output}`);
  return output;
}

const nxBin = (): string => join(root, 'node_modules/.bin/nx');
const nx = (...args: string[]): string => run(nxBin(), args);
const git = (...args: string[]): string => run('git', ['-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', ...args]);

beforeAll(() => {
  root = copyRepository();
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('commit', '--quiet', '--no-verify', '-m', 'copy');
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

// In the adoption e2e's fresh clone this is left out: that test runs Nx itself on the catalogs it adds
// (`nx g`, `nx release`), and this one ran on the same generators outside.
describe.skipIf(process.env['ERRATA_NESTED_E2E'] === '1')('Nx in a copy of the repository', () => {
  it('caches generate, regenerates only the touched catalog, and scaffolds a catalog that validates and generates', () => {
    const catalogs = readdirSync(join(root, 'catalogs')).filter((id) => existsSync(join(root, 'catalogs', id, 'catalog.yaml'))).sort();
    expect(catalogs.length).toBeGreaterThan(0);

    // 1. First run fills the cache; the packages it writes are committed, as in the real repository.
    // Nx batches the generate executor: every catalog in one process, not a process per catalog.
    const first = nx('run-many', '-t', 'generate', '--outputStyle=static');
    expect(first).toContain(`Running ${catalogs.length} tasks with @errata/generators:generate`);
    git('add', '-A');
    git('commit', '--quiet', '--no-verify', '--allow-empty', '-m', 'generated');

    // 2. Second run: every task (each catalog's generate and the generators' build) comes from the cache.
    const second = nx('run-many', '-t', 'generate', '--outputStyle=static');
    const tasks = catalogs.length + 1;
    expect(second).toContain(`Nx read the output from the cache instead of running the command for ${tasks} out of ${tasks} tasks`);
    for (const id of catalogs) expect(second).toMatch(new RegExp(`nx run ${id}:generate\\s+\\[local cache\\]`));
    expect(run('git', ['status', '--porcelain'])).toBe('');

    // 3. Every catalog, its four packages and the generators are projects.
    const projects = JSON.parse(nx('show', 'projects', '--json')) as string[];
    const packageNames = readdirSync(join(root, 'packages'))
      .map((dir) => join(root, 'packages', dir, 'package.json'))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')) as { name: string; errata?: unknown })
      .filter((manifest) => manifest.errata)
      .map((manifest) => manifest.name);
    expect(packageNames).toHaveLength(catalogs.length * 4);
    expect(projects).toEqual(expect.arrayContaining([...catalogs, ...packageNames, '@errata/generators']));

    // 3b. typecheck is keyed by the declarations generate leaves, not by what was on disk before it
    // ran: a hand-broken index.d.ts that generate restores must not cache a pass for the broken text.
    const errorsDir = join(root, 'packages', `${catalogs[0]}-errors`);
    const errorsName = (JSON.parse(readFileSync(join(errorsDir, 'package.json'), 'utf8')) as { name: string }).name;
    const pristine = readFileSync(join(errorsDir, 'index.d.ts'), 'utf8');
    const broken = `${pristine}export declare const broken: NotAType;\n`;
    writeFileSync(join(errorsDir, 'index.d.ts'), broken);
    nx('run', `${errorsName}:typecheck`, '--outputStyle=static'); // generate restores the package, then tsc passes
    expect(readFileSync(join(errorsDir, 'index.d.ts'), 'utf8')).toBe(pristine);
    writeFileSync(join(errorsDir, 'index.d.ts'), broken);
    const alone = attempt(nxBin(), ['run', `${errorsName}:typecheck`, '--excludeTaskDependencies', '--outputStyle=static']);
    expect(alone.output).toContain('NotAType');
    expect(alone.status).not.toBe(0);
    writeFileSync(join(errorsDir, 'index.d.ts'), pristine);

    // 4. Touching one catalog: `affected` regenerates that catalog only.
    const [touched] = catalogs;
    appendFileSync(join(root, 'catalogs', touched!, 'catalog.yaml'), '# touched by the e2e test\n');
    const affected = nx('affected', '-t', 'generate', '--base=HEAD', '--outputStyle=static');
    expect(affected).toMatch(new RegExp(`nx run ${touched}:generate(?!\\s+\\[local cache\\])`));
    for (const id of catalogs.slice(1)) expect(affected).not.toContain(`nx run ${id}:generate`);

    // 5. The generator's catalog validates and generates through its inferred targets.
    nx('g', '@errata/generators:catalog', 'demo', '--no-interactive');
    expect(readFileSync(join(root, 'catalogs/demo/catalog.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
    nx('run-many', '-t', 'validate', 'generate', '-p', 'demo', '--outputStyle=static');
    for (const kind of ['errors', 'openapi', 'i18n', 'docs']) {
      expect(existsSync(join(root, `packages/demo-${kind}/package.json`))).toBe(true);
    }
  }, 300_000);
});
