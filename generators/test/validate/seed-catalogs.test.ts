import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/load-catalog.js';
import type { CatalogModel } from '../../src/model/catalog-model.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const seeds = fileURLToPath(new URL('../fixtures/seeds/', import.meta.url));
const load = (id: string): CatalogModel => {
  const { model, diagnostics } = loadCatalog(`catalogs/${id}`, { cwd: repo });
  expect(diagnostics).toEqual([]);
  return model!;
};
const codesOf = (model: CatalogModel) => model.entries.map((e) => [e.code, e.key]);
const byKey = (model: CatalogModel, key: string) => model.entries.find((e) => e.key === key)!;

/** Each document's (code, symbol) rows, read straight from the seed file, so the catalog is checked against its source. */
const documentRows = {
  'agent-ops': (text: string) => [...text.matchAll(/^\|\s*([A-Z_]+)\s*\|\s*(\d+)\s*\|/gm)].map((m) => [Number(m[2]), m[1]]),
  fypass: (text: string) => [...text.matchAll(/^\s*([A-Z][A-Z0-9_]+)#\s*$/gm)].map((m) => [m[1], m[1]]),
  rayvision: (text: string) => [...text.matchAll(/^(\d+)\s+([A-Za-z_]+)\s/gm)].map((m) => [Number(m[1]), m[2]]),
  'sms-api': (text: string) => [...text.matchAll(/data-anchor="apiCode-(\d+)"/g)].map((m) => Number(m[1])),
};

describe('seed catalogs against their documents', () => {
  it('all four validate with no diagnostics and have the documented entry counts', () => {
    const counts = Object.fromEntries(['agent-ops', 'fypass', 'rayvision', 'sms-api'].map((id) => [id, load(id).entries.length]));
    expect(counts).toEqual({ 'agent-ops': 18, fypass: 15, rayvision: 49, 'sms-api': 20 });
  });

  it('agent-ops: every row of the table, groups by leading digits, 903 shared, 9xx internal', () => {
    const model = load('agent-ops');
    expect(codesOf(model)).toEqual(documentRows['agent-ops'](readFileSync(`${seeds}/000_c46ffdabbdaa36fc.txt`, 'utf8')));
    expect(model.envelope).toMatchObject({ shape: 'object', codeType: 'integer', fields: { code: 'code', message: 'msg', data: 'data' } });
    expect(model.sharedCodes).toEqual([expect.objectContaining({ code: 903, keys: ['LIMIT_GATEWAY', 'ERROR_EXE_COMMAND'] })]);
    expect(model.entries.filter((e) => e.visibility === 'internal').map((e) => e.code)).toEqual([901, 902, 903, 903]);
    expect(byKey(model, 'SUCCESS_CODE').outcome).toBe('success');
    expect(byKey(model, 'ERROR_EXE_COMMAND').message).toBe('Failed to update command status');
    expect(byKey(model, 'NOT_EXIST_ACCOUNT').message).toBe('Account does not exist');
    expect(model.groups.map((g) => [g.name, g.prefix])).toEqual([
      ['common', '9'],
      ['success', '10'],
      ['user', '11'],
      ['agent', '12'],
      ['ops', '19'],
    ]);
    expect(model.locales).toEqual(['en', 'zh-CN']);
  });

  it('fypass: string codes equal to the keys, three groups, solutions, retryable REQUEST_TIMEOUT', () => {
    const model = load('fypass');
    const document = readFileSync(`${seeds}/001_efdc4dece1fbea16.txt`, 'utf8');
    const groups = new Set(['Clients', 'Users', 'Others']);
    expect(codesOf(model)).toEqual(documentRows.fypass(document).filter(([key]) => !groups.has(String(key))));
    expect(model.envelope).toMatchObject({ shape: 'object', codeType: 'string', fields: { code: 'code', message: 'message' } });
    expect(model.groups.map((g) => g.title)).toEqual(['Clients', 'Users', 'Others']);
    expect(byKey(model, 'REQUEST_TIMEOUT').retryable).toBe(true);
    expect(byKey(model, 'UNITSYSTEM00001').solution).toBe('Contact admin to get the correct client key');
    expect(byKey(model, 'USER_NOT_FOUND').description).toContain("The email or whatsapp account used for login don't registered.");
    expect(model.locales).toEqual(['en', 'id']);
  });

  it('rayvision: 49 codes with the overflowing rows 812, 813, 815 read correctly', () => {
    const model = load('rayvision');
    expect(codesOf(model)).toEqual(documentRows.rayvision(readFileSync(`${seeds}/002_734c5083193426b4.txt`, 'utf8')));
    expect(byKey(model, 'ACCOUNT_LOGIN_IPLIMITFAIL').message).toBe('IP address is prohibited');
    expect(byKey(model, 'ACCOUNT_QQ_FAIL').message).toBe('QQ login failed');
    expect(byKey(model, 'ACCOUNT_UNIONID_EXISTS').message).toBe('UNIONID already exists');
    expect(byKey(model, 'VINSUFFICIENT_PERMISSIONS').code).toBe(605);
    expect(byKey(model, 'APIError').className).toBe('ApiError');
    expect(byKey(model, 'RayvisionError').code).toBe(1000000);
    expect(byKey(model, 'SUCCESS').outcome).toBe('success');
    expect(model.locales).toEqual(['en', 'zh-CN']);
  });

  it('sms-api: positional envelope, outcomes, rate limit, typed data', () => {
    const model = load('sms-api');
    expect(model.entries.map((e) => e.code)).toEqual(documentRows['sms-api'](readFileSync(`${seeds}/004_2ec161e094c56140.txt`, 'utf8')));
    expect(model.envelope).toMatchObject({ shape: 'array', codeType: 'integer', order: ['code', 'message', 'data'] });
    const byCode = (code: number) => model.entries.find((e) => e.code === code)!;
    expect([0, 98, 99, 100].map((c) => byCode(c).outcome)).toEqual(['success', 'partial', 'error', 'pending']);
    expect(byCode(30)).toMatchObject({ retryable: true, httpStatus: 429 });
    expect([1, 13, 98, 99, 100].every((c) => byCode(c).data !== undefined)).toBe(true);
    expect(model.entries.every((e) => e.inferred.includes('key'))).toBe(true);
    expect(byCode(0).anchor).toBe('apiCode-0');
    expect(model.locales).toEqual(['en', 'ru']);
  });

  it('every entry of every seed has a translation in its home language', () => {
    for (const id of ['agent-ops', 'fypass', 'rayvision', 'sms-api']) {
      const model = load(id);
      const home = model.locales[1]!;
      const missing = model.entries.filter((e) => !e.translations[home]?.message).map((e) => e.key);
      expect(missing, `${id} ${home}`).toEqual([]);
    }
  });
});
