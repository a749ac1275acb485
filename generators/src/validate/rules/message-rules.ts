import { acceptedParamTypes, placeholderSignature, type PlaceholderKind } from '../../icu/icu-message.js';
import { isRecord } from '../../util/is-record.js';
import { ownValue } from '../../util/own-value.js';
import { entryLabel, type Rule, type Unchecked } from '../rule-context.js';

/**
 * `icu-syntax`, `undeclared-param`, `unused-param`, `param-type`: an entry's message is valid ICU
 * and its placeholders are exactly the declared params, used as their types allow.
 */
export const messageParams: Rule = (context) => {
  for (const { entry, path } of context.entries) {
    if (typeof entry.message !== 'string') continue;
    const parsed = context.parseMessage(entry.message);
    if (!parsed.ok) {
      context.report(context.catalog, [...path, 'message'], 'icu-syntax', `message of ${entryLabel(entry)} is not valid ICU MessageFormat: ${parsed.error} at character ${parsed.offset + 1}`);
      continue;
    }
    const params: Unchecked = isRecord(entry.params) ? entry.params : {};
    for (const [name, kinds] of parsed.placeholders) {
      const param = ownValue(params, name);
      if (!isRecord(param)) {
        context.report(context.catalog, [...path, 'message'], 'undeclared-param', `message of ${entryLabel(entry)} uses \`{${name}}\`, which is not declared; add \`params: { ${name}: { type: ${suggestType(kinds)} } }\``);
        continue;
      }
      for (const kind of kinds) {
        const accepted = acceptedParamTypes(kind);
        if (typeof param.type === 'string' && !(accepted as readonly string[]).includes(param.type)) {
          const hint = param.type === 'boolean' && kind === 'argument' ? `; use it in a select: \`{${name}, select, true {…} other {…}}\`` : '';
          context.report(context.catalog, [...path, 'params', name, 'type'], 'param-type', `param \`${name}\` is declared ${param.type}, but the message uses it as \`${kind}\`, which needs ${accepted.join(' or ')}${hint}`);
        }
      }
    }
    for (const name of Object.keys(params)) {
      if (!parsed.placeholders.has(name)) {
        context.report(context.catalog, [...path, 'params', name], 'unused-param', `param \`${name}\` is declared but the message of ${entryLabel(entry)} never uses it; remove it or add \`{${name}}\` to the message`, { at: 'key' });
      }
    }
  }
};

function suggestType(kinds: ReadonlySet<PlaceholderKind>): string {
  return acceptedParamTypes([...kinds].find((k) => k !== 'argument') ?? 'argument')[0]!;
}

/** `translation-placeholders`, `icu-syntax`: a translated message parses and uses the source's placeholders, the same way. */
export const translationPlaceholders: Rule = (context) => {
  const sources = new Map<unknown, unknown>(context.entries.map((e) => [e.entry.key, e.entry.message]));
  for (const { source, raw } of context.locales) {
    if (!isRecord(raw.entries)) continue;
    for (const [key, translation] of Object.entries(raw.entries)) {
      if (!isRecord(translation) || typeof translation.message !== 'string') continue;
      const original = sources.get(key);
      if (typeof original !== 'string') continue;
      const parsed = context.parseMessage(translation.message);
      const path = ['entries', key, 'message'];
      if (!parsed.ok) {
        context.report(source, path, 'icu-syntax', `translated message of \`${key}\` is not valid ICU MessageFormat: ${parsed.error} at character ${parsed.offset + 1}`);
        continue;
      }
      const want = context.parseMessage(original);
      if (!want.ok) continue;
      const expected = placeholderSignature(want.placeholders);
      const actual = placeholderSignature(parsed.placeholders);
      if (expected !== actual) {
        context.report(source, path, 'translation-placeholders', `translated message of \`${key}\` has placeholders {${actual}} but the source message has {${expected}}; keep the same placeholders and types`);
      }
    }
  }
};
