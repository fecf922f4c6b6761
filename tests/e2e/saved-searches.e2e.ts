import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('saved searches', () => {
  it('saves the current search under a name, lists it, and opens it again', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling&sort=date`);
    await waitForResults(page);
    await page.locator('.saved-searches summary').click();
    await page.getByLabel('Save this search as').fill('Shelling, newest');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.saved-status', { hasText: 'Saved “Shelling, newest”.' }).waitFor();
    const item = page.locator('.saved-searches li', { hasText: 'Shelling, newest' });
    expect(await item.locator('.count').textContent()).toBe('nothing new');
    await page.goto(e2e.server.baseUrl);
    await waitForResults(page);
    await page.locator('.saved-searches summary').click();
    await page.getByRole('button', { name: 'Shelling, newest' }).click();
    await page.waitForURL((u) => u.searchParams.get('q') === 'shelling' && u.searchParams.get('sort') === 'date');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
