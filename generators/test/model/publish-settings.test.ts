/** Publishing settings in the model: the catalog's `publish` over the workspace's errata.yaml, field by field, over the defaults. */
import { describe, expect, it } from 'vitest';
import type { RawPublish } from '../../src/load/raw-catalog.js';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { canonicalGitUrl, resolvePublish } from '../../src/model/publish-settings.js';
import { tempTree } from '../support/temp-catalog.js';

describe('resolvePublish', () => {
  const rows: { name: string; own?: RawPublish; inherited?: RawPublish; docsBaseUrl?: string; want: object }[] = [
    { name: 'nothing set: the defaults', want: { scope: '@errata', license: 'UNLICENSED', access: 'public' } },
    { name: 'the homepage defaults to the docs baseUrl', docsBaseUrl: 'https://docs.example.com/errors', want: { homepage: 'https://docs.example.com/errors' } },
    {
      name: 'the workspace fills what the catalog leaves out',
      own: { license: 'Apache-2.0' },
      inherited: { scope: '@acme', license: 'MIT', author: 'Acme', access: 'restricted', registry: 'https://npm.acme.dev', tag: 'next' },
      want: { scope: '@acme', license: 'Apache-2.0', author: 'Acme', access: 'restricted', registry: 'https://npm.acme.dev', tag: 'next' },
    },
    { name: 'the catalog wins field by field', own: { scope: '@shop', access: 'public' }, inherited: { scope: '@acme', access: 'restricted' }, want: { scope: '@shop', access: 'public' } },
    {
      name: 'a homepage set anywhere wins over the docs baseUrl',
      inherited: { homepage: 'https://acme.dev' },
      docsBaseUrl: 'https://docs.example.com/errors',
      want: { homepage: 'https://acme.dev' },
    },
    {
      name: 'a whole repository object of the catalog replaces the workspace one',
      own: { repository: { type: 'git', url: 'https://gitlab.com/shop/api' } },
      inherited: { repository: { url: 'https://github.com/acme/all', directory: 'libs' } },
      want: { repository: { type: 'git', url: 'git+https://gitlab.com/shop/api.git', directory: 'packages' } },
    },
    { name: 'a repository URL string gets the packages folder', inherited: { repository: 'github:acme/api' }, want: { repository: { type: 'git', url: 'git+https://github.com/acme/api.git', directory: 'packages' } } },
    { name: 'another VCS keeps its URL as written', own: { repository: { type: 'svn', url: 'https://svn.example.com/api' } }, want: { repository: { type: 'svn', url: 'https://svn.example.com/api', directory: 'packages' } } },
    { name: 'bugs as a URL string', own: { bugs: 'https://github.com/acme/api/issues' }, want: { bugs: { url: 'https://github.com/acme/api/issues' } } },
    { name: 'bugs as an email only', inherited: { bugs: { email: 'oss@acme.dev' } }, want: { bugs: { email: 'oss@acme.dev' } } },
  ];
  it.each(rows)('$name', ({ own, inherited, docsBaseUrl, want }) => {
    const resolved = resolvePublish(own, inherited, docsBaseUrl ? { docsBaseUrl } : {});
    expect(resolved).toMatchObject(want);
  });

  it('leaves unset optional fields out (no undefined values in the model)', () => {
    expect(Object.keys(resolvePublish(undefined, undefined))).toEqual(['scope', 'license', 'access']);
  });
});

describe('canonicalGitUrl', () => {
  const rows: { given: string; want: string }[] = [
    { given: 'github:acme/api', want: 'git+https://github.com/acme/api.git' },
    { given: 'gitlab:acme/api.git', want: 'git+https://gitlab.com/acme/api.git' },
    { given: 'bitbucket:acme/api', want: 'git+https://bitbucket.org/acme/api.git' },
    { given: 'https://github.com/acme/api', want: 'git+https://github.com/acme/api.git' },
    { given: 'https://github.com/acme/api/', want: 'git+https://github.com/acme/api.git' },
    { given: 'git+https://github.com/acme/api.git', want: 'git+https://github.com/acme/api.git' },
    { given: 'git@github.com:acme/api.git', want: 'git+ssh://git@github.com/acme/api.git' },
    { given: 'ssh://git@gitlab.example.org/team/api', want: 'git+ssh://git@gitlab.example.org/team/api.git' },
    { given: 'https://git.example.com/team/api.git', want: 'https://git.example.com/team/api.git' },
    { given: 'git@git.example.com:team/api.git', want: 'git+ssh://git@git.example.com/team/api.git' },
  ];
  it.each(rows)('$given → $want', ({ given, want }) => {
    expect(canonicalGitUrl(given)).toBe(want);
  });
});

describe('the model of a catalog in a workspace', () => {
  const files = (catalogExtra: string, workspace: string) =>
    tempTree({
      'nx.json': '{}\n',
      'errata.yaml': workspace,
      'catalogs/shop/catalog.yaml': `id: shop
title: Shop
version: 1.0.0
defaultLocale: en
docs: { baseUrl: https://shop.example.com/errors }
envelope: { shape: object, codeType: integer }
groups: [{ name: general, entries: [{ key: A, code: 1, message: a }] }]
${catalogExtra}`,
    });

  it('takes the workspace scope for the default package names; names under `packages` stay as written', () => {
    const root = files('packages:\n  i18n: "@shop/messages"\npublish:\n  license: ISC\n', 'publish:\n  scope: "@acme"\n  license: MIT\n  author: Acme\n');
    const { model, diagnostics } = loadCatalog('catalogs/shop', { cwd: root });
    expect(diagnostics).toEqual([]);
    expect(model?.packages).toEqual({ errors: '@acme/shop-errors', openapi: '@acme/shop-openapi', i18n: '@shop/messages', docs: '@acme/shop-docs' });
    expect(model?.publish).toEqual({ scope: '@acme', license: 'ISC', author: 'Acme', homepage: 'https://shop.example.com/errors', access: 'public' });
  });

  it('a catalog scope overrides the workspace scope', () => {
    const root = files('publish:\n  scope: "@shop"\n', 'publish:\n  scope: "@acme"\n');
    expect(loadCatalog('catalogs/shop', { cwd: root }).model?.packages.errors).toBe('@shop/shop-errors');
  });
});
