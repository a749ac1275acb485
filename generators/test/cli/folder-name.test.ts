/**
 * validate and diff apply the loader's one folder-name rule (`catalog-id`): a catalog folder directly
 * under `catalogs/` is named for its id; elsewhere any name will do, unless `--strict-folder-name`.
 * Both commands run on the same renamed copy of a catalog, through the CLI entry.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { bufferIO, tempTree } from '../support/temp-catalog.js';

const catalog = `id: shop
title: Shop API
version: 1.0.0
defaultLocale: en
locales: [en, de]
envelope: { shape: object, codeType: integer }
groups:
  - name: user
    entries:
      - { key: NOT_EXIST_ACCOUNT, code: 1101, httpStatus: 404, message: Account does not exist }
`;
const de = 'locale: de\nentries:\n  NOT_EXIST_ACCOUNT: { message: Konto existiert nicht }\n';

/** `base/shop` is named for its id; `catalogs/shop-v1` and `copies/shop-v1` are the same catalog renamed. */
const root = tempTree(
  Object.fromEntries(
    ['base/shop', 'catalogs/shop-v1', 'copies/shop-v1'].flatMap((dir) => [
      [`${dir}/catalog.yaml`, catalog],
      [`${dir}/locales/de.yaml`, de],
    ]),
  ),
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { io, stdout, stderr } = bufferIO(root);
  const code = await run(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

const underCatalogs = 'catalogs/shop-v1/catalog.yaml:1:5: error catalog-id: catalogs/shop-v1 holds id `shop`: a catalog under catalogs/ is named for its id; rename the folder or the id\n';
const strict = 'copies/shop-v1/catalog.yaml:1:5: error catalog-id: folder shop-v1 holds id `shop`: with --strict-folder-name a catalog folder is named for its id wherever it is; rename the folder or the id\n';

describe('validate and diff agree on folder names', () => {
  it('inside catalogs/, both refuse a folder not named for its id (catalog-id)', async () => {
    const validate = await cli('validate', 'catalogs/shop-v1');
    expect(validate.code).toBe(1);
    expect(validate.stdout).toBe(underCatalogs);
    const diff = await cli('diff', 'base/shop', 'catalogs/shop-v1');
    expect(diff.code).toBe(2);
    expect(diff.stdout).toBe('');
    expect(diff.stderr).toContain(underCatalogs);
    // The default list of `validate` (every folder under catalogs/) takes the same rule.
    const all = await cli('validate');
    expect(all.code).toBe(1);
    expect(all.stdout).toBe(underCatalogs);
  });

  it('outside catalogs/, both accept any folder name', async () => {
    const validate = await cli('validate', 'copies/shop-v1');
    expect(validate).toMatchObject({ code: 0, stdout: '' });
    expect(validate.stderr).toMatch(/^1 of 1 catalog valid/);
    for (const [from, to] of [['base/shop', 'copies/shop-v1'], ['copies/shop-v1', 'base/shop']]) {
      const diff = await cli('diff', from!, to!);
      expect(diff).toEqual({ code: 0, stdout: expect.stringMatching(/^no changes\n[\s\S]*\nversion: carried: /), stderr: '' });
    }
  });

  it('with --strict-folder-name, both refuse it outside catalogs/ too', async () => {
    const validate = await cli('validate', '--strict-folder-name', 'copies/shop-v1');
    expect(validate.code).toBe(1);
    expect(validate.stdout).toBe(strict);
    const diff = await cli('diff', '--strict-folder-name', 'base/shop', 'copies/shop-v1');
    expect(diff.code).toBe(2);
    expect(diff.stdout).toBe('');
    expect(diff.stderr).toContain(strict);
    // A folder named for its id passes the strict rule.
    expect((await cli('validate', '--strict-folder-name', 'base/shop')).code).toBe(0);
  });
});
