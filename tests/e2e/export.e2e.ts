import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { readTotal, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('export', () => {
  it('downloads the whole filtered result set as CSV from the results toolbar', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    const total = await readTotal(page);
    const link = page.getByRole('link', { name: 'CSV' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^sift-export-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const saved = await readFile(path!, 'utf8');
    // The byte order mark makes spreadsheet programs read the file as UTF-8.
    expect(saved.startsWith('\uFEFF')).toBe(true);
    const lines = saved.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^doc_id,title,source,published,anchor,link,/);
    expect(lines.length - 1).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });
});
