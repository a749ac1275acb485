/**
 * Hand-built catalog models for emitter tests, so emitter tests do not depend on the loader.
 * `sampleCatalog()` covers every feature: params, data, internal, deprecated, shared code, partial/pending outcomes.
 */
import type { CatalogModel, EntryModel, EnvelopeModel, GroupModel } from '../../src/model/catalog-model.js';
import type { EmitContext } from '../../src/emit/virtual-file.js';
import { defaultAnchor, pascalName } from '../../src/model/names.js';

export const testContext: EmitContext = { catalogPath: 'catalogs/sample/catalog.yaml', generatorVersion: '0.0.0-test' };

type EntryInput = Partial<EntryModel> & Pick<EntryModel, 'key' | 'code' | 'message'>;

/** An entry with defaults filled the way the model builder fills them. */
export function entry(input: EntryInput): EntryModel {
  const name = input.pascalName ?? pascalName(input.key);
  return {
    group: 'general',
    outcome: 'error',
    httpStatus: 400,
    params: [],
    visibility: 'public',
    retryable: false,
    aliases: [],
    anchor: defaultAnchor(input.key),
    sharedCode: false,
    inferred: [],
    translations: {},
    ...input,
    pascalName: name,
    className: input.className ?? `${name}Error`,
  };
}

/** A catalog model from entries; groups are derived from the entries' `group`. */
export function catalog(entries: readonly EntryModel[], overrides: Partial<CatalogModel> = {}): CatalogModel {
  const groupNames = [...new Set(entries.map((e) => e.group))];
  const groups: GroupModel[] = groupNames.map((name) => ({
    name,
    title: name[0]!.toUpperCase() + name.slice(1),
    inferred: [],
    keys: entries.filter((e) => e.group === name).map((e) => e.key),
    translations: {},
  }));
  const shared = new Map<string | number, string[]>();
  for (const e of entries) if (e.sharedCode) shared.set(e.code, [...(shared.get(e.code) ?? []), e.key]);
  const envelope: EnvelopeModel = overrides.envelope ?? {
    shape: 'object',
    codeType: typeof entries[0]?.code === 'string' ? 'string' : 'integer',
    fields: { code: 'code', message: 'msg', data: 'data' },
    inferred: [],
  };
  return {
    id: 'sample',
    title: 'Sample API',
    description: 'A sample API for tests.',
    version: '1.2.3',
    defaultLocale: 'en',
    locales: ['en'],
    packages: { errors: '@errata/sample-errors', openapi: '@errata/sample-openapi', i18n: '@errata/sample-i18n', docs: '@errata/sample-docs' },
    docs: { baseUrl: 'https://docs.example.com/errors' },
    // As the model builder resolves a catalog with no `publish` and no errata.yaml.
    publish: { scope: '@errata', license: 'UNLICENSED', homepage: 'https://docs.example.com/errors', access: 'public' },
    envelope,
    sharedCodes: [...shared].map(([code, keys]) => ({ code, keys, reason: 'documented twice' })),
    groups,
    entries,
    inferred: [],
    ...overrides,
  };
}

/** A catalog using every feature, with an object envelope `{ code, msg, data }` and integer codes. */
export function sampleCatalog(): CatalogModel {
  return catalog(
    [
      entry({ key: 'OK', code: 0, message: 'Operation completed successfully.', outcome: 'success', httpStatus: 200, group: 'general' }),
      entry({
        key: 'NOT_EXIST_ACCOUNT',
        code: 1101,
        message: 'Account {account} does not exist',
        params: [{ name: 'account', type: 'string', description: 'The account name', example: 'alice' }],
        description: 'The account named in the request is unknown.',
        solution: 'Check the account name.',
        httpStatus: 404,
        group: 'user',
        translations: { 'zh-CN': { message: '账户 {account} 不存在' } },
      }),
      entry({
        key: 'TOO_MANY_ITEMS',
        code: 1102,
        message: '{count, plural, one {# item is} other {# items are}} too many',
        params: [{ name: 'count', type: 'integer' }],
        group: 'user',
      }),
      entry({
        key: 'VALIDATION_ERROR',
        code: 1,
        message: 'Validation failed',
        data: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        httpStatus: 422,
      }),
      entry({ key: 'RATE_LIMITED', code: 30, message: 'Too many requests', httpStatus: 429, retryable: true, inferred: ['httpStatus'] }),
      entry({ key: 'LIMIT_GATEWAY', code: 903, message: 'Gateway limitation', httpStatus: 503, visibility: 'internal', group: 'common', sharedCode: true }),
      entry({ key: 'ERROR_EXE_COMMAND', code: 903, message: 'Failed to update command status', httpStatus: 500, visibility: 'internal', group: 'common', sharedCode: true }),
      entry({ key: 'OLD_FAILURE', code: 77, message: 'Old failure', deprecated: { replacement: 'RATE_LIMITED', reason: 'merged' }, aliases: ['LEGACY_FAILURE'] }),
      entry({ key: 'PARTIAL', code: 98, message: 'Partially done', outcome: 'partial', httpStatus: 200, data: { type: 'object', properties: { done: { type: 'array', items: { type: 'integer' } } } } }),
      entry({ key: 'QUEUED', code: 100, message: 'Queued', outcome: 'pending', httpStatus: 202, data: { type: 'object', required: ['taskId'], properties: { taskId: { type: 'integer' } } } }),
      entry({ key: 'APIError', code: 400, message: 'error request' }),
    ],
    { locales: ['en', 'zh-CN'] },
  );
}
