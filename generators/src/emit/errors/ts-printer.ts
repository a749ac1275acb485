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
      const text = printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: false });
      return text.endsWith('\n') ? text : `${text}\n`;
    },
  };
}
