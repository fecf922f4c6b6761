import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { facetCheckbox, readTotal, searchParams, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

async function totalOf(page: import('playwright-core').Page, search: string): Promise<number> {
  await page.goto(`${e2e.server.baseUrl}/${search}`);
  await waitForResults(page);
  return readTotal(page);
}

describe('typed and ticked filters, one model', () => {
  it('shows a typed filter as a chip, ORs it with a ticked value of the same facet, and removes it from the query', async () => {
    const { page, errors } = await openPage(e2e.browser);
    const typed = await totalOf(page, `?q=${encodeURIComponent('speaker:Zakharova')}`);
    const chip = page.locator('.active-filters .chip-typed');
    expect(await chip.textContent()).toMatch(/Speaker\s+filter:\s+Zakharova/);
    const ticked = await totalOf(page, `?speaker=${encodeURIComponent('Sergey Lavrov')}`);
    const both = await totalOf(page, `?q=${encodeURIComponent('speaker:Zakharova')}&speaker=${encodeURIComponent('Sergey Lavrov')}`);
    expect(both).toBe(typed + ticked);
    await page.locator('.active-filters .chip-typed').click();
    await page.waitForURL((u) => !u.searchParams.has('q'));
    expect(searchParams(page).getAll('speaker')).toEqual(['Sergey Lavrov']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('documents the query syntax in the help dialog', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(e2e.server.baseUrl);
    await page.getByRole('button', { name: 'Search help and keyboard shortcuts' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/combine with OR, different facets with AND/);
    expect(await dialog.textContent()).toMatch(/-actor:name/);
    await page.context().close();
  });
});

describe('facet logic', () => {
  it('excludes a value from the facet panel as a NOT chip', async () => {
    const { page } = await openPage(e2e.browser);
    const all = await totalOf(page, '?q=Aleppo');
    await page.getByRole('button', { name: 'Exclude Maria Zakharova' }).first().click();
    await page.waitForURL((u) => (u.searchParams.get('q') ?? '').includes('-speaker:"Maria Zakharova"'));
    await waitForResults(page);
    expect(await readTotal(page)).toBeLessThan(all);
    expect(await page.locator('.active-filters .chip-not').textContent()).toMatch(/Not Speaker/);
    expect(await page.locator('.hit .speaker-badge', { hasText: 'Maria Zakharova' }).count()).toBe(0);
    await page.context().close();
  });

  it('switches a facet between any and all of its selected values', async () => {
    const { page } = await openPage(e2e.browser);
    const any = await totalOf(page, `?location=Aleppo&location=Homs`);
    await page.locator('fieldset[data-facet="location"] .facet-mode select').selectOption('all');
    await page.waitForURL((u) => u.searchParams.get('location_mode') === 'all');
    await waitForResults(page);
    const all = await readTotal(page);
    expect(all).toBeLessThan(any);
    expect(await facetCheckbox(page, 'location', 'Aleppo').isChecked()).toBe(true);
    const onlyAleppo = await totalOf(page, '?location=Aleppo');
    expect(all).toBeLessThanOrEqual(onlyAleppo);
    await page.context().close();
  });
});
