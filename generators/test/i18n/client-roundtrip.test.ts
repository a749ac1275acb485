/**
 * The whole client path on the todo fixture with both generated packages: a server answers with
 * `createError(key, params).toHttpResponse({ as })`, the client decodes it with `readResponse` and
 * formats it in German with `loadFormatter`. Over the envelope, params with a wire source arrive and
 * format like intl-messageformat; `due` (no source) is missing and named. A problem body carries every param.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitErrorsPackage } from '../../src/emit/errors/errors-package.js';
import { emitI18nPackage } from '../../src/emit/i18n/i18n-package.js';
import { importFile, installPackage, tempDir, writeFile } from '../errors/support/temp-project.js';
import { testContext } from '../support/model-fixtures.js';
import { todoCatalog } from '../support/wire-catalog.js';
import { exampleValues } from './i18n-support.js';

const todo = todoCatalog();
const project = tempDir('i18n-client-roundtrip');
afterAll(() => rmSync(project, { recursive: true, force: true }));

interface DecodedError {
  readonly key: string;
  readonly params: Record<string, unknown>;
  readonly message: string;
}
let errors: {
  createError(key: string, params?: object): { toHttpResponse(options: { as: 'envelope' | 'problem' }): Response };
  readResponse(response: Response): Promise<{ outcome: string; error?: DecodedError }>;
};
let i18n: {
  loadFormatter(locale: string): Promise<{ formatError(error: unknown): string | undefined }>;
  missingParams(error: unknown): string[];
  isLocalizable(error: unknown): boolean;
};
let german: Record<string, string>;

beforeAll(async () => {
  writeFile(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const errorsDir = installPackage(project, todo.packages.errors, emitErrorsPackage(todo, testContext));
  const i18nDir = installPackage(project, todo.packages.i18n, emitI18nPackage(todo, testContext));
  errors = await importFile(join(errorsDir, 'index.js'));
  i18n = await importFile(join(i18nDir, 'index.js'));
  german = JSON.parse(readFileSync(join(i18nDir, 'messages', 'de.json'), 'utf8'));
});

const errorEntries = todo.entries.filter((e) => e.outcome === 'error' && e.visibility === 'public');

describe('server error → readResponse → formatError in de', () => {
  it.each(errorEntries.flatMap((entry) => (['envelope', 'problem'] as const).map((as) => [entry.key, as, entry] as const)))('%s as %s', async (_key, as, entry) => {
    const params = exampleValues(entry.message, entry.params);
    const response = errors.createError(entry.key, entry.params.length > 0 ? params : undefined).toHttpResponse({ as });
    const result = await errors.readResponse(response);
    expect(result.outcome).toBe('error');
    const error = result.error!;
    expect(error.key).toBe(entry.key);
    expect(i18n.isLocalizable(error)).toBe(true);

    const formatter = await i18n.loadFormatter('de');
    // Over the envelope only params with a wire source arrive; a problem carries them all.
    const lost = as === 'envelope' ? entry.params.filter((p) => p.from === undefined).map((p) => p.name) : [];
    expect(i18n.missingParams(error)).toEqual(lost);
    const text = formatter.formatError(error);
    if (lost.length === 0) expect(text).toBe(new IntlMessageFormat(german[entry.key]!, 'de').format(params));
    else for (const name of lost) expect(text).toContain(`{${name}}`);
  });

  it('an internal error decoded from the wire has no public message', async () => {
    const result = await errors.readResponse(errors.createError('STORAGE_FAILURE').toHttpResponse({ as: 'envelope' }));
    expect(result.error?.key).toBe('STORAGE_FAILURE');
    expect(i18n.isLocalizable(result.error)).toBe(false);
    expect((await i18n.loadFormatter('de')).formatError(result.error)).toBeUndefined();
    expect(i18n.missingParams(result.error)).toEqual([]);
  });
});
