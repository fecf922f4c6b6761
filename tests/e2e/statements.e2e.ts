import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/statements-corpus'));

describe('statement tracking', () => {
  it('shows a statement reported by several outlets once, with links to each, and separately on request', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=corridors`);
    await waitForResults(page);
    const statement = page.locator('.hit').filter({ has: page.locator('.also-reported') });
    expect(await statement.count()).toBe(1);
    expect(await statement.locator('.also-reported').textContent()).toMatch(/^Also reported by (TASS|RT|SANA), (TASS|RT|SANA) \(2\)$/);
    const hrefs = await statement.locator('.also-reported a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.every((h) => /^\/doc\/wire-[abc]#p-1$/.test(h ?? ''))).toBe(true);
    const collapsed = await page.locator('.hit').count();
    await page.getByLabel('Repeated statements separately').check();
    await page.waitForFunction((n) => document.querySelectorAll('.hit').length === n + 2, collapsed);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
