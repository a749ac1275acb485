import { describe, expect, it } from 'vitest';
import { catalogRowLoader } from '../support/catalog-rows.js';

/**
 * The message rules row by row (`undeclared-param`, `param-type`, `translation-placeholders`,
 * `icu-syntax` in a locale file): the file, line:column and the whole text the user reads.
 */
interface Row {
  name: string;
  /** Entry A's message and params (flow map), as YAML. */
  message: string;
  params?: string;
  /** The `entries:` of locales/ru.yaml, as YAML lines under it. */
  ru?: string;
  /** `file line:column rule: message` of every diagnostic of these rules. */
  want: string[];
  others?: string[];
}

const catalog = ({ message, params }: Row) => `id: demo
title: Demo
version: 1.0.0
defaultLocale: en
locales: [en, ru]
envelope: { shape: object, codeType: integer }
groups:
  - name: general
    entries:
      - key: A
        code: 1
        message: ${message}
${params === undefined ? '' : `        params: ${params}\n`}`;

const rules = new Set(['undeclared-param', 'param-type', 'unused-param', 'translation-placeholders', 'icu-syntax']);

const rows: Row[] = [
  { name: 'an undeclared plain placeholder suggests a string', message: '"Hi {who}"', want: ['catalog.yaml 12:18 undeclared-param: message of `A` uses `{who}`, which is not declared; add `params: { who: { type: string } }`'] },
  { name: 'an undeclared number placeholder suggests a number', message: '"{n, number} left"', want: ['catalog.yaml 12:18 undeclared-param: message of `A` uses `{n}`, which is not declared; add `params: { n: { type: number } }`'] },
  { name: 'a boolean used as text gets the select hint', message: '"Flag {f}"', params: '{ f: { type: boolean } }', want: ['catalog.yaml 13:30 param-type: param `f` is declared boolean, but the message uses it as `argument`, which needs string or number or integer or date; use it in a select: `{f, select, true {…} other {…}}`'] },
  { name: 'a boolean used as a number gets no select hint', message: '"{f, number}"', params: '{ f: { type: boolean } }', want: ['catalog.yaml 13:30 param-type: param `f` is declared boolean, but the message uses it as `number`, which needs number or integer'] },
  { name: 'a translation that is not ICU', message: '"Hi {who}"', params: '{ who: { type: string } }', ru: '  A: { message: "Привет {who" }', want: ["locales/ru.yaml 3:17 icu-syntax: translated message of `A` is not valid ICU MessageFormat: a '{' placeholder is not closed with '}' (EXPECT_ARGUMENT_CLOSING_BRACE) at character 8"] },
  { name: 'a translation with another placeholder', message: '"Hi {who}"', params: '{ who: { type: string } }', ru: '  A: { message: "Привет {whom}" }', want: ['locales/ru.yaml 3:17 translation-placeholders: translated message of `A` has placeholders {whom:any} but the source message has {who:any}; keep the same placeholders and types'] },
  { name: 'a translation of a key the catalog lacks', message: '"Hi {who}"', params: '{ who: { type: string } }', ru: '  B: { message: "Привет {whom}" }', want: [], others: ['unknown-key'] },
  { name: 'a translation that is not a mapping', message: '"Hi {who}"', params: '{ who: { type: string } }', ru: '  A: "Привет {whom}"', want: [], others: ['schema-type'] },
  { name: 'a translation without a message', message: '"Hi {who}"', params: '{ who: { type: string } }', ru: '  A: { description: x }', want: [] },
  { name: 'a translation of a source that is not ICU', message: '"Hi {who"', ru: '  A: { message: "Привет {whom}" }', want: [], others: ['icu-syntax'] },
];

const load = catalogRowLoader();

describe('message rules', () => {
  it.each(rows)('$name', (row) => {
    const { diagnostics } = load({ 'demo/catalog.yaml': catalog(row), 'demo/locales/ru.yaml': `locale: ru\nentries:${row.ru === undefined ? ' {}' : `\n${row.ru}`}\n` });
    const ours = diagnostics.filter((d) => rules.has(d.rule) && !(row.others ?? []).includes(d.rule));
    expect(ours.map((d) => `${d.file.replace('demo/', '')} ${d.line}:${d.column} ${d.rule}: ${d.message}`)).toEqual(row.want);
    expect(diagnostics.filter((d) => d.severity === 'error' && !ours.includes(d)).map((d) => d.rule)).toEqual(row.others ?? []);
  });
});
