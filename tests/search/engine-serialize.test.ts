import { describe, expect, it } from 'vitest';
import { SiftError } from '../../src/errors';
import { createSearchEngine, loadSearchEngine, INDEX_FORMAT_VERSION } from '../../src/search/engine';
import type { SerializedEngine, SiftEngine } from '../../src/search/engine';
import type { IndexedDocument, SearchParams } from '../../src/types';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';

function params(q: string, more: Partial<SearchParams> = {}): SearchParams {
  return {
    q,
    filters: { speaker: [], actor: [], location: [], group: [] },
    from: null,
    to: null,
    doc: null,
    sort: 'relevance',
    limit: 20,
    offset: 0,
    facetSize: 100,
    ...more,
  };
}

const QUERIES: SearchParams[] = [
  params(''),
  params('shelling'),
  params('Daesh'),
  params('"Russian Center"'),
  params('Khmei'),
  params('Damascus violence shelling'),
  params('speaker:zakharova'),
  params('attack -drone', { sort: 'date' }),
  params('', { filters: { speaker: [], actor: [], location: ['Aleppo'], group: [] }, from: '2016' }),
];

const options = { resolveEntities: fakeResolver, synonyms: new Map() };
const engine = createSearchEngine(searchCorpus, options);

function expectSameAnswers(a: SiftEngine, b: SiftEngine): void {
  for (const p of QUERIES) expect({ ...b.search(p), took_ms: 0 }).toEqual({ ...a.search(p), took_ms: 0 });
  for (const d of searchCorpus) expect(b.getDocument(d.id)).toEqual(a.getDocument(d.id));
  expect(b.suggest('sh')).toEqual(a.suggest('sh'));
  expect(b.stats()).toEqual(a.stats());
}

/** What a file layer does: every section copied into one buffer, at offsets that need not be aligned. */
function throughOneBuffer(serialized: SerializedEngine, misalign: number): SerializedEngine {
  const entries = Object.entries(serialized.sections);
  const total = entries.reduce((n, [, b]) => n + b.byteLength + misalign, 0);
  const file = Buffer.alloc(total);
  const sections: Record<string, Uint8Array> = {};
  let at = 0;
  for (const [name, bytes] of entries) {
    at += misalign;
    file.set(bytes, at);
    sections[name] = file.subarray(at, at + bytes.byteLength);
    at += bytes.byteLength;
  }
  return { meta: JSON.parse(JSON.stringify(serialized.meta)), sections };
}

describe('serialize and loadSearchEngine', () => {
  it.each([0, 1, 3])('answers exactly like the engine it was saved from (sections misaligned by %i bytes)', (misalign) => {
    const loaded = loadSearchEngine(throughOneBuffer(engine.serialize(), misalign), options);
    expectSameAnswers(engine, loaded);
  });

  it('keeps the meta JSON-able and the sections as bytes', () => {
    const { meta, sections } = engine.serialize();
    expect(JSON.parse(JSON.stringify(meta))).toEqual(meta);
    for (const bytes of Object.values(sections)) expect(bytes).toBeInstanceOf(Uint8Array);
  });

  it('keeps documents as given: odd anchors, repeated values, extra metadata', () => {
    const docs: IndexedDocument[] = [
      {
        id: 'odd',
        title: 'Odd one',
        source: null,
        url: null,
        published: '2020-02-02',
        lang: 'en',
        paragraphs: [
          { anchor: 'intro', text: 'Shelling near Aleppo.', speaker: null, actors: ['Turkey', 'Turkey'], locations: ['Aleppo'], groups: [], dates: ['2020-02-01', '2020-02-01'] },
          { anchor: 'p-2', text: 'Ünïcode “quotes” — and émoji 🔥 survive.', speaker: 'Maria Zakharova', actors: [], locations: [], groups: ['ISIS'], dates: [] },
          {
            anchor: 'p-3',
            text: 'The talks will go on, she added.',
            speaker: 'Maria Zakharova',
            speaker_cue: { kind: 'pronoun', text: 'she added', start: 22, end: 31, from: 'p-2' },
            actors: [],
            locations: [],
            groups: [],
            dates: [],
          },
        ],
      },
    ];
    const built = createSearchEngine(docs, options);
    const loaded = loadSearchEngine(throughOneBuffer(built.serialize(), 1), options);
    expect(loaded.getDocument('odd')).toEqual(docs[0]);
    expect(built.getDocument('odd')).toEqual(docs[0]);
    expect(loaded.search(params('émoji')).hits[0]?.text).toBe('Ünïcode “quotes” — and émoji 🔥 survive.');
  });

  it('loads the toJSON form (base64 sections) through JSON text', () => {
    const loaded = loadSearchEngine(JSON.parse(JSON.stringify(engine.toJSON())), options);
    expectSameAnswers(engine, loaded);
  });

  it('refuses another format version with index_version', () => {
    const { meta, sections } = engine.serialize();
    const other = { meta: { ...(meta as Record<string, unknown>), version: INDEX_FORMAT_VERSION + 1 }, sections };
    expect(() => loadSearchEngine(other)).toThrowError(expect.objectContaining({ code: 'index_version' }) as Error);
  });

  it.each([
    ['a missing section', (s: Record<string, Uint8Array>) => delete s['para.loose.docs']],
    ['a truncated section', (s: Record<string, Uint8Array>) => (s['para.exact.offsets'] = s['para.exact.offsets']!.subarray(0, 5))],
    ['texts cut short', (s: Record<string, Uint8Array>) => (s['text.bytes'] = s['text.bytes']!.subarray(0, 10))],
    ['a facet column of the wrong length', (s: Record<string, Uint8Array>) => (s['facet.actor.offsets'] = new Uint8Array(8))],
  ])('refuses %s with index_corrupt', (_, damage) => {
    const { meta, sections } = engine.serialize();
    const copy = { ...sections };
    damage(copy);
    try {
      loadSearchEngine({ meta, sections: copy });
      expect.unreachable('loading should fail');
    } catch (err) {
      expect(err).toBeInstanceOf(SiftError);
      expect((err as SiftError).code).toBe('index_corrupt');
    }
  });
});

describe('search result cache', () => {
  it('answers a repeated request identically, unaffected by changes the caller makes to an earlier response', () => {
    const cached = createSearchEngine(searchCorpus, { ...options, cacheSize: 4 });
    const first = cached.search(params('shelling'));
    const firstCopy = structuredClone(first);
    first.hits[0]!.text = 'changed';
    first.facets.location.length = 0;
    const second = cached.search(params('shelling'));
    expect({ ...second, took_ms: 0 }).toEqual({ ...firstCopy, took_ms: 0 });
  });

  it('gives the same answers with the cache on and off, past its capacity', () => {
    const cached = createSearchEngine(searchCorpus, { ...options, cacheSize: 2 });
    const uncached = createSearchEngine(searchCorpus, { ...options, cacheSize: 0 });
    for (let round = 0; round < 2; round++) {
      for (const p of QUERIES) expect({ ...cached.search(p), took_ms: 0 }).toEqual({ ...uncached.search(p), took_ms: 0 });
    }
  });
});
