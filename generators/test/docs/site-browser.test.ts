/// <reference lib="dom" />
/**
 * The docs site in a real browser (Debian's Chromium, driven by playwright-core): two seed sites
 * generated from their catalogs and served from 127.0.0.1. Each locale loads with every public
 * entry and no request beyond its own pages; search and filters leave the right entries; a problem
 * `type` URL's fragment lands on its entry, in view and highlighted; the language switcher keeps the
 * entry; copy buttons copy the example; axe-core finds nothing serious or critical, light and dark;
 * with scripts off every entry is there. Screenshots go to generators/test/artifacts/docs/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitDocsPackage } from '../../src/emit/docs/docs-package.js';
import { envelopeBody } from '../../src/emit/example-bodies.js';
import { problemFragment, problemType } from '../../src/emit/problem-facts.js';
import type { CatalogModel, EntryModel } from '../../src/model/catalog-model.js';
import { chromiumArgs, ensureChromium } from '../support/chromium.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
import { testContext } from '../support/model-fixtures.js';
import { workspaceCatalog } from '../support/workspace-catalogs.js';

const seeds = ['agent-ops', 'sms-api'] as const;
const artifacts = join(import.meta.dirname, '../artifacts/docs');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Site {
  readonly model: CatalogModel;
  readonly server: StaticServer;
  readonly publicEntries: readonly EntryModel[];
}

let browser: Browser;
let root: string;
const sites = new Map<string, Site>();
const axeFigures: Record<string, { violations: number; serious: number; rules: string[] }> = {};

beforeAll(async () => {
  const executablePath = ensureChromium();
  root = mkdtempSync(join(tmpdir(), 'docs-site-'));
  mkdirSync(artifacts, { recursive: true });
  for (const id of seeds) {
    const model = workspaceCatalog(id);
    const dir = join(root, id);
    for (const file of emitDocsPackage(model, testContext).files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.contents);
    }
    sites.set(id, { model, server: await serveStatic(dir), publicEntries: model.entries.filter((e) => e.visibility === 'public') });
  }
  browser = await chromium.launch({ executablePath, args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  for (const site of sites.values()) await site.server.close();
  if (root) rmSync(root, { recursive: true, force: true });
  writeFileSync(join(artifacts, 'axe.json'), `${JSON.stringify(axeFigures, null, 2)}\n`);
});

/** A page that fails the test on any script error and records every URL it asks for. */
async function openPage(options: { javaScriptEnabled?: boolean; width?: number; height?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; urls: string[]; errors: string[] }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const urls: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, urls, errors };
}

const visibleIds = (page: Page) => page.$$eval('[data-entry]', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.id));
const pageUrl = (site: Site, locale: string) => `${site.server.url}/${locale === site.model.defaultLocale ? '' : `${locale}/`}index.html`;

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  axeFigures[label] = { violations: result.length, serious: serious.length, rules: result.map((v) => `${v.id} (${v.impact}, ${v.nodes})`) };
  return serious.map((v) => `${v.id} (${v.impact}) on ${v.nodes} nodes`);
}

