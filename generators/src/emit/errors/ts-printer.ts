/**
 * The one module that touches ts-morph. Emitters build statement structures (plain data) and print
 * each file once here, so a future compiler without an in-process API swaps out one file.
 *
 * `printStructure` writes the text straight from the structures; `project.createSourceFile` would
 * print the same text and then parse it into an AST we never use (measured: about half of the
 * generation time of a 10,000-entry catalog).
 */
import { printStructure, StructureKind, VariableDeclarationKind } from 'ts-morph';
import type {
  ClassDeclarationStructure,
  FunctionDeclarationStructure,
  InterfaceDeclarationStructure,
  OptionalKind,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
  WriterFunction,
} from 'ts-morph';

export { StructureKind, VariableDeclarationKind };
export type {
  ClassDeclarationStructure,
  FunctionDeclarationStructure,
  InterfaceDeclarationStructure,
  OptionalKind,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
};

/** One top-level statement: a structure, or verbatim text for fixed runtime code. */
export type Statement = string | WriterFunction | StatementStructures;

/** Prints files from statement structures, one print per file. */
export interface TsPrinter {
  print(path: string, statements: readonly Statement[]): string;
}

/** A printer with the house style of generated code: two-space indent, double quotes, LF. */
export function createTsPrinter(): TsPrinter {
  return {
    print(_path, statements) {
      // A top-level text statement comes out of the printer as it went in; the code writer would walk
      // every character of it, so it goes in as a short stand-in and is put back after printing. The
      // stand-in keeps the text's first and last characters, which decide the blank lines around it.
      const blocks: { readonly placeholder: string; readonly text: string }[] = [];
      const placed = statements.map((statement) => {
        if (typeof statement !== 'string' || statement.length < 200 || statement.includes('\r')) return statement;
        const tail = /\s*$/.exec(statement)![0];
        const body = statement.slice(0, statement.length - tail.length);
        const placeholder = `${body[0]}__errata_block_${blocks.length}__${body[body.length - 1]}${tail}`;
        blocks.push({ placeholder, text: statement });
        return placeholder;
      });
      const printed = printStructure({ kind: StructureKind.SourceFile, statements: placed }, { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: false });
      const text = blocks.length ? putBack(printed, blocks) ?? printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: false }) : printed;
      return text.endsWith('\n') ? text : `${text}\n`;
    },
  };
}

/** `printed` with each stand-in replaced by its text, in order; undefined when one is not found exactly once where expected (then print the slow way). */
function putBack(printed: string, blocks: readonly { readonly placeholder: string; readonly text: string }[]): string | undefined {
  // A catalog text that spells a stand-in would make the match ambiguous.
  if (printed.split('__errata_block_').length - 1 !== blocks.length) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (const block of blocks) {
    const at = printed.indexOf(block.placeholder, from);
    if (at < 0) return undefined;
    parts.push(printed.slice(from, at), block.text);
    from = at + block.placeholder.length;
  }
  parts.push(printed.slice(from));
  return parts.join('');
}

/** A statement printed once by ts-morph with numbered slots, then filled per item by joining strings. */
export interface StatementTemplate {
  /** The statement for one item, or undefined when a value cannot go in its slot as is (a line break outside the doc slot): print that item's structure then. */
  fill(values: readonly string[]): string | undefined;
}

const slotToken = (index: number): string => `__errata_slot_${index}__`;

/**
 * Prints `build(slot)` once and splits it at its slots: thousands of entries of one shape cost one
 * ts-morph print and a string join each, instead of a print each (each print walks every character
 * through the code writer). `docSlot` is the slot of the JSDoc text, whose lines get the ` * ` prefix
 * the printer gives them.
 */
export function statementTemplate(build: (slot: (index: number) => string) => StatementStructures, options: { readonly docSlot?: number } = {}): StatementTemplate {
  // The doc slot spans two lines, so the printer takes the block form a multi-line doc gets; the marker line goes again.
  const docEnd = '__errata_doc_end__';
  const slotFor = (index: number) => (index === options.docSlot ? `${slotToken(index)}\n${docEnd}` : slotToken(index));
  const printed = printStructure(build(slotFor), { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: false })
    .replace(/\n$/, '')
    .replace(`\n * ${docEnd}`, '');
  const parts: string[] = [];
  const order: number[] = [];
  let rest = printed;
  for (let match = /__errata_slot_(\d+)__/.exec(rest); match; match = /__errata_slot_(\d+)__/.exec(rest)) {
    parts.push(rest.slice(0, match.index));
    order.push(Number(match[1]));
    rest = rest.slice(match.index + match[0].length);
  }
  parts.push(rest);
  return {
    fill(values) {
      let text = parts[0]!;
      for (let i = 0; i < order.length; i++) {
        const slot = order[i]!;
        let value = values[slot] ?? '';
        if (slot !== options.docSlot) {
          if (value.includes('\n')) return undefined;
        } else if (!value.includes('\n')) {
          return undefined; // a one-line doc prints as `/** text */`
        } else {
          value = value.split('\n').map((line, n) => (n === 0 ? line : line ? ` * ${line}` : ' *')).join('\n');
        }
        text += value + parts[i + 1]!;
      }
      return text;
    },
  };
}
