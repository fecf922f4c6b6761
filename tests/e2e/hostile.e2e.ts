// A corpus full of markup and script (text, titles, sources, URLs, facet values) shows as inert text everywhere in the browser.
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/build-documents';
import { createEntityResolver } from '../../src/pipeline/entity-resolver';
import { createSearchEngine } from '../../src/search/engine';
import { createApp } from '../../src/server/app';
import { mountPages } from '../../src/server/pages';
import { bundleWeb } from '../../src/web-build/bundle-web';
import { HOSTILE_STRINGS, hostileDocuments } from '../fixtures/reliability/hostile-documents';
import { launchBrowser, openPage } from './browser';
import { waitForResults } from './page-helpers';

const HOSTILE_CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/reliability/hostile-corpus');

let browser: Browser;
let baseUrl: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const { files } = await bundleWeb();
  const distDir = path.dirname(files[0] ?? '');
  // Files through the real ingest path, plus documents whose facet values (speaker, actors, groups) are hostile too.
  const { documents } = await buildDocuments(HOSTILE_CORPUS);
  const engine = createSearchEngine([...documents, ...hostileDocuments], { resolveEntities: createEntityResolver() });
  const app = createApp(engine, { mountPages: (a) => void mountPages(a, { distDir }) });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  if (!server.listening) await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await close?.();
});

interface Injected {
  scripts: string[];
  foreign: string[];
  handlers: string[];
  scriptUrls: string[];
}

/** Everything on the page that the corpus could have injected: extra scripts, foreign elements, handlers, javascript: links. */
function findInjected(page: Page): Promise<Injected> {
  return page.evaluate(() => {
    // Where corpus text is shown; the UI's own links and icons live outside these.
    const CONTENT = '.snippet, .outlet, .facet-name, .suggestion-value, .doc p, #doc-title';
    const all = [...document.querySelectorAll('*')];
    return {
      scripts: [...document.querySelectorAll('script')].map((s) => s.src || s.textContent || ''),
      foreign: all
        .filter((el) => {
          if (['IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) return true;
          if (!el.closest(CONTENT)) return false;
          // The document view links entity names to a search: same-site paths only.
          if (el.tagName === 'A') return !/^\/[^/]/.test(el.getAttribute('href') ?? '');
          return ['svg', 'B', 'SCRIPT'].includes(el.tagName);
        })
        .map((el) => el.outerHTML.slice(0, 80)),
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
      scriptUrls: [...document.querySelectorAll('[href], [src], [action]')]
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
        .filter((url) => /^\s*javascript:/i.test(url)),
    };
  });
}

function expectInert(injected: Injected, errors: string[]): void {
  expect(injected.scripts).toHaveLength(1);
  expect(injected.scripts[0]).toMatch(/\/app\.js/);
  expect(injected.foreign).toEqual([]);
  expect(injected.handlers).toEqual([]);
  expect(injected.scriptUrls).toEqual([]);
  expect(errors).toEqual([]);
}

describe('hostile corpus in the browser', () => {
  it('shows markup in results, titles, sources, snippets and facets as literal text', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/?q=shelling&limit=50`);
    await waitForResults(page);
    expect(await page.locator('.hit').count()).toBeGreaterThan(3);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('<script>alert("wire-title")</script> Shelling in Aleppo');
    expect(text).toContain("<img src=x onerror=alert('title')> Aleppo shelling report");
    expect(text).toContain('<script>alert("text")</script>');
    expect(text).toContain('"><svg onload=alert(3)>');
    // snippets: <mark> is the only element, never anything from the text
    const snippetTags = await page.$$eval('.hit .snippet *', (els) => [...new Set(els.map((el) => el.tagName))]);
    expect(snippetTags).toEqual(['MARK']);
    const facetNames = await page.locator('.facet-name').allTextContents();
    expect(facetNames).toContain(HOSTILE_STRINGS[3]);
    expectInert(await findInjected(page), errors);
    await page.context().close();
  });

  it('shows a hostile document with its title, source and paragraphs as text and no javascript: link', async () => {
    for (const id of ['hostile-wire', 'hostile-record', 'hostile-1']) {
      const { page, errors } = await openPage(browser);
      await page.goto(`${baseUrl}/doc/${id}`);
      await page.locator('#doc-title').waitFor();
      const title = (await page.locator('#doc-title').textContent()) ?? '';
      expect(title).toMatch(/<script>|<img src=x/);
      const body = await page.locator('main').innerText();
      expect(body).toMatch(/<script>alert|<iframe src=|<img src=x/);
      expect(await page.locator('a.source-link').count()).toBe(0);
      expectInert(await findInjected(page), errors);
      await page.context().close();
    }
  });

  it.each([
    ['Spokes', 'Spokesman "><svg onload=alert(3)>'],
    ['onerr', '<img src=x onerror="alert(2)">'],
    ["'><ifr", "'><iframe src=javascript:alert(4)>"],
  ])('shows suggestions for %s as literal text', async (typed, expected) => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${baseUrl}/`);
    await waitForResults(page);
    await page.locator('#search-input').click();
    await page.keyboard.type(typed, { delay: 30 });
    const option = page.locator('#suggestions [role="option"] .suggestion-value', { hasText: expected });
    await option.first().waitFor();
    expect(await option.first().textContent()).toBe(expected);
    const optionTags = await page.$$eval('#suggestions [role="option"] *', (els) => [...new Set(els.map((el) => el.tagName))]);
    for (const tag of optionTags) expect(['SPAN', 'MARK', 'STRONG']).toContain(tag);
    expectInert(await findInjected(page), errors);
    await page.context().close();
  });
});