describe.each(seeds)('the %s site in Chromium', (id) => {
  const site = () => sites.get(id)!;

  it('shows every public entry on each locale page, ids equal to problem type fragments, and requests nothing else', async () => {
    const { model, publicEntries, server } = site();
    const { page, urls, errors } = await openPage();
    for (const locale of model.locales) {
      await page.goto(pageUrl(site(), locale));
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      expect(await visibleIds(page)).toEqual(publicEntries.map(problemFragment));
      // Internal entries never reach the public page.
      for (const internal of model.entries.filter((e) => e.visibility === 'internal')) expect(await page.$(`[data-key="${internal.key}"]`)).toBeNull();
    }
    expect(urls.filter((u) => !u.startsWith(`${server.url}/`))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows the entries by search text, group, status and retryable', async () => {
    const { model, publicEntries } = site();
    const { page } = await openPage();
    await page.goto(pageUrl(site(), model.defaultLocale));
    const sample = publicEntries[publicEntries.length - 1]!;
    await page.fill('#filter-text', sample.key.toLowerCase());
    const byKey = await visibleIds(page);
    expect(byKey).toContain(problemFragment(sample));
    expect(byKey.length).toBeLessThan(publicEntries.length);
    await page.fill('#filter-text', String(sample.code));
    expect(await visibleIds(page)).toContain(problemFragment(sample));
    await page.fill('#filter-text', 'no entry says xyzzy-plugh');
    expect(await visibleIds(page)).toEqual([]);
    expect(await page.isVisible('[data-no-match]')).toBe(true);
    await page.fill('#filter-text', '');

    const status = sample.httpStatus;
    await page.selectOption('#filter-status', String(status));
    expect(await visibleIds(page)).toEqual(publicEntries.filter((e) => e.httpStatus === status).map(problemFragment));
    await page.selectOption('#filter-status', '');
    await page.selectOption('#filter-retryable', 'true');
    expect(await visibleIds(page)).toEqual(publicEntries.filter((e) => e.retryable).map(problemFragment));
    await page.selectOption('#filter-retryable', '');
    await page.selectOption('#filter-group', sample.group);
    expect(await visibleIds(page)).toEqual(publicEntries.filter((e) => e.group === sample.group).map(problemFragment));
    expect(await page.textContent('[data-count]')).toContain(String(publicEntries.filter((e) => e.group === sample.group).length));
    await page.click('button[type="reset"]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-entry]:not([hidden])').length === n, publicEntries.length);
    await page.context().close();
  });

  it('lands a problem type URL on its entry, in view and highlighted, and keeps it across a language switch', async () => {
    const { model, publicEntries } = site();
    const target = publicEntries.filter((e) => e.outcome === 'error').at(-1)!;
    const type = new URL(problemType(target, model));
    const fragment = type.hash.slice(1);
    expect(fragment).toBe(problemFragment(target));
    const { page, errors } = await openPage();
    for (const [width, height, name] of [[1280, 900, 'desktop'], [390, 844, 'phone']] as const) {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${pageUrl(site(), model.defaultLocale)}#${fragment}`);
      const entry = page.locator(`[id="${fragment}"]`);
      await expect.poll(() => entry.evaluate((e) => e.classList.contains('is-target'))).toBe(true);
      expect(await entry.evaluate((e) => e.matches(':target'))).toBe(true);
      const box = (await entry.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(height);
      // Highlighted: its background differs from an entry that is not the target.
      const other = publicEntries.find((e) => e !== target)!;
      const background = (sel: string) => page.$eval(sel, (e) => getComputedStyle(e).backgroundColor);
      expect(await background(`[id="${fragment}"]`)).not.toBe(await background(`[id="${problemFragment(other)}"]`));
      await page.screenshot({ path: join(artifacts, `${id}-${name}.png`) });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: join(artifacts, `${id}-${name}-dark.png`) });
    }
    expect(errors).toEqual([]);

    const other = model.locales.find((l) => l !== model.defaultLocale);
    if (other !== undefined) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${pageUrl(site(), model.defaultLocale)}#${fragment}`);
      await page.click(`.languages a[hreflang="${other}"]`);
      await page.waitForURL(`**/${other}/index.html#${fragment}`);
      expect(await page.getAttribute('html', 'lang')).toBe(other);
      await expect.poll(() => page.locator(`[id="${fragment}"]`).evaluate((e) => e.classList.contains('is-target'))).toBe(true);
      await page.screenshot({ path: join(artifacts, `${id}-${other}-desktop.png`) });
    }
    await page.context().close();
  });

  it('copies an example body with its copy button, and prints every entry without the controls', async () => {
    const { model, publicEntries } = site();
    const { page } = await openPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().server.url });
    await page.goto(pageUrl(site(), model.defaultLocale));
    const entry = publicEntries[0]!;
    await page.click(`[data-copy="${problemFragment(entry)}--envelope"]`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toEqual(envelopeBody(model, entry));
    // Printed: every entry, without the controls.
    await page.emulateMedia({ media: 'print' });
    await page.reload();
    expect(await visibleIds(page)).toEqual(publicEntries.map(problemFragment));
    for (const chrome of ['[data-filters]', '.languages', 'button.copy']) expect(await page.isVisible(chrome)).toBe(false);
    await page.context().close();
  });

  it('has no serious or critical axe-core violations on every locale, and none in dark mode', async () => {
    const { model } = site();
    const { page } = await openPage();
    for (const locale of model.locales) {
      await page.goto(pageUrl(site(), locale));
      expect(await seriousViolations(page, `${id} ${locale} light`)).toEqual([]);
    }
    // Colours are the only thing dark mode changes: one page shows whether their contrast holds.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(pageUrl(site(), model.defaultLocale));
    expect(await seriousViolations(page, `${id} ${model.defaultLocale} dark`)).toEqual([]);
    // The check can fail: a nameless image and faint text on this page are reported.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'axe-probe';
      probe.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p style="color:#777;background:#888">faint</p>';
      document.querySelector('main')!.append(probe);
    });
    const probe = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: Element) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document.getElementById('axe-probe')!)).violations.map((v) => v.id).sort();
    });
    expect(probe).toEqual(['color-contrast', 'image-alt']);
    await page.context().close();
  });

  it('is complete with scripts off: every entry shown, no dead controls', async () => {
    const { model, publicEntries } = site();
    const { page } = await openPage({ javaScriptEnabled: false });
    for (const locale of model.locales) {
      await page.goto(pageUrl(site(), locale));
      expect(await visibleIds(page)).toEqual(publicEntries.map(problemFragment));
      expect(await page.isVisible('[data-filters]')).toBe(false);
      expect(await page.$$eval('button.copy', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
    }
    await page.screenshot({ path: join(artifacts, `${id}-no-script.png`) });
    await page.context().close();
  });
});
