import { describe, expect, it } from 'vitest';
import { SiftError } from '../../src/errors';
import { parseSearchParams } from '../../src/search/search-params';

function errorOf(query: Record<string, string[]>): SiftError {
  try {
    parseSearchParams(query);
  } catch (err) {
    if (err instanceof SiftError) return err;
    throw err;
  }
  throw new Error('expected a SiftError');
}

describe('parseSearchParams', () => {
  it('applies the defaults when nothing is given', () => {
    expect(parseSearchParams({})).toEqual({
      q: '',
      filters: { speaker: [], actor: [], location: [], group: [], outlet: [], lang: [] },
      from: null,
      to: null,
      doc: null,
      lang: [],
      sort: 'relevance',
      limit: 20,
      offset: 0,
      facetSize: 10,
    });
  });

  it('reads every parameter, repeatable facets included', () => {
    const p = parseSearchParams({
      q: ['shelling'],
      speaker: ['Maria Zakharova', 'Sergey Lavrov'],
      location: ['Aleppo'],
      from: ['2016-06'],
      to: ['2016-07-31'],
      doc: ['a1'],
      sort: ['date'],
      limit: ['100'],
      offset: ['40'],
      facet_size: ['1000'],
      unknown: ['ignored'],
    });
    expect(p).toMatchObject({
      q: 'shelling',
      filters: { speaker: ['Maria Zakharova', 'Sergey Lavrov'], actor: [], location: ['Aleppo'], group: [] },
      from: '2016-06',
      to: '2016-07-31',
      doc: 'a1',
      sort: 'date',
      limit: 100,
      offset: 40,
      facetSize: 1000,
    });
  });

  it('uses the first value of a repeated single-valued parameter and treats empty values as absent', () => {
    const p = parseSearchParams({ limit: ['5', '50'], from: [''], sort: [''] });
    expect(p.limit).toBe(5);
    expect(p.from).toBeNull();
    expect(p.sort).toBe('relevance');
  });

  it('accepts limit=0 and the 29th of February in a leap year', () => {
    expect(parseSearchParams({ limit: ['0'], from: ['2016-02-29'] })).toMatchObject({ limit: 0, from: '2016-02-29' });
  });

  it.each([
    ['limit', '101'],
    ['limit', '-1'],
    ['limit', '2.5'],
    ['limit', 'ten'],
    ['offset', '-3'],
    ['offset', '10001'],
    ['facet_size', '0'],
    ['facet_size', '1001'],
    ['sort', 'newest'],
    ['from', '2016-13'],
    ['from', '2015-02-29'],
    ['to', '2016-06-31'],
    ['to', '16-06-01'],
    ['from', '2016/06/01'],
    ['lang', 'rus'],
    ['lang', 'russian'],
    ['lang', 'r'],
    ['lang', 'en-GB'],
    ['lang', 'р1'],
  ])('rejects %s=%s with a 400 naming the parameter and the value', (name, value) => {
    const err = errorOf({ [name]: [value] });
    expect(err.status).toBe(400);
    expect(err.code).toBe('bad_parameter');
    expect(err.message).toContain(`'${name}'`);
    expect(err.message).toContain(JSON.stringify(value));
  });

  it('reads lang as repeatable ISO 639-1 codes, lower-cased and deduplicated', () => {
    expect(parseSearchParams({ lang: ['ru', 'AR', 'ru', ' '] }).lang).toEqual(['ru', 'ar']);
  });

  it('rejects more than 50 lang values', () => {
    expect(errorOf({ lang: Array.from({ length: 51 }, (_, i) => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26))) }).status).toBe(400);
  });

  it('rejects from after to', () => {
    const err = errorOf({ from: ['2017'], to: ['2016-12-31'] });
    expect(err.status).toBe(400);
    expect(err.message).toContain("'from'");
  });

  it('accepts from and to naming the same month', () => {
    expect(parseSearchParams({ from: ['2016-06'], to: ['2016-06'] })).toMatchObject({ from: '2016-06', to: '2016-06' });
  });

  it('trims a query over 1000 characters instead of refusing it (a pasted paragraph still searches)', () => {
    const pasted = 'shelling '.repeat(250);
    expect(parseSearchParams({ q: [pasted] }).q).toBe(pasted.slice(0, 1000));
  });

  it('reads every registry facet as a repeatable filter, outlet included', () => {
    expect(parseSearchParams({ outlet: ['TASS', 'RT', 'TASS'] }).filters.outlet).toEqual(['TASS', 'RT']);
  });
});
