import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { facetCheckbox, readFacet, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('facets from the registry', () => {
  it('shows an Outlet panel and chip as soon as the API counts outlets', async () => {
    const { page, errors } = await openPage(e2e.browser);
    // the panel follows whatever registry facets the response carries: add outlet counts to the real answer
    await page.route('**/api/search?*', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { facets: Record<string, unknown> };
      body.facets.outlet = [{ value: 'Test Wire', count: 3 }, { value: 'Sample Times', count: 2 }];
      await route.fulfill({ response, json: body });
    });
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    expect(await page.locator('fieldset[data-facet="outlet"] legend').textContent()).toContain('Outlet');
    expect((await readFacet(page, 'outlet')).map((v) => v.value)).toEqual(['Test Wire', 'Sample Times']);
    await facetCheckbox(page, 'outlet', 'Sample Times').check();
    await page.waitForURL((url) => url.searchParams.getAll('outlet').join() === 'Sample Times', { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await page.locator('.active-filters .chip-outlet').textContent()).toContain('Sample Times');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps an outlet filter from the URL as a removable chip', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?outlet=Test+Wire`);
    await waitForResults(page);
    const chip = page.locator('.active-filters .chip-outlet');
    expect(await chip.textContent()).toContain('Outlet');
    await chip.click();
    await page.waitForURL((url) => !url.searchParams.has('outlet'), { waitUntil: 'commit' });
    await page.context().close();
  });
});
