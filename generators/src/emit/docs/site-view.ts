/**
 * The data the docs site templates lay out, one view per locale: every text resolved for the
 * locale (falling back to the default locale, marked with its `lang`), every fragment of HTML
 * built here by construction, so the templates stay plain layout.
 */
import type { CatalogModel, EntryModel, GroupModel } from '../../model/catalog-model.js';
import { envelopeBody, problemBody } from '../example-bodies.js';
import { reasonPhrase } from '../http-status.js';
import { problemFragment, problemType } from '../problem-facts.js';
import { generatedNotice, type EmitContext } from '../virtual-file.js';
import { escapeHtml, markdownRenderer, messageHtml } from './html-text.js';
import { schemaHtml } from './schema-html.js';
import { languageName, siteStrings, type SiteStrings } from './site-strings.js';

/** A text of the page with the language it is in when that differs from the page's. */
export interface LocalText {
  readonly html: string;
  /** Set when the text fell back to another locale than the page's. */
  readonly lang?: string;
}

export interface ExampleView {
  readonly id: string;
  readonly title: string;
  readonly mediaType: string;
  readonly json: string;
}

export interface EntryView {
  readonly id: string;
  /** The wire code as JSON (`1101`, `"0A000"`): the importer reads its type from here. */
  readonly codeJson: string;
  readonly codeText: string;
  readonly key: string;
  readonly group: string;
  readonly httpStatus: number;
  readonly statusText: string;
  readonly outcome: string;
  readonly outcomeText?: string;
  readonly retryable: boolean;
  readonly problemType?: string;
  readonly message: LocalText;
  readonly params: readonly { readonly name: string; readonly type: string; readonly description?: string; readonly example?: string }[];
  readonly description?: LocalText;
  readonly solution?: LocalText;
  readonly deprecated?: { readonly replacementKey?: string; readonly html: string };
  readonly shared: boolean;
  readonly aliases: string;
  readonly inferred: string;
  readonly dataHtml?: string;
  readonly examples: readonly ExampleView[];
}

export interface GroupView {
  readonly id: string;
  readonly name: string;
  readonly title: LocalText;
  readonly description?: LocalText;
  readonly entries: readonly EntryView[];
}

export interface LanguageLink {
  readonly locale: string;
  readonly name: string;
  readonly href: string;
  readonly current: boolean;
}

export interface SiteView {
  readonly notice: string;
  readonly lang: string;
  /** `lang` of the site's own words when they are not in the page's language. */
  readonly chromeLang?: string;
  readonly strings: SiteStrings;
  readonly title: string;
  readonly descriptionHtml?: string;
  readonly envelope: string;
  readonly languages: readonly LanguageLink[];
  readonly groups: readonly GroupView[];
  readonly statuses: readonly { readonly value: number; readonly text: string }[];
  readonly total: number;
  readonly source: string;
  readonly version: string;
  readonly css: string;
  readonly script: string;
}

/** The folder of a locale's page, relative to the site root: `` for the default, else `<locale>/`. */
export function localeDir(catalog: CatalogModel, locale: string): string {
  return locale === catalog.defaultLocale ? '' : `${locale}/`;
}

/** A translated text, or the default one marked with the default locale. */
function localText(translated: string | undefined, fallback: string, locale: string, catalog: CatalogModel, render: (text: string) => string): LocalText {
  if (translated !== undefined || locale === catalog.defaultLocale) return { html: render(translated ?? fallback) };
  return { html: render(fallback), lang: catalog.defaultLocale };
}

/** `Deprecated (since 2.0). Use <a href="#new">NEW</a> instead. — reason`, linking the replacement when it is on the page. */
function deprecationHtml(entry: EntryModel, strings: SiteStrings, target: EntryModel | undefined): string {
  const deprecated = entry.deprecated!;
  const since = deprecated.since !== undefined ? ` (${escapeHtml(deprecated.since)})` : '';
  let html = `<strong>${escapeHtml(strings.deprecated)}${since}.</strong>`;
  if (deprecated.replacement !== undefined) {
    const code = `<code>${escapeHtml(deprecated.replacement)}</code>`;
    const link = target ? `<a href="#${escapeHtml(problemFragment(target))}">${code}</a>` : code;
    const [before = '', after = ''] = strings.useInstead.split('{key}');
    html += ` ${escapeHtml(before)}${link}${escapeHtml(after)}`;
  }
  if (deprecated.reason !== undefined) html += ` ${escapeHtml(deprecated.reason)}`;
  return html;
}

/** Catalog Markdown as HTML: one renderer per page (see `markdownRenderer`). */
type MarkdownHtml = (markdown: string) => string;

/** The JSON of an entry's example bodies (envelope, and problem for an error). */
export type ExampleJson = (entry: EntryModel) => { readonly envelope: string; readonly problem?: string };

/** The example bodies are in the default locale, so every page shows the same: build them once per site. */
export function siteExampleJson(catalog: CatalogModel): ExampleJson {
  const built = new Map<EntryModel, ReturnType<ExampleJson>>();
  return (entry) => {
    let json = built.get(entry);
    if (json === undefined) {
      json = { envelope: JSON.stringify(envelopeBody(catalog, entry), null, 2), ...(entry.outcome === 'error' ? { problem: JSON.stringify(problemBody(catalog, entry), null, 2) } : {}) };
      built.set(entry, json);
    }
    return json;
  };
}

