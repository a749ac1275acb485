/**
 * Readings the spent holdout-2 pages asked for, as general rules on small synthetic pages: invisible
 * format characters, code lines joined by hard breaks, tables of `CODE text` cells, symbol blocks with
 * their code in the next paragraph, and a heading that names a range over the entries of that range.
 */
import { describe, expect, it } from 'vitest';
import type { DocFormat } from '../../src/import/imported-document.js';
import { parseEntryHead } from '../../src/import/entry-text.js';
import { formatted, importAndLoad } from './import-harness.js';

interface Row {
  readonly name: string;
  readonly file: string;
  readonly format: DocFormat;
  readonly page: string;
  /** code, key (undefined when derived), message. */
  readonly want: readonly (readonly [code: string | number, key: string | undefined, message: string])[];
}

const rows: Row[] = [
  {
    name: 'invisible format characters are not part of a message',
    file: 'page.html',
    format: 'html',
    page: '<html><body><h1>Errors</h1><h2>400 – Bad Request<a href="#x">\u200b</a></h2><p>The request was malformed.</p><h2>404 – Not\u00ad Found\u2060</h2><p>No such city.</p></body></html>',
    want: [
      [400, undefined, 'Bad Request'],
      [404, undefined, 'Not Found'],
    ],
  },
  {
    name: '`Error N: text` lines joined by hard breaks, each line one entry, all of it the message',
    file: 'page.md',
    format: 'markdown',
    page: '# Error list\nEvery error the board raises.\n\nError 0: Unknown error.  \nError 1: Upload failed. (upload.php)  \nError 2: Name required. Fill in the form.\n',
    want: [
      [0, undefined, 'Unknown error.'],
      [1, undefined, 'Upload failed. (upload.php)'],
      [2, undefined, 'Name required. Fill in the form.'],
    ],
  },
  {
    name: 'a table whose every cell is `CODE text`, two unrelated entries a row, header row included',
    file: 'page.md',
    format: 'markdown',
    page: '## Codes\n\n<table>\n<tr><td>E100 Invalid request</td><td>E200 Pass was not sent. Try later.</td></tr>\n<tr><td>E101 API not activated</td><td>E201\'label\' is not accepted</td></tr>\n<tr><td>E102 Bad user</td><td></td></tr>\n</table>\n',
    want: [
      ['E100', undefined, 'Invalid request'],
      ['E200', undefined, 'Pass was not sent. Try later.'],
      ['E101', undefined, 'API not activated'],
      ['E201', undefined, "'label' is not accepted"],
      ['E102', undefined, 'Bad user'],
    ],
  },
  {
    name: 'a bold symbol (behind empty anchors) over a paragraph that is only its code, then the text',
    file: 'page.md',
    format: 'markdown',
    page: '# Codes\n\n<span id="ERR_ONE"></span>**ERR\\_ONE**\n\n7001 (0x1B59)\n\nThe first thing failed.\n\n<span id="ERR_TWO"></span>**ERR\\_TWO**\n\n7002 (0x1B5A)\n\nThe second thing failed.\n',
    want: [
      [7001, 'ERR_ONE', 'The first thing failed.'],
      [7002, 'ERR_TWO', 'The second thing failed.'],
    ],
  },
  {
    name: 'a heading naming a range titles the entries under it',
    file: 'page.md',
    format: 'markdown',
    page: '# Store errors (300-399)\n\nErrors of the store.\n\n**ERR_FULL**\n\n301\n\nThe store is full.\n\n**ERR_GONE**\n\n302\n\nThe store is gone.\n',
    want: [
      [301, 'ERR_FULL', 'The store is full.'],
      [302, 'ERR_GONE', 'The store is gone.'],
    ],
  },
  {
    name: 'a body row repeating the header is no entry',
    file: 'page.rst',
    format: 'rst',
    page: 'Codes\n=====\n\n======  ====  =============\nName    Code  Description\n======  ====  =============\nName    Code  Message\nAlpha   101   First failed\nBeta    102   Second failed\nGamma   103   Third failed\n======  ====  =============\n',
    want: [
      [101, 'Alpha', 'First failed'],
      [102, 'Beta', 'Second failed'],
      [103, 'Gamma', 'Third failed'],
    ],
  },
  {
    name: 'numbers padded to one width are codes beside symbols, not row numbers',
    file: 'page.md',
    format: 'markdown',
    page: '| Name | Code | Message |\n| --- | --- | --- |\n| BadScriptError | 001 | script missing |\n| BadCallError | 002 | call failed |\n| BadArgsError | 003 | arguments wrong |\n',
    want: [
      ['001', 'BadScriptError', 'script missing'],
      ['002', 'BadCallError', 'call failed'],
      ['003', 'BadArgsError', 'arguments wrong'],
    ],
  },
];

describe('entries listed under a bold HTTP status', () => {
  it('take that status; a number in a status span beside a symbol is its status, not its code', () => {
    const page = '## Errors\n\n**400 Bad Request**\n- `BadInputError` — Input is malformed\n\n**452-453 Custom Errors**\n- `TooSmallError` (452) — Amount too small\n- `TooBigError` (453) — Amount too big\n\n**503 Service Unavailable**\n- `DownError` — Service is down\n';
    const { load } = importAndLoad(page, 'page.md', 'page', 'markdown');
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(load.model!.entries.map((e) => [e.code, e.key, e.httpStatus, e.inferred.includes('httpStatus')])).toEqual([
      ['BadInputError', 'BadInputError', 400, false],
      ['TooSmallError', 'TooSmallError', 452, false],
      ['TooBigError', 'TooBigError', 453, false],
      ['DownError', 'DownError', 503, false],
    ]);
  });
});

describe('readings from the spent holdout-2', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const { load } = importAndLoad(row.page, row.file, 'page', row.format);
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const got = load.model!.entries.map((e) => [e.code, e.inferred.includes('key') ? undefined : e.key, formatted(e.message, e.params)]);
    expect(got).toEqual(row.want);
  });

  it('a range heading with nothing under it that opens an entry stays entries of that range', () => {
    const { load } = importAndLoad('# Errors\n\n## Obsolete errors (50-51)\n\nNo longer raised.\n\n## 52\n\nDisk full.\n', 'page.md', 'page', 'markdown');
    expect(load.model!.entries.map((e) => e.code)).toEqual([50, 51, 52]);
  });
});

describe('the bare word "error" as a code label', () => {
  it.each([
    ['Error 12: Upload failed', '12', 'Upload failed'],
    ['Erreur 7 — Fichier absent', '7', 'Fichier absent'],
    ['ERR404: Not found', 'ERR404', 'Not found'],
    ['Error handling: read this first', undefined, undefined],
  ])('%s', (line, code, rest) => {
    const head = parseEntryHead(line);
    expect([head?.code, head?.rest]).toEqual([code, rest]);
  });
});
