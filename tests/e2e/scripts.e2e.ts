import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { readTotal, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const MULTILINGUAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/multilingual');
const e2e = useE2E(MULTILINGUAL);

describe('text direction', () => {
  it('lays Arabic snippets, titles and paragraphs out right to left and English left to right', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?lang=ar`);
    await waitForResults(page);
    const direction = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).direction);
    expect(await direction('.hit .snippet')).toBe('rtl');
    await page.locator('.hit .hit-title a').first().click();
    await page.waitForSelector('.doc .para');
    expect(await direction('.doc .para')).toBe('rtl');
    await page.goto(`${e2e.server.baseUrl}/?lang=en`);
    await waitForResults(page);
    expect(await direction('.hit .snippet')).toBe('ltr');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('entity names in any case', () => {
  it.each([
    ['zakharova', 'Zakharova'],
    ['захарова', 'Захарова'],
  ])('finds as many paragraphs for %s as for %s', async (lower, proper) => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=${encodeURIComponent(proper)}`);
    await waitForResults(page);
    const expected = await readTotal(page);
    await page.goto(`${e2e.server.baseUrl}/?q=${encodeURIComponent(lower)}`);
    await waitForResults(page);
    expect(expected).toBeGreaterThan(0);
    expect(await readTotal(page)).toBe(expected);
    await page.context().close();
  });
});
