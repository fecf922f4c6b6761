import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser';
import { readTotal, waitForResults } from './page-helpers';
import { startTestServer, type TestServer } from './test-server';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('export', () => {
  it('downloads the whole filtered result set as CSV from the results toolbar', async () => {
    const { page, errors } = await openPage(browser);
    await page.goto(`${server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    const total = await readTotal(page);
    const link = page.getByRole('link', { name: 'CSV' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^sift-export-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(path!, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^doc_id,title,source,published,anchor,link,/);
    expect(lines.length - 1).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });
});
