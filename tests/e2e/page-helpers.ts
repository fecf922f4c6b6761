// Small page-reading helpers shared by the browser tests.
import type { Page } from 'playwright-core';

/** Waits until the results on screen belong to the URL's current state. */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForSelector('main#main[aria-busy="false"]');
}

/** The total the page announces, e.g. "1–20 of 123 paragraphs" → 123; 0 for "No matching paragraphs". */
export async function readTotal(page: Page): Promise<number> {
  const text = (await page.locator('.result-status').textContent()) ?? '';
  const match = /([\d,]+) paragraphs?/.exec(text);
  return match?.[1] ? Number(match[1].replace(/,/g, '')) : 0;
}

export interface FacetEntry {
  value: string;
  count: number;
  checked: boolean;
}

export async function readFacet(page: Page, facet: string): Promise<FacetEntry[]> {
  return page.$$eval(`fieldset[data-facet="${facet}"] label.facet-value`, (labels) =>
    labels.map((label) => ({
      value: label.querySelector('.facet-name')?.textContent ?? '',
      count: Number(label.querySelector('.count')?.textContent?.replace(/,/g, '') ?? 'NaN'),
      checked: (label.querySelector('input') as HTMLInputElement).checked,
    })),
  );
}

export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Facet checkbox by its visible value. */
export function facetCheckbox(page: Page, facet: string, value: string) {
  return page.locator(`fieldset[data-facet="${facet}"] label.facet-value`).filter({ has: page.locator('.facet-name', { hasText: new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).locator('input');
}
