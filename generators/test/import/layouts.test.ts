/**
 * The layouts issue 13 lists, one small page each: what `errata import` must read off it
 * (code, key, message) and what it must not (field tables). Table-driven: `given` page → `want` entries.
 */
import { describe, expect, it } from 'vitest';
import type { DocFormat } from '../../src/import/imported-document.js';
import { exampleEnvelope } from '../../src/import/example-envelope.js';
import { columnRoles } from '../../src/import/column-scoring.js';
import { formatted, importAndLoad } from './import-harness.js';

interface Row {
  readonly name: string;
  readonly format: DocFormat;
  readonly page: string;
  readonly want: readonly (readonly [code: string | number, key: string | undefined, message: string])[];
}

const rows: Row[] = [
  {
    name: 'heading with code, symbol and {#id}',
    format: 'markdown',
    page: '# API errors\n\n**NOTE**\nCodes may change.\n\n## 400010: BAD_REQUEST {#bad-request}\n\nThe request is malformed.\n\nHTTP Status Code: 400\n\n## 400011: NO_AUTH {#no-auth}\n\nNo credentials were sent.\n',
    want: [[400010, 'BAD_REQUEST', 'The request is malformed.'], [400011, 'NO_AUTH', 'No credentials were sent.']],
  },
  {
    name: 'Markdown escapes, {% include %}, <div> wrappers and admonitions',
    format: 'markdown',
    page: '# Errors\n\n> **Note**\n> Codes may change.\n\n<div class="errors">\n\n| Code | Symbol | Message |\n| --- | --- | --- |\n| 1 | ERR\\_MANDATORY | A field is missing\\. |\n| 2 | ERR\\_FORMAT | Bad format |\n\n</div>\n\n{% include footer.html %}\n',
    want: [[1, 'ERR_MANDATORY', 'A field is missing.'], [2, 'ERR_FORMAT', 'Bad format']],
  },
  {
    name: 'response-field table beside the error table is not read',
    format: 'markdown',
    page: '## Response fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| error_code | string | yes | The error symbol |\n| request_id | string | no | Trace id |\n\n## Error codes\n\n| Código | Descripción |\n| --- | --- |\n| 1001 | Token inválido |\n| 1002 | Token caducado |\n',
    want: [[1001, undefined, 'Token inválido'], [1002, undefined, 'Token caducado']],
  },
  {
    name: 'boolean and scope columns are never the message; symbols under any header',
    format: 'markdown',
    page: '| Code | Reconnect | Scope | Key | Текст ошибки |\n| --- | --- | --- | --- | --- |\n| 0x0A | true | All | constructor | Соединение потеряно |\n| 0x0B | false | Query | toString | Неверный запрос |\n| 0x0C | true | All | then | Превышен лимит |\n| 0x0D | false | All | valueOf | Нет доступа |\n',
    want: [['0x0A', 'constructor', 'Соединение потеряно'], ['0x0B', 'toString', 'Неверный запрос'], ['0x0C', 'then', 'Превышен лимит'], ['0x0D', 'valueOf', 'Нет доступа']],
  },
  {
    name: 'symbolic wire codes are also the keys',
    format: 'markdown',
    page: '| Code | Description |\n| --- | --- |\n| `MBC-CMD-001` | Command rejected |\n| `AccessDenied` | Access denied |\n| `BLOB_UNKNOWN` | Blob unknown |\n',
    want: [['MBC-CMD-001', 'MBC-CMD-001', 'Command rejected'], ['AccessDenied', 'AccessDenied', 'Access denied'], ['BLOB_UNKNOWN', 'BLOB_UNKNOWN', 'Blob unknown']],
  },
  {
    name: 'bullets with a labelled code and the text in the next paragraph',
    format: 'markdown',
    page: '## 错误码\n\n* Error Number: 8001\n\n    内存超过阈值。\n\n* Error Number: 8002\n\n    写入冲突。\n\n    ```sql\n    SELECT 1;\n    ```\n',
    want: [[8001, undefined, '内存超过阈值。'], [8002, undefined, '写入冲突。']],
  },
  {
    name: 'definition blocks: bold name, description, HTTP Status Code',
    format: 'markdown',
    page: '# Common errors\n\n **AccessDeniedException**   \nYou do not have access\\.  \nHTTP Status Code: 400\n\n **ThrottlingException**   <a name="x"></a>\nToo many requests\\.  \nHTTP Status Code: 400\n',
    want: [['AccessDeniedException', 'AccessDeniedException', 'You do not have access.'], ['ThrottlingException', 'ThrottlingException', 'Too many requests.']],
  },
  {
    name: 'raw HTML table in Markdown with a colspan section row',
    format: 'markdown',
    page: '<table>\n<tr><td>КОД</td><td>ОПИСАНИЕ</td></tr>\n<tr><td colspan="2">Раздел 1 - общие</td></tr>\n<tr><td>10</td><td><span style="color:red">Некорректный запрос</span></td></tr>\n\n<tr><td>11</td><td>Ошибка декодирования</td></tr>\n</table>\n',
    want: [[10, undefined, 'Некорректный запрос'], [11, undefined, 'Ошибка декодирования']],
  },
  {
    name: 'whole HTML page',
    format: 'html',
    page: '<!doctype html><html><head><title>x</title><script>var a = "<table>";</script></head><body><nav>Home</nav><h1>Errors</h1><div><h2>Auth</h2><table><thead><tr><th>Code</th><th>Name</th><th>Message</th></tr></thead><tbody><tr><td>-1</td><td>TOKEN_EXPIRED</td><td>Token expired</td><tr><td>-2</td><td>TOKEN_INVALID</td><td>Token <b>invalid</b></td></tbody></table></div></body></html>',
    want: [[-1, 'TOKEN_EXPIRED', 'Token expired'], [-2, 'TOKEN_INVALID', 'Token invalid']],
  },
  {
    name: 'reST list-table nested in a bullet',
    format: 'rst',
    page: 'Errors\n======\n\n* Codes:\n\n  .. list-table:: Error codes\n     :header-rows: 1\n\n     * - Code\n       - Message\n     * - 4001\n       - Invalid signature\n     * - 4002\n       - Expired signature\n',
    want: [[4001, undefined, 'Invalid signature'], [4002, undefined, 'Expired signature']],
  },
  {
    name: 'reST csv-table',
    format: 'rst',
    page: 'Errors\n======\n\n.. csv-table:: Codes\n   :header: "Code", "Symbol", "Message"\n\n   1, E_AUTH, "Not authorised, log in"\n   2, E_GONE, Gone\n',
    want: [[1, 'E_AUTH', 'Not authorised, log in'], [2, 'E_GONE', 'Gone']],
  },
  {
    name: 'reST grid table without a header separator',
    format: 'rst',
    page: 'Errors\n======\n\n+------+------------------+\n| 7001 | Disk full        |\n+------+------------------+\n| 7002 | Quota exceeded   |\n+------+------------------+\n',
    want: [[7001, undefined, 'Disk full'], [7002, undefined, 'Quota exceeded']],
  },
  {
    name: 'reST field list',
    format: 'rst',
    page: 'Errors\n======\n\n:E_NOAUTH: Not authenticated\n:E_NOPERM: Not permitted\n',
    want: [['E_NOAUTH', 'E_NOAUTH', 'Not authenticated'], ['E_NOPERM', 'E_NOPERM', 'Not permitted']],
  },
  {
    name: 'kramdown definition list with hex codes and a range',
    format: 'markdown',
    page: '## Codes\n\nNO_ERROR (0x00):\n\n: All is well.\n\nCRYPTO_ERROR (0x0100-0x01ff):\n: The handshake failed.\n\nSee elsewhere.\n',
    want: [['0x00', 'NO_ERROR', 'All is well.'], ['0x0100-0x01ff', 'CRYPTO_ERROR', 'The handshake failed.']],
  },
];

