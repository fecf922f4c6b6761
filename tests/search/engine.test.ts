import { describe, expect, it } from 'vitest';
import { SiftError } from '../../src/errors';
import { createSearchEngine, loadSearchEngine, INDEX_FORMAT_VERSION } from '../../src/search/engine';
import type { SearchParams, SearchResponse } from '../../src/types';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';

// Synonym expansion has its own tests below; the core semantics are checked without it.
const engine = createSearchEngine(searchCorpus, { resolveEntities: fakeResolver, synonyms: new Map() });
const plain = createSearchEngine(searchCorpus, { synonyms: new Map() });

function params(overrides: Partial<Omit<SearchParams, 'filters'>> & { filters?: Partial<SearchParams['filters']> } = {}): SearchParams {
  return {
    q: '',
    from: null,
    to: null,
    doc: null,
    sort: 'relevance',
    limit: 20,
    offset: 0,
    facetSize: 10,
    ...overrides,
    filters: { speaker: [], actor: [], location: [], group: [], ...overrides.filters },
  };
}

const ids = (r: SearchResponse): string[] => r.hits.map((h) => h.id);
/** The hits that match every part of the query (partial matches may follow them on a page). */
const full = (r: SearchResponse): string[] => (r.relaxed ? [] : ids(r).slice(0, r.total));
const search = (q: string, more: Parameters<typeof params>[0] = {}, e = engine): SearchResponse => e.search(params({ q, ...more }));

