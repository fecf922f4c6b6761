import { describe, expect, it } from 'vitest';
import { buildExportHref } from '../../web/api';
import { parseSearchState } from '../../web/state/url-state';

describe('buildExportHref', () => {
  it('carries the query, filters, dates and sort but no paging', () => {
    const state = parseSearchState('?q=shelling&speaker=Maria+Zakharova&from=2016-06&to=2016-07&sort=date&page=3');
    const href = buildExportHref(state, 'csv');
    const params = new URL(href, 'http://x').searchParams;
    expect(new URL(href, 'http://x').pathname).toBe('/api/export');
    expect(params.get('q')).toBe('shelling');
    expect(params.getAll('speaker')).toEqual(['Maria Zakharova']);
    expect([params.get('from'), params.get('to'), params.get('sort'), params.get('format')]).toEqual(['2016-06', '2016-07', 'date', 'csv']);
    expect(params.has('offset') || params.has('limit') || params.has('page')).toBe(false);
  });
});
