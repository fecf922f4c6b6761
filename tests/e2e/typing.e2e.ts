import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { readTotal, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('typing a query', () => {
  it('keeps the previous results on screen while half-typed words match nothing', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=Aleppo`);
    await waitForResults(page);
    await page.evaluate(() => {
      const w = window as unknown as { sawEmpty: boolean };
      w.sawEmpty = false;
      new MutationObserver(() => {
        if (document.querySelector('.empty-state')) w.sawEmpty = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.locator('#search-input').click();
    await page.keyboard.press('Control+A');
    // each prefix of "shelling" is searched on its own (slower than the typing delay); "sh", "she" match nothing
    await page.keyboard.type('shelling', { delay: 220 });
    await page.waitForURL((url) => url.searchParams.get('q') === 'shelling', { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await readTotal(page)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { sawEmpty: boolean }).sawEmpty)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says nothing matches once typing pauses on a word that matches nothing', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=Aleppo`);
    await waitForResults(page);
    await page.locator('#search-input').fill('zzzqqqx');
    await page.locator('.empty-state').waitFor();
    expect(await readTotal(page)).toBe(0);
    await page.context().close();
  });
});

describe('did you mean', () => {
  it('offers the corrected spelling as a link that runs it', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shellng`);
    await waitForResults(page);
    const typoTotal = await readTotal(page);
    const link = page.locator('.did-you-mean a');
    expect(await link.textContent()).toBe('shelling');
    await link.click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'shelling', { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await readTotal(page)).toBeGreaterThan(typoTotal);
    expect(await page.locator('.did-you-mean').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
