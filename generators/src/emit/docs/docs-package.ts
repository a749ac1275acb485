/**
 * The `packages/<id>-docs` emitter: a static reference site of the catalog, one `index.html` per
 * locale (the default locale at the root, the others in `<locale>/`), laid out by the Handlebars
 * templates in generators/templates/site with its style and script inline, so the site makes no
 * request of its own and needs no build. Pure apart from reading those templates; deterministic.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { CatalogModel } from '../../model/catalog-model.js';
import { templatesDir } from '../../util/paths.js';
import { packageManifest } from '../package-manifest.js';
import { generatedNotice, type EmitContext, type GeneratedPackage, type VirtualFile } from '../virtual-file.js';
import { localeDir, siteExampleJson, siteView } from './site-view.js';

/** Reads a file of the site templates. */
function siteTemplate(name: string): string {
  return readFileSync(`${templatesDir}/site/${name}`, 'utf8');
}

/** A Handlebars environment of its own per render (no global helpers or partials); texts are HTML-escaped unless a view field is HTML built by construction. */
function compilePage(): Handlebars.TemplateDelegate {
  const hbs = Handlebars.create();
  hbs.registerPartial('entry', hbs.compile(siteTemplate('entry.hbs'), { strict: false }));
  return hbs.compile(siteTemplate('page.hbs'), { strict: false });
}

/** The path of a locale's page in the package. */
export function pagePath(catalog: CatalogModel, locale: string): string {
  return `${localeDir(catalog, locale)}index.html`;
}

/** Every page of the site. */
export function renderSite(catalog: CatalogModel, context: EmitContext): VirtualFile[] {
  const page = compilePage();
  // `</style` or `</script` would end the inline element early; the assets are ours and never contain them.
  const assets = { css: siteTemplate('site.css').trimEnd(), script: siteTemplate('site.js').trimEnd() };
  const exampleJson = siteExampleJson(catalog);
  return catalog.locales.map((locale) => {
    const html = page(siteView(catalog, context, locale, assets, exampleJson));
    return { path: pagePath(catalog, locale), contents: `${html.trimEnd()}\n` };
  });
}

function readme(catalog: CatalogModel, context: EmitContext): string {
  const pages = catalog.locales.map((l) => `- \`${pagePath(catalog, l)}\` (${l})`).join('\n');
  const served = catalog.docs.baseUrl
    ? `It is meant to be served at ${catalog.docs.baseUrl}, so the \`type\` URL of every problem the errors package emits (\`${catalog.docs.baseUrl}#<anchor>\`) lands on its entry.`
    : 'The catalog sets no `docs.baseUrl`, so problems are typed `about:blank`; serve the site anywhere.';
  return [
    `<!-- ${generatedNotice(context)} -->`,
    '',
    `# ${catalog.title}: error reference site`,
    '',
    `The error reference of ${catalog.title} as a static site: no build step, no external requests (style and script are inline). ${served}`,
    '',
    pages,
    '',
    'Copy the folder to any static host (see docs/ci in the errata repository for GitHub Pages), or open `index.html` from disk.',
    '',
  ].join('\n');
}

/** Emits `packages/<id>-docs`: package.json, README.md and the site's pages. Pure. */
export function emitDocsPackage(catalog: CatalogModel, context: EmitContext): GeneratedPackage {
  const pages = renderSite(catalog, context);
  return {
    dir: `${catalog.id}-docs`,
    files: [
      packageManifest(catalog, context, {
        name: catalog.packages.docs,
        description: `Error reference site of ${catalog.title}`,
        exports: { './package.json': './package.json', ...Object.fromEntries(pages.map((p) => [`./${p.path}`, `./${p.path}`])) },
        files: pages.map((p) => p.path),
        keywords: ['docs'],
        kind: 'docs',
      }),
      { path: 'README.md', contents: readme(catalog, context) },
      ...pages,
    ],
  };
}
