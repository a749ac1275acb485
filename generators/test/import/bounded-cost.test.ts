/**
 * Hostile sizes: a 5 MB page, a 10,000-row table and a 1 MB line each import, or are refused with
 * one clear line, without hanging. Timings live in `generators/bench/import-bench.mjs`; here we only
 * assert that the run completes with the right result.
 */
import { describe, expect, it } from 'vitest';
import { importDocument, ImportError } from '../../src/import/import-document.js';

const prose = 'This paragraph explains how the service behaves when requests fail, and what clients should do about it. ';

function page5mb(): string {
  const table = ['## Error codes', '', '| Code | Message |', '| --- | --- |', '| 1001 | Invalid token |', '| 1002 | Expired token |', ''].join('\n');
  const paragraph = `${prose.repeat(10)}\n\n`;
  return `# Guide\n\n${paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length))}${table}`;
}

function table(rows: number): string {
  const body = Array.from({ length: rows }, (_, i) => `| ${100000 + i} | ERR_${i} | Failure number ${i} happened |`);
  return ['| Code | Key | Message |', '| --- | --- | --- |', ...body, ''].join('\n');
}

describe('bounded cost of import', () => {
  it('imports a 5 MB Markdown page', () => {
    const source = page5mb();
    expect(source.length).toBeGreaterThan(5 * 1024 * 1024);
    const result = importDocument(source, { id: 'big', fileName: 'big.md' });
    expect(result.entries).toBe(2);
  });

  it('imports a 10,000-row table', () => {
    const result = importDocument(table(10_000), { id: 'rows', fileName: 'rows.md' });
    expect(result.entries).toBe(10_000);
    const entries = result.catalog.groups.flatMap((g) => g.entries);
    expect(entries[9999]).toMatchObject({ key: 'ERR_9999', code: 109999, message: 'Failure number 9999 happened' });
  });

  it.each([
    ['markdown', 'line.md'],
    ['text', 'line.txt'],
    ['rst', 'line.rst'],
    ['html', 'line.html'],
  ] as const)('imports or refuses a 1 MB line (%s)', (format, fileName) => {
    const line = `| 1 | ${'a'.repeat(1024 * 1024)} |`;
    const source = `| Code | Message |\n| --- | --- |\n${line}\n| 2 | Short message |\n`;
    try {
      const result = importDocument(source, { id: 'line', fileName, format });
      expect(result.entries).toBeGreaterThan(0);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as Error).message).not.toMatch(/\n/);
    }
  });

  it('refuses a 1 MB line of prose with one line', () => {
    expect(() => importDocument(`${'word '.repeat(210_000)}\n`, { id: 'prose', fileName: 'prose.md' })).toThrow(ImportError);
  });

  it('imports a 5 MB HTML page', () => {
    const paragraphs = `<p>${prose.repeat(10)}</p>\n`.repeat(Math.ceil((5 * 1024 * 1024) / (prose.length * 10)));
    const rows = Array.from({ length: 200 }, (_, i) => `<tr><td>${i + 1}</td><td>Failure ${i + 1}</td></tr>`).join('\n');
    const source = `<!doctype html><html><body><h1>Errors</h1>${paragraphs}<h2>Error codes</h2><table><tr><th>Code</th><th>Message</th></tr>${rows}</table></body></html>`;
    expect(source.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(importDocument(source, { id: 'html', fileName: 'big.html' }).entries).toBe(200);
  });
});
