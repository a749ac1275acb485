/** The statements of a generated `index.js` (ES2022, no types). */
import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import { problemTitle, problemType } from '../problem-facts.js';
import { errorEntries, hasParams, matchText } from './entry-facts.js';
import { compileMessage, type CompiledMessage } from './icu-compile.js';
import { paramAccess } from '../icu-runtime.js';
import { runtimeHead, runtimeTail } from './runtime-js.js';
import { codeLiteral, stringLiteral } from './string-literal.js';
import { statementTemplate, StructureKind, type ClassDeclarationStructure, type Statement } from './ts-printer.js';

/** Every statement of index.js after the header line. */
export function indexJsStatements(catalog: CatalogModel): Statement[] {
  // Each message is parsed and compiled once.
  const messages = new Map(catalog.entries.map((entry) => [entry, compileMessage(entry.message, paramAccess('params'))] as const));
  return [
    codesStatement(catalog),
    ...runtimeHead(catalog),
    ...entryClasses(errorEntries(catalog), catalog, messages),
    ...runtimeTail(catalog, catalog.entries.map((entry) => tableRow(entry, messages.get(entry)!))),
  ];
}

/** `codes`: a frozen null-prototype object whose keys are all own (computed keys, so `__proto__` is a key). */
function codesStatement(catalog: CatalogModel): string {
  const members = catalog.entries.map((e) => `  [${stringLiteral(e.key)}]: ${codeLiteral(e.code)},`);
  return `export const codes = /* @__PURE__ */ Object.freeze({\n  __proto__: null,\n${members.join('\n')}\n});`;
}

/** What differs between two error classes: the slots of the class template. */
type ClassSlots = readonly [name: string, key: string, code: string, httpStatus: string, retryable: string, title: string, problemType: string, message: string, paramSources: string];

/** The error classes: two shapes (with params or without), each printed once and filled per entry (see `statementTemplate`). */
function entryClasses(errors: readonly EntryModel[], catalog: CatalogModel, messages: ReadonlyMap<EntryModel, CompiledMessage>): Statement[] {
  const templates = [false, true].map((withParams) => statementTemplate((slot) => entryClass(withParams, slot as (index: number) => string)));
  const out: Statement[] = [];
  let run: string[] = [];
  for (const entry of errors) {
    const message = messages.get(entry)!;
    const withParams = hasParams(entry);
    const slots: ClassSlots = [
      entry.className,
      stringLiteral(entry.key),
      codeLiteral(entry.code),
      String(entry.httpStatus),
      String(entry.retryable),
      stringLiteral(problemTitle(entry, catalog, message.constantText)),
      stringLiteral(problemType(entry, catalog)),
      message.expression,
      withParams ? paramSources(entry) : '',
    ];
    const filled = templates[withParams ? 1 : 0]!.fill([...slots, stringLiteral(entry.className)]);
    if (filled !== undefined) {
      run.push(filled);
      continue;
    }
    if (run.length) out.push(run.join('\n\n'));
    run = [];
    out.push(entryClass(withParams, (i) => (i === 9 ? stringLiteral(entry.className) : slots[i]!)));
  }
  if (run.length) out.push(run.join('\n\n'));
  return out;
}

/** The class of an error entry, its varying parts from `slot` (see ClassSlots; 9 is the class name as a string literal). */
function entryClass(withParams: boolean, slot: (index: number) => string): ClassDeclarationStructure {
  const statics: Array<[string, string]> = [
    ['key', slot(1)],
    ['code', slot(2)],
    ['httpStatus', slot(3)],
    ['retryable', slot(4)],
    ['title', slot(5)],
    ['problemType', slot(6)],
  ];
  if (withParams) statics.push(['paramSources', slot(8)]);
  return {
    kind: StructureKind.Class,
    name: slot(0),
    isExported: true,
    extends: 'CatalogError',
    properties: statics.map(([name, initializer]) => ({ name, isStatic: true, initializer })),
    ctors: [
      {
        parameters: withParams ? [{ name: 'params' }, { name: 'options' }] : [{ name: 'options' }],
        statements: [`super(${slot(9)}, ${slot(7)}, ${withParams ? 'params' : 'undefined'}, options);`],
      },
    ],
  };
}

/**
 * One row of the lookup table: key, code, outcome, class (or null), HTTP status, whether it has params
 * (the class's `paramSources` says which), text to match a shared code, and the literal runs around
 * the placeholders a formatted text of the message fits (or null).
 */
function tableRow(entry: EntryModel, message: CompiledMessage): string {
  const type = entry.outcome === 'error' ? entry.className : 'null';
  const runs = entry.sharedCode && message.textRuns !== undefined ? `[${message.textRuns.map(stringLiteral).join(', ')}]` : 'null';
  return `[${stringLiteral(entry.key)}, ${codeLiteral(entry.code)}, ${stringLiteral(entry.outcome)}, ${type}, ${entry.httpStatus}, ${hasParams(entry)}, ${stringLiteral(matchText(entry, message.constantText))}, ${runs}]`;
}

/** `[[name, type, steps into data or null], ...]`: each param, its type, and where the wire carries it. */
function paramSources(entry: EntryModel): string {
  return `[${entry.params.map((p) => `[${stringLiteral(p.name)}, ${stringLiteral(p.type)}, ${p.from === undefined ? 'null' : `[${p.from.map(stringLiteral).join(', ')}]`}]`).join(', ')}]`;
}
