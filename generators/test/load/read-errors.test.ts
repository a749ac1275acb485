/**
 * A problem with the user's file is a diagnostic; a bug of ours is not. Reading a catalog turns only
 * file-system refusals (missing, not permitted, a folder) and the yaml library's own complaints into
 * `unreadable-file` / `yaml-syntax`; any other exception propagates to the CLI's internal-error path.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

// A switch that makes the yaml parser fail the way a bug would (a TypeError), not the way bad YAML does.
const fault = vi.hoisted(() => ({ on: false }));
vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      if (fault.on) throw new TypeError('cannot read properties of undefined (a bug)');
      return yaml.parseDocument(...args);
    },
  };
});

const { readCatalogFiles } = await import('../../src/load/catalog-files.js');
const { readWorkspaceFile } = await import('../../src/load/workspace-file.js');
const { parseYamlPositioned, parseYamlSource } = await import('../../src/load/yaml-source.js');
const { isUnreadableFileError } = await import('../../src/util/file-errors.js');

const root = mkdtempSync(join(tmpdir(), 'errata-read-errors-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  fault.on = false;
});

function catalogDir(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('user problems stay diagnostics', () => {
  it('a catalog.yaml that is a folder is unreadable-file EISDIR', () => {
    const dir = join(root, 'folder-file');
    mkdirSync(join(dir, 'catalog.yaml'), { recursive: true });
    const files = readCatalogFiles(dir, root);
    expect(files.diagnostics.map((d) => `${d.rule}: ${d.message}`)).toEqual(['unreadable-file: cannot read the file: EISDIR']);
    expect(files.catalog).toBeUndefined();
  });

  it('a locale file that is a folder is unreadable-file, the rest still loads', () => {
    const dir = catalogDir('locale-folder', { 'catalog.yaml': 'id: x\n' });
    mkdirSync(join(dir, 'locales', 'ru.yaml'), { recursive: true });
    const files = readCatalogFiles(dir, root);
    expect(files.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual(['locale-folder/locales/ru.yaml unreadable-file']);
    expect(files.catalog?.data).toEqual({ id: 'x' });
    expect(files.locales).toEqual([]);
  });

  it('an errata.yaml that is a folder is unreadable-file', () => {
    const dir = join(root, 'ws-folder');
    mkdirSync(join(dir, 'errata.yaml'), { recursive: true });
    expect(readWorkspaceFile(dir, root).diagnostics.map((d) => `${d.rule}: ${d.message}`)).toEqual(['unreadable-file: cannot read the file: EISDIR']);
  });

  it.each([
    ['a syntax error', 'a: [1, 2\n', /yaml-syntax/],
    ['aliases past the expansion limit', `a: &a [${'x,'.repeat(50)}x]\nb: &b [${'*a,'.repeat(50)}*a]\nc: [${'*b,'.repeat(50)}*b]\n`, /yaml-syntax: .*alias/],
    ['a YAML 1.1 merge key given a text', '%YAML 1.1\n---\n- <<: "{x}"\n', /yaml-syntax: the file cannot be read as YAML: Merge sources must be maps/],
    ['nesting past the stack', `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, /yaml-syntax/],
  ])('%s is a yaml-syntax diagnostic', (_name, text, want) => {
    const source = parseYamlSource('c.yaml', text);
    expect(source.readable).toBe(false);
    expect(source.syntaxDiagnostics.map((d) => `${d.rule}: ${d.message}`).join('\n')).toMatch(want);
  });

  it('classifies file-system errors by code', () => {
    const errno = (code: string) => Object.assign(new Error(code), { code });
    for (const code of ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ENOTDIR', 'ELOOP']) expect(isUnreadableFileError(errno(code)), code).toBe(true);
    for (const error of [errno('EMFILE'), errno('ERR_INVALID_ARG_TYPE'), new TypeError('x'), { code: 'ENOENT' }, 'ENOENT', undefined]) expect(isUnreadableFileError(error)).toBe(false);
  });
});

// Valid YAML takes the fast reading (js-yaml) and never reaches the positioned parse; a duplicate key
// is text the fast reading cannot vouch for, so these files go through the (faulty) positioned parse.
describe('our bugs are not disguised as user diagnostics', () => {
  it('parseYamlSource rethrows an exception that is not about the text', () => {
    fault.on = true;
    expect(() => parseYamlSource('c.yaml', 'a: 1\na: 2\n')).toThrow(TypeError);
    expect(() => parseYamlPositioned('c.yaml', 'a: 1\n')).toThrow(TypeError);
  });

  it('a position asked of a valid file goes through the same parse, and its bug propagates too', () => {
    const source = parseYamlSource('c.yaml', 'a: 1\n');
    expect(source.readable).toBe(true);
    fault.on = true;
    expect(() => source.locate(['a'])).toThrow(TypeError);
  });

  it('readCatalogFiles rethrows it instead of reporting unreadable-file', () => {
    const dir = catalogDir('bug', { 'catalog.yaml': 'id: x\nid: y\n' });
    fault.on = true;
    expect(() => readCatalogFiles(dir, root)).toThrow(/a bug/);
  });

  it('readWorkspaceFile rethrows it too', () => {
    const dir = catalogDir('ws-bug', { 'errata.yaml': 'publish: {}\npublish: {}\n' });
    fault.on = true;
    expect(() => readWorkspaceFile(dir, root)).toThrow(/a bug/);
  });
});
