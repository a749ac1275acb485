/**
 * Catalog models whose texts try every way to break YAML, JSON, Markdown and JS: quotes, `#`,
 * `: `, leading indicators, multi-line Markdown, non-Latin scripts, emoji, line separators.
 */
import type { CatalogModel } from '../../src/model/catalog-model.js';
import { catalog, entry } from '../support/model-fixtures.js';

/** Strings that each break a naive YAML/JSON/JS writer in a different way. */
export const hostileTexts: readonly string[] = [
  `It's "quoted" and 'single' and \`back\``,
  '# not a comment',
  'key: value: more',
  '*alias-looking',
  '&anchor-looking',
  '!tag-looking',
  '- list-looking',
  '? complex-key-looking',
  '| block-looking',
  '> folded-looking',
  '%directive-looking',
  '@reserved `and` backtick',
  'yes',
  'on',
  'null',
  '~',
  '0123',
  '1e3',
  '2024-01-01',
  '{"json": [1, 2]}',
  '[flow, seq]',
  '# Heading\n\n* bullet with `code` and **bold**\n* second: item\n\n```yaml\nkey: value\n```\n',
  'Trailing spaces   \n  and leading indentation\n',
  'Пользователь не найден',
  '用户不存在，请检查账号',
  'المستخدم غير موجود',
  'ユーザーが見つかりません 🙈🚀',
  'line\u2028separator and\u2029paragraph and\u0085next',
  'tab\there and bell\u0007 and del\u007f',
  '*/ ${injection} </script> <!-- -->',
  '\\backslash\\ and \\n literal',
  '',
];

/** A hostile catalog with integer codes and an object envelope. */
export function hostileCatalog(): CatalogModel {
  const text = (i: number): string => hostileTexts[i % hostileTexts.length]!;
  return catalog(
    hostileTexts.map((message, i) =>
      entry({
        key: `HOSTILE_${i}`,
        code: 1000 + i,
        message: message || 'empty',
        description: text(i + 1),
        solution: text(i + 2),
        httpStatus: [400, 404, 409, 418, 422, 500, 599][i % 7]!,
        visibility: i % 5 === 0 ? 'internal' : 'public',
        group: ['general', 'ünïcödé'][i % 2]!,
        ...(i % 4 === 0 ? { data: { type: 'object', description: text(i + 3), examples: [{ note: text(i + 4) }] } } : {}),
        ...(i % 6 === 0 ? { deprecated: { reason: text(i + 5), replacement: 'HOSTILE_1' } } : {}),
      }),
    ),
    {
      id: 'hostile',
      title: 'Hostile: "API" # with \'quotes\' & *stars*',
      description: hostileTexts[21],
      packages: { errors: '@errata/hostile-errors', openapi: '@errata/hostile-openapi', i18n: '@errata/hostile-i18n', docs: '@errata/hostile-docs' },
    },
  );
}

/** A hostile catalog with string codes that look like other YAML types, in a positional array envelope. */
export function hostileStringCatalog(): CatalogModel {
  const codes = ['yes', 'no', 'on', 'null', '~', '0123', '1e3', '2024-01-01', '*star', '&amp', '!bang', '#hash', 'a: b', "it's", '"dq"', 'Ошибка', '错误🙂', 'x\u2028y'];
  return catalog(
    codes.map((code, i) => entry({ key: `CODE_${i}`, code, message: hostileTexts[i]! || 'empty', httpStatus: i % 2 ? 400 : 200, outcome: i % 2 ? 'error' : i === 0 ? 'success' : 'pending' })),
    {
      id: 'hostile-strings',
      title: 'Hostile string codes',
      envelope: { shape: 'array', codeType: 'string', order: ['code', 'message', 'data'], inferred: [] },
      packages: { errors: '@errata/hostile-strings-errors', openapi: '@errata/hostile-strings-openapi', i18n: '@errata/hostile-strings-i18n', docs: '@errata/hostile-strings-docs' },
    },
  );
}
