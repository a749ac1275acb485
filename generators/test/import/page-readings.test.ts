/**
 * General readings that real error pages need beyond the issue-13 layouts: short titles beside long
 * prose, loose pipe tables, headings that restate or trail their code, nested group bullets, remedy
 * paragraphs, shared head words and small code ranges. Small synthetic pages, table-driven.
 */
import { describe, expect, it } from 'vitest';
import type { DocFormat } from '../../src/import/imported-document.js';
import { columnRoles } from '../../src/import/column-scoring.js';
import { isReasonPhrase } from '../../src/import/cell-shapes.js';
import { isRemedy } from '../../src/import/entry-text.js';
import { delimitLooseTables } from '../../src/import/loose-tables.js';
import { formatted, importAndLoad } from './import-harness.js';

interface Row {
  readonly name: string;
  readonly format: DocFormat;
  readonly page: string;
  /** code, key (undefined when derived), message, and optionally description and solution. */
  readonly want: readonly (readonly [code: string | number, key: string | undefined, message: string, description?: string, solution?: string])[];
}

const ext: Record<DocFormat, string> = { markdown: 'md', rst: 'rst', text: 'txt', html: 'html' };

const rows: Row[] = [
  {
    name: 'HTTP reason phrases are the message, the long prose beside them the description',
    format: 'markdown',
    page: '## Status codes\n\n| Status Code | Returned Value | Error Code |\n| --- | --- | --- |\n| 200 | OK | The results of GET and PUT operations are returned as expected. |\n| 204 | No Content | The results of the DELETE operation are returned as expected. |\n| 400 | Bad Request | The server failed to process the request because a field is missing. |\n',
    want: [
      [200, undefined, 'OK', 'The results of GET and PUT operations are returned as expected.'],
      [204, undefined, 'No Content', 'The results of the DELETE operation are returned as expected.'],
      [400, undefined, 'Bad Request', 'The server failed to process the request because a field is missing.'],
    ],
  },
  {
    name: 'short titles beside long prose, both headed as descriptions',
    format: 'markdown',
    page: '| 错误码 | 错误内容 | 含义 |\n| --- | --- | --- |\n| 400 | header param invalid | 请求JSON第一层参数错误，请检查JSON结构是否完整并确认所有必需字段已正确包含。 |\n| 401 | token invalid | token无效，可能由Token格式不正确或者Token账号过期导致。 |\n| 429 | rate limit | 超过套餐规定的请求频率，建议优化请求频率和逻辑或者升级套餐。 |\n',
    want: [
      [400, undefined, 'header param invalid', '请求JSON第一层参数错误，请检查JSON结构是否完整并确认所有必需字段已正确包含。'],
      [401, undefined, 'token invalid', 'token无效，可能由Token格式不正确或者Token账号过期导致。'],
      [429, undefined, 'rate limit', '超过套餐规定的请求频率，建议优化请求频率和逻辑或者升级套餐。'],
    ],
  },
  {
    name: 'two texts of like length: the first stays the message',
    format: 'markdown',
    page: '| Code | Description | Comment |\n| --- | --- | --- |\n| 401 | Invalid request, session not found | Неправильный запрос, сессия не найдена |\n| 406 | Invalid request, no Origin header | Неправильный запрос, нет заголовка Origin |\n',
    want: [
      [401, undefined, 'Invalid request, session not found', 'Неправильный запрос, сессия не найдена'],
      [406, undefined, 'Invalid request, no Origin header', 'Неправильный запрос, нет заголовка Origin'],
    ],
  },
  {
    name: 'reST list-table with line-block cells',
    format: 'rst',
    page: 'Codes\n=====\n\n.. list-table::\n   :header-rows: 1\n\n   * - Code\n     - Description\n     - API Description\n   * - 408\n     - Request Timeout\n     - | The server waited too long\n       | and closed the connection.\n   * - 429\n     - Too Many Requests\n     - | Your request was rejected\n       | for exceeding the limit.\n',
    want: [
      [408, undefined, 'Request Timeout', 'The server waited too long and closed the connection.'],
      [429, undefined, 'Too Many Requests', 'Your request was rejected for exceeding the limit.'],
    ],
  },
  {
    name: 'a status written with its reason phrase: the status is the code, the phrase the message',
    format: 'markdown',
    page: '## Errors\n\n| Status | Description |\n| --- | --- |\n| 400 Bad Request | The request body is not valid JSON. |\n| 404 Not Found | No resource at that path. |\n',
    want: [[400, undefined, 'Bad Request', 'The request body is not valid JSON.'], [404, undefined, 'Not Found', 'No resource at that path.']],
  },
  {
    name: 'a status with its reason phrase beside a Message column: the column is the message',
    format: 'markdown',
    page: '| Status | Message |\n| --- | --- |\n| 400 Bad Request | Invalid JSON body |\n| 404 Not Found | Unknown path |\n',
    want: [[400, undefined, 'Invalid JSON body'], [404, undefined, 'Unknown path']],
  },
  {
    name: 'a bold code or symbol leading its text on the same line',
    format: 'markdown',
    page: '## Errors\n\n**1001** — Invalid token. Send a new one.\n\n**1002**: Expired token\n\n**E1** and **E2** are reserved.\n\n**1003** Gone\n',
    want: [[1001, undefined, 'Invalid token. Send a new one.'], [1002, undefined, 'Expired token E1 and E2 are reserved.', 'Expired token\n\n**E1** and **E2** are reserved.'], [1003, undefined, 'Gone']],
  },
  {
    name: 'HTML definition blocks: a bold name, its text after it, then the status',
    format: 'html',
    page: '<html><body><h1>Common errors</h1><p><strong>AccessDeniedException</strong><br>You do not have access.<br>HTTP Status Code: 400</p><p><strong>InternalFailure</strong> The request failed for an unknown reason.<br>HTTP Status Code: 500</p></body></html>',
    want: [['AccessDeniedException', 'AccessDeniedException', 'You do not have access.'], ['InternalFailure', 'InternalFailure', 'The request failed for an unknown reason.']],
  },
  {
    name: 'HTML list items of paragraphs: the code line, then its text',
    format: 'html',
    page: '<html><body><h2>Codes</h2><ul><li><p>Error Number: 8001</p><p>The memory quota was exceeded. Raise the quota.</p></li><li><p>Error Number: 8002</p><p>A write conflict occurred.</p></li></ul></body></html>',
    want: [[8001, undefined, 'The memory quota was exceeded. Raise the quota.'], [8002, undefined, 'A write conflict occurred.']],
  },
  {
    name: 'HTML nested lists: group items over code items',
    format: 'html',
    page: '<html><body><h1>Codes</h1><ul><li>General 0xx<ul><li>000 - Insufficient rights</li><li>010 - Item not found</li></ul></li><li>Format 2xx<ul><li>201 - Invalid e-mail</li></ul></li></ul></body></html>',
    want: [['000', undefined, 'Insufficient rights'], ['010', undefined, 'Item not found'], ['201', undefined, 'Invalid e-mail']],
  },
  {
    name: 'HTML tables inside list items',
    format: 'html',
    page: '<html><body><h1>Status codes</h1><ul><li>Abnormal<p>Table 2 Return codes</p><table><tr><th>Status Code</th><th>Message</th></tr><tr><td>400</td><td>Bad input</td></tr><tr><td>401</td><td>No credentials</td></tr></table></li></ul></body></html>',
    want: [[400, undefined, 'Bad input'], [401, undefined, 'No credentials']],
  },
  {
    name: 'pipe table without a delimiter row',
    format: 'markdown',
    page: '# Errors\n\n| 401 | Invalid request, session ID not found |\n| 406 | Invalid request, no Origin header |\n| 423 | Access denied |\n',
    want: [[401, undefined, 'Invalid request, session ID not found'], [406, undefined, 'Invalid request, no Origin header'], [423, undefined, 'Access denied']],
  },
  {
    name: 'DokuWiki table: a ^ header row over | rows',
    format: 'markdown',
    page: '# Errors\n\n^ Code ^ Message ^\n| 1 | Bad token |\n| 2 | Expired token |\n',
    want: [[1, undefined, 'Bad token'], [2, undefined, 'Expired token']],
  },
  {
    name: 'headings `Error Code "N"` over a line restating the code with its text',
    format: 'markdown',
    page: '# Error Codes\n\nCodes of this tool.\n\n## Error Code "0"\n\nError code: 0 (Success)\n\n## Error Code "1"\n\nError code: 1 (Invalid arguments)\n\n## Error Code "99"\n\nError code: 99 (Unknown error)\n',
    want: [[0, undefined, 'Success'], [1, undefined, 'Invalid arguments'], [99, undefined, 'Unknown error']],
  },
  {
    name: 'nested bullets: items naming no code group the codes nested under them',
    format: 'markdown',
    page: '# Fehlercodes\n\n- Allgemein 0xx\n  + Rechte 00x\n    * 000 - Unzureichende Rechte\n  + Item 01x\n    * 010 - Item nicht gefunden\n\n- Format-Errors 2xx\n  + 201 - E-Mail - ungültige Adresse\n  + 202 - Datum ungültig\n  + Select\n',
    want: [['000', undefined, 'Unzureichende Rechte'], ['010', undefined, 'Item nicht gefunden'], ['201', undefined, 'E-Mail - ungültige Adresse'], ['202', undefined, 'Datum ungültig']],
  },
  {
    name: 'headings ending in their code: shared head words are no message, a small range is each code, plain-word headings are sections',
    format: 'markdown',
    page: '# NAME\n\nlibfoo-errors - error codes\n\n# DESCRIPTION\n\nThe codes.\n\n## FOO_OK (0)\n\nAll fine.\n\n## Obsolete error (1)\n\nNot used any more.\n\n## Invalid token (2)\n\nThe token expired.\n\n## Obsolete errors (3-4)\n\nNot used since 1.0.\n\n## Obsolete error (5)\n\nNot used since 2.0.\n',
    want: [
      [0, 'FOO_OK', 'All fine.'],
      [1, undefined, 'Not used any more.'],
      [2, undefined, 'Invalid token', 'The token expired.'],
      [3, undefined, 'Not used since 1.0.'],
      [4, undefined, 'Not used since 1.0.'],
      [5, undefined, 'Not used since 2.0.'],
    ],
  },
  {
    name: 'a trailing remedy paragraph is the solution, not part of the message',
    format: 'markdown',
    page: '## 10: BAD_REQUEST\n\nThe request is malformed.\n\nCheck the request.\n\n## 11: OVERLOADED\n\nThe server is overloaded.\n\n## 12: TIMEOUT\n\nThe request took too long.\n\nThe server gave up after a minute, as the request asked.\n',
    want: [
      [10, 'BAD_REQUEST', 'The request is malformed.', undefined, 'Check the request.'],
      [11, 'OVERLOADED', 'The server is overloaded.'],
      [12, 'TIMEOUT', 'The request took too long. The server gave up after a minute, as the request asked.', 'The request took too long.\n\nThe server gave up after a minute, as the request asked.'],
    ],
  },
  {
    name: 'a page that writes message then remedy under most codes: every second paragraph is the remedy',
    format: 'markdown',
    page: '## 1: ABORTED\n\nThe transaction was aborted.\n\nПовторите транзакцию.\n\n## 2: UNAVAILABLE\n\nA part of the system is unavailable.\n\nПовторите запрос.\n\n## 3: CANCELLED\n\nThe operation was cancelled.\n\nМожно повторить для идемпотентных запросов.\n\n<div class="tags">\n\n## 4: SUCCESS\n\nNot an error.\n',
    want: [
      [1, 'ABORTED', 'The transaction was aborted.', undefined, 'Повторите транзакцию.'],
      [2, 'UNAVAILABLE', 'A part of the system is unavailable.', undefined, 'Повторите запрос.'],
      [3, 'CANCELLED', 'The operation was cancelled.', undefined, 'Можно повторить для идемпотентных запросов.'],
      [4, 'SUCCESS', 'Not an error.'],
    ],
  },
];

