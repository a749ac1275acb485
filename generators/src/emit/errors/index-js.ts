/** The statements of a generated `index.js` (ES2022, no types). */
import type { CatalogModel, EntryModel } from '../../model/catalog-model.js';
import { problemTitle, problemType } from '../problem-facts.js';
import { errorEntries, hasParams, matchText } from './entry-facts.js';
import { compileMessage, type CompiledMessage } from './icu-compile.js';
import { paramAccess } from '../icu-runtime.js';
import { runtimeHead, runtimeTail } from './runtime-js.js';
import { codeLiteral, stringLiteral } from './string-literal.js';
import { StructureKind, type ClassDeclarationStructure, type Statement } from './ts-printer.js';

/** Every statement of index.js after the header line. */
export function indexJsStatements(catalog: CatalogModel): Statement[] {
  // Each message is parsed and compiled once.
  const messages = new Map(catalog.entries.map((entry) => [entry, compileMessage(entry.message, paramAccess('params'))] as const));
  return [
    codesStatement(catalog),
    ...runtimeHead(catalog),
    ...errorEntries(catalog).map((entry) => entryClass(entry, catalog, messages.get(entry)!)),
    ...runtimeTail(catalog, catalog.entries.map((entry) => tableRow(entry, messages.get(entry)!))),
  ];
}

/** `codes`: a frozen null-prototype object whose keys are all own (computed keys, so `__proto__` is a key). */
function codesStatement(catalog: CatalogModel): string {
  const members = catalog.entries.map((e) => `  [${stringLiteral(e.key)}]: ${codeLiteral(e.code)},`);
  return `export const codes = /* @__PURE__ */ Object.freeze({\n  __proto__: null,\n${members.join('\n')}\n});`;
}

function entryClass(entry: EntryModel, catalog: CatalogModel, message: CompiledMessage): ClassDeclarationStructure {
  const withParams = hasParams(entry);
  const statics: Array<[string, string]> = [
    ['key', stringLiteral(entry.key)],
    ['code', codeLiteral(entry.code)],
    ['httpStatus', String(entry.httpStatus)],
    ['retryable', String(entry.retryable)],
    ['title', stringLiteral(problemTitle(entry, catalog, message.constantText))],
    ['problemType', stringLiteral(problemType(entry, catalog))],
  ];
  if (withParams) statics.push(['paramSources', paramSources(entry)]);
  return {
    kind: StructureKind.Class,
    name: entry.className,
    isExported: true,
    extends: 'CatalogError',
    properties: statics.map(([name, initializer]) => ({ name, isStatic: true, initializer })),
    ctors: [
      {
        parameters: withParams ? [{ name: 'params' }, { name: 'options' }] : [{ name: 'options' }],
        statements: [`super(${stringLiteral(entry.className)}, ${message.expression}, ${withParams ? 'params' : 'undefined'}, options);`],
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
