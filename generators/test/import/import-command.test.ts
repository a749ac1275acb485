import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { schemaReference } from '../../src/cli/commands/import.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const seed = join(repo, 'generators/test/fixtures/seeds/000_c46ffdabbdaa36fc.txt');

async function errata(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await run(['import', ...args], { cwd, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

function workDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'errata-import-cli-'));
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\n\t\n');
  writeFileSync(join(dir, 'prose.md'), '# About us\n\nWe make great software. Contact sales for a demo.\n\n| Name | Role |\n| --- | --- |\n| Ann | Lead |\n');
  writeFileSync(join(dir, 'prose.rst'), 'Welcome\n=======\n\nNothing to see here.\n');
  mkdirSync(join(dir, 'folder.md'));
  return dir;
}

describe('errata import', () => {
  it('writes DIR/ID/catalog.yaml with the schema line and reports what it read', async () => {
    const dir = workDir();
    const result = await errata([seed, '--id', 'agent-ops', '--out', 'out'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^wrote out\/agent-ops\/catalog\.yaml: 18 entries in 1 group \(read as markdown\)/);
    const yaml = readFileSync(join(dir, 'out/agent-ops/catalog.yaml'), 'utf8');
    // Outside a workspace the line names the schema this installation validates with, a file that exists.
    const schemaLine = yaml.split('\n')[0]!;
    expect(schemaLine).toMatch(/^# yaml-language-server: \$schema=\/.*\/schemas\/catalog\.schema\.json$/);
    expect(existsSync(schemaLine.split('$schema=')[1]!)).toBe(true);
    // A second run does not overwrite a catalog someone may have edited.
    expect((await errata([seed, '--id', 'agent-ops', '--out', 'out'], dir)).code).toBe(1);
    expect((await errata([seed, '--id', 'agent-ops', '--out', 'out', '--force'], dir)).code).toBe(0);
  });

  it('derives the id from the file name', async () => {
    const dir = workDir();
    writeFileSync(join(dir, 'My Error Codes.md'), '| Code | Message |\n| --- | --- |\n| 1 | Bad |\n');
    const result = await errata(['My Error Codes.md', '--out', '.'], dir);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'my-error-codes/catalog.yaml'), 'utf8')).toContain('id: my-error-codes');
  });

  it('points the schema line at the repository schema from inside the repository', () => {
    expect(schemaReference(join(repo, 'catalogs', 'new-api'))).toBe('../../schemas/catalog.schema.json');
    expect(schemaReference(join(tmpdir(), 'x', 'new-api'))).toBe(join(repo, 'schemas', 'catalog.schema.json'));
    expect(schemaReference(join(tmpdir(), 'x', 'new-api'), join(tmpdir(), 'no-such', 'catalog.schema.json'))).toBe('https://errata.dev/schemas/catalog.schema.json');
  });

  it.each([
    ['binary.md', /binary\.md looks like a binary file; expected an error-code page/],
    ['empty.md', /empty\.md is empty; expected an error-code page/],
    ['blank.txt', /blank\.txt is empty; expected/],
    ['prose.md', /no error codes found in prose\.md \(read as markdown\); expected/],
    ['prose.rst', /no error codes found in prose\.rst \(read as rst\); expected/],
    ['missing.md', /cannot read missing\.md: no such file; expected a documentation page file/],
    ['folder.md', /folder\.md is a folder; expected a documentation page file/],
  ])('refuses %s with one line and exit 1', async (file, message) => {
    const result = await errata([file, '--out', 'out'], workDir());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
  });

  it.each([
    [[]],
    [['a.md', 'b.md']],
    [[seed, '--format', 'pdf']],
    [[seed, '--id', 'Not_Kebab']],
    [[seed, '--bogus']],
  ])('exits 2 on usage errors: %j', async (args) => {
    const result = await errata(args, workDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^errata import: /);
  });
});

describe('default ids', () => {
  it('kebab-cases the file name and keeps ids starting with a letter', async () => {
    const dir = workDir();
    writeFileSync(join(dir, '002_Error Codes.txt'), '| Code | Message |\n| --- | --- |\n| 1 | Bad |\n');
    expect((await errata(['002_Error Codes.txt', '--out', '.'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'doc-002-error-codes/catalog.yaml'), 'utf8')).toContain('id: doc-002-error-codes');
  });
});
