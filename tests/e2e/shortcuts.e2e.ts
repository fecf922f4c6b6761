import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

const currentTitle = (page: import('playwright-core').Page) =>
  page.evaluate(() => (document.activeElement?.closest('.hit-title') ? document.activeElement.textContent : null));

describe('keyboard shortcuts', () => {
  it('moves with j and k between results and opens the current one with o', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    const titles = await page.locator('.hits .hit-title a').allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('j');
    expect(await currentTitle(page)).toBe(titles[0]);
    await page.keyboard.press('j');
    expect(await currentTitle(page)).toBe(titles[1]);
    await page.keyboard.press('k');
    expect(await currentTitle(page)).toBe(titles[0]);
    const href = (await page.locator('.hits .hit-title a').first().getAttribute('href')) ?? '';
    await page.keyboard.press('o');
    await page.waitForURL((url) => url.pathname === href.split(/[?#]/)[0], { waitUntil: 'commit' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('focuses the search box with / and types j there as text', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('j');
    expect(await page.locator('#search-input').inputValue()).toBe('j');
    await page.context().close();
  });

  it('shows the shortcuts and the query language on ? and from the help button, and closes on Escape', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Searching and shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/actor:name/);
    expect(await dialog.textContent()).toMatch(/outlet:/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Search help and keyboard shortcuts' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.context().close();
  });
});
