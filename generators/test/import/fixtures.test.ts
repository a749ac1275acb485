import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePages } from './fixture-expectations.js';
import { importAndLoad, recall } from './import-harness.js';

const fixture = (file: string) => readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
const recalls: string[] = [];

describe('importing hand-written error pages', () => {
  it.each(fixturePages)('$file', (page) => {
    const { result, load } = importAndLoad(fixture(page.file), page.file, 'fixture');
    expect(result.format).toBe(page.format);
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const model = load.model!;
    expect(model.envelope.codeType).toBe(page.codeType);
    expect(model.sharedCodes.map((s) => s.code)).toEqual(page.sharedCodes ?? []);
    const { recall: value, missed } = recall(model, page.entries);
    recalls.push(`${page.file.padEnd(26)} recall ${value.toFixed(2)} (${page.entries.length - missed.length}/${page.entries.length})${missed.length ? ` missed: ${missed.join(', ')}` : ''}; extra entries: ${model.entries.length - (page.entries.length - missed.length)}`);
    expect(missed).toEqual([]);
    expect(model.entries.length).toBe(page.entries.length);
  });

  afterAll(() => {
    console.log(`Import recall per fixture:\n${recalls.join('\n')}`);
  });
});
