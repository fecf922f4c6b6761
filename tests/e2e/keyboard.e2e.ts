import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, openPage } from './browser';
import { searchParams, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('keyboard use', () => {
  it('searches, picks a suggestion, ticks a facet and opens a result without a mouse', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);

    await page.keyboard.press('/');
    expect(await focusedId(page)).toBe('search-input');
    await page.keyboard.type('zakh', { delay: 30 });
    const option = page.locator('#suggestions [role="option"]').first();
    await option.waitFor();
    expect(await page.locator('#search-input').getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#search-input').getAttribute('aria-activedescendant')).toBe('suggestion-0');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    const value = (await option.locator('.suggestion-value').textContent()) ?? '';
    const kindText = (await option.locator('.kind').textContent()) ?? '';
    await page.keyboard.press('Enter');
    if (kindText === 'Word') {
      await page.waitForURL((url) => url.searchParams.get('q') === value.trim(), { waitUntil: 'commit' });
    } else {
      await page.waitForURL((url) => [...url.searchParams.values()].includes(value), { waitUntil: 'commit' });
      expect(await page.locator('#search-input').inputValue()).toBe('');
      expect(await page.locator('.active-filters').textContent()).toContain(value);
    }
    await waitForResults(page);
    expect(await focusedId(page)).toBe('search-input');

    await tabTo(page, 'fieldset[data-facet="location"] input[type="checkbox"]');
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.has('location'), { waitUntil: 'commit' });
    await waitForResults(page);

    await tabTo(page, '.hit-title a');
    const href = (await page.evaluate(() => document.activeElement?.getAttribute('href'))) ?? '';
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/doc/'), { waitUntil: 'commit' });
    const anchor = href.split('#')[1] ?? '';
    await page.locator(`p#${anchor}.is-target`).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('closes suggestions on Escape and clears the query on a second Escape', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    await page.keyboard.press('/');
    await page.keyboard.type('ale', { delay: 30 });
    await page.locator('#suggestions [role="option"]').first().waitFor();
    await page.waitForURL((url) => url.searchParams.get('q') === 'ale', { waitUntil: 'commit' });
    await page.keyboard.press('Escape');
    await page.locator('#suggestions').waitFor({ state: 'hidden' });
    expect(await page.locator('#search-input').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#search-input').inputValue()).toBe('ale');
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('q'), { waitUntil: 'commit' });
    expect(await page.locator('#search-input').inputValue()).toBe('');
    await page.context().close();
  });

  it('searches on Enter and closes the suggestions', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    await page.keyboard.press('/');
    await page.keyboard.type('idlib', { delay: 30 });
    await page.locator('#suggestions [role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#suggestions').waitFor({ state: 'hidden' });
    await page.waitForURL((url) => url.searchParams.get('q') === 'idlib', { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('selects months on the histogram with arrows, Enter and Shift+Enter', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    await page.locator('.bar-hit').first().waitFor();
    const keys = await page.locator('.bar-hit').evaluateAll((bars) => bars.map((b) => b.getAttribute('data-key') ?? ''));
    expect(keys.length).toBeGreaterThanOrEqual(3);
    await tabTo(page, '.bar-hit');
    // the single tab stop of an unselected chart is its last bar
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('from') === keys[1] && url.searchParams.get('to') === keys[1], { waitUntil: 'commit' });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+Enter');
    await page.waitForURL((url) => url.searchParams.get('from') === keys[1] && url.searchParams.get('to') === keys[3], { waitUntil: 'commit' });
    expect(searchParams(page).get('to')).toBe(keys[3]);
    await page.context().close();
  });
  it('skips past the filters from the search box to the results with one link', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    await page.keyboard.press('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip filters to the results');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // the next stop is in the results column, not the first facet
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main#main')))).toBe(true);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#filters')))).toBe(false);
    await page.context().close();
  });

  it('closes the phone filter panel on Escape and hands focus back to its toggle', async () => {
    const { page } = await openPage(e2e.browser, PHONE);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    await tabTo(page, '.filters-toggle');
    await page.keyboard.press('Enter');
    await page.locator('#filters.open').waitFor();
    await tabTo(page, 'fieldset[data-facet="speaker"] input[type="checkbox"]');
    await page.keyboard.press('Escape');
    await page.locator('#filters').waitFor({ state: 'hidden' });
    expect(await page.locator('.filters-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('filters-toggle'))).toBe(true);
    await page.context().close();
  });
});
