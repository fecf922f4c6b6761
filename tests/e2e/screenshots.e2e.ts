import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, DESKTOP, PHONE, openPage, saveScreenshot } from './browser';
import { readFacet, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.locator('.bar-hit').first().waitFor({ state: 'attached' });
}

/** The page is no wider than the viewport (nothing forces sideways scrolling). */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe.each([
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const)('screens at %s width', (name, viewport) => {
  it('renders the search page, a filtered search and a document without errors', async () => {
    const { page, errors } = await openPage(e2e.browser, viewport);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    await settle(page);
    expect(await fitsWidth(page)).toBe(true);
    await saveScreenshot(page, `${name}-search`);

    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    const speaker = (await readFacet(page, 'speaker'))[0]?.value ?? '';
    const location = (await readFacet(page, 'location'))[0]?.value ?? '';
    await page.goto(`${e2e.server.baseUrl}/?${new URLSearchParams([['speaker', speaker], ['location', location], ['from', '2016-06'], ['to', '2016-08']])}`);
    await waitForResults(page);
    await settle(page);
    expect(await fitsWidth(page)).toBe(true);
    await saveScreenshot(page, `${name}-filtered`);

    const href = (await page.locator('.hit-title a').first().getAttribute('href')) ?? '/';
    await page.goto(`${e2e.server.baseUrl}${href.split('#')[0]}${href.includes('?') ? '&' : '?'}q=shelling#${href.split('#')[1] ?? ''}`);
    await page.locator('.para.is-target').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await saveScreenshot(page, `${name}-document`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('phone layout', () => {
  it('hides the filters behind a toggle that opens them', async () => {
    const { page } = await openPage(e2e.browser, PHONE);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#filters').isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.locator('fieldset[data-facet="speaker"]').waitFor();
    await saveScreenshot(page, 'phone-filters-open');
    await page.context().close();
  });
});

describe('dark theme', () => {
  it('renders with the dark palette when the system prefers it', async () => {
    const { page, errors } = await openPage(e2e.browser, DESKTOP, 'dark');
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    await settle(page);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r ?? 255) + (g ?? 255) + (b ?? 255)).toBeLessThan(120);
    await saveScreenshot(page, 'desktop-search-dark');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
