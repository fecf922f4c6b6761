import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEmptyState, parseSearchState, serialiseSearchState, toggleFilter, type SearchState } from '../../web/state/url-state';

describe('parseSearchState', () => {
  it.each([
    ['', createEmptyState()],
    ['?q=shelling', { ...createEmptyState(), q: 'shelling' }],
    ['?speaker=A&speaker=B&speaker=A', { ...createEmptyState(), filters: { ...createEmptyState().filters, speaker: ['A', 'B'] } }],
    ['?lang=ru&lang=AR&lang=ru', { ...createEmptyState(), filters: { ...createEmptyState().filters, lang: ['ru', 'ar'] } }],
    ['?from=2016-06&to=2016', { ...createEmptyState(), from: '2016-06', to: '2016' }],
    ['?sort=date&page=3', { ...createEmptyState(), sort: 'date', page: 3 }],
    ['?sort=oldest', { ...createEmptyState(), sort: 'oldest' }],
  ] as [string, SearchState][])('reads %s', (search, expected) => {
    expect(parseSearchState(search)).toEqual(expected);
  });

  it.each([
    ['?from=June&to=2016-13-99x', 'from'],
    ['?sort=random', 'sort'],
    ['?page=-2', 'page'],
    ['?page=1.5', 'page'],
    ['?lang=russian&lang=r', 'lang'],
  ])('falls back to defaults when %s is malformed', (search) => {
    const state = parseSearchState(search);
    expect(state.from).toBeNull();
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
    expect(state.filters.lang).toEqual([]);
  });
});

describe('serialiseSearchState', () => {
  it('writes nothing for the empty state', () => {
    expect(serialiseSearchState(createEmptyState())).toBe('');
  });

  it('writes the language filter after the entity facets', () => {
    const state = toggleFilter(toggleFilter(createEmptyState(), 'lang', 'ru'), 'location', 'Aleppo');
    expect(serialiseSearchState(state)).toBe('?location=Aleppo&lang=ru');
  });

  it('writes repeated facet values in order and omits defaults', () => {
    const state = toggleFilter(toggleFilter({ ...createEmptyState(), q: 'a b' }, 'speaker', 'X Y'), 'speaker', 'Z');
    expect(serialiseSearchState(state)).toBe('?q=a+b&speaker=X+Y&speaker=Z');
  });

  it('round-trips any state through the query string when values are arbitrary text', () => {
    const text = fc.string({ maxLength: 20 });
    const value = fc.string({ minLength: 1, maxLength: 20 });
    const values = fc.uniqueArray(value, { maxLength: 3 });
    const state = fc.record({
      q: text.filter((q) => q.trim() !== ''),
      filters: fc.record({ speaker: values, actor: values, location: values, group: values, outlet: values, lang: fc.uniqueArray(fc.constantFrom('en', 'ru', 'ar', 'fr'), { maxLength: 3 }) }),
      from: fc.constantFrom(null, '2016', '2016-06', '2016-06-04'),
      to: fc.constantFrom(null, '2017', '2017-01'),
      sort: fc.constantFrom('relevance' as const, 'date' as const, 'oldest' as const),
      allOf: fc.subarray(['speaker', 'actor', 'location', 'group', 'outlet', 'lang']),
      byArticle: fc.boolean(),
      page: fc.integer({ min: 1, max: 500 }),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseSearchState(serialiseSearchState(s))).toEqual(s);
      }),
    );
  });
});

describe('toggleFilter', () => {
  it('adds a value and goes back to page 1 when the value is new', () => {
    const next = toggleFilter({ ...createEmptyState(), page: 4 }, 'location', 'Aleppo');
    expect(next.filters.location).toEqual(['Aleppo']);
    expect(next.page).toBe(1);
  });

  it('removes a value when it is present', () => {
    const on = toggleFilter(createEmptyState(), 'group', 'ISIS');
    expect(toggleFilter(on, 'group', 'ISIS').filters.group).toEqual([]);
  });

  it('keeps the state when asked to add a value already present', () => {
    const on = toggleFilter(createEmptyState(), 'group', 'ISIS');
    expect(toggleFilter(on, 'group', 'ISIS', true)).toBe(on);
  });
});

describe('registry-driven filters', () => {
  it('reads and writes every registry facet, outlet included, under its own parameter', () => {
    const state = parseSearchState('?outlet=TASS&outlet=RT&speaker=A');
    expect(state.filters.outlet).toEqual(['TASS', 'RT']);
    expect(serialiseSearchState(state)).toBe('?speaker=A&outlet=TASS&outlet=RT');
  });

  it('has an empty list for each declared facet when nothing is set', () => {
    expect(Object.keys(createEmptyState().filters).sort()).toEqual(['actor', 'group', 'lang', 'location', 'outlet', 'speaker']);
  });
});