describe('readings of real error pages', () => {
  it.each(rows)('$name', ({ format, page, want }) => {
    const { load } = importAndLoad(page, `page.${ext[format]}`, 'readings', format);
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const got = load.model!.entries.map((e, i) => {
      const row: (string | number | undefined)[] = [e.code, e.inferred.includes('key') ? undefined : e.key, formatted(e.message, e.params)];
      const w = want[i];
      if (w && w.length > 3) row.push(e.description);
      if (w && w.length > 4) row.push(e.solution);
      return row;
    });
    expect(got).toEqual(want.map((w) => [...w]));
  });

  it('keeps nested bullet groups as groups', () => {
    const { load } = importAndLoad(rows.find((r) => r.name.startsWith('nested bullets'))!.page, 'page.md', 'groups');
    expect(load.model!.groups.map((g) => g.title)).toEqual(['Allgemein 0xx', 'Format-Errors 2xx']);
  });

  it('keeps a wide code range as one code', () => {
    const { load } = importAndLoad('## Reserved (100-199)\n\nReserved for extensions.\n\n## Invalid token (7)\n\nThe token expired.\n', 'page.md', 'range');
    expect(load.model!.entries.map((e) => e.code)).toEqual(['100-199', '7']);
  });
});

describe('column scoring: titles and symbols', () => {
  it.each([
    { name: 'reason phrases are not symbols', headers: ['Code', 'Returned value', 'Error code'], cells: [['200', 'OK', 'The request succeeded as expected.'], ['204', 'No Content', 'The resource was deleted as expected.']], want: ['code', 'message', 'description'] },
    { name: 'bold single words under 命名 are the symbols', headers: ['Code', '命名', '描述'], cells: [['0', 'OK', '没有错误'], ['-1', 'Error', '发生错误，检查错误消息'], ['-2', 'Pending', '表示过程正在处理当中']], want: ['code', 'key', 'messageText'] },
    { name: 'a Status column of reason phrases is the message', headers: ['Code', 'Status', 'Description'], cells: [['400', 'Bad Request', 'The request body could not be parsed as JSON at all.'], ['404', 'Not Found', 'No resource exists at the path the request named.'], ['429', 'Too Many Requests', 'The client sent more requests than its plan allows.']], want: ['code', 'message', 'description'] },
    { name: 'a Name column of short human titles is the message', headers: ['Code', 'Name', 'Description'], cells: [['1001', 'Invalid token', 'The token sent with the request is malformed or was revoked by the owner.'], ['1002', 'Expired token', 'The token sent with the request was valid once but its lifetime has ended.'], ['1003', 'Unknown user', 'No account matches the user id the request named in its path.']], want: ['code', 'message', 'description'] },
    { name: 'a message header keeps its column even beside shorter cells', headers: ['Code', 'Title', 'Message'], cells: [['1', 'Bad token', 'The token sent with the request is malformed or was revoked.'], ['2', 'Gone', 'The resource was deleted and will not come back again.']], want: ['code', 'description', 'message'] },
  ])('$name', ({ headers, cells, want }) => {
    expect(columnRoles(headers, cells)).toEqual(want);
  });
});

