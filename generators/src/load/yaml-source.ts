import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, YAMLError, type Document, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { maxYamlDepth, readYamlFast } from './yaml-fast-read.js';

/** A path into a YAML document: map keys and sequence indexes. */
export type NodePath = readonly (string | number)[];

/** 1-based position in a file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A parsed YAML file that can tell the position of any node: the loader's Document. */
export interface YamlSource {
  /** The file as shown to the user. */
  readonly file: string;
  readonly text: string;
  /** The document as plain JSON data (undefined when the file is empty or could not be read as YAML). */
  readonly data: unknown;
  /**
   * Problems found while reading the file: YAML syntax (`yaml-syntax`, `duplicate-yaml-key`), encoding
   * (`file-encoding`) and values JSON cannot carry (`non-json-value`). Warnings among them are advisory.
   */
  readonly syntaxDiagnostics: readonly Diagnostic[];
  /** False when the file could not be read into data worth checking further (a YAML error): later checks skip it. */
  readonly readable: boolean;
  /** Position of the node at `path` (its key when `at` is `key`), or of its nearest existing ancestor. */
  locate(path: NodePath, at?: 'key' | 'value'): Position;
}

/** Deeper values are cut off: no catalog needs them, and every later recursive walk stays safe. */
const maxDepth = maxYamlDepth;
const tooDeepMessage = `the YAML nests too deeply to be read (hundreds of levels of lists or mappings); a catalog never needs that, so flatten it`;

/** Hints appended to the parser's own words, by its error code: what to do about it. */
const yamlHints: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'YAML indents with spaces only; replace the tab with spaces',
  BAD_INDENT: 'align this line with the other items of its mapping or list (YAML nests by indentation)',
  MISSING_CHAR: 'check the indentation of this line against the lines above, and that every `key:` has a value (YAML nests by indentation)',
  MULTILINE_IMPLICIT_KEY: 'check the indentation of this line against the line above; a plain value continued on the next line must be indented further, or quoted',
  BLOCK_AS_IMPLICIT_KEY: 'a value that contains `: ` must be quoted (`title: "A: B"`), and a nested mapping goes on its own, more-indented lines',
  UNEXPECTED_TOKEN: 'check the indentation and the brackets and quotes around here',
  BAD_DQ_ESCAPE: 'inside double quotes, write a backslash as `\\\\`, or use single quotes',
  BAD_SCALAR_START: 'quote the value (it starts with a character YAML reserves)',
  TAG_RESOLVE_FAILED: 'catalogs are plain data; remove the `!` tag or quote the value',
  BAD_ALIAS: 'define the anchor (`&name`) before using it as an alias (`*name`)',
};

/**
 * What the yaml library throws about the text itself: its own errors, a ReferenceError when aliases
 * expand past the limit, a RangeError when nesting exhausts the stack, a plain Error when a YAML 1.1
 * merge key (`<<`) is given something other than a map. Anything else is a bug of
 * ours and must reach the internal-error path, not pass as "cannot be read as YAML".
 */
function isYamlReadError(error: unknown): error is Error {
  return (
    error instanceof YAMLError ||
    error instanceof RangeError ||
    (error instanceof ReferenceError && /alias/i.test(error.message)) ||
    (error instanceof Error && /^Merge sources must be/.test(error.message))
  );
}

/**
 * Reads a YAML file into a YamlSource. Valid files take the fast reading (js-yaml, no positions);
 * the positioned parse runs only when the fast reading cannot vouch for the result (a syntax error,
 * a duplicate key, anything the two parsers might read differently), so every diagnostic still
 * carries its line and column. Where a valid file later needs a position, it is parsed then.
 */
export function parseYamlSource(file: string, text: string, encodingProblem?: EncodingProblem): YamlSource {
  const fast = encodingProblem ? undefined : readYamlFast(text);
  if (!fast) return parseYamlPositioned(file, text, encodingProblem);
  let positioned: YamlSource | undefined;
  return {
    file,
    text,
    data: fast.data,
    syntaxDiagnostics: [],
    readable: true,
    locate: (path, at) => (positioned ??= parseYamlPositioned(file, text)).locate(path, at),
  };
}

