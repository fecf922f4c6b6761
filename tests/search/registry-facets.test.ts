import { describe, expect, it } from 'vitest';
import { SiftError } from '../../src/errors';
import { createSearchEngine, loadSearchEngine } from '../../src/search/engine';
import type { SiftEngine } from '../../src/search/engine';
import type { IndexedDocument, Paragraph, SearchParams, SpeakerCue } from '../../src/types';
import { registryWithWeapon } from '../fixtures/facets/weapon';

// A registry with two facet kinds Sift does not ship: `weapon` (paragraph level, many values, from a `weapons`
// field of each paragraph) and `front` (document level, one value, from a `front` field of the metadata).
const registry = registryWithWeapon(
  {
    name: 'front', param: 'front', prefix: 'front', label: 'Front', pluralLabel: 'Fronts', level: 'document',
    field: 'front', multi: false, entityKinds: [], exportColumn: 'front', valueFormat: 'text', entityPages: false,
  },
);

type Extra = { weapons?: string[]; speaker_cue?: SpeakerCue | null };

function para(n: number, text: string, extra: Extra & Partial<Paragraph> = {}): Paragraph {
  return { anchor: `p-${n}`, text, speaker: null, actors: [], locations: [], groups: [], dates: [], ...extra } as Paragraph;
}

const docs = [
  {
    id: 'north', title: 'Shelling near Aleppo', source: 'TASS', url: null, published: '2017-04-05', lang: 'en', outlet: 'TASS', front: 'North',
    paragraphs: [
      para(1, 'Artillery shelling hit the northern villages overnight.', { weapons: ['Artillery'] }),
      para(2, 'Witnesses said barrel bombs and artillery struck the market.', {
        weapons: ['Barrel bomb', 'Artillery'],
        speaker: 'Witnesses',
        speaker_cue: { kind: 'verb', text: 'Witnesses said', start: 0, end: 14 },
      }),
      para(3, 'Sarin was found in soil samples from the village, the inspectors reported.', { weapons: ['Sarin'], speaker_cue: null }),
    ],
  },
  {
    id: 'south', title: 'Strikes in Deraa', source: 'Reuters', url: null, published: '2018-06-20', lang: 'en', outlet: 'Reuters', front: 'South',
    paragraphs: [
      para(1, 'Barrel bombs fell on the eastern quarters of Deraa.', { weapons: ['Barrel bomb'] }),
      para(2, 'The shelling of Deraa continued for a third day.', { weapons: [] }),
    ],
  },
  {
    id: 'east', title: 'Deir ez-Zor', source: 'SANA', url: null, published: '2019-01-02', lang: 'ar', outlet: 'SANA',
    paragraphs: [para(1, 'Shelling and sarin claims were reported near the river.', { weapons: ['Sarin', 'Artillery'] })],
  },
] as unknown as IndexedDocument[];

function params(q: string, filters: Record<string, string[]> = {}): SearchParams {
  return { q, filters: { speaker: [], actor: [], location: [], group: [], ...filters }, from: null, to: null, doc: null, sort: 'relevance', limit: 50, offset: 0, facetSize: 20 };
}

const engine = createSearchEngine(docs, { facets: registry, synonyms: new Map() });

function countsOf(e: SiftEngine, p: SearchParams, facet: string): Record<string, number> {
  const list = (e.search(p).facets as unknown as Record<string, { value: string; count: number }[]>)[facet] ?? [];
  return Object.fromEntries(list.map((v) => [v.value, v.count]));
}

function weaponsOf(hits: { weapons?: string[] }[]): string[][] {
  return hits.map((h) => h.weapons ?? []);
}

