import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

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
  /** The document as plain data (undefined when the file is empty). */
  readonly data: unknown;
  /** Syntax errors (`yaml-syntax`); when present, `data` should not be trusted. */
  readonly syntaxDiagnostics: readonly Diagnostic[];
  /** Position of the node at `path` (its key when `at` is `key`), or of its nearest existing ancestor. */
  locate(path: NodePath, at?: 'key' | 'value'): Position;
}

/** Parses YAML text keeping node ranges, so every later diagnostic can point at the offending node. */
export function parseYamlSource(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line, column: col };
  };
  const syntaxDiagnostics: Diagnostic[] = [...document.errors, ...document.warnings].map((problem) => {
    const position = toPosition(problem.pos[0]);
    return {
      file,
      ...position,
      severity: document.errors.includes(problem as never) ? 'error' : 'warning',
      rule: problem.code === 'DUPLICATE_KEY' ? 'duplicate-yaml-key' : 'yaml-syntax',
      message: firstLine(problem.message),
    };
  });
  let data: unknown;
  if (document.errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 100 });
    } catch (error) {
      syntaxDiagnostics.push({ file, line: 1, column: 1, severity: 'error', rule: 'yaml-syntax', message: firstLine((error as Error).message) });
    }
  }
  return {
    file,
    text,
    data,
    syntaxDiagnostics,
    locate: (path, at = 'value') => toPosition(findOffset(document, path, at)),
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Offset of the node at `path`, walking as deep as the document goes. */
function findOffset(document: Document, path: NodePath, at: 'key' | 'value'): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
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

/** Splits an Ajv instancePath (`/groups/0/entries/3/code`) into a NodePath. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}
