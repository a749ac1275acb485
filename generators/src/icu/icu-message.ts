import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { ParamType } from '../model/catalog-model.js';

/** How a message uses a placeholder: `{x}` is `argument`, `{x, number}` is `number`, and so on. */
export type PlaceholderKind = 'argument' | 'number' | 'date' | 'time' | 'plural' | 'selectordinal' | 'select';

export type IcuParseResult =
  | { readonly ok: true; readonly ast: readonly MessageFormatElement[]; readonly placeholders: ReadonlyMap<string, ReadonlySet<PlaceholderKind>> }
  | { readonly ok: false; readonly error: string; /** 0-based offset into the message source. */ readonly offset: number };

/**
 * Parses seen in this process, by source text. Validation and every emitter (errors, OpenAPI, i18n,
 * docs) read the same messages, so each text is parsed once per run instead of once per reader.
 * Results are shared, so no caller may change an AST. Bounded: a long-lived process (an Nx batch
 * over many catalogs) starts over instead of growing without end.
 */
const parsed = new Map<string, IcuParseResult>();
const PARSE_CACHE_LIMIT = 50_000;

/** Parses an ICU MessageFormat source. Rich-text tags are rejected: messages are plain text. */
export function parseIcu(source: string): IcuParseResult {
  let result = parsed.get(source);
  if (result === undefined) {
    if (parsed.size >= PARSE_CACHE_LIMIT) parsed.clear();
    parsed.set(source, (result = parseIcuUncached(source)));
  }
  return result;
}

function parseIcuUncached(source: string): IcuParseResult {
  let ast: MessageFormatElement[];
  try {
    ast = parse(source, { captureLocation: true, requiresOtherClause: true });
  } catch (error) {
    const e = error as { message?: string; location?: { start?: { offset?: number } } };
    return { ok: false, error: describeParseError(e.message ?? String(error)), offset: e.location?.start?.offset ?? 0 };
  }
  const placeholders = new Map<string, Set<PlaceholderKind>>();
  const tag = collect(ast, placeholders);
  if (tag) return { ok: false, error: `rich-text tag <${tag.value}> is not supported; quote a literal '<' as '<'`, offset: tag.location?.start.offset ?? 0 };
  return { ok: true, ast, placeholders };
}

function collect(elements: MessageFormatElement[], into: Map<string, Set<PlaceholderKind>>): (MessageFormatElement & { type: TYPE.tag }) | undefined {
  for (const el of elements) {
    const kind = kindOf(el);
    if (kind && 'value' in el && typeof el.value === 'string') {
      const kinds = into.get(el.value) ?? new Set<PlaceholderKind>();
      kinds.add(kind);
      into.set(el.value, kinds);
    }
    if (el.type === TYPE.tag) return el;
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      for (const option of Object.values(el.options)) {
        const tag = collect(option.value, into);
        if (tag) return tag;
      }
    }
  }
  return undefined;
}

function kindOf(el: MessageFormatElement): PlaceholderKind | undefined {
  switch (el.type) {
    case TYPE.argument:
      return 'argument';
    case TYPE.number:
      return 'number';
    case TYPE.date:
      return 'date';
    case TYPE.time:
      return 'time';
    case TYPE.plural:
      return el.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
    case TYPE.select:
      return 'select';
    default:
      return undefined;
  }
}

const parseErrorText: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: "a '{' placeholder is not closed with '}'",
  EMPTY_ARGUMENT: 'a placeholder `{}` has no name',
  MALFORMED_ARGUMENT: 'a placeholder name is malformed',
  UNMATCHED_CLOSING_BRACE: "a '}' has no matching '{'; quote literal braces as '{' and '}'",
  MISSING_OTHER_CLAUSE: 'a plural or select placeholder has no `other` clause',
  INVALID_ARGUMENT_TYPE: 'unknown placeholder type (use number, date, time, plural, selectordinal or select)',
};

function describeParseError(code: string): string {
  return `${parseErrorText[code] ?? code.toLowerCase().replaceAll('_', ' ')} (${code})`;
}

/** The param types a placeholder of the given kind accepts. */
export function acceptedParamTypes(kind: PlaceholderKind): readonly ParamType[] {
  switch (kind) {
    case 'argument':
      // Not boolean: formatters disagree on a bare `{flag}` (intl-messageformat prints "" for false); select on it instead.
      return ['string', 'number', 'integer', 'date'];
    case 'number':
    case 'plural':
    case 'selectordinal':
      return ['number', 'integer'];
    case 'date':
    case 'time':
      return ['date'];
    case 'select':
      return ['string', 'boolean'];
  }
}

/** A canonical text of a message's placeholders and how each is used, for comparing a translation with its source. */
export function placeholderSignature(placeholders: ReadonlyMap<string, ReadonlySet<PlaceholderKind>>): string {
  return [...placeholders.keys()]
    .sort()
    .map((name) => `${name}:${typeClass(placeholders.get(name)!)}`)
    .join(', ');
}

/** Placeholder uses that need the same parameter type belong to one class. */
function typeClass(kinds: ReadonlySet<PlaceholderKind>): string {
  const classes = new Set([...kinds].map((k) => (k === 'plural' || k === 'selectordinal' || k === 'number' ? 'number' : k === 'time' ? 'date' : k)));
  classes.delete('argument');
  return [...classes].sort().join('|') || 'any';
}

/**
 * Escapes plain text so that it formats back to exactly the same string as an ICU message:
 * apostrophes are doubled, braces and `<` are quoted. (`#` is literal outside a plural, and quoting it there would keep the quotes.)
 */
export function escapeIcuText(text: string): string {
  return text.replace(/'/g, "''").replace(/[{}<]+/g, (special) => `'${special}'`);
}
