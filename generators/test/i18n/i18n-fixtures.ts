/**
 * The sample catalog with translations: three locales, `ru` barely translated, and messages that
 * stress ICU (dates, select, selectordinal, quoted braces, apostrophes) and JSON key order (`1101`).
 */
import type { CatalogModel, EntryModel } from '../../src/model/catalog-model.js';
import { catalog, entry, sampleCatalog } from '../support/model-fixtures.js';

/** Entries added to the sample fixture for the i18n tests. */
function extraEntries(): EntryModel[] {
  return [
    entry({
      key: 'QUOTA_RESET',
      code: 1201,
      message: 'Your quota resets on {when, date, medium} at {when, time, short}.',
      params: [{ name: 'when', type: 'date' }],
      group: 'quota',
      translations: {
        'zh-CN': { message: '您的配额将于 {when, date, medium} {when, time, short} 重置。' },
        ru: { message: 'Ваша квота обновится {when, date, medium} в {when, time, short}.' },
      },
    }),
    entry({
      key: 'QUOTED_TEXT',
      code: 1202,
      message: "It''s '{literal}', not a placeholder: {name} '<'b>",
      params: [{ name: 'name', type: 'string' }],
      group: 'quota',
      translations: { 'zh-CN': { message: "这是 '{literal}'，不是占位符：{name} '<'b>" } },
    }),
    entry({
      key: '1101',
      code: 1203,
      message: 'Numeric key, {count, number} items',
      params: [{ name: 'count', type: 'integer' }],
      group: 'quota',
      translations: { 'zh-CN': { message: '数字键，{count, number} 项' } },
    }),
    entry({
      key: 'ROLE_DENIED',
      code: 1204,
      message: '{role, select, admin {Admins may not} other {Users may not}} do this; attempt {n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}',
      params: [
        { name: 'n', type: 'integer' },
        { name: 'role', type: 'string' },
      ],
      group: 'quota',
      translations: {
        'zh-CN': { message: '{role, select, admin {管理员不能} other {用户不能}}这样做；第 {n, selectordinal, other {#}} 次尝试' },
      },
    }),
  ];
}

/** The sample fixture plus `extraEntries`, locales `en`, `ru`, `zh-CN`; LIMIT_GATEWAY is translated but internal. */
export function i18nCatalog(): CatalogModel {
  const base = sampleCatalog();
  const entries = [...base.entries, ...extraEntries()].map((e) =>
    e.key === 'LIMIT_GATEWAY' ? { ...e, translations: { 'zh-CN': { message: '网关限制' } } } : e,
  );
  return catalog(entries, { locales: ['en', 'ru', 'zh-CN'] });
}

/** Keys of the fixture that are internal and must never reach a bundle. */
export const internalKeys = ['LIMIT_GATEWAY', 'ERROR_EXE_COMMAND'];
