import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('why a hit matched', () => {
  it('says a Russian query matched an English paragraph through the name in another script', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=${encodeURIComponent('Захарова')}`);
    await waitForResults(page);
    const why = page.locator('.hit .matched-why').first();
    expect(await why.textContent()).toMatch(/^Matched: other script: (Maria )?Zakharova; entity: Maria Zakharova$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names only the other forms of a word (shelled, shells) and nothing for the word as typed', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    const whys = await page.locator('.hit .matched-why').allTextContents();
    expect(whys.every((w) => /^Matched: stem or synonym: /.test(w) && !/: shelling(;|$)/.test(w))).toBe(true);
    expect(whys.length).toBeLessThan(await page.locator('.hit').count());
    await page.context().close();
  });
});
