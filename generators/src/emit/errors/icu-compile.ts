/**
 * Compiles an ICU MessageFormat source into one JavaScript expression at generation time, so the
 * generated package formats messages without a runtime dependency. The expression reads params
 * through `access(name)` and calls the runtime helpers `_arg`, `_number`, `_scale`, `_dateTime`, `_plural`,
 * `_select` that icu-runtime.ts defines. Semantics follow intl-messageformat (the i18n bundles' reader).
 */
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parseIcu } from '../../icu/icu-message.js';
import { isRecord } from '../../util/is-record.js';
import { ownValue } from '../../util/own-value.js';
import { jsonLiteral, stringLiteral } from './string-literal.js';

/** intl-messageformat's built-in named styles. */
const namedFormats = {
  number: { integer: { maximumFractionDigits: 0 }, currency: { style: 'currency' }, percent: { style: 'percent' } },
  date: {
    short: { month: 'numeric', day: 'numeric', year: '2-digit' },
    medium: { month: 'short', day: 'numeric', year: 'numeric' },
    long: { month: 'long', day: 'numeric', year: 'numeric' },
    full: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
  },
  time: {
    short: { hour: 'numeric', minute: 'numeric' },
    medium: { hour: 'numeric', minute: 'numeric', second: 'numeric' },
    long: { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
    full: { hour: 'numeric', minute: 'numeric', second: 'numeric', timeZoneName: 'short' },
  },
} as const satisfies Record<string, Record<string, object>>;

/**
 * The compiled message: a JS expression, the plain text when the message has no placeholders, and
 * otherwise its literal text runs around the placeholders (`Account {a} is {b}` → `["Account ", " is ", ""]`),
 * so a decoder can tell whether a formatted text fits the message without a backtracking regular expression.
 */
export interface CompiledMessage {
  readonly expression: string;
  readonly constantText: string | undefined;
  readonly textRuns: readonly string[] | undefined;
}

/** Compiles `source`; a source that does not parse (the validator reports it) is used verbatim. */
export function compileMessage(source: string, access: (name: string) => string): CompiledMessage {
  const parsed = parseIcu(source);
  if (!parsed.ok) return { expression: stringLiteral(source), constantText: source, textRuns: undefined };
  const compiler = new Compiler(access);
  const expression = compiler.elements(parsed.ast, undefined);
  const literal = parsed.ast.every((el) => el.type === TYPE.literal);
  if (literal) return { expression, constantText: parsed.ast.map((el) => (el.type === TYPE.literal ? el.value : '')).join(''), textRuns: undefined };
  // Every non-literal element (argument, number, date, plural, select, ...) may format to any text.
  const runs = [''];
  for (const el of parsed.ast) {
    if (el.type === TYPE.literal) runs[runs.length - 1] += el.value;
    else runs.push('');
  }
  return { expression, constantText: undefined, textRuns: runs };
}

/** `compileMessage(source, …).constantText` without compiling: the text of a message without placeholders. */
export function messageConstantText(source: string): string | undefined {
  const parsed = parseIcu(source);
  if (!parsed.ok) return source;
  return parsed.ast.every((el) => el.type === TYPE.literal) ? parsed.ast.map((el) => (el.type === TYPE.literal ? el.value : '')).join('') : undefined;
}

class Compiler {
  private depth = 0;

  constructor(private readonly access: (name: string) => string) {}

  /** `pound` is the variable holding the formatted `#` of the innermost plural, if any. */
  elements(elements: readonly MessageFormatElement[], pound: string | undefined): string {
    const parts: Array<{ literal?: string; code: string }> = [];
    for (const el of elements) {
      const part = this.element(el, pound);
      const last = parts[parts.length - 1];
      // Adjacent literals merge, so a run of text is one string literal.
      if (part.literal !== undefined && last?.literal !== undefined) last.literal += part.literal;
      else parts.push(part);
    }
    const code = parts.filter((p) => p.literal !== '').map((p) => (p.literal === undefined ? p.code : stringLiteral(p.literal)));
    return code.length === 0 ? '""' : code.join(' + ');
  }

  private element(el: MessageFormatElement, pound: string | undefined): { literal?: string; code: string } {
    switch (el.type) {
      case TYPE.literal:
        return { literal: el.value, code: '' };
      case TYPE.pound:
        return pound === undefined ? { literal: '', code: '' } : { code: pound };
      case TYPE.argument:
        return { code: `_arg(${this.param(el.value)})` };
      case TYPE.number: {
        const options = styleOptions(el.style, namedFormats.number);
        const scale = isRecord(options) && typeof options.scale === 'number' ? options.scale : undefined;
        const value = scale === undefined ? this.param(el.value) : `_scale(${this.param(el.value)}, ${scale})`;
        return { code: `_number(${value}${options === undefined ? '' : `, ${jsonLiteral(options)}`})` };
      }
      case TYPE.date: {
        const options = styleOptions(el.style, namedFormats.date);
        return { code: `_dateTime(${this.param(el.value)}${options === undefined ? '' : `, ${jsonLiteral(options)}`})` };
      }
      case TYPE.time: {
        const options = styleOptions(el.style, namedFormats.time) ?? namedFormats.time.medium;
        return { code: `_dateTime(${this.param(el.value)}, ${jsonLiteral(options)})` };
      }
      case TYPE.plural:
        return { code: this.plural(el) };
      case TYPE.select:
        return { code: this.select(el) };
      default:
        // Tags are rejected by the validator; anything else is left out rather than guessed.
        return { literal: '', code: '' };
    }
  }

  private param(name: string): string {
    return this.access(name);
  }

  private plural(el: MessageFormatElement & { type: TYPE.plural }): string {
    const level = ++this.depth;
    const [n, c, h] = [`n${level}`, `c${level}`, `h${level}`];
    const exact: string[] = [];
    const categories: string[] = [];
    let other = '""';
    for (const [selector, option] of Object.entries(el.options)) {
      const body = this.elements(option.value, h);
      if (selector.startsWith('=')) exact.push(`${n} === ${Number(selector.slice(1))} ? ${body}`);
      else if (selector === 'other') other = body;
      else categories.push(`${c} === ${stringLiteral(selector)} ? ${body}`);
    }
    this.depth--;
    const chain = [...exact, ...categories, other].join(' : ');
    const type = el.pluralType === 'ordinal' ? '"ordinal"' : '"cardinal"';
    return `_plural(${this.param(el.value)}, ${el.offset || 0}, ${type}, (${n}, ${c}, ${h}) => ${chain})`;
  }

  private select(el: MessageFormatElement & { type: TYPE.select }): string {
    const level = ++this.depth;
    const v = `v${level}`;
    const cases: string[] = [];
    let other = '""';
    for (const [selector, option] of Object.entries(el.options)) {
      // intl-messageformat does not carry `#` into a select, so neither do we.
      const body = this.elements(option.value, undefined);
      if (selector === 'other') other = body;
      else cases.push(`${v} === ${stringLiteral(selector)} ? ${body}`);
    }
    this.depth--;
    return `_select(${this.param(el.value)}, (${v}) => ${[...cases, other].join(' : ')})`;
  }
}

function styleOptions(style: unknown, named: Record<string, object>): object | undefined {
  if (typeof style === 'string') return ownValue(named, style);
  if (isRecord(style) && isRecord(style.parsedOptions)) return style.parsedOptions;
  return undefined;
}
