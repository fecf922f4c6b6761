import { describe, expect, it } from 'vitest';
import { openPage, saveScreenshot, PHONE } from './browser';
import { waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('group by article', () => {
  it('shows one result per article with its other paragraphs, keeps the toggle in the URL, and turns off again', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=Russia`);
    await waitForResults(page);
    const docsOf = async () => (await page.locator('.hits > .hit .hit-title a').evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').split(/[?#]/)[0])));
    const flat = await docsOf();
    const articles = [...new Set(flat)];
    expect(articles.length).toBeLessThan(flat.length);

    await page.getByLabel('Group by article').check();
    await page.waitForURL((url) => url.searchParams.get('group_by') === 'doc', { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await docsOf()).toEqual(articles);
    // the article with several matching paragraphs lists the others under its best one
    const extra = await page.locator('.more-paragraphs li').count();
    const more = (await page.locator('.more-in-article').allTextContents()).reduce((sum, t) => sum + Number(/\d+/.exec(t)?.[0] ?? 0), 0);
    expect(extra).toBeGreaterThan(0);
    expect(extra + more).toBe(flat.length - articles.length);
    await saveScreenshot(page, 'grouped-desktop');

    await page.reload();
    await waitForResults(page);
    expect(await page.getByLabel('Group by article').isChecked()).toBe(true);
    await page.getByLabel('Group by article').uncheck();
    await page.waitForURL((url) => !url.searchParams.has('group_by'), { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await docsOf()).toEqual(flat);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a phone width when grouped', async () => {
    const { page } = await openPage(e2e.browser, PHONE);
    await page.goto(`${e2e.server.baseUrl}/?q=Russia&group_by=doc`);
    await waitForResults(page);
    await page.locator('.more-paragraphs').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'grouped-phone');
    await page.context().close();
  });
});