describe('search: words and normalisation', () => {
  it('finds every inflection of a stemmed word', () => {
    expect(ids(search('shelling', {}, plain)).sort()).toEqual(
      ['a1#p-1', 'a1#p-2', 'a1#p-3', 'c3#p-4', 'e5 x#p-1', 'e5 x#p-2'].sort(),
    );
  });

  it('ranks exact spellings above stemmed variants', () => {
    const r = search('shelled ', {}, plain);
    expect(r.hits[0]?.id).toMatch(/^(a1#p-2|c3#p-4)$/);
    expect(r.hits[1]?.id).toMatch(/^(a1#p-2|c3#p-4)$/);
    expect(r.total).toBe(6);
  });

  it.each(['Sheikh Maqsoud', 'Sheikh Maqsood', 'Sheikh Maqsud', 'sheikh MAQSOUD'])('matches all transliterations for %s', (q) => {
    const r = search(q, {}, plain);
    // a1#p-2 names the place only through its location facet (the index's own value matches the words).
    expect(full(r).sort()).toEqual(['a1#p-1', 'a1#p-2', 'a1#p-3', 'b2#p-1']);
  });

  it('ranks the paragraph spelled like the query first', () => {
    expect(search('Maqsood ', {}, plain).hits[0]?.id).toBe('a1#p-3');
    expect(search('Maqsud ', {}, plain).hits[0]?.id).toBe('b2#p-1');
  });

  it.each([
    ['al-Nusra', ['a1#p-1', 'a1#p-4']],
    ['Nusra', ['a1#p-1', 'a1#p-4']],
    ['Ahrar al-Sham', ['a1#p-4']],
    ['Ahrar ash-Sham', ['a1#p-4']],
    ['cafe', ['d4#p-2']],
    ['CAFÉ', ['d4#p-2']],
    ['Aleppo’s southern', ['a1#p-4']],
  ])('folds %s onto the indexed forms', (q, expected) => {
    expect(full(search(q, {}, plain)).sort()).toEqual(expected);
  });

  it('ANDs words', () => {
    expect(full(search('shelling Turkey', {}, plain))).toEqual(['e5 x#p-1']);
    expect(full(search('shelling Aleppo', {}, plain))).toEqual([]);
  });

  it('ignores stopwords in the query but finds nothing for a stopword-only query', () => {
    expect(full(search('the shelling of Sheikh Maqsoud', {}, plain)).sort()).toEqual(['a1#p-1', 'a1#p-2', 'a1#p-3']);
    expect(search('the of', {}, plain).total).toBe(0);
  });
});

describe('search: query language', () => {
  it('matches a quoted phrase only where its words are consecutive', () => {
    expect(full(search('"Center for Reconciliation"', {}, plain)).sort()).toEqual(['c3#p-1', 'c3#p-2']);
    expect(search('"Reconciliation Russian"', {}, plain).total).toBe(0);
  });

  it('does not typo-correct inside a phrase', () => {
    expect(search('"Russian Centre"', {}, plain).total).toBe(0);
    expect(search('Reconcilation ', {}, plain).total).toBe(2);
  });

  it('excludes -word and -"phrase"', () => {
    expect(full(search('shelling -Maqsoud', {}, plain)).sort()).toEqual(['a1#p-2', 'c3#p-4', 'e5 x#p-1', 'e5 x#p-2']);
    expect(full(search('shelling -"Sheikh Maqsood"', {}, plain)).sort()).toEqual(['a1#p-2', 'c3#p-4', 'e5 x#p-1', 'e5 x#p-2']);
  });

  it('browses everything but the excluded word for a purely negative query', () => {
    expect(search('-Aleppo', {}, plain).total).toBe(18 - 4);
  });

  it('applies speaker: with a partial, case- and accent-insensitive value', () => {
    expect(ids(search('speaker:zakharova', {}, plain)).sort()).toEqual(['a1#p-3', 'd4#p-1']);
    expect(ids(search('speaker:"Maria Zakharova" civilians', {}, plain))).toEqual(['d4#p-1']);
    expect(search('speaker:nobody', {}, plain).total).toBe(0);
  });

  it('applies location:, group: and negated prefixes', () => {
    expect(ids(search('group:isis attack', {}, plain))).toEqual(['b2#p-2']);
    expect(ids(search('location:"al-hawl"', {}, plain))).toEqual(['b2#p-2']);
    expect(search('-location:Aleppo', {}, plain).total).toBe(18 - 4);
  });

  it('resolves a prefix value through the resolver aliases', () => {
    expect(ids(search('group:Daesh', {})).sort()).toEqual(['b2#p-1', 'b2#p-2', 'b2#p-3']);
  });

  it.each([
    '"unbalanced',
    '- -- ---',
    '!!!???',
    '🔥💥',
    '\u0000\u0001\u001f',
    'speaker:',
    '"" "" -""',
    'a'.repeat(10_000),
    'shelling '.repeat(1000),
  ])('returns a normal response for garbage %j', (q) => {
    const r = search(q);
    expect(Number.isInteger(r.total) && r.total >= 0, `total ${r.total}`).toBe(true);
    expect(r.hits.length).toBeLessThanOrEqual(20);
    expect(Object.keys(r.facets).sort()).toEqual(['actor', 'date', 'group', 'lang', 'location', 'outlet', 'speaker']);
  });
});

describe('search: typos and prefixes', () => {
  it('tolerates one typo from five letters and two from nine', () => {
    expect(search('Aleppp ', {}, plain).total).toBeGreaterThan(0);
    expect(search('Reconsilation ', {}, plain).total).toBe(2);
    expect(search('Rekonsilasion ', {}, plain).total).toBe(0);
  });

  it('does not typo-correct words of four letters or fewer', () => {
    expect(search('Afrn ', {}, plain).total).toBe(0);
  });

  it('prefix-matches the word being typed, but not once a space follows', () => {
    expect(ids(search('Khmei', {}, plain))).toEqual(['b2#p-4']);
    expect(search('Khmei ', {}, plain).total).toBe(0);
  });

  it('does not prefix-match words shorter than three letters', () => {
    expect(search('Kh', {}, plain).total).toBe(0);
  });

  it('ranks exact matches above prefix matches', () => {
    const r = search('attack', {}, plain);
    expect(full(r).slice(0, 2).sort()).toEqual(['b2#p-2', 'b2#p-4']);
    expect(full(r)).toContain('d4#p-1');
  });
});

describe('search: entities', () => {
  it('finds paragraphs naming an entity through any alias', () => {
    expect(full(search('Daesh')).sort()).toEqual(['b2#p-1', 'b2#p-2', 'b2#p-3']);
    expect(full(search('Al-Hol camp'))).toEqual(['b2#p-2']);
    expect(full(search('Hmeimim drone'))).toEqual(['b2#p-4']);
    expect(full(search('al Nusra')).sort()).toEqual(['a1#p-1', 'a1#p-4']);
  });

  it('finds nothing for an alias without the resolver', () => {
    expect(search('Daesh', {}, plain).total).toBe(1);
  });

  it('ranks a text mention with the entity above a facet-only match', () => {
    const r = search('Daesh');
    expect(r.hits[0]?.id).toBe('b2#p-1');
  });

  it('matches an entity through the index values without a resolver', () => {
    expect(full(search('Russian Center for Reconciliation', {}, plain)).sort()).toEqual(['c3#p-1', 'c3#p-2', 'c3#p-3']);
  });

  it('marks the alias occurrences in the snippet', () => {
    const r = search('Daesh');
    const hit = r.hits.find((h) => h.id === 'b2#p-3');
    expect(hit?.snippet).toContain('<mark>Islamic State</mark>');
  });
});

describe('search: relaxed matching', () => {
  it('falls back to partial matches ranked by how many parts match', () => {
    const r = search('Damascus violence shelling', {}, plain);
    expect(r.relaxed).toBe(true);
    expect(r.hits[0]?.id).toBe('f6#p-1');
    expect(r.total).toBe(7);
  });

  it('returns nothing, not relaxed, when no query word occurs anywhere', () => {
    const r = search('Ebola vaccine', {}, plain);
    expect(r).toMatchObject({ total: 0, relaxed: false, hits: [] });
  });

  it('continues a page past the last full match with partial matches', () => {
    const r = search('Turkey shelling', {}, plain);
    expect(r.relaxed).toBe(false);
    expect(r.total).toBe(1);
    expect(r.hits[0]?.id).toBe('e5 x#p-1');
    expect(r.hits.length).toBeGreaterThan(1);
    expect(r.facets.actor).toEqual([{ value: 'Turkey', count: 1 }]);
  });

  it('marks the hits past total as partial and leaves full and relaxed matches unmarked', () => {
    const past = search('Turkey shelling', {}, plain);
    expect(past.hits.map((h) => h.extra ?? 'full')).toEqual(['full', ...past.hits.slice(1).map(() => 'partial')]);
    expect(search('Damascus violence shelling', {}, plain).hits.filter((h) => h.extra !== undefined)).toEqual([]);
  });
});

describe('search: filters, dates, sorting and pages', () => {
  it('ORs values within a facet and ANDs across facets', () => {
    const r = search('', { filters: { location: ['Aleppo', 'Damascus'] } });
    expect(r.total).toBe(5);
    const both = search('', { filters: { location: ['Aleppo'], speaker: ['Maria Zakharova'] } });
    expect(ids(both)).toEqual(['d4#p-1']);
  });

  it('matches nothing for an unknown facet value', () => {
    expect(search('', { filters: { group: ['Nobody'] } }).total).toBe(0);
  });

  it('counts a facet ignoring its own filter but applying the others', () => {
    const r = search('', { filters: { location: ['Aleppo'] } });
    const loc = Object.fromEntries(r.facets.location.map((f) => [f.value, f.count]));
    expect(loc).toMatchObject({ Aleppo: 4, 'Sheikh Maqsoud': 4, Damascus: 1 });
    expect(r.facets.speaker).toEqual([{ value: 'Maria Zakharova', count: 1 }]);
  });

  it('sorts facet values by count then value and cuts at facet_size', () => {
    const r = search('', { facetSize: 2 });
    expect(r.facets.location).toEqual([
      { value: 'Aleppo', count: 4 },
      { value: 'Sheikh Maqsoud', count: 4 },
    ]);
    expect(r.facets.date.map((d) => d.value)).toEqual(['2016-06', '2016-07']);
  });

  it('buckets the date facet by publication month, or year when only the year is known', () => {
    const dates = Object.fromEntries(search('', { facetSize: 100 }).facets.date.map((f) => [f.value, f.count]));
    expect(dates).toEqual({ '2016-06': 4, '2016-07': 4, '2019-09': 4, '2026-01': 3, '2016': 2 });
  });

  it.each([
    [{ from: '2016-06', to: '2016-06' }, ['a1', 'e5 x']],
    [{ from: '2016-06-05' }, ['b2', 'c3', 'd4', 'e5 x']],
    [{ to: '2016-06-04' }, ['a1', 'e5 x']],
    [{ from: '2019', to: '2019' }, ['c3']],
    [{ from: '2020' }, ['d4']],
  ])('keeps documents whose publication span overlaps %j', (range, docs) => {
    const r = search('', { ...range, limit: 100 });
    expect([...new Set(r.hits.map((h) => h.doc.id))].sort()).toEqual(docs);
  });

  it('counts the date facet ignoring from/to', () => {
    const r = search('', { from: '2019', to: '2019', facetSize: 100 });
    expect(r.total).toBe(4);
    expect(r.facets.date).toHaveLength(5);
  });

  it('restricts to one document with doc', () => {
    expect(ids(search('', { doc: 'c3' }))).toEqual(['c3#p-1', 'c3#p-2', 'c3#p-3', 'c3#p-4']);
    expect(search('', { doc: 'nope' }).total).toBe(0);
  });

  it('browses newest documents first, in reading order within a document', () => {
    const r = search('', { limit: 100 });
    expect(r.total).toBe(18);
    expect(r.hits.map((h) => h.doc.id)).toEqual([
      'd4', 'd4', 'd4', 'c3', 'c3', 'c3', 'c3', 'b2', 'b2', 'b2', 'b2', 'a1', 'a1', 'a1', 'a1', 'e5 x', 'e5 x', 'f6',
    ]);
    expect(r.hits.slice(0, 3).map((h) => h.anchor)).toEqual(['p-1', 'p-2', 'p-3']);
  });

  it('sorts by date newest first with sort=date', () => {
    const r = search('shelling', { sort: 'date' }, plain);
    expect(r.hits.map((h) => h.doc.published)).toEqual(['2019-09-12', '2016-06-04', '2016-06-04', '2016-06-04', '2016', '2016']);
  });

  it('pages with limit and offset', () => {
    const all = ids(search('', { limit: 100 }));
    expect(ids(search('', { limit: 5, offset: 5 }))).toEqual(all.slice(5, 10));
    expect(search('', { offset: 500 }).hits).toEqual([]);
    expect(search('', { offset: 500 }).total).toBe(18);
  });

  it('returns only total and facets for limit=0', () => {
    const r = search('shelling', { limit: 0 });
    expect(r.hits).toEqual([]);
    expect(r.total).toBe(6);
    expect(r.facets.location.length).toBeGreaterThan(0);
  });
});

describe('search: hits', () => {
  it('returns each paragraph with its document, anchor, url and facets', () => {
    const hit = search('Khmeimim').hits[0]!;
    expect(hit).toMatchObject({
      id: 'b2#p-4',
      doc: { id: 'b2', title: null, source: 'ARA News', published: '2016-07' },
      anchor: 'p-4',
      url: '/doc/b2#p-4',
      text: 'A drone attack targeted the Khmeimim Air Base overnight.',
      speaker: null,
      actors: [],
      locations: ['Khmeimim Air Base'],
      groups: [],
      dates: [],
    });
    expect(typeof hit.score).toBe('number');
  });

  it('URL-encodes the document id', () => {
    expect(search('Turkey denied').hits[0]?.url).toBe('/doc/e5%20x#p-1');
  });

  it('measures took_ms as a finite number of milliseconds, cached answers included', () => {
    const fresh = createSearchEngine(searchCorpus, { resolveEntities: fakeResolver });
    for (const took of [fresh.search(params({ q: 'shelling' })).took_ms, fresh.search(params({ q: 'shelling' })).took_ms]) {
      expect(typeof took).toBe('number');
      expect(Number.isFinite(took) && took >= 0, `took_ms ${took}`).toBe(true);
    }
  });
});

describe('search: snippets', () => {
  const unescaped = (html: string): string => html.replaceAll('<mark>', '').replaceAll('</mark>', '');

  it('marks stems, spelling variants and phrases', () => {
    expect(search('shelling', {}, plain).hits.find((h) => h.id === 'a1#p-3')?.snippet).toBe(
      '“Repeated <mark>shellings</mark> hit Sheikh Maqsood,” Maria Zakharova said.',
    );
    expect(search('Maqsoud shelling', {}, plain).hits.find((h) => h.id === 'a1#p-3')?.snippet).toContain('<mark>Maqsood</mark>');
    expect(search('"Russian Center"', {}, plain).hits[0]?.snippet).toContain('<mark>Russian Center</mark>');
  });

  it('marks typo and prefix matches', () => {
    expect(search('Khmei', {}, plain).hits[0]?.snippet).toContain('<mark>Khmeimim</mark>');
    expect(search('Aleppp ', {}, plain).hits[0]?.snippet).toMatch(/<mark>Aleppo<\/mark>/);
  });

  it('escapes hostile corpus text and leaves only mark tags', () => {
    const hit = search('protesters').hits[0]!;
    expect(hit.snippet).toBe(
      '<mark>Protesters</mark> wrote &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39; on the walls of Aleppo.',
    );
  });

  it.each(['<script>', '"><img src=x>', "'&", 'script alert', '<mark>Aleppo</mark>'])('never lets markup through for the query %j', (q) => {
    for (const hit of search(q, { limit: 100 }).hits) expect(unescaped(hit.snippet)).not.toMatch(/[<>]/);
  });

  it('cuts long paragraphs to a window around the match with ellipses', () => {
    const hit = search('artillery', {}, plain).hits[0]!;
    expect(hit.snippet.startsWith('… ')).toBe(true);
    expect(hit.snippet).toContain('<mark>artillery</mark>');
    expect(unescaped(hit.snippet).split(/\s+/).length).toBeLessThan(50);
  });

  it('shows the first words without marks when browsing', () => {
    const hit = search('', { doc: 'e5 x' }).hits[1]!;
    expect(hit.snippet.startsWith('word0 word1')).toBe(true);
    expect(hit.snippet.endsWith(' …')).toBe(true);
    expect(hit.snippet).not.toContain('<mark>');
  });

  it('never nests marks when an alias and a word overlap', () => {
    const snippet = search('Sheikh Maqsoud shelling').hits.find((h) => h.id === 'a1#p-1')!.snippet;
    expect(snippet).not.toMatch(/<mark>[^<]*<mark>/);
    expect(snippet).toContain('<mark>Sheikh Maqsoud</mark>');
  });
});

describe('loadSearchEngine', () => {
  it('answers exactly like the engine it was saved from', () => {
    const loaded = loadSearchEngine(JSON.parse(JSON.stringify(engine.toJSON())), { resolveEntities: fakeResolver, synonyms: new Map() });
    for (const q of ['', 'shelling', 'Daesh', '"Russian Center"', 'Khmei', 'Damascus violence shelling', 'speaker:zakharova']) {
      const a = { ...engine.search(params({ q, facetSize: 100 })), took_ms: 0 };
      const b = { ...loaded.search(params({ q, facetSize: 100 })), took_ms: 0 };
      expect(b).toEqual(a);
    }
    expect(loaded.suggest('sh')).toEqual(engine.suggest('sh'));
    expect(loaded.stats()).toEqual(engine.stats());
  });

  it('refuses an index of another format version', () => {
    const json = { ...(engine.toJSON() as Record<string, unknown>), version: INDEX_FORMAT_VERSION + 1 };
    expect(() => loadSearchEngine(json)).toThrowError(SiftError);
    try {
      loadSearchEngine(json);
    } catch (err) {
      expect((err as SiftError).code).toBe('index_version');
      expect((err as SiftError).message).toContain('rebuild');
    }
  });

  it('refuses something that is not an index', () => {
    expect(() => loadSearchEngine({ hello: 'world' })).toThrowError(/not a sift-search-index/);
  });
});

describe('getDocument and stats', () => {
  it('returns documents by id and counts', () => {
    expect(engine.getDocument('c3')?.paragraphs).toHaveLength(4);
    expect(engine.getDocument('missing')).toBeUndefined();
    expect(engine.stats()).toEqual({ documents: 6, paragraphs: 18 });
  });
});
