/**
 * The data the README templates lay out: every cell text prepared here, escaped by the template's
 * one `cell` helper. Keeping the logic here leaves the templates plain layout.
 */
import type { CatalogModel, EntryModel, GroupModel } from '../../model/catalog-model.js';
import { generatedNotice, type EmitContext } from '../virtual-file.js';
import { inlineCode } from './table-cell.js';
import { createErrorCall, jsString, sampleError, wireSnippets, type Snippet } from './wire-snippets.js';

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
  readonly paramsOnWire: string;
  /** The non-error outcomes in words (`the success code \`OK\``), or empty. */
  readonly outcomes: string;
  readonly snippets: readonly Snippet[];
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

/** The usage snippet: create a typed error and answer with it, then decode a response. */
function usage(catalog: CatalogModel): string {
  const sample = sampleError(catalog);
  const lines = [`import { createError, isCatalogError, readResponse } from ${jsString(catalog.packages.errors)};`, ''];
  if (sample) {
    lines.push(
      '// On the server: a typed error as a Fetch API Response (status, content type, body).',
      `const error = ${createErrorCall(sample)};`,
      "const response = error.toHttpResponse(); // or { as: 'problem' } for application/problem+json",
      '',
    );
  }
  lines.push('// On the client: decode any response; it never rejects because of the body.', 'const result = await readResponse(await fetch(url));');
  if (sample) {
    lines.push(`if (result.outcome === 'error' && isCatalogError(result.error, ${jsString(sample.key)})) {`, '  console.warn(result.error.code, result.error.message, result.error.params);', '}');
  } else {
    lines.push("if (result.outcome === 'error' && isCatalogError(result.error)) console.warn(result.error.message);");
  }
  return lines.join('\n');
}

/** What the README says about params on the wire: which messages a client can format completely. */
function paramsOnWire(catalog: CatalogModel): string {
  const publicEntries = catalog.entries.filter((e) => e.visibility === 'public' && e.params.length > 0);
  if (publicEntries.length === 0) return 'No public message of this catalog has params, so every decoded error carries all it needs to be shown in any locale.';
  const lost = publicEntries.flatMap((e) => e.params.filter((p) => p.from === undefined).map((p) => `\`${e.key}\`: \`${p.name}\``));
  const carried = 'A param whose catalog entry names its wire source (`from: data.<path>`) is written into `data` by `toResponse()` and read back by `fromResponse`/`readResponse`; problem bodies carry every param in their `params` member.';
  if (lost.length === 0) return `${carried} Every param of this catalog has a wire source, so every decoded error formats completely, in any locale.`;
  return `${carried} These params have no wire source, so an error decoded from an envelope lacks them and its message shows the placeholder (\`{name}\`) instead: ${lost.join(', ')}.`;
}

function outcomesText(catalog: CatalogModel): string {
  const outcomes = catalog.entries.filter((e) => e.outcome !== 'error');
  if (outcomes.length === 0) return '';
  return `the ${outcomes.length === 1 ? 'code' : 'codes'} ${outcomes.map((e) => `\`${e.key}\` (${e.outcome})`).join(', ')}`;
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
    paramsOnWire: paramsOnWire(catalog),
    outcomes: outcomesText(catalog),
    snippets: wireSnippets(catalog),
    groups: present(catalog.groups.map((g) => groupView(g, entriesOf(g, 'public')))),
    internalGroups: present(catalog.groups.map((g) => groupView(g, entriesOf(g, 'internal')))),
    sharedCodes: catalog.sharedCodes.map((s) => {
      const shared = { code: codeText(s.code), keys: s.keys.map((k) => `\`${k}\``).join(', ') };
      return s.reason ? { ...shared, reason: s.reason.replace(/\s+/g, ' ').trim() } : shared;
    }),
  };
  return catalog.description ? { ...view, description: catalog.description.trim() } : view;
}
