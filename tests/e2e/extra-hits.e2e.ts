import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { readTotal, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

// Hits past the full matches are shown apart, under a heading saying why they are there, never mixed in with them.
describe('hits past the full matches', () => {
  it('lists a speaker filter’s unattributed paragraphs under their own heading, after the attributed ones', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling&speaker=${encodeURIComponent('Maria Zakharova')}`);
    await waitForResults(page);
    const total = await readTotal(page);
    expect(total).toBeGreaterThan(0);
    const attributed = page.locator('main > ol.hits > .hit');
    expect(await attributed.count()).toBe(total);
    expect((await attributed.locator('.speaker-badge').allTextContents()).map((t) => t.trim())).toEqual(Array(total).fill('Maria Zakharova'));
    const section = page.locator('section.extra-unattributed');
    expect(await section.locator('h3').textContent()).toMatch(/^No speaker attributed/);
    expect(await section.locator('.hit').count()).toBeGreaterThan(0);
    expect(await section.locator('.speaker-badge').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists partial matches under “some of the words” after the full match', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=${encodeURIComponent('Aleppo shelling')}`);
    await waitForResults(page);
    expect(await page.locator('main > ol.hits > .hit').count()).toBe(await readTotal(page));
    const section = page.locator('section.extra-partial');
    expect(await section.locator('h3').textContent()).toBe('Paragraphs with some of the words');
    expect(await section.locator('.hit').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
