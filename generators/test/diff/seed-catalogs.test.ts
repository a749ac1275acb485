import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffCommand } from '../../src/cli/commands/diff.js';
import { diffCatalogs } from '../../src/diff/diff-catalog.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { createSchemaValidators } from '../../src/validate/schema-validation.js';

const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
const seeds = readdirSync(new URL('../../../catalogs/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const schemas = createSchemaValidators();

describe('a seed catalog diffed with itself', () => {
  it.each(seeds)('%s has no changes', (id) => {
    // Loaded twice, so the diff compares two independently built models, not one object with itself.
    const [before, after] = [0, 1].map(() => loadCatalog(`catalogs/${id}`, { cwd: repositoryRoot, schemas }).model);
    expect(before, `catalogs/${id} must be valid`).toBeDefined();
    const diff = diffCatalogs(before!, after!);
    expect(diff.changes).toEqual([]);
    expect(diff.bumps).toEqual({ errors: 'none', openapi: 'none', i18n: 'none', docs: 'none' });
    expect(diff.version.carried).toBe(true);
  });
});

describe('a realistic change of a seed catalog', () => {
  it('classifies each change, sums up the bumps and rejects the version', async () => {
    const root = mkdtempSync(join(tmpdir(), 'errata-diff-seed-'));
    try {
      const dir = join(root, 'agent-ops');
      cpSync(new URL('../../../catalogs/agent-ops', import.meta.url), dir, { recursive: true });
      const edit = (file: string, edits: readonly [string | RegExp, string][]): void => {
        let text = readFileSync(join(dir, file), 'utf8');
        for (const [from, to] of edits) {
          const next = text.replace(from, to);
          expect(next, `edit ${String(from)} applies`).not.toBe(text);
          text = next;
        }
        writeFileSync(join(dir, file), text);
      };
      edit('catalog.yaml', [
        ['version: 1.0.0', 'version: 1.1.0'],
        ['httpStatus: 404\n        message: Account does not exist', 'httpStatus: 410\n        message: Account does not exist'],
        ['message: Incorrect password', 'message: The password is incorrect'],
        [/      - key: BLANK_ACCOUNT\n(?:        .*\n)+/, ''],
        ['        retryable: true\n        message: Gateway limitation', '        retryable: true\n        visibility: public\n        message: Gateway limitation'],
        ['  - name: agent\n', '      - key: ACCOUNT_LOCKED\n        code: 1109\n        httpStatus: 423\n        message: Account locked\n  - name: agent\n'],
      ]);
      edit('locales/zh-CN.yaml', [
        ['message: 账号不存在', 'message: 该账号不存在'],
        [/  BLANK_ACCOUNT:\n(?:    .*\n)+/, ''],
      ]);
      let stdout = '';
      let stderr = '';
      const io = { cwd: repositoryRoot, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
      const code = await diffCommand.run(['catalogs/agent-ops', dir], io);
      expect(stderr).toBe('');
      expect(stdout).toBe(
        [
          'breaking BLANK_ACCOUNT entry-removed: code 1103, error, HTTP 400',
          'breaking NOT_EXIST_ACCOUNT http-status-changed: 404 → 410',
          'minor ACCOUNT_LOCKED entry-added: code 1109, error, HTTP 423',
          'minor LIMIT_GATEWAY made-public: internal → public',
          'patch ERROR_PASSWORD message-changed: "Incorrect password" → "The password is incorrect"',
          'patch NOT_EXIST_ACCOUNT translation-changed: zh-CN message: "账号不存在" → "该账号不存在"',
          '',
          'bump errors: major (5 changes)',
          'bump openapi: major (5 changes)',
          'bump i18n: major (5 changes)',
          'bump docs: major (6 changes)',
          'version: not carried: needs 2.0.0 (major), version went 1.0.0 → 1.1.0',
          '',
        ].join('\n'),
      );
      expect(code).toBe(1);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
