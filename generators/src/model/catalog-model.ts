/**
 * The catalog model: the typed, normalized IR every emitter, the diff and the docs read.
 * Group defaults are resolved onto each entry; there are no source positions in here.
 */

/** A wire code as the API sends it. */
export type WireCode = number | string;

/** What a code means for the request. Only `error` entries become error classes. */
export type Outcome = 'success' | 'error' | 'partial' | 'pending';

export type Visibility = 'public' | 'internal';

/** The TypeScript-facing type of a message parameter. */
export type ParamType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

/** A JSON Schema, as written in the catalog (a plain JSON value). */
export type JsonSchema = { readonly [key: string]: unknown };

export interface ParamModel {
  readonly name: string;
  readonly type: ParamType;
  readonly description?: string;
  readonly example?: string | number | boolean;
  /**
   * Where a decoder finds the value on the wire: the steps of a path into the body's `data`
   * (`from: data.todo.id` → `['todo', 'id']`; `[]` is `data` itself). Absent: the wire does not carry it.
   */
  readonly from?: readonly string[];
}

export interface DeprecationModel {
  /** Key of the entry that replaces this one. */
  readonly replacement?: string;
  readonly reason?: string;
  readonly since?: string;
}

/** Translated texts of one entry in one locale; absent fields fall back to the default locale. */
export interface EntryTranslation {
  readonly message?: string;
  readonly description?: string;
  readonly solution?: string;
}

export interface EntryModel {
  /** The symbol, unique in the catalog, as written (`NOT_EXIST_ACCOUNT`, `APIError`). */
  readonly key: string;
  /** `<Name>` of the generated class, without the `Error` suffix: `NotExistAccount`, `Api`. */
  readonly pascalName: string;
  /** The generated class name: `NotExistAccountError`. */
  readonly className: string;
  readonly code: WireCode;
  /** Name of the group the entry belongs to. */
  readonly group: string;
  readonly outcome: Outcome;
  readonly httpStatus: number;
  /** Default-locale ICU MessageFormat source. */
  readonly message: string;
  /** Declared parameters, sorted by name. */
  readonly params: readonly ParamModel[];
  readonly description?: string;
  readonly solution?: string;
  readonly visibility: Visibility;
  readonly retryable: boolean;
  /** JSON Schema of the `data` payload, when the entry declares one. */
  readonly data?: JsonSchema;
  readonly deprecated?: DeprecationModel;
  readonly aliases: readonly string[];
  /** Docs fragment id (defaults to the key in kebab-case). */
  readonly anchor: string;
  /** True when the code is declared in `sharedCodes` and used by more than one entry. */
  readonly sharedCode: boolean;
  /** Field names whose values were inferred rather than stated by the source document (own and inherited from the group). */
  readonly inferred: readonly string[];
  /** Translations by locale (the default locale is not in here). */
  readonly translations: Readonly<Record<string, EntryTranslation>>;
}

export interface GroupModel {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  readonly range?: { readonly min: number; readonly max: number };
  readonly prefix?: string;
  readonly inferred: readonly string[];
  /** Keys of the group's entries, in catalog order. */
  readonly keys: readonly string[];
  /** Translated titles/descriptions by locale. */
  readonly translations: Readonly<Record<string, { readonly title?: string; readonly description?: string }>>;
}

/** Names of the positions/fields of the wire envelope. */
export type EnvelopePart = 'code' | 'message' | 'data';

export interface ObjectEnvelope {
  readonly shape: 'object';
  readonly codeType: 'integer' | 'string';
  /** Field names on the wire: `{ code: 'code', message: 'msg', data: 'data' }`. */
  readonly fields: { readonly code: string; readonly message: string; readonly data: string };
  readonly inferred: readonly string[];
}

export interface ArrayEnvelope {
  readonly shape: 'array';
  readonly codeType: 'integer' | 'string';
  /** Meaning of each position: `['code', 'message', 'data']`. */
  readonly order: readonly EnvelopePart[];
  readonly inferred: readonly string[];
}

export type EnvelopeModel = ObjectEnvelope | ArrayEnvelope;

export interface SharedCodeModel {
  readonly code: WireCode;
  readonly reason?: string;
  /** Keys of the entries sharing this code, in catalog order (the first wins when a decode is ambiguous). */
  readonly keys: readonly string[];
}

/** Where the packages' source lives, as npm's `repository` (the directory is per catalog, not per package). */
export interface RepositoryModel {
  /** Version control system: `git` unless the catalog says otherwise. */
  readonly type: string;
  /** Repository URL; GitHub, GitLab and Bitbucket URLs in npm's canonical `git+https://…/<repo>.git` form. */
  readonly url: string;
  /** Folder of the repository holding the generated packages (default `packages`): package `<id>-<kind>` is in `<directory>/<id>-<kind>`. */
  readonly directory: string;
}

/**
 * How the generated packages are published: the catalog's `publish` over the workspace's
 * errata.yaml, field by field, over the defaults. Everything here goes into each package.json.
 */
export interface PublishModel {
  /** npm scope of the default package names (`@errata` unless set). */
  readonly scope: string;
  /** SPDX license expression, or `UNLICENSED` (the default). */
  readonly license: string;
  /** npm `author`: `Name <email> (url)`. */
  readonly author?: string;
  readonly repository?: RepositoryModel;
  /** Homepage; defaults to the catalog's docs `baseUrl`. */
  readonly homepage?: string;
  /** Issue tracker URL and/or email. */
  readonly bugs?: { readonly url?: string; readonly email?: string };
  /** `publishConfig.access`: `public` unless set, so a scoped package's first publish is not refused. */
  readonly access: 'public' | 'restricted';
  /** `publishConfig.registry`; absent means npm's configured registry. */
  readonly registry?: string;
  /** `publishConfig.tag`; absent means `latest`. */
  readonly tag?: string;
}

export interface CatalogModel {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly version: string;
  readonly defaultLocale: string;
  /** All locales, default first, then the others sorted. */
  readonly locales: readonly string[];
  /** npm package names: as the catalog's `packages` says, else `<publish.scope>/<id>-<kind>`. */
  readonly packages: { readonly errors: string; readonly openapi: string; readonly i18n: string; readonly docs: string };
  readonly docs: { readonly baseUrl?: string; readonly source?: string };
  /** Publishing settings, resolved: what every generated package.json carries. */
  readonly publish: PublishModel;
  readonly envelope: EnvelopeModel;
  readonly sharedCodes: readonly SharedCodeModel[];
  readonly groups: readonly GroupModel[];
  /** Every entry, in catalog order (group by group). */
  readonly entries: readonly EntryModel[];
  readonly inferred: readonly string[];
}
