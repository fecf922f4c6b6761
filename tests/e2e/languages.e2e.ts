import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { facetCheckbox, readFacet, readTotal, searchParams, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const MULTILINGUAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/multilingual');

const e2e = useE2E(MULTILINGUAL);

describe('the Language facet', () => {
  it('names each language, filters by it through the URL, and keeps its state on reload', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=Zakharova`);
    await waitForResults(page);
    const languages = await readFacet(page, 'lang');
    expect(languages.map((l) => l.value).sort()).toEqual(['English', 'Русский (Russian)', 'العربية (Arabic)'].sort());
    const all = await readTotal(page);

    await facetCheckbox(page, 'lang', 'Русский (Russian)').check();
    await page.waitForURL((url) => url.searchParams.getAll('lang').join() === 'ru', { waitUntil: 'commit' });
    await waitForResults(page);
    const russian = languages.find((l) => l.value === 'Русский (Russian)')!.count;
    expect(await readTotal(page)).toBe(russian);
    expect(russian).toBeLessThan(all);
    expect(await page.locator('.active-filters .chip-lang').textContent()).toContain('Русский (Russian)');

    await page.reload();
    await waitForResults(page);
    expect(searchParams(page).getAll('lang')).toEqual(['ru']);
    expect((await readFacet(page, 'lang')).find((l) => l.value === 'Русский (Russian)')?.checked).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the corpus size and when it was last updated in the header', async () => {
    const { page } = await openPage(e2e.browser, { width: 1280, height: 800 });
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    await page.waitForSelector('.corpus-status');
    expect(await page.locator('.corpus-status').textContent()).toMatch(/^\s*7 documents · \d+ paragraphs · updated (just now|\d+ minutes? ago)\s*$/);
    await page.context().close();
  });
});
