// Import benchmark, run by `npm run bench`: hostile sizes through `errata import`'s pure core —
// a 5 MB Markdown page, a 10,000-row table, a 1 MB line, a 5 MB HTML page — with wall time and
// heap growth, so a super-linear step or a backtracking pattern shows up as a jump here.
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');
const { importDocument } = await import(pathToFileURL(join(dist, 'import', 'import-document.js')).href);

const prose = 'This paragraph explains how the service behaves when requests fail, and what clients should do about it. ';
const rows = (n) => Array.from({ length: n }, (_, i) => `| ${100000 + i} | ERR_${i} | Failure number ${i} happened |`).join('\n');
const nestedList = (n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i * 2)}- \`E${1000 + i}\` x`).join('\n');
const wideTable = (n) => `${'= '.repeat(n)}\n${'x '.repeat(n)}\n${'= '.repeat(n)}\n`;
const cases = [
  ['markdown 5 MB page', 'big.md', () => `# Guide\n\n${`${prose.repeat(10)}\n\n`.repeat(Math.ceil((5 << 20) / (prose.length * 10)))}| Code | Message |\n| --- | --- |\n| 1001 | Invalid token |\n`],
  ['markdown 1,000-row table', 'rows.md', () => `| Code | Key | Message |\n| --- | --- | --- |\n${rows(1000)}\n`],
  ['markdown 10,000-row table', 'rows.md', () => `| Code | Key | Message |\n| --- | --- | --- |\n${rows(10000)}\n`],
  ['markdown 1 MB line', 'line.md', () => `| Code | Message |\n| --- | --- |\n| 1 | ${'a'.repeat(1 << 20)} |\n`],
  ['text 1 MB line', 'line.txt', () => `1001 - ${'a'.repeat(1 << 20)}\n1002 - short\n`],
  // From blind.test.ts: 4x the size should cost about 4x the time (a quadratic step shows 16x).
  ['markdown nested list ×375', 'nested.md', () => nestedList(375)],
  ['markdown nested list ×1500', 'nested.md', () => nestedList(1500)],
  ['rst wide table ×50,000', 'wide.rst', () => wideTable(50_000)],
  ['rst wide table ×200,000', 'wide.rst', () => wideTable(200_000)],
  ['html 5 MB page', 'big.html', () => `<!doctype html><html><body>${`<p>${prose.repeat(10)}</p>\n`.repeat(Math.ceil((5 << 20) / (prose.length * 10)))}<table><tr><th>Code</th><th>Message</th></tr><tr><td>1</td><td>One</td></tr></table></body></html>`],
];

for (const [name, fileName, make] of cases) {
  const source = make();
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const start = performance.now();
  let result;
  try {
    result = `${importDocument(source, { id: 'bench', fileName }).entries} entries`;
  } catch (error) {
    result = `refused: ${error.message.slice(0, 60)}`;
  }
  const ms = performance.now() - start;
  const grown = (process.memoryUsage().heapUsed - heap) / (1 << 20);
  console.log(`${name.padEnd(28)} ${(source.length / (1 << 20)).toFixed(1).padStart(5)} MB  ${ms.toFixed(0).padStart(6)} ms  heap +${grown.toFixed(0)} MB  ${result}`);
}
