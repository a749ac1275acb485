// `npm run mutation [module...]`: runs Stryker once per module (validate, model, diff, write, import,
// runtime; default all, in that order), each with its own incremental file, so a module's results
// survive runs of the others and each re-run tests only what changed. Prints one summary line per module.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { modules } from '../../stryker.config.mjs';

const root = resolve(import.meta.dirname, '../..');
const picked = process.argv.slice(2);
for (const name of picked) if (!(name in modules)) throw new Error(`unknown module ${name}; one of ${Object.keys(modules).join(', ')}`);
const rows = [];
for (const name of picked.length ? picked : Object.keys(modules)) {
  const started = Date.now();
  const run = spawnSync(process.execPath, [join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', 'stryker.config.mjs'], { cwd: root, stdio: 'inherit', env: { ...process.env, ERRATA_MUTATION_MODULE: name } });
  const report = join(root, 'generators/mutation/reports', `${name}.json`);
  if (run.status !== 0 || !existsSync(report)) {
    rows.push(`${name.padEnd(9)} failed (exit ${run.status})`);
    continue;
  }
  const count = { Killed: 0, Survived: 0, Timeout: 0, NoCoverage: 0, Ignored: 0, CompileError: 0, RuntimeError: 0 };
  for (const file of Object.values(JSON.parse(readFileSync(report, 'utf8')).files)) for (const m of file.mutants) count[m.status] = (count[m.status] ?? 0) + 1;
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  rows.push(`${name.padEnd(9)} killed ${count.Killed}, survived ${count.Survived}, timeout ${count.Timeout}, no coverage ${count.NoCoverage}, ignored ${count.Ignored}: score ${valid ? ((100 * detected) / valid).toFixed(2) : '-'}% in ${Math.round((Date.now() - started) / 1000)} s`);
}
console.log(`\nMutation summary\n${rows.join('\n')}`);
