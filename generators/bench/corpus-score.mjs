// Scores `errata import` on one corpus split: `npm run corpus -- dev` (or any folder name under
// generators/test/import/corpus/, or a path). Bundles the TypeScript scorer with esbuild (already a
// dev dependency) so it runs on the sources without a build; `--quiet` prints only per-page lines.
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const args = process.argv.slice(2);
const split = args.find((a) => !a.startsWith('--'));
if (!split) {
  console.error('usage: npm run corpus -- <split> [--quiet]   (a folder under generators/test/import/corpus/, or a path)');
  process.exit(2);
}
const dir = isAbsolute(split) || split.includes('/') ? resolve(split) : join(root, 'generators/test/import/corpus', split);
// Same depth as dist/util/paths.js, whose import.meta.url-relative paths (schemas, templates) the bundle keeps.
const cache = join(root, 'generators', 'dist', 'corpus-score');
mkdirSync(cache, { recursive: true });
const outfile = join(cache, `score-${process.pid}.mjs`);
await build({ entryPoints: [join(root, 'generators/test/import/corpus/score.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'error' });
try {
  const { scoreSplit, formatScore, createSchemaValidators } = await import(pathToFileURL(outfile).href);
  const score = scoreSplit(dir, createSchemaValidators());
  console.log(formatScore(score, !args.includes('--quiet')));
} finally {
  rmSync(outfile, { force: true });
}
