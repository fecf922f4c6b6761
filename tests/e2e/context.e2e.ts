import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('inline context', () => {
  it('shows the paragraphs before and after a hit without leaving the results, and hides them again', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    const hit = page.locator('.hits > .hit').first();
    const href = (await hit.locator('.hit-title a').getAttribute('href')) ?? '';
    const [docPath, anchor] = href.split('#');
    const docId = decodeURIComponent((docPath ?? '').replace(/^\/doc\//, '').split('?')[0] ?? '');
    const doc = (await (await fetch(`${e2e.server.baseUrl}/api/docs/${encodeURIComponent(docId)}`)).json()) as { paragraphs: { anchor: string; text: string }[] };
    const at = doc.paragraphs.findIndex((p) => p.anchor === anchor);
    const expected = [doc.paragraphs[at - 1]?.text, doc.paragraphs[at + 1]?.text].filter(Boolean);
    expect(expected.length).toBeGreaterThan(0);

    await hit.getByRole('button', { name: 'Show context' }).click();
    await hit.locator('.hit-context p').first().waitFor();
    expect(await hit.locator('.hit-context p').allTextContents()).toEqual(expected);
    expect(new URL(page.url()).pathname).toBe('/');
    await hit.getByRole('button', { name: 'Hide context' }).click();
    expect(await hit.locator('.hit-context').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
