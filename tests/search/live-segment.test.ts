import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchEngine, loadSearchEngine } from '../../src/search/engine';
import type { SiftEngine } from '../../src/search/engine';
import type { IndexedDocument, SearchParams, SearchResponse } from '../../src/types';
import { generateCorpus, VOCABULARY } from '../fixtures/search/generate-corpus';

const LANGS = ['en', 'ru', 'ar', undefined] as const;
const IDS = 16;

/** Version `seed` of document `k`: a generated document with that id, a language and (sometimes) a title. */
function version(k: number, seed: number): IndexedDocument {
  const doc = generateCorpus(seed * 31 + k, 1)[0]!;
  const lang = LANGS[(seed + k) % LANGS.length];
  const title = seed % 3 === 0 ? null : `${VOCABULARY[(seed + k) % VOCABULARY.length]} report`;
  return { ...doc, id: `doc-${k}`, title, ...(lang === undefined ? {} : { lang }) };
}

const BASE: IndexedDocument[] = Array.from({ length: 10 }, (_, k) => version(k, 0));

function params(overrides: Partial<SearchParams> = {}): SearchParams {
  return {
    q: '',
    filters: { speaker: [], actor: [], location: [], group: [] },
    from: null,
    to: null,
    doc: null,
    sort: 'relevance',
    limit: 100,
    offset: 0,
    facetSize: 50,
    ...overrides,
  };
}

const QUERIES: SearchParams[] = [
  params(),
  params({ limit: 5, offset: 3 }),
  params({ q: 'alfa' }),
  params({ q: 'alfa brav' }),
  params({ q: 'alfa brav chal' }),
  params({ q: '"alfa brav"' }),
  params({ q: 'delt -echo' }),
  params({ q: 'golf -"hotl alfa"' }),
  params({ q: 'alf' }),
  params({ q: 'report' }),
  params({ q: 'speaker:"Speaker One" foxt' }),
  params({ q: '-location:"Place North"' }),
  params({ q: 'lang:ru' }),
  params({ q: 'echo', lang: ['en', 'ar'] }),
  params({ filters: { speaker: ['Speaker Two'], actor: ['Actor Red', 'Actor Gold'], location: [], group: [] } }),
  params({ q: 'hotl', filters: { speaker: [], actor: [], location: ['Place East'], group: ['Unit Beta'] }, from: '2016', to: '2016-06' }),
  params({ q: 'chal golf', sort: 'date', lang: ['ru'] }),
  params({ doc: 'doc-3' }),
  params({ q: 'brav', doc: 'doc-12' }),
  params({ from: '2019' }),
];

/**
 * What must not depend on how the corpus got to its state: totals, facets, the matching set and each hit's content.
 * Order may differ (scores of delta paragraphs use the delta's statistics; equal dates keep index order), so a
 * page short of the whole result set is compared on its size only.
 */
function comparable(r: SearchResponse, p: SearchParams) {
  const whole = p.offset === 0 && p.limit >= r.total;
  const hits = whole ? r.hits.slice(0, r.total).map(({ score: _score, ...rest }) => rest) : [];
  return { total: r.total, relaxed: r.relaxed, facets: r.facets, pageSize: r.hits.length, hits: hits.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

function expectSameAsRebuild(live: SiftEngine, docs: Map<string, IndexedDocument>): void {
  const fresh = createSearchEngine([...docs.values()]);
  expect(live.stats()).toEqual(fresh.stats());
  for (let k = 0; k < IDS; k++) expect(live.getDocument(`doc-${k}`)).toEqual(fresh.getDocument(`doc-${k}`));
  for (const q of ['al', 'ech', 'Speaker', 'Place N', 'rep', 'golf h']) expect(live.suggest(q, 20)).toEqual(fresh.suggest(q, 20));
  for (const p of QUERIES) {
    const want = fresh.search(p);
    expect(want.total).toBeLessThanOrEqual(100);
    expect(comparable(live.search(p), p), JSON.stringify(p)).toEqual(comparable(want, p));
  }
}

type Edit = { kind: 'upsert'; k: number; seed: number } | { kind: 'remove'; k: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('upsert' as const), k: fc.integer({ min: 0, max: IDS - 1 }), seed: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('remove' as const), k: fc.integer({ min: 0, max: IDS - 1 }) }),
);

