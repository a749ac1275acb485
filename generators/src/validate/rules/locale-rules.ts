import { isRecord } from '../../util/is-record.js';
import { ownValue } from '../../util/own-value.js';
import type { EntryRef, Rule } from '../rule-context.js';

/**
 * An entry's visibility as the model resolves it (build-model.ts): its own `visibility`, else its
 * group's `defaults.visibility`, else public. Read from raw data, which may not have passed the schema.
 */
function isInternal({ entry, group }: EntryRef): boolean {
  const own = entry.visibility;
  const inherited = isRecord(group.defaults) ? group.defaults.visibility : undefined;
  return (own ?? inherited) === 'internal';
}

/**
 * `locale-mismatch`, `unknown-locale`, `missing-locale-file`: locale files match the catalog's `locales`;
 * `unknown-key`, `unknown-group`: they name only known keys and groups; `missing-translation` (warning):
 * a public entry without a message in the locale, exactly the keys the i18n coverage reports as fallen
 * back. Internal entries are in no bundle, so they need no translation (one that has it is harmless).
 */
export const localeFiles: Rule = (context) => {
  const declared = Array.isArray(context.raw.locales) ? context.raw.locales.filter((l): l is string => typeof l === 'string') : [];
  const defaultLocale = typeof context.raw.defaultLocale === 'string' ? context.raw.defaultLocale : undefined;
  // Keys and names as written; a broken one (not text) is the schema check's to report.
  const keys = new Set(context.entries.map((e) => e.entry.key).filter((k): k is string => typeof k === 'string'));
  const publicKeys = new Set(context.entries.filter((e) => !isInternal(e)).map((e) => e.entry.key).filter((k): k is string => typeof k === 'string'));
  const groups = new Set(Array.isArray(context.raw.groups) ? context.raw.groups.map((g) => (isRecord(g) ? g.name : undefined)).filter((n): n is string => typeof n === 'string') : []);
  for (const { locale, source, raw } of context.locales) {
    if (typeof raw.locale === 'string' && raw.locale !== locale) {
      context.report(source, ['locale'], 'locale-mismatch', `the file is named ${locale}.yaml but says \`locale: ${raw.locale}\`; they must agree`);
    }
    if (locale === defaultLocale) {
      context.report(source, ['locale'], 'unknown-locale', `${locale} is the default locale, whose texts live in catalog.yaml; remove this file`);
    } else if (!declared.includes(locale)) {
      context.report(source, ['locale'], 'unknown-locale', `locale ${locale} is not listed in the catalog's \`locales\`; add it there or remove this file`);
    }
    if (isRecord(raw.entries)) {
      for (const key of Object.keys(raw.entries)) {
        if (!keys.has(key)) context.report(source, ['entries', key], 'unknown-key', `\`${key}\` is not a key of the catalog; remove it or fix its spelling`, { at: 'key' });
      }
      for (const key of publicKeys) {
        const translation = ownValue(raw.entries, key);
        if (!isRecord(translation) || typeof translation.message !== 'string') {
          context.report(source, ['entries'], 'missing-translation', `no ${locale} message for \`${key}\`; it falls back to the ${defaultLocale ?? 'default-locale'} text`, { severity: 'warning', at: 'key' });
        }
      }
    }
    if (isRecord(raw.groups)) {
      for (const name of Object.keys(raw.groups)) {
        if (!groups.has(name)) context.report(source, ['groups', name], 'unknown-group', `\`${name}\` is not a group of the catalog`, { at: 'key' });
      }
    }
  }
  const present = new Set(context.files.locales.map((l) => l.locale));
  declared.forEach((locale, i) => {
    if (locale !== defaultLocale && !present.has(locale)) {
      context.report(context.catalog, ['locales', i], 'missing-locale-file', `locale ${locale} has no file locales/${locale}.yaml; add it or remove the locale`);
    }
  });
};
