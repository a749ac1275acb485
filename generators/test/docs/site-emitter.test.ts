/** The docs site emitter as a pure function: files, ids, locales, escaping, determinism, no external requests. */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitDocsPackage, renderSite } from '../../src/emit/docs/docs-package.js';
import { escapeHtml, markdownHtml, markdownRenderer, messageHtml } from '../../src/emit/docs/html-text.js';
import { schemaHtml } from '../../src/emit/docs/schema-html.js';
import { siteStrings } from '../../src/emit/docs/site-strings.js';
import { emitters } from '../../src/emit/emit-catalog.js';
import { problemFragment, problemType } from '../../src/emit/problem-facts.js';
import { catalog, entry, sampleCatalog, testContext } from '../support/model-fixtures.js';

const elements = (node: Root | Element): Element[] =>
  (node.children as ElementContent[]).flatMap((c) => (c.type === 'element' ? [c, ...elements(c)] : []));
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');
const page = (html: string) => elements(fromHtml(html));
const pages = (model = sampleCatalog()) => new Map(renderSite(model, testContext).map((f) => [f.path, f.contents]));

describe('emitDocsPackage', () => {
  it('is one of the emitters and writes package.json, README.md and one page per locale', () => {
    expect(emitters).toContain(emitDocsPackage);
    const pkg = emitDocsPackage(sampleCatalog(), testContext);
    expect(pkg.dir).toBe('sample-docs');
    expect(pkg.files.map((f) => f.path)).toEqual(['package.json', 'README.md', 'index.html', 'zh-CN/index.html']);
    const manifest = JSON.parse(pkg.files[0]!.contents) as Record<string, unknown>;
    expect(manifest).toMatchObject({ name: '@errata/sample-docs', version: '1.2.3', files: ['index.html', 'zh-CN/index.html'], errata: { catalog: 'sample', kind: 'docs' } });
  });

  it('is deterministic', () => {
    expect(emitDocsPackage(sampleCatalog(), testContext)).toEqual(emitDocsPackage(sampleCatalog(), testContext));
  });

  it('gives every public entry the id of its problem type fragment, and leaves internal entries out', () => {
    const model = sampleCatalog();
    for (const html of pages(model).values()) {
      const articles = page(html).filter((el) => el.tagName === 'article');
      // Group by group, in catalog order.
      const publicEntries = model.groups.flatMap((g) => g.keys.map((k) => model.entries.find((e) => e.key === k)!)).filter((e) => e.visibility === 'public');
      expect(articles.map((a) => a.properties['id'])).toEqual(publicEntries.map(problemFragment));
      for (const e of publicEntries.filter((x) => x.outcome === 'error')) expect(new URL(problemType(e, model)).hash).toBe(`#${problemFragment(e)}`);
      expect(html).not.toContain('LIMIT_GATEWAY');
      expect(html).not.toContain('ERROR_EXE_COMMAND');
      // Ids are unique on the page.
      const ids = page(html).map((el) => el.properties['id']).filter((id) => id !== undefined);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('puts the default locale at the root and the others in their folder, linked both ways', () => {
    const site = pages();
    const links = (html: string) => page(html).filter((el) => el.tagName === 'a' && el.properties['hrefLang'] !== undefined).map((a) => [a.properties['hrefLang'], a.properties['href'], a.properties['ariaCurrent'] ?? null]);
    expect(links(site.get('index.html')!)).toEqual([['en', 'index.html', 'page'], ['zh-CN', 'zh-CN/index.html', null]]);
    expect(links(site.get('zh-CN/index.html')!)).toEqual([['en', '../index.html', null], ['zh-CN', '../zh-CN/index.html', 'page']]);
    expect(site.get('zh-CN/index.html')).toContain('<html lang="zh-CN">');
  });

  it('shows translations, and marks texts that fall back to the default locale with its lang', () => {
    const zh = page(pages().get('zh-CN/index.html')!);
    const message = (key: string) => zh.find((el) => el.tagName === 'article' && el.properties['dataKey'] === key)!;
    const messageOf = (key: string) => elements(message(key)).find((el) => el.properties['dataField'] === 'message')!;
    expect(textOf(messageOf('NOT_EXIST_ACCOUNT'))).toBe('账户 {account} 不存在');
    expect(messageOf('NOT_EXIST_ACCOUNT').properties['lang']).toBeUndefined();
    expect(textOf(messageOf('RATE_LIMITED'))).toBe('Too many requests');
    expect(messageOf('RATE_LIMITED').properties['lang']).toBe('en');
    // The site's own words are in the page's language.
    expect(zh.some((el) => el.tagName === 'h4' && textOf(el) === siteStrings('zh-CN').strings.message)).toBe(true);
  });

  it('shows each entry: code, key, status, retryable, deprecation linked to its replacement, data schema, both example bodies', () => {
    const html = pages().get('index.html')!;
    const article = (key: string) => html.slice(html.indexOf(`data-key="${key}"`), html.indexOf('</article>', html.indexOf(`data-key="${key}"`)));
    const old = article('OLD_FAILURE');
    expect(old).toContain('<a href="#rate-limited"><code>RATE_LIMITED</code></a>');
    expect(old).toContain('<code>LEGACY_FAILURE</code>');
    const rate = article('RATE_LIMITED');
    expect(rate).toContain('data-retryable="true"');
    expect(rate).toContain('<dd data-field="status">429 Too Many Requests</dd>');
    expect(rate).toContain('id="rate-limited--envelope"');
    expect(rate).toContain('id="rate-limited--problem"');
    expect(rate).toContain('&quot;type&quot;: &quot;https://docs.example.com/errors#rate-limited&quot;');
    const queued = article('QUEUED');
    expect(queued).toContain('<code>taskId</code> <span class="schema-type">integer</span> <span class="schema-required">required</span>');
    // Only errors have a problem body.
    expect(queued).not.toContain('--problem');
    expect(article('NOT_EXIST_ACCOUNT')).toContain('Account <var>{account}</var> does not exist');
  });

  it('requests nothing from elsewhere: style and script inline, no external resource', () => {
    for (const html of pages().values()) {
      expect(html).not.toMatch(/<link\b|<script\b[^>]*\bsrc=|<img\b|@import|url\(|<iframe\b/i);
      expect(html.match(/<script>/g)).toHaveLength(1);
      expect(html.match(/<style>/g)).toHaveLength(1);
    }
  });

  it('escapes every catalog text, so none can inject markup or script', () => {
    const hostile = catalog([
      entry({ key: 'XSS', code: 1, message: '</code><script>alert(1)</script>', description: '<img src=x onerror=alert(1)> [x](javascript:alert(1))', solution: '"><svg onload=alert(1)>' }),
    ], { title: 'T </title><script>alert(1)</script>' });
    const html = renderSite(hostile, testContext)[0]!.contents;
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<img|<svg|javascript:/);
    const message = page(html).find((el) => el.properties['dataField'] === 'message')!;
    expect(textOf(message)).toBe('</code><script>alert(1)</script>');
  });
});

describe('messageHtml', () => {
  const rows: { given: string; want: string }[] = [
    { given: 'Account {account} does not exist', want: 'Account <var>{account}</var> does not exist' },
    { given: '{count, plural, one {# item} other {# items}} left', want: '<var>{count, plural, one {# item} other {# items}}</var> left' },
    { given: "Use '{'braces'}' literally", want: "Use '{'braces'}' literally" },
    { given: "It''s {n}", want: "It''s <var>{n}</var>" },
    { given: 'a < b & {x}', want: 'a &lt; b &amp; <var>{x}</var>' },
    { given: 'no placeholder', want: 'no placeholder' },
  ];
  it.each(rows)('$given', ({ given, want }) => {
    expect(messageHtml(given)).toBe(want);
    // The element's text is the ICU source, character for character.
    expect(textOf(fromHtml(`<code>${messageHtml(given)}</code>`, { fragment: true }).children[0] as ElementContent)).toBe(given);
  });
});

describe('schemaHtml and markdownHtml', () => {
  const words = siteStrings('en').strings.schema;
  const rows: { given: Record<string, unknown>; want: string }[] = [
    { given: { type: 'string', description: 'A name' }, want: '<p class="schema-root"><span class="schema-type">string</span> <span class="schema-description">A name</span></p>' },
    { given: { type: 'array', items: { type: 'integer' } }, want: '<p class="schema-root"><span class="schema-type">array of integer</span></p>' },
    { given: { enum: ['a', 'b'] }, want: '<p class="schema-root"><span class="schema-type">&quot;a&quot; | &quot;b&quot;</span></p>' },
    {
      given: { type: 'object', required: ['id'], properties: { id: { type: 'integer' }, note: { type: ['string', 'null'] } } },
      want: '<p class="schema-root"><span class="schema-type">object</span></p><ul class="schema"><li><code>id</code> <span class="schema-type">integer</span> <span class="schema-required">required</span></li><li><code>note</code> <span class="schema-type">string | null</span> <span class="schema-required">optional</span></li></ul>',
    },
  ];
  it.each(rows)('schema $want', ({ given, want }) => {
    expect(schemaHtml(given, words)).toBe(want);
  });

  it('renders Markdown safely', () => {
    expect(markdownHtml('Use `code` and <b>')).toBe('<p>Use <code>code</code> and &lt;b&gt;</p>');
    expect(escapeHtml('"<&>')).toBe('&quot;&lt;&amp;&gt;');
  });

  it('renders many texts with one parser exactly as one-off markdownHtml does, no text seeing another\'s definitions', () => {
    // In this order on purpose: a definition, footnote or lazy line of one text must not leak into the next.
    const texts = [
      'See [the guide][g].\n\n[g]: https://example.com/guide',
      'Again [the guide][g], now undefined.',
      'A note[^1].\n\n[^1]: The footnote.',
      'Another note[^1] without its definition.',
      '> quoted\nlazy continuation\n\n- a\n- b\n\n  c',
      '| a | b |\n|---|---|\n| 1 | 2 |',
      'Plain text with *emphasis*, `code`, <b>raw</b>, www.example.com and ~~strike~~.',
      '',
      '    indented code\n\nSetext\n===',
      'See [the guide][g].\n\n[g]: https://example.com/guide',
    ];
    const render = markdownRenderer();
    expect(texts.map(render)).toEqual(texts.map(markdownHtml));
  });

  it('takes the plain-paragraph shortcut only where micromark agrees (property)', () => {
    const render = markdownRenderer();
    // Mostly the shortcut's own characters, so it is taken often, with syntax characters mixed in.
    const plainChars = [...'aZäß1 .,-()/%!?;\'wW'];
    const syntaxChars = [...'*`_<>&":@[]\n#~|\\+=\t.'];
    const char = fc.oneof({ arbitrary: fc.constantFrom(...plainChars), weight: 6 }, { arbitrary: fc.constantFrom(...syntaxChars), weight: 2 });
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (picked) => {
        const text = picked.join('');
        expect(render(text)).toBe(markdownHtml(text));
      }),
      { numRuns: 4000 },
    );
    expect(render('Retry entry 7 later, or ask support.')).toBe('<p>Retry entry 7 later, or ask support.</p>');
  });
});
