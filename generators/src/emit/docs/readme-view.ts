/**
 * The data the README templates lay out: every cell text prepared here, escaped by the template's
 * one `cell` helper. Keeping the logic here leaves the templates plain layout.
 */
import type { CatalogModel, EntryModel, GroupModel, ParamModel } from '../../model/catalog-model.js';
import { generatedNotice, type EmitContext } from '../virtual-file.js';
import { inlineCode } from './table-cell.js';

/** One table row; every field is raw text for the `cell` helper, except the safe anchor id. */
export interface RowView {
  readonly anchor: string;
  readonly code: string;
  readonly key: string;
  readonly httpStatus: string;
  readonly message: string;
  readonly description: string;
  readonly solution: string;
  readonly notes: string;
}

export interface GroupView {
  readonly name: string;
  readonly title: string;
  readonly description?: string;
  readonly rows: readonly RowView[];
}

export interface ReadmeView {
  readonly notice: string;
  readonly title: string;
  readonly description?: string;
  readonly packageName: string;
  readonly envelope: string;
  readonly usage: string;
  readonly groups: readonly GroupView[];
  readonly internalGroups: readonly GroupView[];
  readonly sharedCodes: readonly { readonly code: string; readonly keys: string; readonly reason?: string }[];
}

/** The wire code as a cell shows it: integers bare, strings quoted so they stay strings on import. */
function codeText(code: number | string): string {
  return inlineCode(typeof code === 'number' ? String(code) : JSON.stringify(code));
}

function notes(entry: EntryModel): string {
  const lines: string[] = [];
  if (entry.deprecated) {
    const use = entry.deprecated.replacement ? ` → use \`${entry.deprecated.replacement}\`` : '';
    lines.push(`**Deprecated**${use}${entry.deprecated.reason ? `: ${entry.deprecated.reason}` : ''}`);
  }
  if (entry.outcome !== 'error') lines.push(`outcome: ${entry.outcome}`);
  if (entry.retryable) lines.push('retryable');
  if (entry.sharedCode) lines.push('shared code');
  if (entry.aliases.length) lines.push(`aliases: ${entry.aliases.map((a) => `\`${a}\``).join(', ')}`);
  if (entry.inferred.length) lines.push(`*inferred: ${entry.inferred.join(', ')}*`);
  return lines.join('\n');
}

function row(entry: EntryModel): RowView {
  return {
    anchor: entry.anchor,
    code: codeText(entry.code),
    key: inlineCode(entry.key),
    httpStatus: String(entry.httpStatus),
    message: entry.message,
    description: entry.description ?? '',
    solution: entry.solution ?? '',
    notes: notes(entry),
  };
}

function groupView(group: GroupModel, entries: readonly EntryModel[]): GroupView | undefined {
  if (!entries.length) return undefined;
  const view = { name: group.name, title: group.title, rows: entries.map(row) };
  return group.description ? { ...view, description: group.description } : view;
}

/** A single-quoted TypeScript string literal. */
function tsString(text: string): string {
  return `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function exampleValue(param: ParamModel): string {
  if (param.example !== undefined) return typeof param.example === 'string' ? tsString(param.example) : String(param.example);
  switch (param.type) {
    case 'number':
    case 'integer':
      return '1';
    case 'boolean':
      return 'true';
    case 'date':
      return 'new Date()';
    default:
      return tsString(param.name);
  }
}

/** The usage snippet: create and answer with a typed error, then decode a response. */
function usage(catalog: CatalogModel): string {
  const errors = catalog.entries.filter((e) => e.outcome === 'error');
  const sample = errors.find((e) => e.visibility === 'public') ?? errors[0];
  const lines = [`import { createError, fromResponse, isCatalogError } from ${tsString(catalog.packages.errors)};`, ''];
  if (sample) {
    const key = tsString(sample.key);
    const params = sample.params.length ? `, { ${sample.params.map((p) => `${p.name}: ${exampleValue(p)}`).join(', ')} }` : '';
    lines.push('// On the server: answer with a typed error in the wire envelope.', `const error = createError(${key}${params});`, 'res.status(error.httpStatus).json(error.toResponse());', '');
  }
  lines.push('// On the client: decode any response body; it never throws.', 'const result = fromResponse(await response.json(), response.status);');
  if (sample) {
    lines.push(`if (result.outcome === 'error' && isCatalogError(result.error, ${tsString(sample.key)})) {`, '  console.warn(result.error.code, result.error.message);', '}');
  } else {
    lines.push("if (result.outcome === 'error' && isCatalogError(result.error)) console.warn(result.error.message);");
  }
  return lines.join('\n');
}

function envelopeText(catalog: CatalogModel): string {
  const env = catalog.envelope;
  const shape = env.shape === 'object' ? `JSON objects \`{ ${env.fields.code}, ${env.fields.message}, ${env.fields.data} }\`` : `positional arrays \`[${env.order.join(', ')}]\``;
  return `Error responses are ${shape}; the code is ${env.codeType === 'integer' ? 'an integer' : 'a string'}.`;
}

/** Builds the README view of a catalog. Public entries go in their group's table, internal ones in their own section. */
export function readmeView(catalog: CatalogModel, context: EmitContext): ReadmeView {
  const byKey = new Map(catalog.entries.map((e) => [e.key, e]));
  const entriesOf = (group: GroupModel, visibility: 'public' | 'internal') => group.keys.map((k) => byKey.get(k)!).filter((e) => e && e.visibility === visibility);
  const present = <T>(items: (T | undefined)[]) => items.filter((x): x is T => x !== undefined);
  const view: ReadmeView = {
    notice: generatedNotice(context),
    title: catalog.title,
    packageName: catalog.packages.errors,
    envelope: envelopeText(catalog),
    usage: usage(catalog),
    groups: present(catalog.groups.map((g) => groupView(g, entriesOf(g, 'public')))),
    internalGroups: present(catalog.groups.map((g) => groupView(g, entriesOf(g, 'internal')))),
    sharedCodes: catalog.sharedCodes.map((s) => {
      const shared = { code: codeText(s.code), keys: s.keys.map((k) => `\`${k}\``).join(', ') };
      return s.reason ? { ...shared, reason: s.reason.replace(/\s+/g, ' ').trim() } : shared;
    }),
  };
  return catalog.description ? { ...view, description: catalog.description.trim() } : view;
}