/** Parses YAML text keeping node ranges, so every later diagnostic can point at the offending node. Never throws. */
export function parseYamlPositioned(file: string, text: string, encodingProblem?: EncodingProblem): YamlSource {
  const lineCounter = new LineCounter();
  let document: Document | undefined;
  const syntaxDiagnostics: Diagnostic[] = [];
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: Math.max(1, line), column: Math.max(1, col) };
  };
  const at = (offset: number, rule: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ file, ...toPosition(offset), severity, rule, message });
  try {
    // logLevel error: no process warnings on stderr (but not 'silent', which would also drop the MULTIPLE_DOCS error).
    // stringKeys: a key is text (`404:` is "404"); a list or mapping as a key is an error rather than a stringified surprise.
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, stringKeys: true, logLevel: 'error' });
  } catch (error) {
    if (!isYamlReadError(error)) throw error;
    syntaxDiagnostics.push(at(0, 'yaml-syntax', `the file cannot be read as YAML: ${firstLine(error.message)}`));
  }
  // After parsing: the line counter knows the lines only once the parser has seen them.
  if (encodingProblem) {
    syntaxDiagnostics.unshift(at(encodingProblem.offset, 'file-encoding', `the file is not valid UTF-8 (byte 0x${encodingProblem.byte.toString(16).toUpperCase().padStart(2, '0')} here); save it as UTF-8`));
  }
  let readable = document !== undefined;
  let data: unknown;
  if (document) {
    syntaxDiagnostics.push(...yamlProblems(document, text, at));
    readable = document.errors.length === 0;
    if (readable) syntaxDiagnostics.push(...numberProblems(document, at));
    if (readable) {
      const recursion = recursiveAlias(document);
      if (recursion) {
        syntaxDiagnostics.push(at(recursion.offset, 'yaml-syntax', `the alias *${recursion.name} refers to a node that contains it; catalogs are plain data and cannot be recursive, so write the value out`));
        readable = false;
      }
    }
    if (readable) {
      try {
        const plain = toJson(document.toJS({ maxAliasCount: 100 }), []);
        data = plain.value;
        for (const problem of plain.problems) syntaxDiagnostics.push({ file, ...locateIn(document, problem.path, 'value', toPosition), severity: 'error', rule: 'non-json-value', message: problem.message });
      } catch (error) {
        if (!isYamlReadError(error)) throw error;
        const message = firstLine(error.message);
        syntaxDiagnostics.push(
          at(
            0,
            'yaml-syntax',
            error instanceof ReferenceError
              ? `${message}; catalogs should not need more than a few aliases, so write the values out`
              : /call stack/i.test(message)
                ? tooDeepMessage
                : `the file cannot be read as YAML: ${message}`,
          ),
        );
        readable = false;
      }
    }
  }
  return {
    file,
    text,
    data,
    syntaxDiagnostics,
    readable,
    locate: (path, at = 'value') => (document ? locateIn(document, path, at, toPosition) : { line: 1, column: 1 }),
  };
}

/** The parser's errors and warnings as diagnostics, each said plainly with a hint; one per position. */
function yamlProblems(document: Document, text: string, at: (offset: number, rule: string, message: string, severity?: Diagnostic['severity']) => Diagnostic): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<number>();
  let tooDeep = false;
  for (const problem of [...document.errors, ...document.warnings] as YAMLError[]) {
    const severity = document.errors.includes(problem as never) ? 'error' : 'warning';
    const offset = problem.pos[0];
    if (problem.code === 'RESOURCE_EXHAUSTION' || /call stack/i.test(problem.message)) {
      // The parser reports a stack overflow once per nesting level it unwinds; one diagnostic says it.
      if (!tooDeep) out.push(at(offset, 'yaml-syntax', tooDeepMessage));
      tooDeep = true;
      continue;
    }
    if (seen.has(offset) && severity === 'error') continue;
    seen.add(offset);
    switch (problem.code) {
      case 'DUPLICATE_KEY': {
        const key = keyAt(text, offset);
        out.push(at(offset, 'duplicate-yaml-key', `${key ? `the key \`${key}\`` : 'this key'} appears twice in the same mapping; YAML keys must be unique, so remove or rename one`, severity));
        break;
      }
      case 'MULTIPLE_DOCS':
        out.push(at(offset, 'yaml-syntax', 'the file holds more than one YAML document (a second `---`); a catalog is a single document, so remove the `---` and what follows it, or merge the two', severity));
        break;
      case 'NON_STRING_KEY':
        out.push(at(offset, 'yaml-syntax', 'a mapping key must be plain text, not a list or a mapping; write the key as text', severity));
        break;
      default: {
        const hint = yamlHints[problem.code];
        out.push(at(offset, 'yaml-syntax', `${firstLine(problem.message)}${hint ? `; ${hint}` : ''}`, severity));
      }
    }
  }
  return out;
}

/** The text of a plain or quoted key starting at `offset` (for messages). */
function keyAt(text: string, offset: number): string | undefined {
  const match = /^(?:"([^"\n]*)"|'([^'\n]*)'|([^:\n,{}[\]]+?))\s*:/.exec(text.slice(offset, offset + 200));
  return match ? (match[1] ?? match[2] ?? match[3])?.trim() : undefined;
}

/** Numbers JSON cannot carry exactly: `.inf`, `.nan`, overflowing literals, integers beyond 2^53. */
function numberProblems(document: Document, at: (offset: number, rule: string, message: string) => Diagnostic): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== 'number' || !node.range) return;
      const source = (node as { source?: string }).source ?? String(node.value);
      if (!Number.isFinite(node.value)) {
        out.push(at(node.range[0], 'non-json-value', `the number \`${source}\` is not a finite number, which JSON cannot carry; write a finite number, or quote it if it is text`));
      } else if (Number.isInteger(node.value) && !Number.isSafeInteger(node.value) && /^[-+]?(0x[0-9a-f]+|0o[0-7]+|\d+)$/i.test(source.replace(/_/g, ''))) {
        out.push(at(node.range[0], 'non-json-value', `the integer \`${source}\` is too large to be read exactly (it would become ${node.value}; the limit is ±${Number.MAX_SAFE_INTEGER}); quote it, and use string codes if the API sends such numbers`));
      }
    },
  });
  return out;
}

