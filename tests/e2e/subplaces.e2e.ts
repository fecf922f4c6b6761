import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { readTotal, searchParams, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('sub-places', () => {
  it('says a place search includes places within it and switches to exactly the place in one click', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=Aleppo`);
    await waitForResults(page);
    const wide = await readTotal(page);
    const notice = page.locator('.notice.subplaces');
    expect(await notice.textContent()).toMatch(/^Including 1 place within Aleppo\./);
    await notice.getByRole('link', { name: 'Only Aleppo itself' }).click();
    await page.waitForURL((u) => u.searchParams.get('q') === '"Aleppo"');
    await waitForResults(page);
    expect(await readTotal(page)).toBeLessThan(wide);
    expect(await page.locator('.notice.subplaces').count()).toBe(0);
    expect(searchParams(page).get('q')).toBe('"Aleppo"');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
