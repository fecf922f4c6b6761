import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { buildSynonymTable, loadSynonyms } from '../../src/search/synonyms';
import type { IndexedDocument, SearchParams } from '../../src/types';

const params = (q: string, extra: Partial<SearchParams> = {}): SearchParams => ({
  q,
  filters: { speaker: [], actor: [], location: [], group: [] },
  from: null,
  to: null,
  doc: null,
  sort: 'relevance',
  limit: 20,
  offset: 0,
  facetSize: 10,
  ...extra,
});

const para = (n: number, text: string) => ({ anchor: `p-${n}`, text, speaker: null, actors: [], locations: [], groups: [], dates: [] });
const docs: IndexedDocument[] = [
  {
    id: 'a',
    title: null,
    source: null,
    url: null,
    published: '2020-01-02',
    paragraphs: [
      para(1, 'Two drones attacked the base overnight.'),
      para(2, 'Unmanned aerial vehicles were shot down near the base.'),
      para(3, 'The unmanned convoy reached the base.'),
      para(4, 'Gunmen abducted four aid workers.'),
    ],
  },
];
const table = buildSynonymTable({
  groups: [
    { weight: 0.8, terms: ['drone', 'unmanned aerial vehicle'] },
    { weight: 0.5, terms: ['kidnapped', 'abducted'] },
  ],
});
const engine = createSearchEngine(docs, { synonyms: table });

describe('buildSynonymTable', () => {
  it('maps each single word of a group to the other members, stemmed', () => {
    expect(table.get('drone')).toEqual([{ keys: ['unman', 'aerial', 'vehicl'], weight: 0.8 }]);
    expect(table.get('kidnap')).toEqual([{ keys: ['abduct'], weight: 0.5 }]);
  });

  it('rejects a group without a valid weight', () => {
    expect(() => buildSynonymTable({ groups: [{ weight: 3, terms: ['a', 'b'] }] })).toThrow(/weight/);
  });

  it('loads the shipped data file', () => {
    expect(loadSynonyms().size).toBeGreaterThan(20);
  });
});

describe('search with synonyms', () => {
  it('finds a multi-word synonym only where all its words occur, ranked below the query word itself', () => {
    const res = engine.search(params('drones'));
    expect(res.hits.map((h) => h.id)).toEqual(['a#p-1', 'a#p-2']);
  });

  it('marks the synonym in the snippet', () => {
    const res = engine.search(params('kidnapped'));
    expect(res.hits.map((h) => h.id)).toEqual(['a#p-4']);
    expect(res.hits[0]!.snippet).toContain('<mark>abducted</mark>');
  });

  it('expands nothing with an empty table', () => {
    const bare = createSearchEngine(docs, { synonyms: new Map() });
    expect(bare.search(params('kidnapped')).total).toBe(0);
  });
});

describe('partial matches', () => {
  const corpus: IndexedDocument[] = [
    { id: 'x', title: null, source: null, url: null, published: '2020-01-01', paragraphs: [para(1, 'Rebels shelled the market in Harim.'), para(2, 'Residents fled the shelling.')] },
    { id: 'y', title: null, source: null, url: null, published: '2020-01-01', paragraphs: [para(1, 'Heavy shelling was reported, and shelling continued all night, shelling everywhere.')] },
  ];
  it('ranks partial matches from an article that fully matches before other partial matches', () => {
    const res = createSearchEngine(corpus, { synonyms: new Map() }).search(params('Harim shelling'));
    expect(res.total).toBe(1);
    expect(res.hits.map((h) => h.id)).toEqual(['x#p-1', 'x#p-2', 'y#p-1']);
  });
});

describe('related entities', () => {
  const corpus: IndexedDocument[] = [
    {
      id: 'r',
      title: null,
      source: null,
      url: null,
      published: '2020-01-01',
      paragraphs: [
        { ...para(1, 'Turkey closed the border.'), actors: ['Turkey'] },
        { ...para(2, 'Erdogan warned the militias.'), actors: ['Recep Tayyip Erdogan'] },
        { ...para(3, 'Shelling hit Saraqib overnight.'), locations: ['Saraqib'] },
        { ...para(4, 'Talks resumed in Geneva.'), locations: ['Geneva'] },
        { ...para(5, 'Aid reached Idlib.'), locations: ['Idlib'] },
      ],
    },
  ];
  const resolveEntities = (text: string) => {
    const out: { canonical: string; facet: 'actor' | 'location' | 'group'; start: number; end: number }[] = [];
    for (const [word, canonical, facet] of [
      ['Turkey', 'Turkey', 'actor'],
      ['Erdogan', 'Recep Tayyip Erdogan', 'actor'],
      ['Idlib', 'Idlib', 'location'],
      ['Saraqib', 'Saraqib', 'location'],
    ] as const) {
      const at = text.indexOf(word);
      if (at >= 0) out.push({ canonical, facet, start: at, end: at + word.length });
    }
    return out;
  };
  const related = (c: string) => (c === 'Turkey' ? ['Recep Tayyip Erdogan'] : c === 'Idlib' ? ['Saraqib'] : []);
  const withRelations = createSearchEngine(corpus, { synonyms: new Map(), resolveEntities, relatedEntities: related });

  it("finds a state's people after the state itself, and marks them", () => {
    const res = withRelations.search(params('Turkey'));
    expect(res.hits.map((h) => h.id)).toEqual(['r#p-1', 'r#p-2']);
    expect(res.hits[1]!.snippet).toContain('<mark>Erdogan</mark>');
  });

  it('finds the places within a place after the place itself', () => {
    expect(withRelations.search(params('Idlib')).hits.map((h) => h.id)).toEqual(['r#p-5', 'r#p-3']);
  });

  it('expands nothing without relations', () => {
    const bare = createSearchEngine(corpus, { synonyms: new Map(), resolveEntities });
    expect(bare.search(params('Turkey')).hits.map((h) => h.id)).toEqual(['r#p-1']);
  });
});
