import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE } from './browser';
import { waitForResults } from './page-helpers';
import { useE2E } from './use-e2e';

const e2e = useE2E();
let axeSource: string;

beforeAll(async () => {
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});

interface Violation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Every axe-core violation (WCAG 2.0–2.2 A/AA and best practices) on the page as it is now. */
async function audit(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** A page state to audit: how to reach it from a fresh page. */
interface PageState {
  name: string;
  open: (page: Page) => Promise<void>;
}

async function openSearch(page: Page, search: string): Promise<void> {
  await page.goto(`${e2e.server.baseUrl}/${search}`);
  await waitForResults(page);
}

async function firstHitHref(page: Page): Promise<string> {
  await openSearch(page, '');
  return (await page.locator('.hit-title a').first().getAttribute('href')) ?? '/';
}

const STATES: PageState[] = [
  { name: 'all paragraphs', open: (page) => openSearch(page, '') },
  { name: 'a query with results', open: (page) => openSearch(page, '?q=shelling') },
  {
    name: 'a speaker filter',
    open: async (page) => {
      await openSearch(page, '');
      const speaker = (await page.locator('fieldset[data-facet="speaker"] .facet-name').first().textContent()) ?? '';
      await openSearch(page, `?${new URLSearchParams({ speaker })}`);
      await page.locator('.active-filters').waitFor();
    },
  },
  {
    name: 'a date range',
    open: async (page) => {
      await openSearch(page, '');
      const key = (await page.locator('.bar-hit').first().getAttribute('data-key')) ?? '';
      await openSearch(page, `?${new URLSearchParams({ from: key, to: key })}`);
      await page.locator('.sel-band').waitFor({ state: 'attached' });
    },
  },
  {
    name: 'open suggestions',
    open: async (page) => {
      await openSearch(page, '');
      await page.locator('#search-input').fill('al');
      await page.locator('#suggestions [role="option"]').first().waitFor();
      // The search for 'al' dims the previous results while it runs: audit the settled page, not that fade.
      await page.waitForFunction(() => document.querySelector('.hits.stale') === null);
    },
  },
  {
    name: 'typed, excluded and all-of filters',
    open: async (page) => {
      await openSearch(page, `?${new URLSearchParams({ q: 'speaker:Zakharova -actor:Russia', location: 'Aleppo' })}&location=Homs&location_mode=all`);
      await page.locator('.chip-typed').first().waitFor();
    },
  },
  {
    name: 'a place including places within it',
    open: async (page) => {
      await openSearch(page, '?q=Aleppo');
      await page.locator('.notice.subplaces').waitFor();
    },
  },
  {
    name: 'the saved searches panel',
    open: async (page) => {
      await openSearch(page, '?q=shelling');
      await page.locator('.saved-searches summary').click();
      await page.getByLabel('Save this search as').waitFor();
    },
  },
  {
    name: 'an empty result',
    open: async (page) => {
      await openSearch(page, '?q=zzzqqq');
      await page.locator('.empty-state').waitFor();
    },
  },
  {
    name: 'a refused request',
    open: async (page) => {
      await page.goto(`${e2e.server.baseUrl}/?from=2016-02-31`);
      await page.locator('.error-state').waitFor();
    },
  },
  {
    name: 'a document at a paragraph',
    open: async (page) => {
      const href = await firstHitHref(page);
      await page.goto(`${e2e.server.baseUrl}${href}`);
      await page.locator('.para.is-target').waitFor();
    },
  },
  {
    name: 'the help dialog',
    open: async (page) => {
      await openSearch(page, '');
      await page.getByRole('button', { name: 'Search help and keyboard shortcuts' }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'an entity page',
    open: async (page) => {
      await page.goto(`${e2e.server.baseUrl}/entity/${encodeURIComponent('Maria Zakharova')}`);
      await page.locator('#entity-title').waitFor();
    },
  },
  {
    name: 'an unknown entity',
    open: async (page) => {
      await page.goto(`${e2e.server.baseUrl}/entity/Nobody`);
      await page.getByRole('heading', { name: 'Entity not found' }).waitFor();
    },
  },
  {
    name: 'an unknown document',
    open: async (page) => {
      await page.goto(`${e2e.server.baseUrl}/doc/no-such-document`);
      await page.getByRole('heading', { name: 'Document not found' }).waitFor();
    },
  },
];

const SETUPS = [
  { setup: 'desktop, light', viewport: DESKTOP, colorScheme: 'light' as const },
  { setup: 'desktop, dark', viewport: DESKTOP, colorScheme: 'dark' as const },
  { setup: 'phone, light', viewport: PHONE, colorScheme: 'light' as const },
  { setup: 'phone, dark', viewport: PHONE, colorScheme: 'dark' as const },
];

async function newAuditContext(viewport: typeof DESKTOP, colorScheme: 'light' | 'dark'): Promise<BrowserContext> {
  const phone = viewport.width < 600;
  // only so axe's own script can be injected past the page's `script-src 'self'`
  return e2e.browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, isMobile: phone, hasTouch: phone, bypassCSP: true, reducedMotion: 'reduce' });
}

describe('accessibility (axe-core)', () => {
  it.each(SETUPS)('finds no violation on any page state ($setup)', async ({ viewport, colorScheme }) => {
    const context = await newAuditContext(viewport, colorScheme);
    const found: Record<string, Violation[]> = {};
    for (const state of STATES) {
      const page = await context.newPage();
      await state.open(page);
      const violations = await audit(page);
      if (violations.length > 0) found[state.name] = violations;
      await page.close();
    }
    await context.close();
    expect(found).toEqual({});
  });

  it('finds no violation with the phone filter panel open', async () => {
    const context = await newAuditContext(PHONE, 'light');
    const page = await context.newPage();
    await openSearch(page, '');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.locator('#filters.open').waitFor();
    expect(await audit(page)).toEqual([]);
    await context.close();
  });
});