describe('cell and paragraph shapes', () => {
  it.each([
    ['Not Found', true],
    ['404 Not Found', true],
    ['too many requests', true],
    ['Requests Timeout', false],
    ['Token expired', false],
  ])('isReasonPhrase(%j) is %s', (cell, want) => {
    expect(isReasonPhrase(cell)).toBe(want);
  });

  it.each([
    ['Check the request.', true],
    ['Please retry later.', true],
    ['Повторите последнее действие (запрос).', true],
    ['Ознакомьтесь с подробным сообщением об ошибке.', true],
    ['请检查请求参数。', true],
    ['設定を確認してください。', true],
    ['Verifique los datos enviados.', true],
    ['Bitte wenden Sie sich an den Support.', true],
    ['The server is overloaded.', false],
    ['Ответ зависит от логики приложения.', false],
    ['事务在 TiDB 中遇到了写入冲突。', false],
  ])('isRemedy(%j) is %s', (paragraph, want) => {
    expect(isRemedy(paragraph)).toBe(want);
  });
});

describe('loose pipe tables', () => {
  it('leaves GFM tables, fenced code and prose pipes alone', () => {
    const page = '| a | b |\n| --- | --- |\n| 1 | x |\n\n```\n| 1 | x |\n| 2 | y |\n```\n\nUse a | b for pipes.\n';
    expect(delimitLooseTables(page)).toBe(page);
  });

  it('gives a run of rows a blank header when its first row is data', () => {
    expect(delimitLooseTables('| 1 | x |\n| 2 | y |\n')).toBe('\n|  |  |\n| --- | --- |\n| 1 | x |\n| 2 | y |\n\n');
  });

  it('does not re-table the body of a table whose header has no outer pipes', () => {
    const page = 'Code | Message\n--- | ---\n| 1 | x |\n| 2 | y |\n';
    expect(delimitLooseTables(page)).toBe(page);
  });
});

