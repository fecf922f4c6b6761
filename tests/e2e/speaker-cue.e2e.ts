import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('speaker cue', () => {
  it('shows the words that carry an attribution beside the speaker on a result and in the document', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=${encodeURIComponent('weekly briefing')}`);
    await waitForResults(page);
    const hit = page.locator('.hit').filter({ hasText: 'weekly briefing' }).first();
    expect(await hit.locator('.speaker-cue').textContent()).toBe('why: ‘Zakharova said’ → Maria Zakharova');
    await hit.locator('.hit-title a').click();
    await page.locator('.para.is-target').waitFor();
    const block = page.locator('.para-block.is-target');
    expect(await block.locator('.speaker-cue').textContent()).toBe('why: ‘Zakharova said’ → Maria Zakharova');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('links a borrowed attribution ("she added") to the paragraph that names the speaker', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=${encodeURIComponent('guarantors agree')}`);
    await waitForResults(page);
    const hit = page.locator('.hit').filter({ hasText: 'guarantors agree' }).first();
    expect(await hit.locator('.speaker-cue').textContent()).toBe('why: ‘she added’ → Maria Zakharova, ¶7');
    await hit.locator('.speaker-cue a').click();
    await page.locator('.para.is-target').waitFor();
    expect(await page.locator('.para.is-target').textContent()).toContain('Zakharova said fighters from Jabhat al-Nusra');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the outlets that report an entity on its page, each linking to the filtered search', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/entity/${encodeURIComponent('Maria Zakharova')}`);
    const outlets = page.locator('section[aria-labelledby="outlets-title"] a');
    await outlets.first().waitFor();
    expect(await outlets.allTextContents()).toContain('Test Wire');
    const href = (await outlets.filter({ hasText: 'Test Wire' }).getAttribute('href')) ?? '';
    expect(new URLSearchParams(href.slice(2)).get('outlet')).toBe('Test Wire');
    await page.context().close();
  });
});
