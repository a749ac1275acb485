import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { catalogYaml, catalogSchemaUrl } from '../../import/catalog-yaml.js';
import { importDocument, ImportError } from '../../import/import-document.js';
import type { DocFormat } from '../../import/imported-document.js';
import { loadCatalog } from '../../load/load-catalog.js';
import { exitCode, parseCommandArgs, UsageError, type Command } from '../command.js';
import { formatDiagnostics } from '../reporters.js';
import { kebabCase, kebabCaseId } from '../../util/text-case.js';
import { schemasDir } from '../../util/paths.js';
import { isUnreadableFileError } from '../../util/file-errors.js';

const formats: readonly DocFormat[] = ['markdown', 'rst', 'text', 'html'];

/**
 * The schema reference for a catalog folder, one an editor can open: a relative path to the
 * workspace's `schemas/catalog.schema.json` inside a workspace; outside one, the path of the schema
 * this errata installation validates with; the public URL only when neither file exists.
 */
export function schemaReference(catalogDir: string, installedSchema: string = join(schemasDir, 'catalog.schema.json')): string {
  for (let dir = resolve(catalogDir); ; dir = dirname(dir)) {
    const schema = join(dir, 'schemas', 'catalog.schema.json');
    if (existsSync(schema)) return relative(resolve(catalogDir), schema).split(sep).join('/');
    if (dirname(dir) === dir) break;
  }
  return existsSync(installedSchema) ? resolve(installedSchema).split(sep).join('/') : catalogSchemaUrl;
}

/** Default catalog id: the page's file name in kebab-case (`Error Codes.md` → `error-codes`). */
function defaultId(file: string): string {
  const name = kebabCase(basename(file).replace(/\.[^.]+$/, ''));
  // Ids start with a letter: "002_errors.txt" → "doc-002-errors".
  const id = /^[0-9]/.test(name) ? `doc-${name}` : name;
  return kebabCaseId.test(id) ? id : 'imported';
}

/** `errata import DOC`: reads an error-code page and writes DIR/ID/catalog.yaml. */
export const importCommand: Command = {
  name: 'import',
  summary: 'turn an existing error-code documentation page into a catalog',
  usage: `Usage: errata import DOC [--format markdown|rst|text|html] [--id ID] [--out DIR] [--force]

Reads an API's error-code documentation page (Markdown/GFM tables, reStructuredText
simple or grid tables, heading- or list-per-code pages, plain text) and writes the
catalog folder DIR/ID/ with a catalog.yaml that validates. Everything the page does
not state (HTTP statuses, group names, the wire envelope, derived keys) is guessed
and listed in the \`inferred\` fields, so a reviewer knows what to check.

Options:
  --format FORMAT  markdown, rst, text or html (default: detected)
  --id ID          catalog id in kebab-case (default: derived from the file name)
  --out DIR        folder to write the catalog folder into (default: catalogs)
  --force          replace an existing DIR/ID/catalog.yaml
  -h, --help       show this help

Exit: 0 written, 1 unreadable page, 2 usage error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {
      format: { type: 'string' },
      id: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `expected one DOC, got ${positionals.length}` : 'missing DOC, the documentation page to import');
    const format = values['format'] as string | undefined;
    if (format !== undefined && !formats.includes(format as DocFormat)) throw new UsageError(`--format must be markdown, rst, text or html, not "${format}"`);
    const id = (values['id'] as string | undefined) ?? defaultId(positionals[0]!);
    if (!kebabCaseId.test(id)) throw new UsageError(`--id must be kebab-case (like "my-api"), not "${id}"`);

    const doc = resolve(io.cwd, positionals[0]!);
    const shown = positionals[0]!;
    let source: string;
    try {
      if (statSync(doc).isDirectory()) throw new ImportError(`${shown} is a folder; expected a documentation page file`);
      source = readFileSync(doc, 'utf8');
    } catch (error) {
      if (!(error instanceof ImportError || isUnreadableFileError(error))) throw error;
      const reason = error instanceof ImportError ? error.message : `cannot read ${shown}: ${error.code === 'ENOENT' ? 'no such file' : error.message}; expected a documentation page file`;
      io.stderr.write(`errata import: ${reason}\n`);
      return exitCode.failed;
    }

    let result;
    try {
      result = importDocument(source, { id, fileName: shown, ...(format ? { format: format as DocFormat } : {}) });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      io.stderr.write(`errata import: ${error.message}\n`);
      return exitCode.failed;
    }

    const catalogDir = resolve(io.cwd, (values['out'] as string | undefined) ?? 'catalogs', id);
    const target = join(catalogDir, 'catalog.yaml');
    const shownTarget = relative(io.cwd, target) || target;
    if (existsSync(target) && !values['force']) {
      io.stderr.write(`errata import: ${shownTarget} already exists; pass --force to replace it, or choose another --id or --out\n`);
      return exitCode.failed;
    }
    mkdirSync(catalogDir, { recursive: true });
    writeFileSync(target, catalogYaml(result.catalog, schemaReference(catalogDir)));

    const groups = result.catalog.groups.length;
    io.stdout.write(`wrote ${shownTarget}: ${result.entries} entries in ${groups} group${groups === 1 ? '' : 's'} (read as ${result.format}); review the fields listed under \`inferred\`\n`);
    const check = loadCatalog(catalogDir, { cwd: io.cwd });
    if (check.diagnostics.length) io.stdout.write(formatDiagnostics(check.diagnostics, 'text'));
    return hasErrors(check.diagnostics) ? exitCode.failed : exitCode.ok;
  },
};
