/**
 * Turns what an importer read into catalog data (the shape of catalog.yaml): wire codes typed,
 * missing keys derived, shared codes declared, texts escaped for ICU, and every guess marked inferred.
 */
import { escapeIcuText, parseIcu } from '../icu/icu-message.js';
import { className, defaultAnchor, pascalName, reservedClassNames } from '../model/names.js';
import { compareStrings } from '../util/compare-strings.js';
import { kebabCase } from '../util/text-case.js';
import type { ImportedDocument, ImportedEntry } from './imported-document.js';
import { firstSentence, oneLine } from './entry-text.js';
import { guessHttpStatus, guessOutcome, guessRetryable } from './infer-entry.js';

/** A catalog as plain data, in the property order catalog.yaml is written in. */
export type CatalogData = Record<string, unknown> & { id: string; groups: GroupData[] };
export type GroupData = Record<string, unknown> & { name: string; entries: EntryData[] };
export type EntryData = Record<string, unknown> & { key: string; code: string | number; message: string };

/** What the catalog is called and where it came from. */
export interface BuildOptions {
  readonly id: string;
  /** File name of the page, recorded as `docs.source`. */
  readonly source: string;
}

const integerCode = /^-?(0|[1-9]\d*)$/;
/** What catalog.schema.json allows as a key. */
const keyPattern = /^[A-Za-z_$][A-Za-z0-9_$]*(?:[-.][A-Za-z0-9_$]+)*$|^[0-9][A-Za-z0-9_]*(?:[-.][A-Za-z0-9_]+)*$/;

