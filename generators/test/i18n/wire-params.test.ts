/** Table-driven tests of the pure parts behind the client-side README: wire sources, the example body, the coverage text. */
import { describe, expect, it } from 'vitest';
import { clientCoverageLines } from '../../src/emit/i18n/client-readme.js';
import { clientReadiness, sampleValue, wireExample } from '../../src/emit/i18n/wire-params.js';
import { wireSource } from '../../src/model/param-source.js';
import type { EnvelopeModel, ParamModel } from '../../src/model/catalog-model.js';
import { catalog, entry } from '../support/model-fixtures.js';

const objectEnvelope: EnvelopeModel = { shape: 'object', codeType: 'string', fields: { code: 'code', message: 'msg', data: 'result' }, inferred: [] };
const arrayEnvelope: EnvelopeModel = { shape: 'array', codeType: 'integer', order: ['code', 'message', 'data'], inferred: [] };

describe('wireSource and sampleValue', () => {
  it.each<{ param: ParamModel; source: string | undefined; value: unknown }>([
    { param: { name: 'id', type: 'string', from: ['todo', 'id'], example: 'x1' }, source: 'data.todo.id', value: 'x1' },
    { param: { name: 'all', type: 'integer', from: [] }, source: 'data', value: 3 },
    { param: { name: 'due', type: 'date' }, source: undefined, value: Date.UTC(2024, 0, 2, 3, 4, 5) },
    { param: { name: 'due', type: 'date', example: '2020-05-06T00:00:00Z' }, source: undefined, value: Date.UTC(2020, 4, 6) },
    { param: { name: 'on', type: 'boolean' }, source: undefined, value: true },
    { param: { name: 'who', type: 'string' }, source: undefined, value: 'who' },
  ])('$param.name ($param.type)', ({ param, source, value }) => {
    expect(wireSource(param)).toBe(source);
    expect(sampleValue(param)).toBe(value);
  });
});

describe('wireExample', () => {
  it.each([
    {
      name: 'prefers a public error whose params all come over the wire, with a nested path',
      entries: [
        entry({ key: 'PLAIN', code: 'PLAIN', message: 'Plain' }),
        entry({ key: 'DUE', code: 'DUE', message: 'Due {due, date}', params: [{ name: 'due', type: 'date' }] }),
        entry({ key: 'GONE', code: 'GONE', message: 'Todo {id} is gone', params: [{ name: 'id', type: 'string', example: '7', from: ['todo', 'id'] }] }),
      ],
      envelope: objectEnvelope,
      key: 'GONE',
      body: { code: 'GONE', msg: 'Todo 7 is gone', result: { todo: { id: '7' } } },
    },
    {
      name: 'skips internal entries, non-errors and shared codes',
      entries: [
        entry({ key: 'OK', code: 0, message: 'ok', outcome: 'success' }),
        entry({ key: 'SECRET', code: 1, message: 'Secret {a}', visibility: 'internal', params: [{ name: 'a', type: 'string', from: ['a'] }] }),
        entry({ key: 'TWIN_A', code: 2, message: 'Twin {a}', sharedCode: true, params: [{ name: 'a', type: 'string', from: ['a'] }] }),
        entry({ key: 'TWIN_B', code: 2, message: 'Twin b', sharedCode: true }),
        entry({ key: 'LAST', code: 3, message: 'Last one' }),
      ],
      envelope: arrayEnvelope,
      key: 'LAST',
      body: [3, 'Last one'],
    },
    {
      name: 'sends a message it cannot fill in as written, and a whole-data param as data',
      entries: [entry({ key: 'MANY', code: 4, message: '{n, plural, one {# item} other {# items}}', params: [{ name: 'n', type: 'integer', from: [] }] })],
      envelope: arrayEnvelope,
      key: 'MANY',
      body: [4, '{n, plural, one {# item} other {# items}}', 3],
    },
    {
      name: 'writes a date as ISO 8601 text',
      entries: [entry({ key: 'LATE', code: 5, message: 'Late since {at, date}', params: [{ name: 'at', type: 'date', from: ['at'] }] })],
      envelope: arrayEnvelope,
      key: 'LATE',
      body: [5, 'Late since {at, date}', { at: '2024-01-02T03:04:05.000Z' }],
    },
    {
      name: 'keeps a "__proto__" step an own property',
      entries: [entry({ key: 'ODD', code: 'ODD', message: 'Odd {p}', params: [{ name: 'p', type: 'string', from: ['__proto__', 'x'] }] })],
      envelope: objectEnvelope,
      key: 'ODD',
      body: JSON.parse('{"code":"ODD","msg":"Odd p","result":{"__proto__":{"x":"p"}}}'),
    },
  ])('$name', ({ entries, envelope, key, body }) => {
    const example = wireExample(catalog(entries, { envelope }));
    expect(example?.entry.key).toBe(key);
    expect(JSON.stringify(example?.body)).toBe(JSON.stringify(body));
  });

  it('gives nothing when no public error has a code of its own', () => {
    expect(wireExample(catalog([entry({ key: 'OK', code: 0, message: 'ok', outcome: 'success' })]))).toBeUndefined();
  });
});

describe('clientCoverageLines', () => {
  const sourced = entry({ key: 'GONE', code: 1, message: 'Todo {id} is gone', params: [{ name: 'id', type: 'string', from: ['id'] }] });
  const plain = entry({ key: 'PLAIN', code: 2, message: 'Plain' });
  const due = entry({ key: 'DUE', code: 3, message: 'Due {due, date} for {who}', params: [{ name: 'due', type: 'date' }, { name: 'who', type: 'string' }] });
  const hidden = entry({ key: 'HIDDEN', code: 4, message: 'Hidden {x}', visibility: 'internal', params: [{ name: 'x', type: 'string' }] });

  it.each([
    { name: 'no params', entries: [plain], want: ['Every message can be formatted on the client: none of the 1 public message takes params.'], not: ['| Message |'] },
    {
      name: 'every param on the wire',
      entries: [plain, sourced, hidden],
      want: ['Every message can be formatted on the client: each of the 2 public messages takes no params or reads every param from the wire.', '| `GONE` | `id` | `data.id` |'],
      not: ['HIDDEN'],
    },
    {
      name: 'params off the wire',
      entries: [plain, sourced, due],
      want: ['2 of 3 public messages can be formatted on the client', '- `DUE`: `due`, `who` are not on the wire; problem bodies carry them.', '| `DUE` | `who` | not on the wire |'],
      not: ['- `GONE`', '- `PLAIN`'],
    },
  ])('$name', ({ entries, want, not }) => {
    const text = clientCoverageLines(catalog(entries)).join('\n');
    for (const line of want) expect(text).toContain(line);
    for (const line of not) expect(text).not.toContain(line);
    expect(clientReadiness(catalog(entries)).filter((r) => r.unsourced.length > 0).map((r) => r.entry.key)).toEqual(entries.includes(due) ? ['DUE'] : []);
  });
});
