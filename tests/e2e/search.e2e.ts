import { describe, expect, it } from 'vitest';
import { openPage } from './browser';
import { facetCheckbox, readFacet, readTotal, searchParams, waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();

describe('search as you type', () => {
  it('shows highlighted paragraphs and one history entry when a query is typed', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    const browseTotal = await readTotal(page);
    const historyBefore = await page.evaluate(() => history.length);

    await page.locator('#search-input').click();
    await page.keyboard.type('shelling', { delay: 40 });
    await page.waitForURL((url) => url.searchParams.get('q') === 'shelling', { waitUntil: 'commit' });
    await waitForResults(page);

    const marks = await page.locator('.hit .snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    // Every mark is the word itself, an inflection, or a synonym from src/search/data/synonyms.json.
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^(shel|bombard)/);
    expect(marks.some((m) => /^shel/i.test(m))).toBe(true);
    const total = await readTotal(page);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(browseTotal);
    expect(await page.locator('.hit').count()).toBe(Math.min(total, 20));
    expect(await page.locator('.results-title').textContent()).toContain('shelling');
    // typing pushes one entry for the burst, not one per keystroke
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says the matches are partial when no paragraph has every word', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=shelling+qqqzzzunknown`);
    await waitForResults(page);
    expect(await readTotal(page)).toBeGreaterThan(0);
    expect(await page.locator('.notice').textContent()).toBe('No paragraph has every word; showing partial matches.');
    await page.goto(`${e2e.server.baseUrl}/?q=shelling`);
    await waitForResults(page);
    expect(await page.locator('.notice').count()).toBe(0);
    await page.context().close();
  });

  it('shows an empty state that offers to drop the filters when nothing matches', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?q=zzzqqq&location=Nowhere`);
    await waitForResults(page);
    expect(await readTotal(page)).toBe(0);
    const empty = page.locator('.empty-state');
    await empty.waitFor();
    await empty.getByRole('button', { name: /location filter “Nowhere”/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('location'), { waitUntil: 'commit' });
    expect(searchParams(page).get('q')).toBe('zzzqqq');
    await page.context().close();
  });

  it('shows the API error message and offers a new search, not a retry, when the request is bad', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/?from=2016-02-31`);
    const alert = page.locator('.error-state[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/from/);
    // the same request would fail the same way: a fresh search is the way out
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(0);
    const fresh = alert.getByRole('link', { name: 'Start a new search' });
    expect(await fresh.getAttribute('href')).toBe('/');
    await fresh.click();
    await page.waitForURL((url) => url.search === '', { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await page.locator('.hit').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('facets', () => {
  it('narrows results and keeps the speaker counts when two speakers are selected', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    const speakers = await readFacet(page, 'speaker');
    expect(speakers.length).toBeGreaterThanOrEqual(2);
    const [a, b] = speakers as [(typeof speakers)[0], (typeof speakers)[0]];
    const locationsBefore = await readFacet(page, 'location');

    await facetCheckbox(page, 'speaker', a.value).check();
    await page.waitForURL((url) => url.searchParams.getAll('speaker').length === 1, { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await readTotal(page)).toBe(a.count);
    const badgesA = await page.locator('.hit .speaker-badge').allTextContents();
    expect(badgesA.length).toBe(Math.min(a.count, 20));
    for (const badge of badgesA) expect(badge.trim()).toBe(a.value);
    const locationsA = await readFacet(page, 'location');
    const sum = (list: { count: number }[]) => list.reduce((n, v) => n + v.count, 0);
    expect(sum(locationsA)).toBeLessThan(sum(locationsBefore));

    await facetCheckbox(page, 'speaker', b.value).check();
    await page.waitForURL((url) => url.searchParams.getAll('speaker').length === 2, { waitUntil: 'commit' });
    await waitForResults(page);
    expect(searchParams(page).getAll('speaker')).toEqual([a.value, b.value]);
    expect(await readTotal(page)).toBe(a.count + b.count);
    for (const badge of await page.locator('.hit .speaker-badge').allTextContents()) expect([a.value, b.value]).toContain(badge.trim());
    // multi-select: a facet's own counts ignore its own filter
    const speakersAfter = await readFacet(page, 'speaker');
    expect(speakersAfter.find((s) => s.value === a.value)).toEqual({ ...a, checked: true });
    expect(speakersAfter.find((s) => s.value === b.value)).toEqual({ ...b, checked: true });

    await page.getByRole('button', { name: `Remove speaker filter: ${a.value}` }).click();
    await page.waitForURL((url) => url.searchParams.getAll('speaker').length === 1, { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await readTotal(page)).toBe(b.count);
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.waitForURL((url) => url.search === '', { waitUntil: 'commit' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('adds a filter when an entity chip on a result is clicked', async () => {
    const { page } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    const chip = page.locator('.hit .chips .chip-location').first();
    const value = (await chip.textContent())?.trim() ?? '';
    await chip.click();
    await page.waitForURL((url) => url.searchParams.get('location') === value, { waitUntil: 'commit' });
    await waitForResults(page);
    for (const hit of await page.locator('.hit').all()) {
      expect(await hit.locator('.chip-location').allTextContents()).toContain(value);
    }
    await page.context().close();
  });
});

describe('date histogram', () => {
  async function readBars(page: import('playwright-core').Page) {
    return page.$$eval('.bar-hit', (bars) =>
      bars.map((bar) => ({ key: bar.getAttribute('data-key') ?? '', count: Number(/: ([\d,]+) paragraph/.exec(bar.getAttribute('aria-label') ?? '')?.[1]?.replace(/,/g, '') ?? 'NaN') })),
    );
  }

  it('selects a month when a bar is clicked and a range when bars are dragged across', async () => {
    const { page, errors } = await openPage(e2e.browser);
    await page.goto(`${e2e.server.baseUrl}/`);
    await waitForResults(page);
    await page.locator('.bar-hit').first().waitFor();
    const bars = await readBars(page);
    const filled = bars.filter((b) => b.count > 0);
    expect(filled.length).toBeGreaterThanOrEqual(2);
    const first = filled[0]!;
    const last = filled[filled.length - 1]!;

    await page.locator(`.bar-hit[data-key="${first.key}"]`).click();
    await page.waitForURL((url) => url.searchParams.get('from') === first.key && url.searchParams.get('to') === first.key, { waitUntil: 'commit' });
    await waitForResults(page);
    expect(await readTotal(page)).toBe(first.count);
    for (const date of await page.locator('.hit time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')))) {
      expect(date?.startsWith(first.key)).toBe(true);
    }
    expect(await page.locator(`.bar-hit[data-key="${first.key}"]`).getAttribute('aria-pressed')).toBe('true');

    const start = await page.locator(`.bar-hit[data-key="${first.key}"]`).boundingBox();
    const end = await page.locator(`.bar-hit[data-key="${last.key}"]`).boundingBox();
    if (!start || !end) throw new Error('bars not laid out');
    await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
    await page.mouse.down();
    await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL((url) => url.searchParams.get('from') === first.key && url.searchParams.get('to') === last.key, { waitUntil: 'commit' });
    await waitForResults(page);
    const inRange = bars.filter((b) => b.key >= first.key && b.key <= last.key).reduce((n, b) => n + b.count, 0);
    expect(await readTotal(page)).toBe(inRange);

    await page.getByRole('button', { name: 'Clear dates' }).click();
    await page.waitForURL((url) => !url.searchParams.has('from'), { waitUntil: 'commit' });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
