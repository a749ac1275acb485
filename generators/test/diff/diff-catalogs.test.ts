import { describe, expect, it } from 'vitest';
import type { Bump, ChangeClass, ChangeKind, PackageKind } from '../../src/diff/catalog-diff.js';
import { changeRules } from '../../src/diff/change-rules.js';
import { diffCatalogs } from '../../src/diff/diff-catalog.js';
import type { CatalogModel, EntryModel } from '../../src/model/catalog-model.js';
import { catalog, entry, sampleCatalog } from '../support/model-fixtures.js';

/** The sample catalog with one entry patched. */
function withEntry(key: string, patch: Partial<EntryModel>, base: CatalogModel = sampleCatalog()): CatalogModel {
  return { ...base, entries: base.entries.map((e) => (e.key === key ? { ...e, ...patch } : e)) };
}

function without(key: string, base: CatalogModel = sampleCatalog()): CatalogModel {
  return { ...base, entries: base.entries.filter((e) => e.key !== key) };
}

function withAdded(added: EntryModel, base: CatalogModel = sampleCatalog()): CatalogModel {
  return { ...base, entries: [...base.entries, added] };
}

type Bumps = Record<PackageKind, Bump>;
const bumps = (errors: Bump, openapi: Bump, i18n: Bump, docs: Bump): Bumps => ({ errors, openapi, i18n, docs });

interface Row {
  readonly name: string;
  /** Old side (default: the sample catalog). */
  readonly old?: () => CatalogModel;
  readonly given: () => CatalogModel;
  /** The one change expected. */
  readonly kind: ChangeKind;
  readonly key: string;
  readonly class: ChangeClass;
  readonly bumps: Bumps;
  readonly detail?: string | RegExp;
}

const ACCOUNT = 'NOT_EXIST_ACCOUNT';

