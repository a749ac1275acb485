/**
 * Generated packages are npm workspaces: `errata generate` keeps package-lock.json listing them,
 * with npm itself, and `--check` names a lockfile that lags. npm is the judge: after generate, a
 * fresh `npm install --package-lock-only --offline` must find nothing to change.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockfileDrift, lockfileWorkspace } from '../../src/write/workspace-lockfile.js';
import { tempTree } from '../support/temp-catalog.js';

const bin = fileURLToPath(new URL('../../bin/errata.js', import.meta.url));

const catalog = (version: string) => `id: shop
title: Shop API
version: ${version}
defaultLocale: en
envelope: { shape: object, codeType: integer }
groups:
  - name: general
    entries:
      - { key: NOT_FOUND, code: 404, httpStatus: 404, message: Not found }
`;

function errata(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const npm = (args: readonly string[], cwd: string) => execFileSync('npm', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('package-lock.json follows the generated workspace packages', () => {
  let root = '';
  beforeAll(() => {
    root = tempTree({
      'package.json': `${JSON.stringify({ name: 'api-errors', private: true, workspaces: ['packages/*'] }, null, 2)}\n`,
      'catalogs/shop/catalog.yaml': catalog('1.0.0'),
    });
    // A real lockfile for the empty workspace, written by npm.
    npm(['install', '--package-lock-only', '--offline', '--no-audit', '--no-fund'], root);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a new catalog: --check names the lockfile, generate adds its four packages, npm agrees', () => {
    const check = errata(['generate', '--check'], root);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('package-lock.json: would be changed (@errata/shop-errors (packages/shop-errors) is not in it;');

    const run = errata(['generate'], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('package-lock.json: updated for the generated workspace packages');
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    for (const kind of ['errors', 'openapi', 'i18n', 'docs']) {
      expect(lock.packages[`packages/shop-${kind}`]).toMatchObject({ name: `@errata/shop-${kind}`, version: '1.0.0' });
      expect(lock.packages[`node_modules/@errata/shop-${kind}`]).toEqual({ resolved: `packages/shop-${kind}`, link: true });
    }
    const before = readFileSync(join(root, 'package-lock.json'), 'utf8');
    npm(['install', '--package-lock-only', '--offline', '--no-audit', '--no-fund'], root);
    expect(readFileSync(join(root, 'package-lock.json'), 'utf8')).toBe(before);
    expect(errata(['generate', '--check'], root).code).toBe(0);
  });

  it('a new version: --check names the version that lags, generate brings it up', () => {
    writeFileSync(join(root, 'catalogs/shop/catalog.yaml'), catalog('1.1.0'));
    const check = errata(['generate', '--check'], root);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('packages/shop-errors: version is "1.0.0", the package says "1.1.0"');
    expect(errata(['generate'], root).code).toBe(0);
    expect(errata(['generate', '--check'], root).code).toBe(0);
  });

  it('a removed package is named as listed but gone', () => {
    rmSync(join(root, 'packages/shop-i18n'), { recursive: true });
    const workspace = lockfileWorkspace(join(root, 'packages'))!;
    expect(lockfileDrift(workspace, [])).toEqual(['packages/shop-i18n is listed but no longer exists']);
  });

  it('an output folder that is not a workspace glob, or a root without a lockfile, is left alone', () => {
    expect(lockfileWorkspace(join(root, 'elsewhere'))).toBeUndefined();
    const bare = tempTree({ 'package.json': '{ "name": "x", "workspaces": ["packages/*"] }\n' });
    try {
      expect(lockfileWorkspace(join(bare, 'packages'))).toBeUndefined();
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
