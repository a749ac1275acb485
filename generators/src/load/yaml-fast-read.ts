import jsYaml from 'js-yaml';

/**
 * The fast reading of a YAML file: js-yaml, with a schema that resolves plain scalars exactly as the
 * `yaml` package's YAML 1.2 core schema does (what the positioned parse in yaml-source.ts uses).
 * It returns data only when it can vouch that the positioned parse would read the same data with
 * no diagnostic at all; anything else (a syntax error, a duplicate key, an alias, a directive, a
 * key that is not plain text, a number JSON cannot carry, deep nesting) returns undefined, and the
 * caller takes the positioned parse, which reports it with line and column. A property test
 * (test/validate/yaml-fast-read.test.ts) holds the two readings to the same verdict and data.
 */

/** Deeper values are not read fast: the positioned reading cuts them off with a diagnostic. */
export const maxYamlDepth = 64;

// The core schema's plain-scalar rules, as in yaml/dist/schema/core/*.js.
const nullType = new jsYaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || /^(?:~|[Nn]ull|NULL)?$/.test(data),
  construct: () => null,
});
const boolType = new jsYaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(data),
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
});
const intType = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(data),
  construct: (data: string) =>
    data.startsWith('0o') ? parseInt(data.substring(2), 8) : data.startsWith('0x') ? parseInt(data.substring(2), 16) : parseInt(data, 10),
});
const floatType = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) =>
    data !== null &&
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(data),
  construct: (data: string) =>
    /nan$/i.test(data) ? NaN : /inf$/i.test(data) ? (data[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY) : parseFloat(data),
});

/** Failsafe (str, seq, map) plus the core scalars; no timestamps, no merge keys, no YAML 1.1 types. */
const coreSchema = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: [nullType, boolType, intType, floatType] });

// Texts the fast reading leaves to the positioned parse. Each may match inside a quoted string too:
// that only costs speed, never a different result.
/** A directive (`%YAML 1.1` changes the schema) or a document marker (`---`, `...`). */
const directive = /^(?:%|(?:---|\.\.\.)(?:\s|$))/m;
/** A block scalar with an explicit indentation indicator (`|2`, `>1-`), which the two parsers indent differently. */
const indentIndicator = /[|>](?:[-+]?[1-9]|[1-9][-+]?)/;
/** A node property or alias (`!tag`, `&anchor`, `*alias`) where a node starts: at a line start or after `:`, `-`, `?`, `[`, `{` or `,`. */
const nodeProperty = /(?:^|[:\-?[{,])[ \t]*(?:[*&][^\s[\]{},]|!)/m;
/** A comment glued to a quoted scalar or a flow collection (`"a"#`), which `yaml` refuses. */
const gluedComment = /["'\]}]#/;
/** A carriage return that does not end a line, or a byte order mark inside the text: the parsers differ on both. */
const loneReturn = /\r(?!\n)|\ufeff/;
/** A block sequence entry with nothing after its `-` on the line or a line starting `--` (js-yaml nests `- -` entries wrongly and reads `----` as a list). */
const bareDash = /(?:^|[ \t])-[ \t]*\r?$|^[ \t]*(?:-[ \t]+)*--/m;
/** A tab in a line's indentation: `yaml` refuses it, js-yaml may read it. */
const tabIndent = /^[ ]*\t/m;
/** A key that is not a plain scalar: an explicit `? ` key, or a flow collection before `:`. */
const complexKey = /(?:^|[\s[{,])\?(?:[ \t]|$)|[\]}][ \t]*:(?:[ \t]|$)/m;

/**
 * Keys js-yaml would have resolved before making them text (`1.0:` becomes "1", where the positioned
 * parse keeps "1.0"), or a collection key it flattened: String() of a number, null, a boolean, a list.
 */
const resolvedKey = /^(?:[-\d]|Infinity$|NaN$|null$|true$|false$|\[object Object\]$)|,/;

/** The data of `text`, when the fast reading can vouch for it; undefined to take the positioned parse. */
export function readYamlFast(text: string): { readonly data: unknown } | undefined {
  if (directive.test(text) || indentIndicator.test(text) || loneReturn.test(text) || bareDash.test(text) || gluedComment.test(text) || tabIndent.test(text) || nodeProperty.test(text) || complexKey.test(text)) return undefined;
  let data: unknown;
  // Quoted scalars and flow collections over several lines: `yaml` holds their continuation lines to
  // the indentation rules, js-yaml does not.
  const starts: number[] = [];
  let multilineFlow = false;
  const listener = (event: 'open' | 'close', state: jsYaml.State): void => {
    if (event === 'open') {
      starts.push(state.position);
      return;
    }
    const start = starts.pop() ?? 0;
    if (multilineFlow) return;
    const node = text.slice(start, state.position).trimStart();
    if ((node[0] === '"' || node[0] === "'" || node[0] === '[' || node[0] === '{') && node.includes('\n')) multilineFlow = true;
  };
  try {
    data = jsYaml.load(text, { schema: coreSchema, listener });
  } catch {
    return undefined;
  }
  if (multilineFlow) return undefined;
  // An empty file: the positioned parse reads it as null.
  if (data === undefined) data = null;
  return plainJson(data, 0, new Set()) ? { data } : undefined;
}

/** Whether `value` is JSON the positioned reading would produce as is: finite safe numbers, text keys, no sharing, bounded depth. */
function plainJson(value: unknown, depth: number, seen: Set<object>): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
  if (typeof value !== 'object' || depth >= maxYamlDepth || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) if (!plainJson(item, depth + 1, seen)) return false;
    return true;
  }
  for (const key of Object.keys(value)) {
    if (resolvedKey.test(key) || !plainJson((value as Record<string, unknown>)[key], depth + 1, seen)) return false;
  }
  return true;
}