describe('default locale from the messages', () => {
  const table = (rows: readonly string[]) => `| Code | Message |\n| --- | --- |\n${rows.map((r, i) => `| ${i + 1} | ${r} |`).join('\n')}\n`;
  it.each([
    ['en', ['The token is not valid', 'The user was not found', 'The request has expired']],
    ['de', ['Das Feld ist leer', 'Die Kennung ist nicht gültig', 'Der Benutzer wurde nicht gefunden']],
    ['es', ['El campo está vacío', 'La tarjeta no es válida para la compra', 'Los datos del usuario son incorrectos']],
    ['fr', ['Le champ est vide', "L'utilisateur n'est pas connu", 'Les données sont invalides pour une commande']],
    ['ru', ['Поле пустое', 'Пользователь не найден', 'Неверный запрос']],
    ['zh-CN', ['参数错误', '用户不存在', '请求超时']],
    ['ja', ['パラメータが不正です', 'ユーザーが見つかりません', '認証に失敗しました']],
    ['ko', ['잘못된 요청입니다', '사용자를 찾을 수 없습니다', '인증에 실패했습니다']],
  ])('%s', (locale, messages) => {
    const { load } = importAndLoad(table(messages), 'page.md', 'locale');
    expect(load.model!.defaultLocale).toBe(locale);
  });
});

