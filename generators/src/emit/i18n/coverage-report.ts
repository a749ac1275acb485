/**
 * Translation coverage of a catalog's public messages: `coverage.json` for tools,
 * `COVERAGE.md` for people. Both are derived from the same numbers.
 */
import type { CatalogModel } from '../../model/catalog-model.js';
import { jsonText } from '../../util/json-text.js';
import type { EmitContext, VirtualFile } from '../virtual-file.js';
import { generatedNotice } from '../virtual-file.js';
import type { LocaleBundle } from './locale-bundles.js';

/** Coverage of one locale. */
export interface LocaleCoverage {
  readonly locale: string;
  readonly isDefault: boolean;
  readonly total: number;
  readonly translated: number;
  readonly fallenBack: number;
  /** Translated share in percent, one decimal, rounded down so 100 means complete. */
  readonly percentage: number;
  readonly fallenBackKeys: readonly string[];
}

/** Coverage numbers of every bundle, in bundle order. */
export function coverageOf(bundles: readonly LocaleBundle[]): LocaleCoverage[] {
  return bundles.map((bundle) => {
    const total = bundle.messages.length;
    const fallenBack = bundle.fallenBack.length;
    const translated = total - fallenBack;
    return {
      locale: bundle.locale,
      isDefault: bundle.isDefault,
      total,
      translated,
      fallenBack,
      percentage: percentage(translated, total),
      fallenBackKeys: [...bundle.fallenBack],
    };
  });
}

/** One decimal, rounded down: 2 of 3 is 66.6, and 999 of 1000 stays 99.9 instead of showing 100. Floors an exact integer ratio, so the digits are stable across machines. */
export function percentage(part: number, total: number): number {
  if (total === 0) return 100;
  return Math.floor((part * 1000) / total) / 10;
}

/** `coverage.json`: per locale total, translated, fallenBack, percentage and the fallen-back keys. */
export function coverageJsonFile(catalog: CatalogModel, coverage: readonly LocaleCoverage[]): VirtualFile {
  const report = {
    catalog: catalog.id,
    version: catalog.version,
    defaultLocale: catalog.defaultLocale,
    total: coverage[0]?.total ?? 0,
    locales: Object.fromEntries(
      coverage.map((c) => [
        c.locale,
        { total: c.total, translated: c.translated, fallenBack: c.fallenBack, percentage: c.percentage, fallenBackKeys: c.fallenBackKeys },
      ]),
    ),
  };
  return { path: 'coverage.json', contents: jsonText(report) };
}

/** The Markdown table: locale, translated, fallen back, percentage. Shared by COVERAGE.md and the README. */
export function coverageTable(coverage: readonly LocaleCoverage[]): string {
  const rows = coverage.map(
    (c) => `| \`${c.locale}\`${c.isDefault ? ' (default)' : ''} | ${c.translated} | ${c.fallenBack} | ${c.percentage.toFixed(1)}% |`,
  );
  return ['| Locale | Translated | Fallen back | Percentage |', '|---|---:|---:|---:|', ...rows].join('\n');
}

/** `COVERAGE.md`: the table plus, per locale, the keys that show the default-locale text. */
export function coverageMarkdownFile(catalog: CatalogModel, context: EmitContext, coverage: readonly LocaleCoverage[]): VirtualFile {
  const total = coverage[0]?.total ?? 0;
  const sections = coverage
    .filter((c) => !c.isDefault)
    .map((c) =>
      c.fallenBackKeys.length === 0
        ? `### \`${c.locale}\`\n\nEvery message is translated.`
        : `### \`${c.locale}\` (${c.fallenBackKeys.length})\n\n${c.fallenBackKeys.map((key) => `- \`${key}\``).join('\n')}`,
    );
  const parts = [
    `<!-- ${generatedNotice(context)} -->`,
    '',
    `# Translation coverage of ${catalog.title}`,
    '',
    `${total} public message${total === 1 ? '' : 's'}; the default locale is \`${catalog.defaultLocale}\`. ` +
      'A message without a translation falls back to the default-locale text, so every bundle has every key.',
    '',
    coverageTable(coverage),
    '',
    `## Fallen back to \`${catalog.defaultLocale}\``,
    '',
    sections.length === 0 ? 'The catalog has no other locale.' : sections.join('\n\n'),
    '',
  ];
  return { path: 'COVERAGE.md', contents: parts.join('\n') };
}
