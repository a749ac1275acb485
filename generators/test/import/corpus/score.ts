/**
 * Scores `errata import` on a corpus split: each page is imported (format from its extension), the
 * catalog written and loaded back through the real loader, and every hand-labelled entry looked up
 * by code, key (when labelled) and message (when labelled). Pure apart from reading the split and a
 * temp folder per page; the vitest bar and `npm run corpus -- <split>` both call it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IntlMessageFormat from 'intl-messageformat';
import { catalogYaml } from '../../../src/import/catalog-yaml.js';
import { importDocument } from '../../../src/import/import-document.js';
import type { DocFormat } from '../../../src/import/imported-document.js';
import { loadCatalog } from '../../../src/load/load-catalog.js';
import type { SchemaValidators } from '../../../src/validate/schema-validation.js';

export { createSchemaValidators } from '../../../src/validate/schema-validation.js';

/** One hand-written label of a page. */
export interface LabelledEntry {
  readonly code: string | number;
  readonly key: string | null;
  readonly message: string | null;
  readonly httpStatus?: number;
  readonly description?: string;
}

/** Why a labelled entry was not found. */
export interface Miss {
  readonly code: string;
  readonly reason: 'no entry with that code' | 'key differs' | 'message differs';
  readonly detail: string;
}

/** The figures of one page. */
export interface PageScore {
  readonly file: string;
  readonly labelled: number;
  readonly found: number;
  readonly falsePositives: number;
  readonly imported: number;
  /** Set when the import was refused or the catalog did not load. */
  readonly failure?: string;
  readonly misses: readonly Miss[];
  readonly extra: readonly string[];
}

/** The figures of a split. */
export interface SplitScore {
  readonly pages: readonly PageScore[];
  readonly labelled: number;
  readonly found: number;
  readonly falsePositives: number;
  readonly recall: number;
  readonly fpRate: number;
  readonly invalid: number;
}

const formats: Record<string, DocFormat> = { md: 'markdown', markdown: 'markdown', rst: 'rst', txt: 'text', html: 'html', htm: 'html' };

