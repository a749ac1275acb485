/**
 * The i18n emitter: `packages/<id>-i18n` with one ICU bundle per locale (`messages/<locale>.json`,
 * the contract files), per-locale JS modules, per-locale compiled formatters, a typed entry, the
 * coverage report and a README.
 */
import type { CatalogModel } from '../../model/catalog-model.js';
import type { EmitContext, GeneratedPackage } from '../virtual-file.js';
import { packageManifest } from '../package-manifest.js';
import { buildLocaleBundles, bundleJson } from './locale-bundles.js';
import { coverageJsonFile, coverageMarkdownFile, coverageOf } from './coverage-report.js';
import { indexDtsFile, indexJsFile, localeModuleFiles } from './i18n-entry.js';
import { renderI18nReadme } from './i18n-readme.js';
import { formatterModuleFiles } from './locale-formatters.js';

/** Emits `packages/<id>-i18n`. Pure: the same model always gives the same files. */
export function emitI18nPackage(catalog: CatalogModel, context: EmitContext): GeneratedPackage {
  const bundles = buildLocaleBundles(catalog);
  const coverage = coverageOf(bundles);
  return {
    dir: `${catalog.id}-i18n`,
    files: [
      packageManifest(catalog, context, {
        name: catalog.packages.i18n,
        description: `ICU message bundles of ${catalog.title} (${catalog.locales.join(', ')})`,
        // formatters/*.js stay internal: index.js checks keys and params before it calls them.
        exports: {
          '.': { types: './index.d.ts', default: './index.js' },
          './messages/*.json': './messages/*.json',
          './coverage.json': './coverage.json',
          './package.json': './package.json',
        },
        files: ['index.js', 'index.d.ts', 'messages', 'formatters', 'coverage.json', 'COVERAGE.md'],
        main: './index.js',
        types: './index.d.ts',
        keywords: ['i18n', 'icu', 'messageformat'],
        kind: 'i18n',
      }),
      { path: 'README.md', contents: renderI18nReadme(catalog, context, coverage) },
      indexJsFile(catalog, context, bundles),
      indexDtsFile(catalog, context, bundles),
      ...bundles.map((bundle) => ({ path: `messages/${bundle.locale}.json`, contents: bundleJson(bundle) })),
      ...localeModuleFiles(context, bundles),
      ...formatterModuleFiles(context, bundles),
      coverageJsonFile(catalog, coverage),
      coverageMarkdownFile(catalog, context, coverage),
    ],
  };
}
