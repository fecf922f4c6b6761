import { describe, expect, it } from 'vitest';
import { openPage, saveScreenshot, PHONE } from './browser';
import { waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('entity pages', () => {
  it('opens from a speaker on a result and shows aliases, counts, timeline, related entities and latest paragraphs', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=Zakharova`);
    await waitForResults(page);
    await page.getByRole('link', { name: 'About Maria Zakharova' }).first().click();
    await page.waitForURL((url) => url.pathname === `/entity/${encodeURIComponent('Maria Zakharova')}`, { waitUntil: 'commit' });
    await page.locator('#entity-title').waitFor();
    expect(await page.locator('#entity-title').textContent()).toBe('Maria Zakharova');
    expect(await page.locator('.entity-kind').textContent()).toBe('Person');
    expect(await page.locator('.entity-aliases').textContent()).toMatch(/Захарова/);
    expect(await page.locator('.entity-timeline tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('section[aria-labelledby="related-title"] a').count()).toBeGreaterThan(0);
    expect(await page.locator('.entity .hit').count()).toBeGreaterThan(0);
    // the paragraph count links to the filtered search
    const count = page.locator('.doc-meta a').first();
    expect(await count.getAttribute('href')).toBe(`/?actor=${encodeURIComponent('Maria Zakharova').replace(/%20/g, '+')}`);
    await saveScreenshot(page, 'entity-desktop');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves from entity to related entity through links', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/entity/Aleppo`);
    await page.locator('#entity-title').waitFor();
    const related = page.locator('section[aria-labelledby="related-title"] a').first();
    const name = (await related.textContent()) ?? '';
    await related.click();
    await page.waitForFunction((n) => document.querySelector('#entity-title')?.textContent === n, name);
    await page.context().close();
  });

  it('says so for an unknown entity', async () => {
    const { page } = await openPage(e2e.browser, PHONE);
    await page.goto(`${e2e.server.baseUrl}/entity/Nobody`);
    await page.getByRole('heading', { name: 'Entity not found' }).waitFor();
    await page.context().close();
  });

  it('renders at phone width', async () => {
    const { page } = await openPage(e2e.browser, PHONE);
    await page.goto(`${e2e.server.baseUrl}/entity/${encodeURIComponent('Maria Zakharova')}`);
    await page.locator('#entity-title').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'entity-phone');
    await page.context().close();
  });
});

describe('copying a paragraph', () => {
  it('copies the full paragraph URL from ¶ and a citation, and says so', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${e2e.server.baseUrl}/doc/alpha-aleppo-shelling`);
    await page.locator('.para').first().waitFor();
    await page.locator('.pilcrow').nth(1).click();
    await page.locator('.para-block').nth(1).locator('.copy-status', { hasText: 'Link copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${e2e.server.baseUrl}/doc/alpha-aleppo-shelling#p-2`);
    await page.locator('.para-block').nth(1).getByRole('button', { name: /Copy citation/ }).click();
    await page.locator('.para-block').nth(1).locator('.copy-status', { hasText: 'Citation copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Test Wire, “Moscow voices alarm over shelling of Aleppo neighbourhoods”, 10 Jun 2016. ${e2e.server.baseUrl}/doc/alpha-aleppo-shelling#p-2`,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