/** Plain text as the labels write it: markup stripped, whitespace collapsed, trimmed; case kept. */
export function normalizeMessage(text: string): string {
  return text
    .replace(/<[A-Za-z/][^<>]*>/g, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function formatMessage(message: string, params: readonly { name: string }[]): string {
  try {
    const values = Object.fromEntries(params.map((p) => [p.name, `{${p.name}}`]));
    return String(new IntlMessageFormat(message, 'en').format(values));
  } catch {
    return message;
  }
}

interface ImportedEntryView {
  readonly code: string;
  readonly key: string;
  readonly message: string;
}

function shortDiff(want: string, got: string): string {
  let i = 0;
  while (i < want.length && i < got.length && want[i] === got[i]) i++;
  const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);
  return `want «${clip(want.slice(Math.max(0, i - 10)))}» got «${clip(got.slice(Math.max(0, i - 10)))}»`;
}

/** Matches labels to imported entries, one imported entry per label, in page order. */
export function matchEntries(labels: readonly LabelledEntry[], imported: readonly ImportedEntryView[]): { found: number; misses: Miss[]; falsePositives: string[] } {
  const used = new Set<number>();
  const misses: Miss[] = [];
  let found = 0;
  const fits = (want: LabelledEntry, got: ImportedEntryView) =>
    got.code === String(want.code) && (want.key === null || got.key === want.key) && (want.message === null || normalizeMessage(got.message) === normalizeMessage(want.message));
  for (const want of labels) {
    const hit = imported.findIndex((got, i) => !used.has(i) && fits(want, got));
    if (hit >= 0) {
      used.add(hit);
      found++;
      continue;
    }
    const sameCode = imported.filter((got) => got.code === String(want.code));
    const code = String(want.code);
    if (!sameCode.length) misses.push({ code, reason: 'no entry with that code', detail: '' });
    else if (want.key !== null && !sameCode.some((g) => g.key === want.key)) misses.push({ code, reason: 'key differs', detail: `want ${want.key} got ${sameCode.map((g) => g.key).join(', ')}` });
    else {
      const got = sameCode.find((g) => want.key === null || g.key === want.key)!;
      misses.push({ code, reason: 'message differs', detail: shortDiff(normalizeMessage(want.message ?? ''), normalizeMessage(got.message)) });
    }
  }
  const codes = new Set(labels.map((l) => String(l.code)));
  return { found, misses, falsePositives: imported.filter((g) => !codes.has(g.code)).map((g) => `${g.code} ${g.key}`) };
}

/** Scores one page of a split. */
export function scorePage(dir: string, file: string, schemas: SchemaValidators): PageScore {
  const labels = (JSON.parse(readFileSync(join(dir, file.replace(/\.[^.]+$/, '.labels.json')), 'utf8')) as { entries: LabelledEntry[] }).entries;
  const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const format = formats[ext];
  const base = { file, labelled: labels.length, found: 0, falsePositives: 0, imported: 0, extra: [] as string[] };
  const missAll = labels.map((l): Miss => ({ code: String(l.code), reason: 'no entry with that code', detail: '' }));
  let yaml: string;
  try {
    const result = importDocument(readFileSync(join(dir, file), 'utf8'), { id: 'corpus-page', fileName: file, ...(format ? { format } : {}) });
    yaml = catalogYaml(result.catalog);
  } catch (error) {
    return { ...base, failure: `refused: ${(error as Error).message}`, misses: missAll };
  }
  const root = mkdtempSync(join(tmpdir(), 'errata-corpus-'));
  try {
    const catalogDir = join(root, 'corpus-page');
    mkdirSync(catalogDir);
    writeFileSync(join(catalogDir, 'catalog.yaml'), yaml);
    const load = loadCatalog(catalogDir, { schemas });
    const errors = load.diagnostics.filter((d) => d.severity === 'error');
    if (!load.model || errors.length) return { ...base, failure: `invalid catalog: ${errors.map((d) => d.message).join('; ')}`, misses: missAll };
    const imported = load.model.entries.map((e) => ({ code: String(e.code), key: e.key, message: formatMessage(e.message, e.params) }));
    const { found, misses, falsePositives } = matchEntries(labels, imported);
    return { ...base, found, falsePositives: falsePositives.length, imported: imported.length, misses, extra: falsePositives };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The pages of a split folder: every file with a `.labels.json` beside it. */
export function splitPages(dir: string): string[] {
  const files = readdirSync(dir);
  const labelled = new Set(files.filter((f) => f.endsWith('.labels.json')).map((f) => f.slice(0, -'.labels.json'.length)));
  return files.filter((f) => !f.endsWith('.json') && labelled.has(f.replace(/\.[^.]+$/, ''))).sort();
}

/** Scores every page of a split folder. */
export function scoreSplit(dir: string, schemas: SchemaValidators): SplitScore {
  const pages = splitPages(dir).map((file) => scorePage(dir, file, schemas));
  const labelled = pages.reduce((n, p) => n + p.labelled, 0);
  const found = pages.reduce((n, p) => n + p.found, 0);
  const falsePositives = pages.reduce((n, p) => n + p.falsePositives, 0);
  return { pages, labelled, found, falsePositives, recall: labelled ? found / labelled : 1, fpRate: labelled ? falsePositives / labelled : 0, invalid: pages.filter((p) => p.failure).length };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/** A plain-text report: one line per page, the misses under it, totals last. */
export function formatScore(score: SplitScore, verbose = true): string {
  const lines: string[] = [];
  for (const p of score.pages) {
    lines.push(`${p.file}  recall ${p.found}/${p.labelled} (${pct(p.labelled ? p.found / p.labelled : 1)})  fp ${p.falsePositives}  imported ${p.imported}${p.failure ? `  ${p.failure}` : ''}`);
    if (!verbose) continue;
    for (const m of p.misses) lines.push(`    miss ${m.code}: ${m.reason}${m.detail ? ` — ${m.detail}` : ''}`);
    if (p.extra.length) lines.push(`    false positives: ${p.extra.slice(0, 12).join(', ')}${p.extra.length > 12 ? ', …' : ''}`);
  }
  lines.push(`TOTAL  pages ${score.pages.length}  labelled ${score.labelled}  found ${score.found}  recall ${pct(score.recall)}  false positives ${score.falsePositives} (${pct(score.fpRate)})  failed pages ${score.invalid}`);
  return lines.join('\n');
}
