import { describe, expect, it } from 'vitest';
import { addExclusion, removeTypedFilter, typedFilters } from '../../web/text/typed-filters';

describe('typedFilters', () => {
  it.each([
    ['actor:Zakharova shelling', [{ facet: 'actor', value: 'Zakharova', negated: false }]],
    ['shelling -location:"Sheikh Maqsoud"', [{ facet: 'location', value: 'Sheikh Maqsoud', negated: true }]],
    ['lang:ru outlet:TASS', [{ facet: 'lang', value: 'ru', negated: false }, { facet: 'outlet', value: 'TASS', negated: false }]],
    ['http://example.org nothing:here', []],
  ])('finds the registry filters in %s', (q, expected) => {
    expect(typedFilters(q).map(({ facet, value, negated }) => ({ facet, value, negated }))).toEqual(expected);
  });

  it('removes one fragment and keeps the rest of the query', () => {
    const q = 'shelling actor:Zakharova Aleppo';
    expect(removeTypedFilter(q, typedFilters(q)[0]!)).toBe('shelling Aleppo');
  });

  it('appends an exclusion once', () => {
    expect(addExclusion('shelling', 'actor', 'Maria Zakharova')).toBe('shelling -actor:"Maria Zakharova"');
    expect(addExclusion('shelling -actor:"Maria Zakharova"', 'actor', 'Maria Zakharova')).toBe('shelling -actor:"Maria Zakharova"');
  });
});
