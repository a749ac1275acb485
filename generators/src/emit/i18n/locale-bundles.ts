/**
 * The data behind the i18n package: one bundle per locale, each holding every public key
 * in catalog order, with the keys that fell back to the default-locale text.
 */
import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';

/** One locale's messages: `[key, ICU source]` pairs in catalog order, plus which keys fell back. */
export interface LocaleBundle {
  readonly locale: string;
  readonly isDefault: boolean;
  readonly messages: readonly (readonly [key: string, message: string])[];
  /** Keys whose message is the default-locale text because the locale has no translation for them. */
  readonly fallenBack: readonly string[];
}

/** The entries whose messages may reach end users: internal-visibility entries never do. */
export function publicEntries(catalog: CatalogModel): EntryModel[] {
  return catalog.entries.filter((entry) => entry.visibility === 'public');
}

/** A bundle for every locale of the catalog (default first), all with the same keys. */
export function buildLocaleBundles(catalog: CatalogModel): LocaleBundle[] {
  const entries = publicEntries(catalog);
  return catalog.locales.map((locale) => {
    const isDefault = locale === catalog.defaultLocale;
    const fallenBack: string[] = [];
    const messages = entries.map((entry): [string, string] => {
      const translated = isDefault ? entry.message : entry.translations[locale]?.message;
      if (translated === undefined) fallenBack.push(entry.key);
      // Messages are copied exactly as written: they are already ICU sources.
      return [entry.key, translated ?? entry.message];
    });
    return { locale, isDefault, messages, fallenBack };
  });
}

/**
 * JSON text of a bundle with its keys in catalog order. Written by hand rather than through an
 * object because JavaScript objects list integer-like keys (`"1101"`) first, whatever the insertion order.
 */
export function bundleJson(bundle: LocaleBundle): string {
  if (bundle.messages.length === 0) return '{}\n';
  const lines = bundle.messages.map(([key, message]) => `  ${JSON.stringify(key)}: ${JSON.stringify(message)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