const rows: Row[] = [
  // breaking
  { name: 'entry removed', given: () => without('APIError'), kind: 'entry-removed', key: 'APIError', class: 'breaking', bumps: bumps('major', 'major', 'major', 'major') },
  { name: 'internal entry removed keeps i18n', given: () => without('LIMIT_GATEWAY'), kind: 'entry-removed', key: 'LIMIT_GATEWAY', class: 'breaking', bumps: bumps('major', 'major', 'none', 'none') },
  { name: 'wire code changed', given: () => withEntry('APIError', { code: 401 }), kind: 'code-changed', key: 'APIError', class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch'), detail: '400 → 401' },
  { name: 'HTTP status changed', given: () => withEntry(ACCOUNT, { httpStatus: 410 }), kind: 'http-status-changed', key: ACCOUNT, class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch'), detail: '404 → 410' },
  { name: 'outcome changed', given: () => withEntry('QUEUED', { outcome: 'success' }), kind: 'outcome-changed', key: 'QUEUED', class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch'), detail: '"pending" → "success"' },
  { name: 'param removed', given: () => withEntry('TOO_MANY_ITEMS', { params: [] }), kind: 'param-removed', key: 'TOO_MANY_ITEMS', class: 'breaking', bumps: bumps('major', 'none', 'none', 'patch') },
  { name: 'param source moved', old: () => withEntry(ACCOUNT, { params: [{ name: 'account', type: 'string', description: 'The account name', example: 'alice', from: ['account'] }] }), given: () => withEntry(ACCOUNT, { params: [{ name: 'account', type: 'string', description: 'The account name', example: 'alice', from: ['user', 'name'] }] }), kind: 'param-source-changed', key: ACCOUNT, class: 'breaking', bumps: bumps('major', 'none', 'none', 'none'), detail: '{account}: from data.account → data.user.name' },
  { name: 'param source removed', old: () => withEntry(ACCOUNT, { params: [{ name: 'account', type: 'string', description: 'The account name', example: 'alice', from: ['account'] }] }), given: () => sampleCatalog(), kind: 'param-source-changed', key: ACCOUNT, class: 'breaking', bumps: bumps('major', 'none', 'none', 'none'), detail: '{account}: from data.account → nowhere' },
  { name: 'param type changed', given: () => withEntry(ACCOUNT, { params: [{ name: 'account', type: 'integer', description: 'The account name', example: 'alice' }] }), kind: 'param-type-changed', key: ACCOUNT, class: 'breaking', bumps: bumps('major', 'none', 'none', 'patch'), detail: '{account}: string → integer' },
  { name: 'param added (a new placeholder is required)', given: () => withEntry('APIError', { params: [{ name: 'reason', type: 'string' }] }), kind: 'param-added', key: 'APIError', class: 'breaking', bumps: bumps('major', 'none', 'major', 'patch'), detail: /required/ },
  { name: 'param added to an internal entry', given: () => withEntry('LIMIT_GATEWAY', { params: [{ name: 'gateway', type: 'string' }] }), kind: 'param-added', key: 'LIMIT_GATEWAY', class: 'breaking', bumps: bumps('major', 'none', 'none', 'none') },
  { name: 'data: new required property', given: () => withEntry('PARTIAL', { data: { type: 'object', required: ['done'], properties: { done: { type: 'array', items: { type: 'integer' } } } } }), kind: 'data-narrowed', key: 'PARTIAL', class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch'), detail: 'data: property "done" is now required' },
  { name: 'data: property type changed', given: () => withEntry('QUEUED', { data: { type: 'object', required: ['taskId'], properties: { taskId: { type: 'string' } } } }), kind: 'data-narrowed', key: 'QUEUED', class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch'), detail: 'data.taskId: type integer → string' },
  { name: 'data: enum value removed', old: () => withEntry('QUEUED', { data: { type: 'object', required: ['taskId'], properties: { taskId: { type: 'integer', enum: [1, 2, 3] } } } }), given: () => withEntry('QUEUED', { data: { type: 'object', required: ['taskId'], properties: { taskId: { type: 'integer', enum: [1, 2] } } } }), kind: 'data-narrowed', key: 'QUEUED', class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch'), detail: 'data.taskId: value 3 no longer allowed' },
  { name: 'data: additionalProperties turned false', given: () => withEntry('QUEUED', { data: { type: 'object', required: ['taskId'], properties: { taskId: { type: 'integer' } }, additionalProperties: false } }), kind: 'data-narrowed', key: 'QUEUED', class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch'), detail: 'data: additionalProperties is now false' },
  { name: 'data removed', given: () => withEntry('QUEUED', { data: undefined }), kind: 'data-removed', key: 'QUEUED', class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch') },
  { name: 'public → internal', given: () => withEntry('APIError', { visibility: 'internal' }), kind: 'made-internal', key: 'APIError', class: 'breaking', bumps: bumps('patch', 'major', 'major', 'major') },
  // Aliases are only in the errors README, but in the OpenAPI x-errata metadata.
  { name: 'alias removed', given: () => withEntry('OLD_FAILURE', { aliases: [] }), kind: 'alias-removed', key: 'OLD_FAILURE', class: 'breaking', bumps: bumps('patch', 'major', 'none', 'patch') },
  // Minor for the errors package (issue 8); OpenAPI x-errata metadata is a patch.
  { name: 'retryable changed', given: () => withEntry('APIError', { retryable: true }), kind: 'retryable-changed', key: 'APIError', class: 'minor', bumps: bumps('minor', 'patch', 'none', 'patch'), detail: 'false → true' },
  // The problem `type` URL (`toProblem().type`, RFC 9457's identifier of the problem) changes.
  { name: 'docs anchor', given: () => withEntry(ACCOUNT, { anchor: 'account-missing' }), kind: 'anchor-changed', key: ACCOUNT, class: 'patch', bumps: bumps('patch', 'patch', 'none', 'patch') },
  { name: 'docs base URL', given: () => ({ ...sampleCatalog(), docs: { baseUrl: 'https://docs.example.com/v2/errors' } }), kind: 'docs-url-changed', key: '@catalog', class: 'patch', bumps: bumps('patch', 'patch', 'none', 'patch') },
  // fromResponse picks among the entries of a shared code by message text: the same body decodes differently.
  { name: 'message text of a shared code', given: () => withEntry('LIMIT_GATEWAY', { message: 'Gateway limit reached' }), kind: 'shared-code-message-changed', key: 'LIMIT_GATEWAY', class: 'breaking', bumps: bumps('major', 'patch', 'none', 'none') },
  // minor
  { name: 'entry added', given: () => withAdded(entry({ key: 'GONE', code: 1103, message: 'Gone', httpStatus: 410, group: 'user' })), kind: 'entry-added', key: 'GONE', class: 'minor', bumps: bumps('minor', 'minor', 'minor', 'minor'), detail: 'code 1103, error, HTTP 410' },
  { name: 'internal entry added', given: () => withAdded(entry({ key: 'SECRET', code: 904, message: 'Secret', visibility: 'internal', group: 'common' })), kind: 'entry-added', key: 'SECRET', class: 'minor', bumps: bumps('minor', 'minor', 'none', 'none') },
  { name: 'param source added', given: () => withEntry(ACCOUNT, { params: [{ name: 'account', type: 'string', description: 'The account name', example: 'alice', from: ['account'] }] }), kind: 'param-source-added', key: ACCOUNT, class: 'minor', bumps: bumps('minor', 'none', 'none', 'none'), detail: '{account}: from nowhere → data.account' },
  { name: 'param type widened integer → number', given: () => withEntry('TOO_MANY_ITEMS', { params: [{ name: 'count', type: 'number' }] }), kind: 'param-type-widened', key: 'TOO_MANY_ITEMS', class: 'minor', bumps: bumps('minor', 'none', 'none', 'patch') },
  { name: 'data widened: optional property added', old: () => withEntry('QUEUED', { data: { type: 'object', required: ['taskId'], properties: { taskId: { type: 'integer' } }, additionalProperties: false } }), given: () => withEntry('QUEUED', { data: { type: 'object', required: ['taskId'], properties: { taskId: { type: 'integer' }, eta: { type: 'string' } } } }), kind: 'data-widened', key: 'QUEUED', class: 'minor', bumps: bumps('minor', 'minor', 'none', 'patch') },
  { name: 'data widened: requirement dropped', given: () => withEntry('QUEUED', { data: { type: 'object', properties: { taskId: { type: 'integer' } } } }), kind: 'data-widened', key: 'QUEUED', class: 'minor', bumps: bumps('minor', 'minor', 'none', 'patch') },
  { name: 'data added', given: () => withEntry('APIError', { data: { type: 'object' } }), kind: 'data-added', key: 'APIError', class: 'minor', bumps: bumps('minor', 'minor', 'none', 'patch') },
  { name: 'alias added', given: () => withEntry('APIError', { aliases: ['BAD_REQUEST'] }), kind: 'alias-added', key: 'APIError', class: 'minor', bumps: bumps('patch', 'minor', 'none', 'patch') },
  { name: 'deprecation added', given: () => withEntry('APIError', { deprecated: { replacement: 'VALIDATION_ERROR' } }), kind: 'deprecation-added', key: 'APIError', class: 'minor', bumps: bumps('minor', 'minor', 'none', 'patch'), detail: 'use VALIDATION_ERROR' },
  { name: 'internal → public', given: () => withEntry('LIMIT_GATEWAY', { visibility: 'public' }), kind: 'made-public', key: 'LIMIT_GATEWAY', class: 'minor', bumps: bumps('patch', 'minor', 'minor', 'minor') },
  // patch
  { name: 'message text', given: () => withEntry('APIError', { message: 'Bad request' }), kind: 'message-changed', key: 'APIError', class: 'patch', bumps: bumps('patch', 'patch', 'patch', 'patch'), detail: '"error request" → "Bad request"' },
  { name: 'internal message text', old: () => withEntry('APIError', { visibility: 'internal' }), given: () => withEntry('APIError', { visibility: 'internal', message: 'Bad request' }), kind: 'message-changed', key: 'APIError', class: 'patch', bumps: bumps('patch', 'patch', 'none', 'none') },
  { name: 'description text', given: () => withEntry(ACCOUNT, { description: 'No such account.' }), kind: 'description-changed', key: ACCOUNT, class: 'patch', bumps: bumps('patch', 'patch', 'none', 'patch') },
  { name: 'solution text', given: () => withEntry(ACCOUNT, { solution: 'Create the account first.' }), kind: 'solution-changed', key: ACCOUNT, class: 'patch', bumps: bumps('patch', 'patch', 'none', 'patch') },
  { name: 'translation changed', given: () => withEntry(ACCOUNT, { translations: { 'zh-CN': { message: '找不到账户 {account}' } } }), kind: 'translation-changed', key: ACCOUNT, class: 'patch', bumps: bumps('none', 'none', 'patch', 'patch'), detail: /^zh-CN message: / },
  { name: 'translation added', given: () => withEntry('APIError', { translations: { 'zh-CN': { message: '错误请求' } } }), kind: 'translation-added', key: 'APIError', class: 'patch', bumps: bumps('none', 'none', 'patch', 'patch') },
  // Translated descriptions and solutions, group translations, group ranges and the docs source reach no package.
  { name: 'translated description', given: () => withEntry(ACCOUNT, { translations: { 'zh-CN': { message: '账户 {account} 不存在', description: '没有这个账户。' } } }), kind: 'translation-added', key: ACCOUNT, class: 'patch', bumps: bumps('none', 'none', 'none', 'patch'), detail: /^zh-CN description: / },
  { name: 'group translation', given: () => ({ ...sampleCatalog(), groups: sampleCatalog().groups.map((g) => (g.name === 'user' ? { ...g, translations: { 'zh-CN': { title: '用户' } } } : g)) }), kind: 'group-translation-changed', key: '@group:user', class: 'patch', bumps: bumps('none', 'none', 'none', 'patch') },
  { name: 'group range', given: () => ({ ...sampleCatalog(), groups: sampleCatalog().groups.map((g) => (g.name === 'user' ? { ...g, prefix: '11' } : g)) }), kind: 'group-range-changed', key: '@group:user', class: 'patch', bumps: bumps('none', 'none', 'none', 'none') },
  { name: 'docs source', given: () => ({ ...sampleCatalog(), docs: { ...sampleCatalog().docs, source: 'page.txt' } }), kind: 'docs-source-changed', key: '@catalog', class: 'patch', bumps: bumps('none', 'none', 'none', 'none') },
  // The OpenAPI examples carry the group in x-errata.
  { name: 'entry moved to another group', given: () => withEntry('APIError', { group: 'common' }), kind: 'group-changed', key: 'APIError', class: 'patch', bumps: bumps('patch', 'patch', 'none', 'patch') },
  { name: 'data schema annotations only', given: () => withEntry('QUEUED', { data: { type: 'object', description: 'The queued task.', required: ['taskId'], properties: { taskId: { type: 'integer' } } } }), kind: 'data-docs-changed', key: 'QUEUED', class: 'patch', bumps: bumps('patch', 'patch', 'none', 'patch') },
  { name: 'group title', given: () => ({ ...sampleCatalog(), groups: sampleCatalog().groups.map((g) => (g.name === 'user' ? { ...g, title: 'Accounts' } : g)) }), kind: 'group-title-changed', key: '@group:user', class: 'patch', bumps: bumps('patch', 'none', 'none', 'patch'), detail: '"User" → "Accounts"' },
  // envelope and catalog
  { name: 'envelope field renamed', given: () => ({ ...sampleCatalog(), envelope: { shape: 'object', codeType: 'integer', fields: { code: 'code', message: 'message', data: 'data' }, inferred: [] } }), kind: 'envelope-changed', key: '@envelope', class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch'), detail: 'fields.message: "msg" → "message"' },
  { name: 'envelope shape', given: () => ({ ...sampleCatalog(), envelope: { shape: 'array', codeType: 'integer', order: ['code', 'message', 'data'], inferred: [] } }), kind: 'envelope-changed', key: '@envelope', class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch'), detail: 'shape: "object" → "array"' },
  { name: 'locale added', given: () => ({ ...sampleCatalog(), locales: ['en', 'ru', 'zh-CN'] }), kind: 'locale-added', key: '@catalog', class: 'minor', bumps: bumps('none', 'none', 'minor', 'minor') },
  { name: 'locale removed', given: () => ({ ...sampleCatalog(), locales: ['en'] }), kind: 'locale-removed', key: '@catalog', class: 'breaking', bumps: bumps('none', 'none', 'major', 'major') },
  { name: 'errors package renamed', given: () => ({ ...sampleCatalog(), packages: { ...sampleCatalog().packages, errors: '@acme/errors' } }), kind: 'package-name-changed', key: '@catalog', class: 'breaking', bumps: bumps('major', 'none', 'none', 'none') },
  { name: 'catalog title', given: () => ({ ...sampleCatalog(), title: 'Sample' }), kind: 'catalog-title-changed', key: '@catalog', class: 'patch', bumps: bumps('patch', 'patch', 'patch', 'patch') },
  // The kinds no row produced before issue 16 (each was reachable only by reading the source).
  { name: 'class name', given: () => withEntry('APIError', { className: 'BadRequestError' }), kind: 'class-name-changed', key: 'APIError', class: 'breaking', bumps: bumps('major', 'none', 'none', 'none'), detail: / → "BadRequestError"$/ },
  { name: 'param description', given: () => withEntry(ACCOUNT, { params: [{ name: 'account', type: 'string', description: 'Who asked', example: 'alice' }] }), kind: 'param-docs-changed', key: ACCOUNT, class: 'patch', bumps: bumps('patch', 'patch', 'none', 'patch'), detail: '{account} description or example' },
  { name: 'param example', given: () => withEntry(ACCOUNT, { params: [{ name: 'account', type: 'string', description: 'The account name', example: 'bob' }] }), kind: 'param-docs-changed', key: ACCOUNT, class: 'patch', bumps: bumps('patch', 'patch', 'none', 'patch') },
  { name: 'deprecation removed', given: () => withEntry('OLD_FAILURE', { deprecated: undefined }), kind: 'deprecation-removed', key: 'OLD_FAILURE', class: 'minor', bumps: bumps('minor', 'minor', 'none', 'patch'), detail: 'no longer deprecated' },
  { name: 'deprecation replacement changed', given: () => withEntry('OLD_FAILURE', { deprecated: { replacement: 'APIError', reason: 'merged' } }), kind: 'deprecation-changed', key: 'OLD_FAILURE', class: 'patch', bumps: bumps('patch', 'patch', 'none', 'patch'), detail: '{"replacement":"RATE_LIMITED","reason":"merged"} → {"replacement":"APIError","reason":"merged"}' },
  { name: 'deprecation added without replacement', given: () => withEntry('APIError', { deprecated: {} }), kind: 'deprecation-added', key: 'APIError', class: 'minor', bumps: bumps('minor', 'minor', 'none', 'patch'), detail: 'deprecated' },
  { name: 'translation removed', given: () => withEntry(ACCOUNT, { translations: {} }), kind: 'translation-removed', key: ACCOUNT, class: 'patch', bumps: bumps('none', 'none', 'patch', 'patch'), detail: 'zh-CN message: "账户 {account} 不存在" → (none)' },
  { name: 'translation of an internal entry', given: () => withEntry('LIMIT_GATEWAY', { translations: { 'zh-CN': { message: '网关限制' } } }), kind: 'translation-added', key: 'LIMIT_GATEWAY', class: 'patch', bumps: bumps('none', 'none', 'none', 'none') },
  { name: 'entry inferred fields', given: () => withEntry('RATE_LIMITED', { inferred: [] }), kind: 'inferred-changed', key: 'RATE_LIMITED', class: 'patch', bumps: bumps('patch', 'none', 'none', 'patch'), detail: '[httpStatus] → []' },
  { name: 'catalog inferred fields', given: () => ({ ...sampleCatalog(), inferred: ['version'] }), kind: 'inferred-changed', key: '@catalog', class: 'patch', bumps: bumps('patch', 'none', 'none', 'patch'), detail: '[] → ["version"]' },
  { name: 'envelope inferred fields', given: () => ({ ...sampleCatalog(), envelope: { shape: 'object', codeType: 'integer', fields: { code: 'code', message: 'msg', data: 'data' }, inferred: ['fields'] } }), kind: 'inferred-changed', key: '@envelope', class: 'patch', bumps: bumps('patch', 'none', 'none', 'patch'), detail: '[] → [fields]' },
  { name: 'array envelope order', old: () => ({ ...sampleCatalog(), envelope: { shape: 'array', codeType: 'integer', order: ['code', 'message', 'data'], inferred: [] } }), given: () => ({ ...sampleCatalog(), envelope: { shape: 'array', codeType: 'integer', order: ['code', 'data', 'message'], inferred: [] } }), kind: 'envelope-changed', key: '@envelope', class: 'breaking', bumps: bumps('major', 'major', 'none', 'patch'), detail: 'order: ["code","message","data"] → ["code","data","message"]' },
  { name: 'group added', given: () => ({ ...sampleCatalog(), groups: [...sampleCatalog().groups, { name: 'billing', title: 'Billing', inferred: [], keys: [], translations: {} }] }), kind: 'group-added', key: '@group:billing', class: 'patch', bumps: bumps('patch', 'none', 'none', 'patch'), detail: 'group "Billing"' },
  { name: 'group removed', given: () => ({ ...sampleCatalog(), groups: sampleCatalog().groups.filter((g) => g.name !== 'user') }), kind: 'group-removed', key: '@group:user', class: 'patch', bumps: bumps('patch', 'none', 'none', 'patch'), detail: 'group "User"' },
  { name: 'group description', given: () => ({ ...sampleCatalog(), groups: sampleCatalog().groups.map((g) => (g.name === 'user' ? { ...g, description: 'Accounts.' } : g)) }), kind: 'group-description-changed', key: '@group:user', class: 'patch', bumps: bumps('patch', 'none', 'none', 'patch'), detail: '(none) → "Accounts."' },
  { name: 'catalog id', given: () => ({ ...sampleCatalog(), id: 'other' }), kind: 'catalog-id-changed', key: '@catalog', class: 'breaking', bumps: bumps('major', 'major', 'major', 'major'), detail: '"sample" → "other"' },
  { name: 'catalog description', given: () => ({ ...sampleCatalog(), description: 'Another API.' }), kind: 'catalog-description-changed', key: '@catalog', class: 'patch', bumps: bumps('patch', 'patch', 'none', 'patch') },
  { name: 'default locale', given: () => ({ ...sampleCatalog(), defaultLocale: 'zh-CN' }), kind: 'default-locale-changed', key: '@catalog', class: 'breaking', bumps: bumps('patch', 'patch', 'major', 'major'), detail: '"en" → "zh-CN"' },
  { name: 'entries reordered', given: () => ({ ...sampleCatalog(), entries: [...sampleCatalog().entries.slice(1), sampleCatalog().entries[0]!] }), kind: 'entries-reordered', key: '@catalog', class: 'patch', bumps: bumps('patch', 'patch', 'patch', 'patch'), detail: 'entries listed in a different order' },
  { name: 'an added entry is no reordering', given: () => ({ ...sampleCatalog(), entries: [entry({ key: 'FIRST', code: 4242, message: 'First', group: 'general' }), ...sampleCatalog().entries] }), kind: 'entry-added', key: 'FIRST', class: 'minor', bumps: bumps('minor', 'minor', 'minor', 'minor') },
];

describe('diffCatalogs: one row per kind of change', () => {
  it.each(rows)('$name → $class $kind', (row) => {
    const diff = diffCatalogs(row.old?.() ?? sampleCatalog(), row.given());
    expect(diff.changes.map((c) => `${c.class} ${c.key} ${c.kind}`)).toEqual([`${row.class} ${row.key} ${row.kind}`]);
    if (typeof row.detail === 'string') expect(diff.changes[0]!.detail).toBe(row.detail);
    else if (row.detail) expect(diff.changes[0]!.detail).toMatch(row.detail);
    expect(diff.bumps).toEqual(row.bumps);
    // Every field of the change (before, after, detail, packages) as `errata diff --json` prints it.
    expect(diff.changes).toMatchSnapshot();
  });

  // The wire-code tests below produce the two kinds that need two entries to change at once.
  const producedElsewhere: readonly ChangeKind[] = ['code-reused', 'shared-code-order-changed'];

  it('has a row for every kind of the classification table', () => {
    const covered = new Set<string>([...rows.map((r) => r.kind), ...producedElsewhere]);
    expect(Object.keys(changeRules).filter((kind) => !covered.has(kind))).toEqual([]);
  });
});

describe('diffCatalogs: wire codes', () => {
  it('is empty for a catalog compared with itself', () => {
    const diff = diffCatalogs(sampleCatalog(), sampleCatalog());
    expect(diff.changes).toEqual([]);
    expect(diff.bumps).toEqual(bumps('none', 'none', 'none', 'none'));
    expect(diff.version.carried).toBe(true);
  });

  it('reports a code reused for another key after a removal', () => {
    const old = catalog([entry({ key: 'A', code: 1, message: 'a' }), entry({ key: 'B', code: 2, message: 'b' })]);
    const now = catalog([entry({ key: 'A', code: 1, message: 'a' }), entry({ key: 'C', code: 2, message: 'c' })]);
    const lines = diffCatalogs(old, now).changes.map((c) => `${c.class} ${c.key} ${c.kind}: ${c.detail}`);
    expect(lines).toEqual(['breaking B entry-removed: code 2, error, HTTP 400', 'breaking C code-reused: code 2 was B', 'minor C entry-added: code 2, error, HTTP 400']);
  });

  it('reports both sides of swapped codes', () => {
    const old = catalog([entry({ key: 'A', code: 1, message: 'a' }), entry({ key: 'B', code: 2, message: 'b' })]);
    const now = catalog([entry({ key: 'A', code: 2, message: 'a' }), entry({ key: 'B', code: 1, message: 'b' })]);
    expect(diffCatalogs(old, now).changes.map((c) => `${c.key} ${c.kind}`)).toEqual(['A code-changed', 'A code-reused', 'B code-changed', 'B code-reused']);
  });

  it('reports a key joining a shared code, and a change of which shared entry decodes first', () => {
    const old = sampleCatalog();
    const joined = withAdded(entry({ key: 'GATEWAY_DOWN', code: 903, message: 'Gateway down', group: 'common', sharedCode: true, visibility: 'internal' }));
    expect(diffCatalogs(old, joined).changes.map((c) => `${c.class} ${c.key} ${c.kind}`)).toEqual(['breaking GATEWAY_DOWN code-reused', 'minor GATEWAY_DOWN entry-added']);
    const swapped = { ...old, entries: [...old.entries].sort((a, b) => (a.key === 'ERROR_EXE_COMMAND' && b.key === 'LIMIT_GATEWAY' ? -1 : 0)) };
    const reordered = diffCatalogs(old, swapped).changes.map((c) => `${c.class} ${c.key} ${c.kind}`);
    expect(reordered).toContain('breaking ERROR_EXE_COMMAND shared-code-order-changed');
  });

  it('a param added while the entry turns internal does not reach the i18n bundle (it leaves it)', () => {
    const changes = diffCatalogs(sampleCatalog(), withEntry('APIError', { visibility: 'internal', params: [{ name: 'reason', type: 'string' }] })).changes;
    expect(changes.map((c) => [c.kind, c.packages])).toEqual([
      ['made-internal', { errors: 'patch', openapi: 'breaking', i18n: 'breaking', docs: 'breaking' }],
      ['param-added', { errors: 'breaking' }],
    ]);
    // The other way round: the entry joins the bundle together with its new placeholder.
    const joined = diffCatalogs(withEntry('LIMIT_GATEWAY', {}), withEntry('LIMIT_GATEWAY', { visibility: 'public', params: [{ name: 'gateway', type: 'string' }] })).changes;
    expect(joined.find((c) => c.kind === 'param-added')?.packages).toEqual({ errors: 'breaking', i18n: 'breaking', docs: 'patch' });
  });

  it('inferred lists compare as sets; a changed one shows both sides', () => {
    const inferred = (entryInferred: string[], catalogInferred: string[], envelopeInferred: string[]) => {
      const base = sampleCatalog();
      return { ...base, inferred: catalogInferred, envelope: { ...base.envelope, inferred: envelopeInferred }, entries: base.entries.map((e) => (e.key === 'RATE_LIMITED' ? { ...e, inferred: entryInferred } : e)) };
    };
    expect(diffCatalogs(inferred(['a', 'b'], ['c', 'd'], ['e', 'f']), inferred(['b', 'a'], ['d', 'c'], ['f', 'e'])).changes).toEqual([]);
    const changes = diffCatalogs(inferred(['a'], ['c'], ['e']), inferred(['a', 'b'], ['c', 'd'], ['e', 'f'])).changes;
    expect(changes.map((c) => [c.key, c.before, c.after, c.detail])).toEqual([
      ['@catalog', ['c'], ['c', 'd'], '["c"] → ["c","d"]'],
      ['@envelope', ['e'], ['e', 'f'], '[e] → [e, f]'],
      ['RATE_LIMITED', ['a'], ['a', 'b'], '[a] → [a, b]'],
    ]);
  });

  it('shows long values shortened, and absent ones as (none)', () => {
    const long = 'x'.repeat(100);
    const [change] = diffCatalogs(sampleCatalog(), withEntry('APIError', { message: long })).changes;
    expect(change!.detail).toBe(`"error request" → "${'x'.repeat(76)}...`);
    expect(diffCatalogs(sampleCatalog(), withEntry('APIError', { description: 'x'.repeat(78) })).changes[0]!.detail).toBe(`(none) → "${'x'.repeat(78)}"`);
  });

  it('treats 1101 and "1101" as different codes', () => {
    const old = catalog([entry({ key: 'A', code: 1101, message: 'a' })]);
    const now = catalog([entry({ key: 'A', code: '1101', message: 'a' })]);
    const diff = diffCatalogs(old, now);
    expect(diff.changes.map((c) => `${c.kind}: ${c.detail}`)).toEqual(['envelope-changed: codeType: "integer" → "string"', 'code-changed: 1101 → "1101"']);
  });
});
