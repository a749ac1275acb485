/**
 * Readings that need the whole page, not one entry: head words several entries share name a kind, not
 * an entry; a trailing remedy paragraph the page writes under its codes is the solution, not the
 * message; a small range of codes (`50-51`) on a page of integer codes is each of them; plain words
 * among coded headings (`# NAME`, `# DESCRIPTION`) are the page's own sections.
 */
import type { ImportedDocument, ImportedEntry } from './imported-document.js';
import { isRemedy } from './entry-text.js';

/** Head words shared by two entries or more (`Obsolete error (20)`, `(24)`) do not tell them apart: the body is the message. */
export function demoteSharedTitles(entries: readonly ImportedEntry[], plain: (text: string) => string): void {
  const counts = new Map<string, number>();
  for (const e of entries) if (e.title !== undefined) counts.set(e.title, (counts.get(e.title) ?? 0) + 1);
  for (const e of entries) {
    if (e.title === undefined || (counts.get(e.title) ?? 0) < 2 || e.message !== e.title || e.description === undefined) continue;
    e.message = plain(e.description);
    if (!e.description.includes('\n\n')) delete e.description;
  }
}

/**
 * Splits a trailing remedy off entries whose paragraphs all were the message: always when the last
 * paragraph reads as one (`Check the request.`, `Повторите запрос.`, `请检查…`), and for every such
 * entry when most of them on the page end that way (the page's layout is message, then remedy).
 * `plain` turns the kept paragraphs into the message text.
 */
export function splitRemedies(entries: readonly ImportedEntry[], plain: (text: string) => string): void {
  const layered = entries.filter((e) => e.paragraphs !== undefined && e.paragraphs.length >= 2 && e.solution === undefined);
  const cued = layered.filter((e) => isRemedy(e.paragraphs![e.paragraphs!.length - 1]!));
  const layout = layered.length >= 3 && cued.length * 2 >= layered.length;
  for (const e of layout ? layered : cued) {
    const paragraphs = e.paragraphs!;
    e.solution = paragraphs[paragraphs.length - 1]!;
    const kept = paragraphs.slice(0, -1);
    e.message = plain(kept.join('\n\n'));
    if (kept.length > 1) e.description = kept.join('\n\n');
    else delete e.description;
  }
}

/** Widest range read as its codes one by one; wider ones are a reserved block, kept as one range code. */
const maxRangeSpan = 8;

/** On a page of integer codes, `50-51` (a heading "Obsolete errors (50-51)") stands for each code in it. */
export function expandCodeRanges(doc: ImportedDocument): void {
  const all = doc.groups.flatMap((g) => g.entries);
  const range = (e: ImportedEntry) => (e.code !== undefined && !e.codeIsString && e.key === undefined ? /^(\d{1,9})\s?[-–~]\s?(\d{1,9})$/.exec(e.code) : null);
  if (!all.every((e) => e.code !== undefined && (/^-?\d{1,19}$/.test(e.code) || range(e)))) return;
  for (const group of doc.groups) {
    group.entries = group.entries.flatMap((e) => {
      const m = range(e);
      const from = Number(m?.[1]);
      const to = Number(m?.[2]);
      if (!m || to <= from || to - from >= maxRangeSpan) return [e];
      return Array.from({ length: to - from + 1 }, (_, k) => ({ ...e, code: String(from + k) }));
    });
  }
}

/**
 * Among headings that mostly carry codes, a code-less one that is a single plain word (`NAME`,
 * `DESCRIPTION`, `Errors`) is a section of the page, not an entry.
 */
export function dropPlainWordHeads(doc: ImportedDocument): void {
  const all = doc.groups.flatMap((g) => g.entries);
  const coded = all.filter((e) => e.code !== undefined).length;
  if (coded < 3 || coded * 3 < all.length * 2) return;
  const plainWord = (e: ImportedEntry) => e.code === undefined && e.key !== undefined && /^(?:[A-Z][a-z]+|[A-Z]+|[a-z]+)$/.test(e.key);
  for (const group of doc.groups) group.entries = group.entries.filter((e) => !plainWord(e));
  doc.groups = doc.groups.filter((g) => g.entries.length > 0);
}
