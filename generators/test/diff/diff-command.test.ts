import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/cli/commands/diff.js';
import { run as runCli } from '../../src/cli/main.js';
import { bufferIO } from '../support/temp-catalog.js';

const root = mkdtempSync(join(tmpdir(), 'errata-diff-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Options {
  readonly version?: string;
  readonly status?: number;
  readonly message?: string;
  readonly extra?: string;
  readonly envelopeMessageField?: string;
  readonly translation?: string;
}

/** A small catalog YAML; options vary one thing at a time. */
function catalogYaml(o: Options = {}): string {
  return `# yaml-language-server: $schema=../../schemas/catalog.schema.json
id: shop
title: Shop API
version: ${o.version ?? '1.2.0'}
defaultLocale: en
locales: [en, zh-CN]
envelope:
  shape: object
  codeType: integer
  fields: { code: code, message: ${o.envelopeMessageField ?? 'msg'}, data: data }
groups:
  - name: user
    title: User errors
    defaults: { outcome: error, httpStatus: 400 }
    entries:
      - key: NOT_EXIST_ACCOUNT
        code: 1101
        httpStatus: ${o.status ?? 404}
        message: ${o.message ?? 'Account {account} does not exist'}
        params:
          account: { type: string }
      - key: RATE_LIMITED
        code: 1102
        httpStatus: 429
        retryable: true
        message: Too many requests
${o.extra ?? ''}`;
}

function localeYaml(message = '账户 {account} 不存在'): string {
  return `locale: zh-CN\nentries:\n  NOT_EXIST_ACCOUNT:\n    message: ${message}\n`;
}

let counter = 0;
/** Writes a catalog folder `<root>/<n>/shop` and returns its path relative to root. */
function writeCatalog(options: Options = {}, yaml = catalogYaml(options)): string {
  const dir = join(String(counter++), 'shop');
  mkdirSync(join(root, dir, 'locales'), { recursive: true });
  writeFileSync(join(root, dir, 'catalog.yaml'), yaml);
  writeFileSync(join(root, dir, 'locales', 'zh-CN.yaml'), localeYaml(options.translation));
  return dir;
}

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await diffCommand.run(argv, {
    cwd: root,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

describe('errata diff', () => {
  const base = writeCatalog();

  it('exits 0 and prints no changes for identical catalogs', async () => {
    const result = await run(base, writeCatalog());
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'no changes\n\nbump errors: none\nbump openapi: none\nbump i18n: none\nbump docs: none\nversion: carried: no bump needed (1.2.0 → 1.2.0)\n',
    );
  });

  it('exits 0 for patch and minor changes and checks the version', async () => {
    const next = writeCatalog({ message: 'No account {account}', translation: '找不到账户 {account}', version: '1.2.1' });
    const result = await run(base, next);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual([
      'patch NOT_EXIST_ACCOUNT message-changed: "Account {account} does not exist" → "No account {account}"',
      'patch NOT_EXIST_ACCOUNT translation-changed: zh-CN message: "账户 {account} 不存在" → "找不到账户 {account}"',
    ]);
    expect(result.stdout).toContain('bump i18n: patch (2 changes)');
    expect(result.stdout).toContain('version: carried: 1.2.0 → 1.2.1 (patch needed)');
  });

  it('exits 1 on a breaking change the version does not carry, and says so', async () => {
    const result = await run(base, writeCatalog({ status: 410, version: '1.3.0' }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('breaking NOT_EXIST_ACCOUNT http-status-changed: 404 → 410\n');
    expect(result.stdout).toContain('bump errors: major');
    expect(result.stdout).toContain('version: not carried: needs 2.0.0 (major), version went 1.2.0 → 1.3.0');
  });

  it('reports a realistic set of changes together, sorted, as JSON', async () => {
    const extra = `      - key: ACCOUNT_LOCKED
        code: 1103
        httpStatus: 423
        message: Account locked
  - name: ops
    title: Operations
    entries:
      - key: QUEUED
        code: 100
        outcome: pending
        httpStatus: 202
        message: Queued
        data: { type: object, required: [taskId], properties: { taskId: { type: integer } } }
`;
    const old = writeCatalog({ extra: extra.replace(/      - key: ACCOUNT_LOCKED[\s\S]*?Account locked\n/, '') });
    const next = writeCatalog({
      version: '2.0.0',
      envelopeMessageField: 'message',
      extra: extra.replace('required: [taskId]', 'required: [taskId, eta]'),
    });
    const result = await run(old, next, '--json');
    // 2.0.0 carries the major bump the breaking changes need.
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.changes.map((c: { class: string; key: string; kind: string }) => `${c.class} ${c.key} ${c.kind}`)).toEqual([
      'breaking @envelope envelope-changed',
      'breaking QUEUED data-narrowed',
      'minor ACCOUNT_LOCKED entry-added',
    ]);
    expect(json.changes[0]).toMatchObject({ before: 'msg', after: 'message', packages: { errors: 'breaking', openapi: 'breaking' } });
    expect(json.bumps).toEqual({ errors: 'major', openapi: 'major', i18n: 'minor', docs: 'minor' });
    expect(json.version).toMatchObject({ old: '1.2.0', new: '2.0.0', needed: 'major', required: '2.0.0', carried: true });
  });

  it('accepts an old snapshot whose folder name differs from the catalog id', async () => {
    const snapshot = join('snapshot', 'old-shop');
    mkdirSync(join(root, snapshot), { recursive: true });
    // 1.1.0 → 1.2.0 carries the minor bump the added locale needs.
    writeFileSync(join(root, snapshot, 'catalog.yaml'), catalogYaml({ version: '1.1.0' }).replace('locales: [en, zh-CN]', 'locales: [en]'));
    const result = await run(snapshot, base);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('minor @catalog locale-added: zh-CN');
    expect(result.code).toBe(0);
  });

  it('exits 2 with one clear line for a missing folder', async () => {
    const result = await run(base, 'nowhere/shop');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('errata diff: no catalog folder at nowhere/shop; pass a folder that holds a catalog.yaml\n');
    expect(result.stdout).toBe('');
  });

  it('exits 2 and prints the diagnostics of an invalid catalog', async () => {
    const broken = writeCatalog({}, catalogYaml().replace('httpStatus: 429', 'httpStatus: 999'));
    const result = await run(base, broken);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^${broken.replace(/\\/g, '\\\\')}/catalog\\.yaml:\\d+:\\d+: error [a-z-]+: .+$`, 'm'));
    expect(result.stderr).toContain('is not valid');
    expect(result.stdout).toBe('');
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(base)).code).toBe(2);
    expect((await run(base, base, base)).code).toBe(2);
    const unknown = await run(base, base, '--yaml');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('errata diff --help');
  });
});

/** A new entry in the `user` group: a minor change. */
const addedEntry = `      - key: ACCOUNT_LOCKED
        code: 1103
        httpStatus: 423
        message: Account locked
`;

interface ExitRow {
  readonly name: string;
  readonly old?: Options;
  readonly new?: Options;
  readonly args?: readonly string[];
  readonly exit: 0 | 1 | 2;
  /** The stdout's last line starts with this; omitted for usage errors, which print nothing there. */
  readonly verdict?: 'version: carried' | 'version: not carried';
  /** What stderr holds (one line); empty when omitted. */
  readonly stderr?: RegExp;
}

const exitRows: readonly ExitRow[] = [
  { name: 'no changes', exit: 0, verdict: 'version: carried' },
  { name: 'patch change with a patch bump', new: { message: 'No account {account}', version: '1.2.1' }, exit: 0, verdict: 'version: carried' },
  { name: 'breaking change with a major bump', new: { status: 410, version: '2.0.0' }, exit: 0, verdict: 'version: carried' },
  { name: 'breaking change without a bump', new: { status: 410 }, exit: 1, verdict: 'version: not carried' },
  { name: 'breaking change with only a minor bump', new: { status: 410, version: '1.3.0' }, exit: 1, verdict: 'version: not carried' },
  { name: 'minor change without a bump', new: { extra: addedEntry }, exit: 1, verdict: 'version: not carried' },
  { name: 'below 1.0.0, breaking change with a minor bump', old: { version: '0.3.1' }, new: { status: 410, version: '0.4.0' }, exit: 0, verdict: 'version: carried' },
  { name: 'below 1.0.0, breaking change with a patch bump', old: { version: '0.3.1' }, new: { status: 410, version: '0.3.2' }, exit: 1, verdict: 'version: not carried' },
  {
    name: '--fail-on breaking with a carried breaking change',
    new: { status: 410, version: '2.0.0' },
    args: ['--fail-on', 'breaking'],
    exit: 1,
    verdict: 'version: carried',
    stderr: /^errata diff: exit 1 because of --fail-on breaking: 1 breaking change, although the version carries the bump\n$/,
  },
  { name: '--fail-on breaking with only a minor change', new: { extra: addedEntry, version: '1.3.0' }, args: ['--fail-on', 'breaking'], exit: 0, verdict: 'version: carried' },
  {
    name: '--fail-on minor with a minor change',
    new: { extra: addedEntry, version: '1.3.0' },
    args: ['--fail-on=minor'],
    exit: 1,
    verdict: 'version: carried',
    stderr: /^errata diff: exit 1 because of --fail-on minor: 1 change minor or more severe \(1 minor\), although the version carries the bump\n$/,
  },
  { name: '--fail-on minor with only a patch change', new: { message: 'No account {account}', version: '1.2.1' }, args: ['--fail-on', 'minor'], exit: 0, verdict: 'version: carried' },
  {
    name: '--fail-on patch with an uncarried breaking change',
    new: { status: 410 },
    args: ['--fail-on', 'patch', '--json'],
    exit: 1,
    stderr: /^errata diff: exit 1 because of --fail-on patch: 1 change patch or more severe \(1 breaking\), and the version does not carry the bump either\n$/,
  },
  { name: '--fail-on patch with no changes', args: ['--fail-on', 'patch'], exit: 0, verdict: 'version: carried' },
  { name: 'bad --fail-on value', args: ['--fail-on', 'major'], exit: 2, stderr: /^errata diff: --fail-on takes one of breaking, minor, patch; got "major"\n/ },
  { name: '--fail-on without a value', args: ['--fail-on'], exit: 2, stderr: /^errata diff: .*--fail-on/ },
];

describe('errata diff exit codes (through the CLI entry)', () => {
  it.each(exitRows)('$name → exit $exit', async (row) => {
    const old = writeCatalog(row.old);
    const next = writeCatalog({ ...row.old, ...row.new });
    const { io, stdout, stderr } = bufferIO(root);
    const code = await runCli(['diff', old, next, ...(row.args ?? [])], io);
    expect({ code, stderr: stderr() }).toEqual({ code: row.exit, stderr: row.stderr ? expect.stringMatching(row.stderr) : '' });
    if (row.exit === 2) expect(stdout()).toBe('');
    if (row.args?.includes('--json')) expect(JSON.parse(stdout()).version.carried).toBe(false);
    if (row.verdict) expect(stdout().trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^${row.verdict}: `));
  });
});