describe('layouts from issue 13', () => {
  it.each(rows)('$name', ({ format, page, want }) => {
    const { load } = importAndLoad(page, `page.${format === 'markdown' ? 'md' : format === 'text' ? 'txt' : format}`, 'layout', format);
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const got = load.model!.entries.map((e) => [e.code, e.inferred.includes('key') ? undefined : e.key, formatted(e.message, e.params)]);
    expect(got).toEqual(want);
  });
});

describe('column scoring', () => {
  it.each([
    { name: 'page-local ids are not codes', headers: ['ID', 'Code', 'Description'], cells: [['code-1', 'BLOB_UNKNOWN', 'blob unknown'], ['code-2', 'NAME_INVALID', 'name invalid'], ['code-3', 'DENIED', 'denied']], want: ['ignore', 'key', 'messageText'] },
    { name: 'a Korean "message" column of symbols is the symbol', headers: ['에러코드', '에러메시지', '설명'], cells: [['1', 'APPLICATION_ERROR', '어플리케이션 에러'], ['10', 'INVALID_REQUEST_PARAMETER_ERROR', '잘못된 요청 파라메터 에러'], ['12', 'NO_OPENAPI_SERVICE_ERROR', '해당 오픈API서비스가 없거나 폐기됨']], want: ['code', 'key', 'messageText'] },
    { name: 'HTTP status column beside the code', headers: ['Code', 'HTTP', 'Message'], cells: [['E1', '400 Bad Request', 'Bad input'], ['E2', '404', 'Missing'], ['E3', '500', 'Broken']], want: ['code', 'http', 'message'] },
    { name: 'a parameter table is not an error table', headers: ['Name', 'Type', 'Description'], cells: [['user_id', 'string', 'The user'], ['page_size', 'integer', 'Items per page']], want: undefined },
  ])('$name', ({ headers, cells, want }) => {
    expect(columnRoles(headers, cells)).toEqual(want);
  });
});