function deriveKey(code: string | number): string {
  const text = String(code);
  // A code that is itself a symbol (`BLOB_UNKNOWN`, `MBC-CMD-001`, `AccessDenied`) is also the key.
  if (typeof code === 'string' && /^[A-Za-z_$][\w$]*(?:[-.][A-Za-z0-9_$]+)*$/.test(text)) return text;
  return `E${text.replace(/^-/, 'M').replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** ICU message and its inferred params from an entry's texts. */
function messageOf(entry: ImportedEntry, key: string): { message: string; params?: Record<string, { type: string }>; inferred: string[] } {
  if (entry.messageIsIcu && entry.message !== undefined) {
    const parsed = parseIcu(entry.message);
    if (parsed.ok) {
      const params: Record<string, { type: string }> = {};
      for (const [name, kinds] of [...parsed.placeholders].sort(([a], [b]) => compareStrings(a, b))) {
        const kind = [...kinds].find((k) => k !== 'argument');
        params[name] = { type: kind === 'date' || kind === 'time' ? 'date' : kind === 'select' || kind === undefined ? 'string' : 'number' };
      }
      return Object.keys(params).length ? { message: entry.message, params, inferred: ['params'] } : { message: entry.message, inferred: [] };
    }
  }
  const plain = entry.message ?? (entry.text ? firstSentence(entry.plainText ?? entry.text) : entry.description ? firstSentence(entry.description) : undefined);
  if (plain) return { message: escapeIcuText(entry.message !== undefined ? plain : oneLine(plain)), inferred: [] };
  return { message: escapeIcuText(key.replace(/_/g, ' ').toLowerCase().replace(/^\w/, (c) => c.toUpperCase())), inferred: ['message'] };
}

function buildEntry(entry: ImportedEntry, key: string, code: string | number, keyInferred: boolean, guess: boolean): EntryData {
  const inferred = new Set<string>(entry.inferred ?? []);
  if (keyInferred) inferred.add('key');
  const { message, params, inferred: messageInferred } = messageOf(entry, entry.key ?? key);
  messageInferred.forEach((f) => inferred.add(f));
  const description = entry.description ?? (entry.text && oneLine(entry.text) !== firstSentence(entry.text) ? entry.text : undefined);
  const words = [entry.message, entry.text, entry.description].filter(Boolean).join(' ');
  let outcome = entry.outcome;
  if (outcome === undefined && guess) {
    outcome = guessOutcome(key, words);
    if (outcome !== 'error') inferred.add('outcome');
  }
  let httpStatus = entry.httpStatus;
  if (httpStatus === undefined) {
    httpStatus = guessHttpStatus(code, key, words, outcome ?? 'error');
    inferred.add('httpStatus');
  }
  let retryable = entry.retryable;
  if (retryable === undefined && guess && (outcome ?? 'error') === 'error' && guessRetryable(httpStatus, words)) {
    retryable = true;
    inferred.add('retryable');
  }
  const data: EntryData = { key, code, message };
  if (outcome && outcome !== 'error') data.outcome = outcome;
  data.httpStatus = httpStatus;
  if (params) data.params = params;
  if (description) data.description = description;
  if (entry.solution) data.solution = entry.solution;
  if (entry.internal) data.visibility = 'internal';
  if (retryable) data.retryable = true;
  if (entry.deprecated) data.deprecated = entry.deprecated;
  if (entry.aliases?.length) data.aliases = entry.aliases;
  if (entry.anchor && entry.anchor !== defaultAnchor(key) && /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/.test(entry.anchor)) data.anchor = entry.anchor;
  if (inferred.size) data.inferred = [...inferred];
  return data;
}

/** Scripts that name a language on their own, in the order a mixed text is tested (kana before Han: Japanese writes both). */
const scriptLocales: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\u3400-\u9fff]/g, 'zh-CN'],
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u0e00-\u0e7f]/g, 'th'],
];

/**
 * The locale the messages are written in, from their script: a script that makes up a quarter of the
 * letters names it (kana with Han is Japanese); Latin text, whose language a script does not tell, is `en`.
 */
function messageLocale(text: string): string {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (!letters) return 'en';
  const kana = (text.match(scriptLocales[1]![0]) ?? []).length;
  for (const [script, locale] of scriptLocales) {
    const count = (text.match(script) ?? []).length;
    // Japanese is mostly Han with some kana: its kana alone rarely reach a quarter.
    if (locale === 'zh-CN' && kana > 0 && kana * 20 >= count && count + kana > letters / 4) return 'ja';
    if (count > letters / 4) return locale;
  }
  return latinLocale(text);
}

/** Short words each language writes all the time and the others rarely (English among them, to be outvoted). */
const stopWords: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  ['en', new Set(['the', 'is', 'not', 'of', 'to', 'and', 'was', 'be', 'are', 'with', 'this', 'that', 'has', 'does', 'for', 'an'])],
  ['de', new Set(['der', 'die', 'das', 'und', 'nicht', 'ist', 'ein', 'eine', 'mit', 'für', 'zu', 'den', 'wurde', 'kein', 'keine', 'oder', 'bei', 'ungültig', 'ungültige', 'fehler'])],
  ['es', new Set(['el', 'los', 'las', 'del', 'por', 'una', 'con', 'para', 'es', 'se', 'que', 'al', 'está', 'inválido', 'inválida', 'datos'])],
  ['fr', new Set(['le', 'les', 'des', 'du', 'est', 'pas', 'une', 'pour', 'au', 'aux', 'sur', 'avec', 'ou', 'erreur', 'n\'est'])],
  ['pt', new Set(['não', 'os', 'com', 'uma', 'ao', 'em', 'é', 'foi', 'inválido', 'erro', 'você'])],
];

/** The language of a Latin-script text by its short words; `en` unless another clearly leads. */
function latinLocale(text: string): string {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length < 8) return 'en';
  const hits = stopWords.map(([locale, set]) => [locale, words.filter((w) => set.has(w)).length] as const).sort((a, b) => b[1] - a[1]);
  const [top, second] = hits;
  return top![0] !== 'en' && top![1] >= words.length * 0.06 && top![1] >= 2 * second![1] ? top![0] : 'en';
}

/** Builds catalog data from an imported page. `explicit` pages (errata's own READMEs) are not second-guessed. */
export function buildCatalog(doc: ImportedDocument, options: BuildOptions, explicit = false): CatalogData {
  const all = doc.groups.flatMap((g) => g.entries);
  const stringCodes = all.some((e) => e.codeIsString || (e.code !== undefined && !integerCode.test(e.code)) || e.code === undefined);
  const codeType = stringCodes ? 'string' : 'integer';
  const codeOf = (e: ImportedEntry): string | number => (codeType === 'integer' ? Number(e.code) : (e.code ?? e.key!));

  const usedKeys = new Set<string>();
  const usedClasses = new Set<string>();
  const usedAnchors = new Set<string>();
  // The page's symbol is the API's identity and is kept as written; only a symbol listed twice gets a
  // number (keys are unique). A clash of derived class names is settled by a `className` instead.
  const claimKey = (wanted: string): string => {
    let key = wanted;
    for (let n = 2; usedKeys.has(key); n++) key = `${wanted}_${n}`;
    usedKeys.add(key);
    return key;
  };
  const claimClass = (key: string): string | undefined => {
    const derived = className(key);
    let name = derived;
    for (let n = 2; usedClasses.has(name) || reservedClassNames.has(name); n++) name = `${pascalName(key)}${n}Error`;
    usedClasses.add(name);
    return name === derived ? undefined : name;
  };
  const groups: GroupData[] = [];
  const byCode = new Map<string | number, string[]>();
  for (const [index, group] of doc.groups.entries()) {
    const inferred: string[] = [];
    let name = group.name;
    if (name === undefined) {
      name = group.title !== undefined ? kebabCase(group.title) : '';
      // Names start with a letter: "404 errors" → "group-404-errors".
      if (/^[0-9]/.test(name)) name = `group-${name}`;
      inferred.push('name');
      if (!name) name = doc.groups.length === 1 ? 'errors' : `group-${index + 1}`;
    }
    let existing = groups.find((g) => g.name === name);
    if (!existing || group.name === undefined) {
      if (existing) name = `${name}-${index + 1}`;
      existing = { name } as GroupData;
      existing.title = group.title ?? 'Errors';
      if (group.title === undefined) inferred.push('title');
      if (group.description) existing.description = group.description;
      if (inferred.length) existing.inferred = inferred;
      existing.entries = [];
      groups.push(existing);
    }
    for (const entry of group.entries) {
      const code = codeOf(entry);
      // A symbol the page mangles (`device-` cut short) is no key; the code's derived one stands in.
      const wanted = entry.key !== undefined && keyPattern.test(entry.key) ? entry.key : deriveKey(code);
      const key = claimKey(wanted);
      const data = buildEntry(entry, key, code, entry.key === undefined || key !== entry.key, !explicit);
      const override = claimClass(key);
      if (override !== undefined) data.className = override;
      // Docs anchors are unique: a repeated page anchor falls back to the key's own.
      const anchor = (data.anchor as string | undefined) ?? defaultAnchor(key);
      if (usedAnchors.has(anchor)) delete data.anchor;
      if (usedAnchors.has(defaultAnchor(key)) && data.anchor === undefined) {
        let n = 2;
        while (usedAnchors.has(`${defaultAnchor(key)}-${n}`)) n++;
        data.anchor = `${defaultAnchor(key)}-${n}`;
      }
      usedAnchors.add((data.anchor as string | undefined) ?? defaultAnchor(key));
      existing.entries.push(data);
      byCode.set(code, [...(byCode.get(code) ?? []), key]);
    }
  }

  const shared = [...byCode].filter(([, keys]) => keys.length > 1);
  const hint = doc.envelopeHint;
  const envelopeInferred = hint ? ['codeType'] : ['shape', 'codeType', 'fields'];
  const envelope: Record<string, unknown> = { shape: hint?.shape ?? 'object', codeType };
  const partOf = (field: string) => (/^(msg|message|errmsg|errMsg|error|error_message|detail)$/.test(field) ? 'message' : field === 'code' ? 'code' : 'data');
  const example = doc.exampleEnvelope;
  if (hint?.shape === 'array') envelope.order = hint.fields.map(partOf);
  else if (example && !hint && !explicit) {
    // An example body shows the field names; the page does not state them as the contract, so they stay inferred.
    envelope.shape = 'object';
    envelope.fields = { code: example.code, ...(example.message !== undefined ? { message: example.message } : {}), ...(example.data !== undefined ? { data: example.data } : {}) };
    envelopeInferred.splice(0, envelopeInferred.length, 'codeType', 'fields');
  } else {
    const fields = hint?.fields ?? ['code', 'message'];
    envelope.fields = Object.fromEntries(fields.map((f) => [partOf(f), f]));
  }
  if (!explicit) envelope.inferred = envelopeInferred;

  const text = all.map((e) => `${e.message ?? ''}${e.text ?? ''}`).join('');

  const title = doc.title?.replace(/\s*[—–-]\s*error reference$/i, '').trim();
  const catalogInferred = ['version', 'defaultLocale'];
  if (!title) catalogInferred.push('title');
  const catalog: CatalogData = {
    id: options.id,
    title: title || options.id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' '),
  } as unknown as CatalogData;
  if (doc.description) catalog.description = doc.description;
  catalog.version = '0.1.0';
  catalog.defaultLocale = messageLocale(text);
  catalog.locales = [catalog.defaultLocale];
  catalog.docs = { source: options.source };
  catalog.inferred = catalogInferred;
  catalog.envelope = envelope;
  if (shared.length) {
    catalog.sharedCodes = shared.map(([code, keys]) => ({
      code,
      reason: `The document lists ${code} ${keys.length} times (${keys.join(', ')}); clients tell the entries apart by the message text.`,
    }));
  }
  catalog.groups = groups;
  return catalog;
}