describe('last resort: a page whose structure holds no entries is read line by line', () => {
  it.each([
    ['code lines in one paragraph', 'page.md', 'Errors\n======\n\n1001 - Invalid token\n1002 - Expired token\n'],
    ['code lines in a code block', 'page.md', '## Errors\n\n```\n1001 Invalid token\n1002 Expired token\n```\n'],
    ['bold codes with a dash', 'page.md', '## Errors\n\n**1001** — Invalid token\n\n**1002** — Expired token\n'],
    ['kramdown definitions', 'page.md', '## Errors\n\n1001\n: Invalid token\n\n1002\n: Expired token\n'],
    ['reST definition list', 'page.rst', 'Errors\n======\n\n1001\n    Invalid token\n\n1002\n    Expired token\n'],
    ['reST bullets', 'page.rst', 'Errors\n======\n\n* ``1001`` - Invalid token\n* ``1002`` - Expired token\n'],
  ])('%s', (_name, file, page) => {
    const { load } = importAndLoad(page, file, 'lines');
    expect(load.model!.entries.map((e) => [e.code, formatted(e.message, e.params)])).toEqual([[1001, 'Invalid token'], [1002, 'Expired token']]);
  });

  it('is not tried when the format is forced', () => {
    expect(() => importAndLoad('## Errors\n\n```\n1001 Invalid token\n1002 Expired token\n```\n', 'page.md', 'lines', 'markdown')).toThrow(/no error codes found/);
  });
});

describe('HTTP status columns', () => {
  it('reads the status of a cell written with its reason phrase', () => {
    const { load } = importAndLoad('| Error code | Description | HTTP status code |\n| --- | --- | --- |\n| AccessDenied | Access Denied | 403 Forbidden |\n| NoSuchKey | The specified key does not exist. | 404 Not Found |\n', 'aws.md', 'http');
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(load.model!.entries.map((e) => [e.key, e.httpStatus, e.inferred.includes('httpStatus')])).toEqual([['AccessDenied', 403, false], ['NoSuchKey', 404, false]]);
  });
});

describe('keys the schema would refuse', () => {
  it('derives the key of a row whose symbol is cut short, and the catalog stays valid', () => {
    const { load } = importAndLoad('| Code | Key | Message |\n| --- | --- | --- |\n| 101 | ERR_A | First |\n| 205 | ERR_B | Second |\n| 307 | ERR_C | Third |\n| 412 | device- | Fourth |\n', 'keys.md', 'keys');
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(load.model!.entries.map((e) => [e.code, e.key, e.inferred.includes('key')])).toEqual([[101, 'ERR_A', false], [205, 'ERR_B', false], [307, 'ERR_C', false], [412, 'E412', true]]);
  });
});

describe('a status label ending a text line', () => {
  it('is the status, not part of the message', () => {
    const page = '<html><body><h1>Errores</h1><h2>Código: ERR1_T05</h2><p>Descripción: Error interno del servidor\nHTTP: 500</p><h2>Código: ERR2_T05</h2><p>Descripción: Base de datos no disponible\nHTTP: 503</p></body></html>';
    const { load } = importAndLoad(page, 'errores.html', 'status');
    expect(load.model!.entries.map((e) => [e.code, formatted(e.message, e.params), e.httpStatus])).toEqual([['ERR1_T05', 'Error interno del servidor', 500], ['ERR2_T05', 'Base de datos no disponible', 503]]);
  });
});