describe('applyChanges', () => {
  it('answers like an engine rebuilt over the final corpus, after any sequence of adds, edits and deletes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(edit, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.boolean(), (batches, loaded) => {
        const built = createSearchEngine(BASE);
        const live = loaded ? loadSearchEngine(built.serialize()) : built;
        const docs = new Map(BASE.map((d) => [d.id, d]));
        for (const batch of batches) {
          const upsert: IndexedDocument[] = [];
          const remove: string[] = [];
          for (const e of batch) {
            const id = `doc-${e.k}`;
            if (e.kind === 'remove') {
              remove.push(id);
              docs.delete(id);
              const at = upsert.findIndex((d) => d.id === id);
              if (at >= 0) upsert.splice(at, 1);
            } else {
              const doc = version(e.k, e.seed);
              const at = upsert.findIndex((d) => d.id === id);
              if (at >= 0) upsert.splice(at, 1);
              upsert.push(doc);
              docs.set(id, doc);
              const gone = remove.indexOf(id);
              if (gone >= 0) remove.splice(gone, 1);
            }
          }
          live.applyChanges({ upsert, remove });
          expectSameAsRebuild(live, docs);
        }
      }),
      // Each run replays up to five batches against a fresh rebuild (20 queries, suggestions, documents): 25 runs
      // cover adds, edits, deletes, re-adds and loaded engines many times over at a third of the cost of 60.
      { numRuns: 25, seed: 20261122 },
    );
  }, 60_000);

  it('serves the change to the next request and forgets cached answers', () => {
    const engine = createSearchEngine(BASE);
    const before = engine.search(params({ q: 'zulu' }));
    expect(before.total).toBe(0);
    const added: IndexedDocument = { ...version(12, 5), paragraphs: [{ ...version(12, 5).paragraphs[0]!, text: 'zulu alfa zulu' }] };
    engine.applyChanges({ upsert: [added], remove: [] });
    expect(engine.search(params({ q: 'zulu' })).hits.map((h) => h.id)).toEqual(['doc-12#p-1']);
    engine.applyChanges({ upsert: [], remove: ['doc-12'] });
    expect(engine.search(params({ q: 'zulu' })).total).toBe(0);
    expect(engine.getDocument('doc-12')).toBeUndefined();
  });

  it('goes back to the main segment alone when the changes cancel out', () => {
    const engine = createSearchEngine(BASE);
    engine.applyChanges({ upsert: [version(11, 3)], remove: [] });
    expect(engine.deltaStats()).toMatchObject({ documents: 1, tombstoned: 0 });
    engine.applyChanges({ upsert: [], remove: ['doc-11'] });
    expect(engine.deltaStats()).toEqual({ documents: 0, paragraphs: 0, tombstoned: 0 });
  });

  it('counts replaced documents as tombstoned paragraphs of the main segment', () => {
    const engine = createSearchEngine(BASE);
    engine.applyChanges({ upsert: [version(2, 9)], remove: ['doc-4'] });
    expect(engine.deltaStats()).toEqual({
      documents: 1,
      paragraphs: version(2, 9).paragraphs.length,
      tombstoned: BASE[2]!.paragraphs.length + BASE[4]!.paragraphs.length,
    });
  });

  it('saves a changed engine as the engine a rebuild would be', () => {
    const engine = createSearchEngine(BASE);
    engine.applyChanges({ upsert: [version(3, 7), version(13, 2)], remove: ['doc-5'] });
    const docs = new Map(BASE.map((d) => [d.id, d]));
    docs.set('doc-3', version(3, 7));
    docs.set('doc-13', version(13, 2));
    docs.delete('doc-5');
    expectSameAsRebuild(loadSearchEngine(engine.serialize()), docs);
  });

  it('moves updatedAt forward on each change', () => {
    const engine = createSearchEngine(BASE);
    engine.setUpdatedAt('2020-01-01T00:00:00.000Z');
    engine.applyChanges({ upsert: [], remove: ['doc-1'] });
    expect(Date.parse(engine.updatedAt())).toBeGreaterThan(Date.parse('2020-01-01T00:00:00.000Z'));
  });
});
