import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { facetCheckbox, readFacet, readTotal, searchParams, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('URL state', () => {
  it('reproduces the same page from a pasted link and after a reload', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    const speaker = (await readFacet(page, 'speaker'))[0]?.value ?? '';
    const link = `${e2e.server.baseUrl}/?${new URLSearchParams([['q', 'said'], ['speaker', speaker], ['sort', 'date']])}`;

    for (const open of [() => page.goto(link), () => page.reload()]) {
      await open();
      await waitForResults(page);
      expect(await page.locator('#search-input').inputValue()).toBe('said');
      expect(await facetCheckbox(page, 'speaker', speaker).isChecked()).toBe(true);
      expect(await page.locator('.sort select').inputValue()).toBe('date');
      const total = await readTotal(page);
      expect(total).toBeGreaterThan(0);
      for (const badge of await page.locator('.hit .speaker-badge').allTextContents()) expect(badge.trim()).toBe(speaker);
      const dates = await page.locator('.hit time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime') ?? ''));
      expect(dates).toEqual([...dates].sort().reverse());
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('walks back and forward through typed and clicked states', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    await page.locator('#search-input').fill('aleppo');
    await page.waitForURL((url) => url.searchParams.get('q') === 'aleppo', { waitUntil: 'commit' });
    await waitForResults(page);
    const totalTyped = await readTotal(page);
    const location = (await readFacet(page, 'location'))[0];
    if (!location) throw new Error('no location facet for "aleppo"');
    await facetCheckbox(page, 'location', location.value).check();
    await page.waitForURL((url) => url.searchParams.has('location'), { waitUntil: 'commit' });
    await waitForResults(page);

    await page.goBack({ waitUntil: 'commit' });
    await waitForResults(page);
    expect(searchParams(page).get('q')).toBe('aleppo');
    expect(searchParams(page).has('location')).toBe(false);
    expect(await facetCheckbox(page, 'location', location.value).isChecked()).toBe(false);
    expect(await readTotal(page)).toBe(totalTyped);

    await page.goBack({ waitUntil: 'commit' });
    await waitForResults(page);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#search-input').inputValue()).toBe('');

    await page.goForward({ waitUntil: 'commit' });
    await waitForResults(page);
    expect(await page.locator('#search-input').inputValue()).toBe('aleppo');
    await page.goForward({ waitUntil: 'commit' });
    await waitForResults(page);
    expect(searchParams(page).get('location')).toBe(location.value);
    expect(await facetCheckbox(page, 'location', location.value).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('document view', () => {
  it('opens a result on its highlighted paragraph and goes back to the results', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    const link = page.locator('.hit-title a').last();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/doc\/[^?#]+\?q=shelling#p-\d+$/);
    const anchor = href.split('#')[1] ?? '';
    await link.click();
    await page.waitForURL((url) => url.pathname.startsWith('/doc/') && url.hash === `#${anchor}`, { waitUntil: 'commit' });

    const paragraph = page.locator(`p#${anchor}`);
    await paragraph.waitFor();
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
    }, anchor);
    expect(await paragraph.getAttribute('class')).toContain('is-target');
    expect((await paragraph.locator('mark').allTextContents()).map((m) => m.toLowerCase())).toContainEqual(expect.stringMatching(/^shel/));
    expect(await page.locator('.para.is-target').count()).toBe(1);
    // The source link is there exactly when the document has a web address, and never passes on the referrer.
    const docId = decodeURIComponent(href.slice('/doc/'.length).split('?')[0]!);
    const doc = (await (await fetch(`${e2e.server.baseUrl}/api/docs/${encodeURIComponent(docId)}`)).json()) as { url: string | null };
    const source = page.locator('a.source-link');
    if (/^https?:\/\//.test(doc.url ?? '')) expect(await source.getAttribute('rel')).toBe('noopener noreferrer');
    else expect(await source.count()).toBe(0);

    await page.getByRole('link', { name: '← Back to results' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('q') === 'shelling', { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('moves the highlight when another paragraph anchor is followed', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    const docPath = ((await page.locator('.hit-title a').first().getAttribute('href')) ?? '').split(/[?#]/)[0];
    await page.goto(`${e2e.server.baseUrl}${docPath}#p-1`);
    await page.locator('p#p-1.is-target').waitFor();
    await page.locator('a.pilcrow[href="#p-2"]').click();
    await page.locator('p#p-2.is-target').waitFor();
    expect(await page.locator('.para.is-target').count()).toBe(1);
    expect(new URL(page.url()).hash).toBe('#p-2');
    await page.context().close();
  });

  it('turns entity mentions into links to a filtered search', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    await page.locator('.hit-title a').first().click();
    const entity = page.locator('.doc-body a.ent-location').first();
    await entity.waitFor();
    const href = (await entity.getAttribute('href')) ?? '';
    const value = new URLSearchParams(href.split('?')[1]).get('location') ?? '';
    expect(value).not.toBe('');
    await entity.click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('location') === value, { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await readTotal(page)).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: `Remove location filter: ${value}` }).count()).toBe(1);
    await page.context().close();
  });

  it('shows markup inside the text as text and drops non-web source links', async () => {
    const { page, errors } = await openPage(e2e.browser);
    for (const id of ['delta-hostile-markup', 'charlie-raqqa-report']) {
      await page.goto(`${e2e.server.baseUrl}/doc/${id}`);
      await page.locator('.doc-body .para').first().waitFor();
      expect(await page.locator('.doc img, .doc script, .doc b, .doc i').count()).toBe(0);
      for (const href of await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        expect(href.toLowerCase()).not.toContain('javascript:');
      }
    }
    await page.goto(`${e2e.server.baseUrl}/doc/delta-hostile-markup`);
    await page.locator('.doc-body .para').first().waitFor();
    expect(await page.locator('.doc-body').textContent()).toContain('<img src=x onerror="alert(1)">');
    await page.goto(`${e2e.server.baseUrl}/?q=onerror`);
    await waitForResults(page);
    expect(await page.locator('.hit .snippet').first().textContent()).toContain('<img src=x');
    expect(await page.locator('.hit img, .hit b').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when the document does not exist', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/doc/no-such-document`);
    await page.getByRole('heading', { name: 'Document not found' }).waitFor();
    await page.context().close();
  });
});
