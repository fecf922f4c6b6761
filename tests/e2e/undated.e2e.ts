import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { readTotal, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

// two articles, one without a publication date (and no date in its text)
const UNDATED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/undated');
const e2e = useE2E(UNDATED);

describe('a date range over undated paragraphs', () => {
  it('says how many undated paragraphs the range leaves out and includes them on request', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    const all = await readTotal(page);
    await page.goto(`${e2e.server.baseUrl}/?from=1900&to=2100`);
    await waitForResults(page);
    const dated = await readTotal(page);
    expect(dated).toBeLessThan(all);
    const notice = page.locator('.notice.undated');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(`${all - dated} matching paragraph`);
    await notice.getByRole('button', { name: /Include/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('from'), { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await readTotal(page)).toBe(all);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
