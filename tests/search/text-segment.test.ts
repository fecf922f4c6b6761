import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text';
import { firstPositions, phraseHolds, phraseKeyIds } from '../../src/search/index/phrase-index';
import { TextSegmentBuilder } from '../../src/search/index/segment-builder';
import type { WordLookup } from '../../src/search/index/text-segment';
import { lookupWord, probeWord, resolveWord } from '../../src/search/index/word-postings';
import { phraseKeys } from '../../src/text';

// The oracle: a real MiniSearch 7 index over the same two fields (loose, exact) and the same query options
// the engine used before it kept its own postings. Scores must agree, not just the matching ids.
const WORDS = ['shelling', 'shelled', 'shells', 'aleppo', 'alepo', 'maqsoud', 'maqsood', 'attack', 'attacks', 'attacked', 'drone', 'drones', 'the', 'of', 'Daraa', 'Deraa', 'camp', 'camps', 'ceasefire', 'cease', 'fire', 'al-Nusra', 'Nusra'];
const WEIGHTS = { exactBoost: 1, fuzzyWeight: 0.45, prefixWeight: 0.375 };

function oracleIndex(texts: string[]): MiniSearch<{ id: number; text: string }> {
  let last: string | null = null;
  let tokens = analyzeText('');
  const mini = new MiniSearch<{ id: number; text: string }>({
    fields: ['text', 'exact'],
    idField: 'id',
    extractField: (doc, field) => (field === 'id' ? (doc.id as unknown as string) : doc.text),
    tokenize: (text, field) => {
      if (text !== last) {
        last = text;
        tokens = analyzeText(text);
      }
      return tokens.filter((t) => t.content).map((t) => (field === 'exact' ? t.exact : t.loose));
    },
    processTerm: (t) => t,
    searchOptions: { tokenize: (s) => [s], processTerm: (t) => t, maxFuzzy: 2 },
  });
  texts.forEach((text, id) => mini.add({ id, text }));
  return mini;
}

function oracleLookup(mini: MiniSearch<{ id: number; text: string }>, w: WordLookup): Map<number, number> {
  const out = new Map<number, number>();
  const common = { weights: { fuzzy: WEIGHTS.fuzzyWeight, prefix: WEIGHTS.prefixWeight } };
  if (w.loose !== '') {
    for (const r of mini.search(w.loose, { ...common, fields: ['text'], fuzzy: w.looseFuzzy || false, prefix: false })) out.set(r.id as number, (out.get(r.id as number) ?? 0) + r.score);
  }
  if (w.exact !== '') {
    for (const r of mini.search(w.exact, { ...common, fields: ['exact'], fuzzy: w.exactFuzzy || false, prefix: w.prefix })) {
      out.set(r.id as number, (out.get(r.id as number) ?? 0) + r.score * WEIGHTS.exactBoost);
    }
  }
  return out;
}

function build(texts: string[]) {
  const builder = new TextSegmentBuilder(true);
  for (const t of texts) builder.add(analyzeText(t));
  return builder.finish();
}

const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 12 }).map((w) => w.join(' '));
const lookupArb = fc.record({
  word: fc.constantFrom(...WORDS, 'shel', 'alep', 'atack', 'xyz'),
  exactFuzzy: fc.integer({ min: 0, max: 2 }),
  looseFuzzy: fc.integer({ min: 0, max: 1 }),
  prefix: fc.boolean(),
  dropLoose: fc.boolean(),
});

describe('lookupWord', () => {
  it('matches MiniSearch exactly (ids and BM25 scores) for exact, prefix and fuzzy lookups', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 30 }), fc.array(lookupArb, { minLength: 1, maxLength: 5 }), (texts, lookups) => {
        const mini = oracleIndex(texts);
        const { segment } = build(texts);
        for (const l of lookups) {
          const token = analyzeText(l.word)[0];
          if (token === undefined) continue;
          const w: WordLookup = { exact: token.exact, loose: l.dropLoose ? '' : token.loose, exactFuzzy: l.exactFuzzy, looseFuzzy: l.looseFuzzy, prefix: l.prefix };
          const expected = oracleLookup(mini, w);
          const got = lookupWord(segment, w, WEIGHTS);
          expect([...got.ids]).toEqual([...expected.keys()].sort((a, b) => a - b));
          got.ids.forEach((id, i) => expect(got.scores[i]).toBeCloseTo(expected.get(id)!, 9));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('returns nothing for a word absent from the index', () => {
    const { segment } = build(['shelling of Aleppo']);
    expect(lookupWord(segment, { exact: 'damascus', loose: 'damascu', exactFuzzy: 0, looseFuzzy: 0, prefix: false }, WEIGHTS).ids).toHaveLength(0);
  });
});

describe('probeWord', () => {
  it('gives each text the score lookupWord gives it, and NaN to texts it does not match', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 25 }), lookupArb, (texts, l) => {
        const { segment } = build(texts);
        const token = analyzeText(l.word)[0]!;
        const w: WordLookup = { exact: token.exact, loose: token.loose, exactFuzzy: l.exactFuzzy, looseFuzzy: 0, prefix: l.prefix };
        const all = lookupWord(segment, w, WEIGHTS);
        const q = resolveWord(segment, w, WEIGHTS);
        for (let id = 0; id < texts.length; id++) {
          const at = all.ids.indexOf(id);
          const probed = probeWord(segment, q, id);
          if (at < 0) expect(probed).toBeNaN();
          else expect(probed).toBe(all.scores[at]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same scores when one resolved word is probed in any order (ascending, descending, shuffled)', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 25 }), lookupArb, fc.array(fc.nat(), { maxLength: 60 }), (texts, l, picks) => {
        const { segment } = build(texts);
        const token = analyzeText(l.word)[0]!;
        const w: WordLookup = { exact: token.exact, loose: token.loose, exactFuzzy: l.exactFuzzy, looseFuzzy: 0, prefix: l.prefix };
        const all = lookupWord(segment, w, WEIGHTS);
        const q = resolveWord(segment, w, WEIGHTS);
        const ids = texts.map((_, id) => id);
        const order = [...ids, ...[...ids].reverse(), ...picks.map((p) => p % texts.length)];
        for (const id of order) {
          const at = all.ids.indexOf(id);
          const probed = probeWord(segment, q, id);
          if (at < 0) expect(probed).toBeNaN();
          else expect(probed).toBe(all.scores[at]);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('phraseHolds', () => {
  it('agrees with a scan of the phrase keys of the text', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1, maxLength: 20 }), fc.array(fc.constantFrom(...WORDS, 'the', 'of', 'the'), { minLength: 2, maxLength: 3 }), (texts, phraseWords) => {
        const { segment, phrases } = build(texts);
        const keys = phraseKeys(analyzeText(phraseWords.join(' ')));
        const ids = phraseKeyIds(phrases!, keys, (k) => k.length);
        const first = ids === null ? null : firstPositions(segment, ids.anchorKey);
        texts.forEach((text, id) => {
          const hay = phraseKeys(analyzeText(text)).join(' ');
          const expected = keys.length > 0 && ` ${hay} `.includes(` ${keys.join(' ')} `);
          expect(ids !== null && phraseHolds(phrases!, id, ids)).toBe(expected);
          // Starting from the anchor's first position (as the engine does for ascending candidates) changes nothing.
          expect(ids !== null && phraseHolds(phrases!, id, ids, first!(id))).toBe(expected);
        });
      }),
      { numRuns: 150 },
    );
  });
});