function entryView(entry: EntryModel, catalog: CatalogModel, locale: string, strings: SiteStrings, publicKeys: ReadonlyMap<string, EntryModel>, markdownHtml: MarkdownHtml, exampleJson: ExampleJson): EntryView {
  const t = entry.translations[locale];
  const text = (value: string | undefined, own: string | undefined) => (value === undefined ? undefined : localText(own, value, locale, catalog, markdownHtml));
  const id = problemFragment(entry);
  const json = exampleJson(entry);
  const examples: ExampleView[] = [{ id: `${id}--envelope`, title: strings.envelopeExample, mediaType: 'application/json', json: json.envelope }];
  if (json.problem !== undefined) examples.push({ id: `${id}--problem`, title: strings.problemExample, mediaType: 'application/problem+json', json: json.problem });
  const replacement = entry.deprecated?.replacement;
  const target = replacement === undefined ? undefined : publicKeys.get(replacement);
  const description = text(entry.description, t?.description);
  const solution = text(entry.solution, t?.solution);
  return {
    id,
    codeJson: JSON.stringify(entry.code),
    codeText: String(entry.code),
    key: entry.key,
    group: entry.group,
    httpStatus: entry.httpStatus,
    statusText: `${entry.httpStatus} ${reasonPhrase(entry.httpStatus)}`,
    outcome: entry.outcome,
    ...(entry.outcome !== 'error' ? { outcomeText: strings.outcomes[entry.outcome] } : {}),
    retryable: entry.retryable,
    ...(catalog.docs.baseUrl && entry.outcome === 'error' ? { problemType: problemType(entry, catalog) } : {}),
    message: localText(t?.message, entry.message, locale, catalog, messageHtml),
    params: entry.params.map((p) => ({
      name: p.name,
      type: p.type,
      ...(p.description !== undefined ? { description: p.description } : {}),
      ...(p.example !== undefined ? { example: JSON.stringify(p.example) } : {}),
    })),
    ...(description ? { description } : {}),
    ...(solution ? { solution } : {}),
    ...(entry.deprecated ? { deprecated: { ...(replacement !== undefined ? { replacementKey: replacement } : {}), html: deprecationHtml(entry, strings, target) } } : {}),
    shared: entry.sharedCode,
    aliases: entry.aliases.join(', '),
    inferred: entry.inferred.join(', '),
    ...(entry.data ? { dataHtml: schemaHtml(entry.data, strings.schema) } : {}),
    examples,
  };
}

function groupView(group: GroupModel, entries: readonly EntryView[], catalog: CatalogModel, locale: string, markdownHtml: MarkdownHtml): GroupView {
  const t = group.translations[locale];
  const title = localText(t?.title, group.title, locale, catalog, escapeHtml);
  const description = group.description === undefined ? undefined : localText(t?.description, group.description, locale, catalog, markdownHtml);
  return { id: `group-${group.name}`, name: group.name, title, ...(description ? { description } : {}), entries };
}

function envelopeText(catalog: CatalogModel): string {
  const env = catalog.envelope;
  const code = env.codeType === 'integer' ? 'code: integer' : 'code: string';
  return env.shape === 'object' ? `{ ${env.fields.code}, ${env.fields.message}, ${env.fields.data} }  (${code})` : `[${env.order.join(', ')}]  (${code})`;
}

/** The view of one locale's page. Public entries only: internal messages never reach end users. */
export function siteView(
  catalog: CatalogModel,
  context: EmitContext,
  locale: string,
  assets: { readonly css: string; readonly script: string },
  exampleJson: ExampleJson = siteExampleJson(catalog),
): SiteView {
  const { strings, lang: chromeLang } = siteStrings(locale);
  const markdownHtml = markdownRenderer();
  const publicEntries = catalog.entries.filter((e) => e.visibility === 'public');
  const publicKeys = new Map(publicEntries.map((e) => [e.key, e]));
  const groups = catalog.groups.flatMap((group) => {
    const entries = group.keys.map((k) => publicKeys.get(k)).filter((e): e is EntryModel => e !== undefined);
    return entries.length ? [groupView(group, entries.map((e) => entryView(e, catalog, locale, strings, publicKeys, markdownHtml, exampleJson)), catalog, locale, markdownHtml)] : [];
  });
  const up = localeDir(catalog, locale) === '' ? '' : '../';
  const statuses = [...new Set(publicEntries.map((e) => e.httpStatus))].sort((a, b) => a - b);
  const view: SiteView = {
    notice: generatedNotice(context),
    lang: locale,
    ...(chromeLang !== locale ? { chromeLang } : {}),
    strings,
    title: catalog.title,
    envelope: envelopeText(catalog),
    languages: catalog.locales.map((l) => ({ locale: l, name: languageName(l), href: `${up}${localeDir(catalog, l)}index.html`, current: l === locale })),
    groups,
    statuses: statuses.map((s) => ({ value: s, text: `${s} ${reasonPhrase(s)}` })),
    total: publicEntries.length,
    source: context.catalogPath,
    version: catalog.version,
    css: assets.css,
    script: assets.script,
  };
  return catalog.description && locale === catalog.defaultLocale ? { ...view, descriptionHtml: markdownHtml(catalog.description) } : catalog.description ? { ...view, descriptionHtml: `<div lang="${escapeHtml(catalog.defaultLocale)}">${markdownHtml(catalog.description)}</div>` } : view;
}
