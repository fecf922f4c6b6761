import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { searchParams, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

async function shownDates(page: import('playwright-core').Page): Promise<string[]> {
  return page.locator('.hit-meta time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
}

describe('sorting', () => {
  it('switches between relevance, newest and oldest first, kept in the URL', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=Aleppo`);
    await waitForResults(page);
    await page.getByLabel('Sort').selectOption('oldest');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'oldest');
    await waitForResults(page);
    const oldest = await shownDates(page);
    expect(oldest.length).toBeGreaterThan(1);
    expect(oldest).toEqual([...oldest].sort());
    await page.getByLabel('Sort').selectOption('date');
    await page.waitForURL((u) => u.searchParams.get('sort') === 'date');
    await waitForResults(page);
    const newest = await shownDates(page);
    expect(newest).toEqual([...newest].sort().reverse());
    await page.reload();
    await waitForResults(page);
    expect(await page.getByLabel('Sort').inputValue()).toBe('date');
    await page.getByLabel('Sort').selectOption('relevance');
    await page.waitForURL((u) => !u.searchParams.has('sort'));
    expect(searchParams(page).get('q')).toBe('Aleppo');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
