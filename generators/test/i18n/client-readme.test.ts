/**
 * The "Client-side messages" README section: its statement of which messages a client can localize
 * follows the model (`from` of each param), and its code blocks run as written, in sequence, under
 * Node against the generated i18n and errors packages installed in a temp project, printing the error
 * formatted in the README's locale by `loadFormatter`, i18next and FormatJS alike.
 */
import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitErrorsPackage } from '../../src/emit/errors/errors-package.js';
import { emitI18nPackage } from '../../src/emit/i18n/i18n-package.js';
import { sampleValue, wireExample } from '../../src/emit/i18n/wire-params.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { installPackage, repoRoot, run, tempDir, writeFile, type RunResult } from '../errors/support/temp-project.js';
import { testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { seedIds, workspaceCatalog, workspaceCatalogIds } from '../support/workspace-catalogs.js';
import { readmeSectionBlocks } from './i18n-support.js';

interface Case {
  readonly name: string;
  readonly catalog: CatalogModel;
  readme: string;
}

const project = tempDir('i18n-client-readme');
afterAll(() => rmSync(project, { recursive: true, force: true }));

const cases: Case[] = [
  { name: 'fixture-todo', catalog: todoCatalog(), readme: '' },
  ...workspaceCatalogIds().map((id) => ({ name: id, catalog: workspaceCatalog(id), readme: '' })),
];

beforeAll(() => {
  writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  for (const c of cases) {
    const i18n = emitI18nPackage(c.catalog, testContext);
    installPackage(project, c.catalog.packages.i18n, i18n);
    installPackage(project, c.catalog.packages.errors, emitErrorsPackage(c.catalog, testContext));
    c.readme = i18n.files.find((f) => f.path === 'README.md')!.contents;
  }
  // The libraries the snippets import, resolved from the project as in a user's app.
  for (const lib of ['intl-messageformat', 'i18next', 'i18next-icu']) symlinkSync(join(repoRoot, 'node_modules', lib), join(project, 'node_modules', lib), 'dir');
});

/** The section's code blocks as one script: they continue each other. */
function clientScript(readme: string): string {
  return readmeSectionBlocks(readme, 'Client-side messages').join('\n');
}

/** Runs a script as an ES module under Node in the project. */
function runScript(name: string, script: string): Promise<RunResult> {
  const file = join(project, `${name}.mjs`);
  writeFile(file, script);
  return run(process.execPath, [file], project);
}

/** A snippet passes only when Node exits 0: an uncaught throw or rejection anywhere in it fails the test. */
function expectRan(result: RunResult, where: string): void {
  if (result.code !== 0) throw new Error(`${where} exited with ${result.code}:\n${result.output}`);
}

/** The paragraph of the section that says which messages a client can localize. */
function coverageText(readme: string): string {
  const start = readme.indexOf('### What a client can localize');
  expect(start, 'the section is there').toBeGreaterThan(0);
  return readme.slice(start, readme.indexOf('\n## ', start));
}

describe('what a client can localize', () => {
  it('todo: names the one message whose param is not on the wire, and where each param is', () => {
    const text = coverageText(cases[0]!.readme);
    expect(text).toContain('5 of 6 public messages can be formatted on the client');
    expect(text).toContain('- `DUE_DATE_PAST`: `due` is not on the wire; problem bodies carry it.');
    expect(text.match(/is not on the wire;/g)).toHaveLength(1);
    expect(text).toContain('| `TODO_NOT_FOUND` | `id` | `data.todoId` |');
    expect(text).toContain('| `LIST_NOT_FOUND` | `name` | `data.list.name` |');
    expect(text).toContain('| `DUE_DATE_PAST` | `due` | not on the wire |');
    // Internal entries are not public messages.
    expect(text).not.toContain('STORAGE_FAILURE');
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: agrees with the params of the model', (_name, c) => {
    const text = coverageText(c.readme);
    const publicEntries = c.catalog.entries.filter((e) => e.visibility === 'public');
    const lacking = publicEntries.filter((e) => e.params.some((p) => p.from === undefined));
    if (lacking.length === 0) expect(text).toContain('Every message can be formatted on the client');
    else expect(text).toContain(`${publicEntries.length - lacking.length} of ${publicEntries.length} public messages can be formatted on the client`);
    for (const entry of publicEntries) {
      const unsourced = entry.params.filter((p) => p.from === undefined);
      if (unsourced.length > 0) expect(text).toContain(`- \`${entry.key}\`: ${unsourced.map((p) => `\`${p.name}\``).join(', ')} `);
      else expect(text).not.toContain(`- \`${entry.key}\`:`);
    }
  });

  it('seeds: none takes params, so every message can be formatted on the client', () => {
    for (const id of seedIds) {
      const c = cases.find((x) => x.name === id);
      expect(c, id).toBeDefined();
      expect(c!.catalog.entries.every((e) => e.params.length === 0)).toBe(true);
      expect(coverageText(c!.readme)).toContain('Every message can be formatted on the client: none of the');
    }
  });
});

describe('the client-side README snippet', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s: runs as written and prints the error in the README locale three times alike', async (_name, c) => {
    const example = wireExample(c.catalog);
    const script = clientScript(c.readme);
    if (!example) {
      expect(script).toBe('');
      return;
    }
    const locale = c.catalog.locales.find((l) => l !== c.catalog.defaultLocale) ?? c.catalog.defaultLocale;
    const bundle = JSON.parse(readFileSync(join(project, 'node_modules', ...c.catalog.packages.i18n.split('/'), 'messages', `${locale}.json`), 'utf8'));
    const values = Object.fromEntries(example.entry.params.map((p) => [p.name, p.type === 'date' ? new Date(sampleValue(p) as number) : sampleValue(p)]));
    const want = new IntlMessageFormat(bundle[example.entry.key], locale).format(values);
    expect(typeof want).toBe('string');

    const result = await runScript(`client-${c.name}`, script);
    expectRan(result, `${c.name} client snippet`);
    expect(result.output.trimEnd().split('\n')).toEqual([want, want, want]);
  });

  it('todo: prints the German message with the param read from the wire', async () => {
    const result = await runScript('client-todo-de', clientScript(cases[0]!.readme));
    expectRan(result, 'todo client snippet');
    expect(result.output).toBe('Todo 42 existiert nicht\n'.repeat(3));
  });

  it.each([
    { where: 'at the end', edit: (script: string) => `${script}\nthrow new Error("snippet failed");\n` },
    { where: 'inside the i18next block', edit: (script: string) => script.replace('if (isLocalizable(error)) {', 'if (isLocalizable(error)) {\n  throw new Error("snippet failed");') },
    { where: 'as a rejected promise', edit: (script: string) => `${script}\nawait Promise.reject(new Error("snippet failed"));\n` },
  ])('fails when the snippet throws $where', async ({ edit }) => {
    const script = clientScript(cases[0]!.readme);
    const broken = edit(script);
    expect(broken).not.toBe(script);
    const result = await runScript('client-todo-broken', broken);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('snippet failed');
    expect(() => expectRan(result, 'broken snippet')).toThrow(/snippet failed/);
  });
});
