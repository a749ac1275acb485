/**
 * Runs the real `@redocly/cli` on generated packages: writes packages and API descriptions into a
 * temp folder, lints all of them in one invocation (Redocly takes seconds to start) and bundles.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import type { GeneratedPackage } from '../../src/emit/virtual-file.js';
import type { OpenApiDocument } from '../../src/emit/openapi/openapi-types.js';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const fixturesDir = join(here, 'fixtures');
const redoclyBin = join(repoRoot, 'node_modules/.bin/redocly');

/** Writes a generated package under `root/<dir>/`. */
export function writePackage(root: string, pkg: GeneratedPackage): string {
  const dir = join(root, pkg.dir);
  for (const file of pkg.files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.contents);
  }
  return dir;
}

/**
 * The base fixture API with every response of the package referenced from `getThing` by relative
 * `$ref` (`../<dir>/components.yaml#/components/responses/<Name>`), and the error envelope and
 * `Problem` (the success envelope when the catalog has no errors) as `createThing`'s `4XX`.
 */
export function embeddingApi(pkgDir: string, document: OpenApiDocument): unknown {
  const api = parse(readFileSync(join(fixturesDir, 'api-base.yaml'), 'utf8')) as {
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  };
  const file = `../${pkgDir}/components.yaml`;
  const get = api.paths['/things/{thingId}']!['get']!;
  for (const [name, response] of Object.entries(document.components.responses)) {
    get.responses[String(response['x-errata'].status)] = { $ref: `${file}#/components/responses/${name}` };
  }
  const schema = (name: string): unknown => ({ schema: { $ref: `${file}#/components/schemas/${name}` } });
  const hasErrors = 'ErrorEnvelope' in document.components.schemas;
  const post = api.paths['/things']!['post']!;
  post.responses['4XX'] = {
    description: 'Any client error, in the error envelope or as a problem.',
    content: hasErrors ? { 'application/json': schema('ErrorEnvelope'), 'application/problem+json': schema('Problem') } : { 'application/json': schema('SuccessEnvelope') },
  };
  return api;
}

/**
 * The base fixture API built from the package README's paste-ready YAML snippets, used verbatim:
 * every `responses` snippet goes on `getThing`, the `content` snippet is `createThing`'s `4XX`.
 * The file must sit where the README says (beside `node_modules`).
 */
export function readmeApi(readme: string): unknown {
  const blocks = [...readme.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => parse(m[1]!) as { responses?: Record<string, unknown>; content?: unknown });
  const api = parse(readFileSync(join(fixturesDir, 'api-base.yaml'), 'utf8')) as {
    paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
  };
  const responses = blocks.filter((b) => b.responses);
  const contents = blocks.filter((b) => b.content);
  if (responses.length === 0 || contents.length === 0) throw new Error('the README has no responses or content snippet');
  const get = api.paths['/things/{thingId}']!['get']!;
  for (const block of responses) Object.assign(get.responses, block.responses);
  api.paths['/things']!['post']!.responses['4XX']!.content = contents[0]!.content;
  return api;
}

/** Writes a value as a YAML file. */
export function writeYaml(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, stringify(value, { lineWidth: 0, aliasDuplicateObjects: false }));
}

export interface RedoclyRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs redocly with telemetry and update checks off. */
export function redocly(args: readonly string[], cwd: string): RedoclyRun {
  const result = spawnSync(redoclyBin, [...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_UPDATE_NOTIFIER: '1', CI: 'true' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface LintProblem {
  readonly ruleId: string;
  readonly severity: 'error' | 'warn';
  readonly message: string;
  readonly location: readonly { readonly source: { readonly ref: string }; readonly pointer?: string }[];
}

/** Lints the given files with the config in `cwd`, returning the problems as JSON and how many per-file reports redocly printed. */
export function lint(cwd: string, files: readonly string[]): { run: RedoclyRun; problems: LintProblem[]; reports: number } {
  const run = redocly(['lint', '--format', 'json', '--max-problems', '1000', ...files], cwd);
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`redocly lint printed no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  // One JSON report per file, printed back to back: `{...}{...}`.
  const reports = run.stdout
    .slice(start)
    .trim()
    .split(/\n\}\{\n/)
    .map((part, i, all) => JSON.parse(`${i > 0 ? '{\n' : ''}${part}${i < all.length - 1 ? '\n}' : ''}`) as { problems: LintProblem[] });
  return { run, problems: reports.flatMap((r) => r.problems), reports: reports.length };
}

/** One readable line per problem, for assertion messages. */
export function describeProblems(problems: readonly LintProblem[]): string {
  return problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.source.ref ?? ''}${p.location[0]?.pointer ?? ''}: ${p.message}`).join('\n');
}