describe('a facet declared only in the registry', () => {
  it('is counted over the matching paragraphs when it is paragraph-level', () => {
    expect(countsOf(engine, params('shelling'), 'weapon')).toEqual({ Artillery: 2, Sarin: 1 });
    expect(countsOf(engine, params(''), 'weapon')).toEqual({ Artillery: 3, 'Barrel bomb': 2, Sarin: 2 });
  });

  it('is counted from the document metadata when it is document-level', () => {
    expect(countsOf(engine, params(''), 'front')).toEqual({ North: 3, South: 2 });
  });

  it('filters by its parameter and still counts its own other values (multi-select)', () => {
    const p = params('', { weapon: ['Sarin'] });
    const r = engine.search(p);
    expect(r.total).toBe(2);
    expect(weaponsOf(r.hits as never).every((w) => w.includes('Sarin'))).toBe(true);
    expect(countsOf(engine, p, 'weapon')).toEqual({ Artillery: 3, 'Barrel bomb': 2, Sarin: 2 });
    expect(countsOf(engine, p, 'front')).toEqual({ North: 1 });
  });

  it('filters by its query prefix, value compared folded, and by its negation', () => {
    expect(engine.search(params('weapon:"barrel BOMB"')).total).toBe(2);
    expect(engine.search(params('shelling -weapon:artillery')).total).toBe(1);
    expect(engine.search(params('front:south')).hits.map((h) => h.doc.id)).toEqual(['south', 'south']);
  });

  it('combines with the shipped facets: a paragraph failing two filters counts nowhere', () => {
    const p = params('', { weapon: ['Barrel bomb'], front: ['North'] });
    expect(engine.search(p).total).toBe(1);
    expect(countsOf(engine, p, 'weapon')).toEqual({ Artillery: 2, 'Barrel bomb': 1, Sarin: 1 });
    expect(countsOf(engine, p, 'front')).toEqual({ North: 1, South: 1 });
  });

  it('is given back in hits and documents, and survives the index file', () => {
    expect(engine.getDocument('north')?.paragraphs.map((p) => (p as Extra).weapons)).toEqual([['Artillery'], ['Barrel bomb', 'Artillery'], ['Sarin']]);
    const loaded = loadSearchEngine(engine.serialize(), { facets: registry, synonyms: new Map() });
    for (const q of ['', 'shelling', 'weapon:sarin', 'front:north artillery']) {
      expect({ ...loaded.search(params(q)), took_ms: 0 }).toEqual({ ...engine.search(params(q)), took_ms: 0 });
    }
  });

  it('makes an index built without it unreadable, so the server rebuilds', () => {
    const plain = createSearchEngine(docs, { synonyms: new Map() });
    expect(() => loadSearchEngine(plain.serialize(), { facets: registry })).toThrow(SiftError);
  });
});

describe('speaker cues', () => {
  it('are served with hits and documents as the paragraphs gave them', () => {
    const hit = engine.search(params('witnesses')).hits[0]!;
    expect(hit.speaker_cue).toEqual({ kind: 'verb', text: 'Witnesses said', start: 0, end: 14 });
    const north = engine.getDocument('north')!.paragraphs;
    expect(north.map((p) => p.speaker_cue)).toEqual([undefined, { kind: 'verb', text: 'Witnesses said', start: 0, end: 14 }, null]);
  });

  it('keep their words when the offsets do not point at them, through the file and a live change', () => {
    const cue: SpeakerCue = { kind: 'according_to', text: 'according to the inspectors', start: 3, end: 9 };
    const changed = { ...docs[1]!, paragraphs: [para(1, 'Barrel bombs fell again.', { speaker_cue: cue })] } as IndexedDocument;
    const live = loadSearchEngine(engine.serialize(), { facets: registry, synonyms: new Map() });
    live.applyChanges({ upsert: [changed], remove: [] });
    expect(live.getDocument('south')!.paragraphs[0]!.speaker_cue).toEqual(cue);
    const again = loadSearchEngine(live.serialize(), { facets: registry, synonyms: new Map() });
    expect(again.getDocument('south')!.paragraphs[0]!.speaker_cue).toEqual(cue);
  });
});
