import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/load-catalog.js';
import { formatted, importAndLoad, schemas } from './import-harness.js';

const repo = new URL('../../../', import.meta.url);
const seedDir = new URL('generators/test/fixtures/seeds/', repo);

/** The seed documents, the catalog each one is the source of, and what was checked by hand. */
const seeds = [
  { file: '000_c46ffdabbdaa36fc.txt', id: 'agent-ops', count: 18, keyed: true, format: 'markdown', sample: { code: 1101, key: 'NOT_EXIST_ACCOUNT', message: 'Account does not exist' } },
  { file: '001_efdc4dece1fbea16.txt', id: 'fypass', count: 15, keyed: true, format: 'text', sample: { code: 'UNITSYSTEM00001', key: 'UNITSYSTEM00001', message: 'Client key used in the request is not found or not registered.' } },
  { file: '002_734c5083193426b4.txt', id: 'rayvision', count: 49, keyed: true, format: 'rst', sample: { code: 812, key: 'ACCOUNT_LOGIN_IPLIMITFAIL', message: 'IP address is prohibited' } },
  { file: '003_53a087642f0f01b5.txt', id: 'fypass', count: 15, keyed: true, format: 'text', sample: { code: 'CLIENT_ACCOUNT_SUSPENDED', key: 'CLIENT_ACCOUNT_SUSPENDED', message: "The client's status is suspended and therefore does not have access to send API requests." } },
  { file: '004_2ec161e094c56140.txt', id: 'sms-api', count: 20, keyed: false, format: 'markdown', sample: { code: 98, key: 'E98', message: 'The operation was not fully completed but only with some data.' } },
] as const;

const sortedCodes = (codes: readonly (string | number)[]) => [...codes].map(String).sort();

describe('importing the seed documents', () => {
  it.each(seeds)('$file gives the $id catalog', (seed) => {
    const source = readFileSync(new URL(seed.file, seedDir), 'utf8');
    const { result, load } = importAndLoad(source, seed.file, seed.id);
    expect(result.format).toBe(seed.format);
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const model = load.model!;
    expect(model.entries).toHaveLength(seed.count);
    const sample = model.entries.find((e) => e.key === seed.sample.key)!;
    expect(sample.code).toBe(seed.sample.code);
    expect(formatted(sample.message)).toBe(seed.sample.message);

    const truth = loadCatalog(new URL(`catalogs/${seed.id}`, repo).pathname, { schemas });
    expect(truth.model, `catalogs/${seed.id} should load`).toBeDefined();
    const want = truth.model!;
    expect(sortedCodes(model.entries.map((e) => e.code))).toEqual(sortedCodes(want.entries.map((e) => e.code)));
    expect(model.envelope.codeType).toBe(want.envelope.codeType);
    expect(model.sharedCodes.map((s) => s.code)).toEqual(want.sharedCodes.map((s) => s.code));
    // Keys where the document names them; sms-api's rows have no symbol, so its keys are derived and marked.
    if (seed.keyed) expect(model.entries.map((e) => e.key).sort()).toEqual(want.entries.map((e) => e.key).sort());
    else expect(model.entries.every((e) => e.inferred.includes('key') && e.key === `E${e.code}`)).toBe(true);
  });

  it('keeps the overflowing rayvision rows apart: the symbol is the key, the rest is text', () => {
    const source = readFileSync(new URL('002_734c5083193426b4.txt', seedDir), 'utf8');
    const model = importAndLoad(source, 'rayvision.rst', 'rayvision').load.model!;
    const text = (key: string) => formatted(model.entries.find((e) => e.key === key)!.message);
    expect([text('ACCOUNT_LOGIN_IPLIMITFAIL'), text('ACCOUNT_QQ_FAIL'), text('ACCOUNT_UNIONID_EXISTS')]).toEqual(['IP address is prohibited', 'QQ login failed', 'UNIONID already exists']);
  });

  it('reads seeds 001 and 003 (line breaks lost) into the same entries', () => {
    const read = (file: string) => importAndLoad(readFileSync(new URL(file, seedDir), 'utf8'), file, 'fypass').load.model!;
    const facts = (file: string) => read(file).entries.map((e) => [e.key, e.group, formatted(e.message), e.solution ?? '']);
    expect(facts('003_53a087642f0f01b5.txt')).toEqual(facts('001_efdc4dece1fbea16.txt'));
  });
});
