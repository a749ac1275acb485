/**
 * The errors package README: title, intro, install and usage, then the error reference (one table
 * per group, internal codes apart, shared codes explained), laid out by Handlebars templates in
 * generators/templates/docs. Pure apart from reading those templates; the output is deterministic.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { CatalogModel } from '../../model/catalog-model.js';
import { templatesDir } from '../../util/paths.js';
import type { EmitContext } from '../virtual-file.js';
import { readmeView } from './readme-view.js';
import { escapeTableCell } from './table-cell.js';

/** Reads a docs template. */
function template(name: string): string {
  return readFileSync(`${templatesDir}/docs/${name}.hbs`, 'utf8');
}

/** A Handlebars environment of its own per render: no helpers or partials registered globally. */
function compileReadme(): Handlebars.TemplateDelegate {
  const hbs = Handlebars.create();
  hbs.registerHelper('cell', (text: unknown) => escapeTableCell(String(text ?? '')));
  hbs.registerPartial('entry-table', hbs.compile(template('entry-table'), { noEscape: true, strict: false }));
  return hbs.compile(template('readme'), { noEscape: true, strict: false });
}

/** The errors package README: intro, usage and the error reference (CONTRACT §7). */
export function renderErrorsReadme(catalog: CatalogModel, context: EmitContext): string {
  const text = compileReadme()(readmeView(catalog, context));
  // Templates leave blank-line runs where optional sections are absent; one blank line is enough.
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
