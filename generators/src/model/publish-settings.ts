/**
 * Resolves a catalog's publishing settings: its own `publish` over the workspace's errata.yaml,
 * field by field, over the defaults. Pure; the input passed validation.
 */
import type { RawPublish } from '../load/raw-catalog.js';
import type { PublishModel, RepositoryModel } from './catalog-model.js';

/** Scope of the default package names when neither the catalog nor the workspace sets one. */
const defaultScope = '@errata';

/** License of the packages when nobody sets one: nobody may use them without permission. */
const defaultLicense = 'UNLICENSED';

/** Folder holding the generated packages in the repository, for `repository.directory`. */
const defaultPackagesDirectory = 'packages';

/** What the defaults read from the catalog besides `publish`. */
export interface PublishDefaults {
  /** The catalog's docs `baseUrl`: the homepage when none is set. */
  readonly docsBaseUrl?: string;
}

/** The effective settings: `own` (the catalog's) wins over `inherited` (the workspace's) field by field. */
export function resolvePublish(own: RawPublish | undefined, inherited: RawPublish | undefined, defaults: PublishDefaults = {}): PublishModel {
  const pick = <K extends keyof RawPublish>(field: K): RawPublish[K] => own?.[field] ?? inherited?.[field];
  const repository = pick('repository');
  const bugs = pick('bugs');
  const homepage = pick('homepage') ?? defaults.docsBaseUrl;
  const author = pick('author');
  const registry = pick('registry');
  const tag = pick('tag');
  return {
    scope: pick('scope') ?? defaultScope,
    license: pick('license') ?? defaultLicense,
    ...(author !== undefined ? { author } : {}),
    ...(repository !== undefined ? { repository: repositoryModel(repository) } : {}),
    ...(homepage !== undefined ? { homepage } : {}),
    ...(bugs !== undefined ? { bugs: typeof bugs === 'string' ? { url: bugs } : { ...bugs } } : {}),
    access: pick('access') ?? 'public',
    ...(registry !== undefined ? { registry } : {}),
    ...(tag !== undefined ? { tag } : {}),
  };
}

/** The default name of a catalog's package of one kind: `<scope>/<id>-<kind>`. */
export function defaultPackageName(scope: string, id: string, kind: 'errors' | 'openapi' | 'i18n' | 'docs'): string {
  return `${scope}/${id}-${kind}`;
}

function repositoryModel(repository: NonNullable<RawPublish['repository']>): RepositoryModel {
  const given = typeof repository === 'string' ? { url: repository } : repository;
  const type = given.type ?? 'git';
  return {
    type,
    url: type === 'git' ? canonicalGitUrl(given.url) : given.url,
    directory: given.directory ?? defaultPackagesDirectory,
  };
}

const shorthandHosts: Readonly<Record<string, string>> = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };

/**
 * A git URL as npm writes it on publish, so publint and the registry take it without a warning:
 * `github:acme/api`, `https://github.com/acme/api` and `git@github.com:acme/api.git` become
 * `git+https://github.com/acme/api.git` / `git+ssh://git@github.com/acme/api.git`. URLs of other
 * hosts keep their form (an scp-like `user@host:path` becomes `git+ssh://user@host/path`).
 */
export function canonicalGitUrl(url: string): string {
  const shorthand = /^(github|gitlab|bitbucket):([^/]+)\/(.+?)(?:\.git)?$/.exec(url);
  if (shorthand) return `git+https://${shorthandHosts[shorthand[1]!]}/${shorthand[2]}/${shorthand[3]}.git`;
  const scp = /^([^@/\s]+)@([^:/\s]+):(?!\/)(.+)$/.exec(url);
  const full = scp ? `git+ssh://${scp[1]}@${scp[2]}/${scp[3]}` : url;
  const hosted = /^(?:git\+)?(https?|ssh):\/\/((?:[^@/]+@)?[^/]*(?:github|gitlab|bitbucket)[^/]*)\/(.+?)(?:\.git)?\/?$/.exec(full);
  return hosted ? `git+${hosted[1]}://${hosted[2]}/${hosted[3]}.git` : full;
}