/** The first alias that points at one of its own ancestors (a recursive structure), if any. */
function recursiveAlias(document: Document): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(document, {
    Alias(_key, node, path) {
      const target = node.resolve(document);
      if (target && path.includes(target as never)) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

interface JsonProblem {
  readonly path: NodePath;
  readonly message: string;
}

/** Copies `value` as plain JSON data; values of other kinds (YAML 1.1 timestamps, sets, binary) become null and a problem. */
function toJson(value: unknown, path: NodePath): { value: unknown; problems: JsonProblem[] } {
  const problems: JsonProblem[] = [];
  const copy = (v: unknown, p: NodePath): unknown => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
    if (p.length - path.length >= maxDepth) {
      problems.push({ path: p, message: `this value nests more than ${maxDepth} levels deep; a catalog never needs that, so flatten it` });
      return null;
    }
    if (Array.isArray(v)) return v.map((item, i) => copy(item, [...p, i]));
    if (typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        // defineProperty, so a `__proto__` key stays an ordinary own property.
        Object.defineProperty(out, key, { value: copy((v as Record<string, unknown>)[key], [...p, key]), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    const kind = v instanceof Date ? 'a timestamp' : v instanceof Set ? 'a set' : v instanceof Map ? 'an ordered map' : v instanceof Uint8Array ? 'binary data' : `a ${typeof v}`;
    problems.push({ path: p, message: `this value is ${kind} (a YAML 1.1 type), which JSON cannot carry; quote it, or write it as a list or mapping` });
    return null;
  };
  return { value: copy(value, path), problems };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function locateIn(document: Document, path: NodePath, at: 'key' | 'value', toPosition: (offset: number) => Position): Position {
  return toPosition(findOffset(document, path, at));
}

/** Offset of the node at `path`, walking as deep as the document goes (through aliases). */
function findOffset(document: Document, path: NodePath, at: 'key' | 'value'): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    // Past an alias the nodes live at the anchor; the alias itself stays the best position.
    if (isAlias(node)) return offset;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyText(item) === String(segment)) as Pair | undefined;
      if (!pair) return offset;
      if (last && at === 'key') return rangeStart(pair.key) ?? offset;
      node = pair.value;
      // A key with no value (`key:`) has no range of its own; point at the key.
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function keyText(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function rangeStart(node: unknown): number | undefined {
  return node && typeof node === 'object' && 'range' in node ? (node as Node).range?.[0] : undefined;
}

/** Where a file's bytes stop being UTF-8. */
export interface EncodingProblem {
  /** Offset in the decoded text (where U+FFFD stands in for the bad byte). */
  readonly offset: number;
  readonly byte: number;
}

/** Decodes a file's bytes as UTF-8 (dropping a BOM); reports the first invalid byte instead of silently replacing it. */
export function decodeUtf8(bytes: Uint8Array): { text: string; problem?: EncodingProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    const bad = firstInvalidUtf8(bytes);
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const offset = new TextDecoder('utf-8').decode(bytes.subarray(hasBom ? 3 : 0, bad)).length;
    return { text, problem: { offset, byte: bytes[bad] ?? 0 } };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlongs, surrogates and values past U+10FFFF.
    const b1 = bytes[i + 1]!;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += length;
  }
  return Math.min(i, bytes.length - 1);
}

/** Splits an Ajv instancePath (`/groups/0/entries/3/code`) into a NodePath. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}