describe('envelope from an example body', () => {
  it.each([
    ['```json\n{"error": "invalid_token", "message": "The token expired"}\n```', { code: 'error', message: 'message' }],
    ['```\n{ "code": 1101, "msg": "x", "data": null }\n```', { code: 'code', message: 'msg', data: 'data' }],
    ['Example:\n\n    {\n      "errcode": 40001,\n      "errmsg": "invalid credential"\n    }\n', { code: 'errcode', message: 'errmsg' }],
    ['```json\n{"error": "just prose"}\n```', undefined],
    ['no example here', undefined],
  ])('%j', (page, want) => {
    expect(exampleEnvelope(page)).toEqual(want);
  });

  it('is written into the catalog, marked inferred', () => {
    const page = '| Code | Message |\n| --- | --- |\n| E1 | Bad |\n\n```json\n{"error": "E1", "message": "Bad"}\n```\n';
    const { load } = importAndLoad(page, 'page.md', 'envelope');
    expect(load.model!.envelope).toMatchObject({ shape: 'object', codeType: 'string', fields: { code: 'error', message: 'message' } });
    expect(load.model!.envelope.inferred).toEqual(expect.arrayContaining(['fields']));
  });
});

describe('keys survive', () => {
  it('imports syntax_error as syntax_error, with a class that does not shadow SyntaxError', () => {
    const { load } = importAndLoad('| Code | Name | Message |\n| --- | --- | --- |\n| `42601` | `syntax_error` | Syntax error |\n| `42P01` | `undefined_table` | Undefined table |\n', 'pg.md', 'pg');
    const entry = load.model!.entries[0]!;
    expect([entry.key, entry.className, entry.aliases]).toEqual(['syntax_error', 'SyntaxErrorError', []]);
  });

  it('settles a class-name clash with className, not by renaming a key', () => {
    const { load, yaml } = importAndLoad('| Code | Name | Message |\n| --- | --- | --- |\n| 1 | FOO_BAR | One |\n| 2 | FOO__BAR | Two |\n', 'clash.md', 'clash');
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(load.model!.entries.map((e) => [e.key, e.className])).toEqual([['FOO_BAR', 'FooBarError'], ['FOO__BAR', 'FooBar2Error']]);
    expect(yaml).toContain('className: FooBar2Error');
  });
});
