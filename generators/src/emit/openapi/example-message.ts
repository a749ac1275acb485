/**
 * The message of an example body as the API sends it: the ICU source formatted with the params'
 * declared `example` values, so `Account {account} does not exist` shows as `Account alice does
 * not exist`. A small interpreter over the parser's AST, deterministic on every machine: values are
 * printed with `String()` (no locale-dependent number or date formatting); only `plural` and
 * `selectordinal` consult `Intl.PluralRules` of the default locale to pick a branch.
 */
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { EntryModel } from '../../model/catalog-model.js';
import { parseIcu } from '../../icu/icu-message.js';

/**
 * The entry's default message formatted with its params' examples. The ICU source is kept as is
 * when the message does not parse or a placeholder has no declared example: a made-up value would
 * show a body the API never sends.
 */
export function exampleMessage(entry: EntryModel, locale: string): string {
  const parsed = parseIcu(entry.message);
  if (!parsed.ok) return entry.message;
  const values = new Map<string, string | number | boolean>();
  for (const param of entry.params) if (param.example !== undefined) values.set(param.name, param.example);
  for (const name of parsed.placeholders.keys()) if (!values.has(name)) return entry.message;
  // Without placeholders there is no plural to pick, so skip the costly locale lookup.
  return formatElements(parsed.ast, values, parsed.placeholders.size === 0 ? locale : pluralLocale(locale), undefined);
}

/** The locale for plural rules: the catalog's default when the runtime knows it, else English. */
function pluralLocale(locale: string): string {
  try {
    return Intl.PluralRules.supportedLocalesOf([locale])[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function formatElements(
  elements: readonly MessageFormatElement[],
  values: ReadonlyMap<string, string | number | boolean>,
  locale: string,
  pound: string | undefined,
): string {
  let text = '';
  for (const el of elements) {
    switch (el.type) {
      case TYPE.literal:
        text += el.value;
        break;
      case TYPE.pound:
        text += pound ?? '#';
        break;
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        text += String(values.get(el.value));
        break;
      case TYPE.select: {
        const value = String(values.get(el.value));
        const option = el.options[value] ?? el.options['other'];
        text += option ? formatElements(option.value, values, locale, pound) : '';
        break;
      }
      case TYPE.plural: {
        const value = Number(values.get(el.value));
        const exact = el.options[`=${value}`];
        const shifted = value - el.offset;
        const category = Number.isFinite(shifted) ? new Intl.PluralRules(locale, { type: el.pluralType }).select(shifted) : 'other';
        const option = exact ?? el.options[category] ?? el.options['other'];
        text += option ? formatElements(option.value, values, locale, String(shifted)) : '';
        break;
      }
      default:
        // Tags are rejected by the validator; nothing else carries text.
        break;
    }
  }
  return text;
}
