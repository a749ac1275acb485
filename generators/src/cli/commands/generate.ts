import { basename, relative, resolve } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { emitCatalog } from '../../emit/emit-catalog.js';
import type { GeneratedPackage } from '../../emit/virtual-file.js';
import { displayPath } from '../../util/display-path.js';
import { generatorVersion } from '../../util/generator-version.js';
import { findRepositoryRoot } from '../../util/repository-root.js';
import { planPackage, writePackage, type FileChange } from '../../write/package-writer.js';
import { loadCatalogDirs } from '../catalog-dirs.js';
import { exitCode, parseCommandArgs, type Command } from '../command.js';
import { formatDiagnostics, reporterOption } from '../reporters.js';

/** `errata generate [CATALOG_DIR...] [--out DIR] [--check]`. */
export const generateCommand: Command = {
  name: 'generate',
  summary: 'write the errors, openapi and i18n packages of each catalog',
  usage: `Usage: errata generate [CATALOG_DIR...] [--out DIR] [--check] [--reporter text|json|github]

Validates each catalog (default: every folder under catalogs/) and writes its
packages <id>-errors, <id>-openapi and <id>-i18n under packages/ (or DIR).
Nothing is written unless every catalog is valid; each package is staged and
swapped in whole, so a failed run leaves the previous output as it was.

Options:
  --out DIR     output folder (default: packages)
  --check       write nothing; exit 1 naming each file that would change
  --reporter R  text (default), json or github, for diagnostics
  -h, --help    show this help

Exit: 0 ok, 1 invalid catalog or (with --check) out-of-date output, 2 usage error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      out: { type: 'string' },
      check: { type: 'boolean' },
      reporter: { type: 'string' },
    });
    const reporter = reporterOption(values['reporter']);
    const outDir = resolve(io.cwd, typeof values['out'] === 'string' ? values['out'] : 'packages');
    const loaded = loadCatalogDirs('generate', positionals, io);
    if (!loaded) return exitCode.usage;
    const { loads, diagnostics } = loaded;
    const version = generatorVersion();
    const packages: GeneratedPackage[] = loads.flatMap((load) =>
      load.model ? emitCatalog(load.model, { catalogPath: catalogPathFor(load.absoluteDir), generatorVersion: version }) : [],
    );
    io.stdout.write(formatDiagnostics(diagnostics, reporter));
    if (hasErrors(diagnostics)) {
      io.stderr.write('errata generate: nothing was written, because a catalog is invalid\n');
      return exitCode.failed;
    }
    const shown = (change: FileChange) => displayPath(io.cwd, resolve(outDir, change.path));
    if (values['check']) {
      const stale = packages.flatMap((pkg) => planPackage(outDir, pkg));
      for (const change of stale) io.stdout.write(`${shown(change)}: would be ${change.status}\n`);
      if (stale.length > 0) {
        io.stderr.write(`errata generate --check: ${stale.length} generated file${stale.length === 1 ? ' is' : 's are'} out of date; run \`npm run generate\` and commit the result\n`);
        return exitCode.failed;
      }
      io.stderr.write(`errata generate --check: ${packages.length} packages are up to date\n`);
      return exitCode.ok;
    }
    let written = 0;
    for (const pkg of packages) {
      const changes = planPackage(outDir, pkg);
      if (changes.length === 0) continue;
      writePackage(outDir, pkg);
      written++;
      io.stdout.write(`${displayPath(io.cwd, resolve(outDir, pkg.dir))}: ${changes.length} file${changes.length === 1 ? '' : 's'} updated\n`);
    }
    io.stderr.write(`errata generate: ${written} of ${packages.length} packages written, ${packages.length - written} unchanged\n`);
    return exitCode.ok;
  },
};

/** The catalog file's path relative to the repository root, the same on every machine. */
function catalogPathFor(dir: string): string {
  const root = findRepositoryRoot(dir);
  const path = root ? relative(root, `${dir}/catalog.yaml`) : `${basename(dir)}/catalog.yaml`;
  return path.split('\\').join('/');
}
