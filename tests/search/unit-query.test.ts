import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveEngineOptions } from '../../src/search/engine-options';
import { createSearchContext } from '../../src/search/execute/context';
import { intersectIds } from '../../src/search/execute/sorted-ids';
import { materializeUnit, probeUnit, resolveUnit } from '../../src/search/execute/unit-query';
import { enginePhraseHolds, materializeEngineWord } from '../../src/search/execute/word-access';
import { buildEngineState } from '../../src/search/index/build-state';
import { planQuery } from '../../src/search/query/plan';
import { loadSynonyms } from '../../src/search/synonyms';
import { generateCorpus, VOCABULARY } from '../fixtures/search/generate-corpus';

const options = resolveEngineOptions({});
const synonyms = loadSynonyms();
const contexts = [5, 6, 7].map((seed) => createSearchContext(buildEngineState(generateCorpus(seed, 40), options.facets.all), options, synonyms));

// The oracle: every word of the unit materialized, intersected, the phrase checked, scores summed in word order.
function exhaustive(ctx: (typeof contexts)[number], uq: ReturnType<typeof resolveUnit>): { ids: number[]; scores: number[] } {
  const lists = uq.words.map((w) => materializeEngineWord(ctx, w));
  const { ids, positions } = intersectIds(lists.map((l) => l.ids));
  const out = { ids: [] as number[], scores: [] as number[] };
  ids.forEach((pid, i) => {
    if (uq.phrase === false) return;
    if (uq.phrase !== null && !enginePhraseHolds(ctx, { main: uq.phrase, keys: uq.deltaPhrase }, pid)) return;
    let score = 0;
    lists.forEach((l, k) => (score += l.scores[positions[k]![i]!]!));
    out.ids.push(pid);
    out.scores.push(uq.unit.phrase !== null ? score * ctx.o.phraseBoost : score);
  });
  return out;
}

describe('materializeUnit', () => {
  it('gives a phrase the paragraphs and scores of materializing every word, though it probes all but the rarest', () => {
    fc.assert(
      fc.property(fc.constantFrom(...contexts.keys()), fc.array(fc.constantFrom(...VOCABULARY), { minLength: 2, maxLength: 4 }), (c, words) => {
        const ctx = contexts[c]!;
        const unit = planQuery(ctx, `"${words.join(' ')}"`).units[0]!;
        const uq = resolveUnit(ctx, unit);
        expect(uq.words.length).toBe(words.length);
        const got = materializeUnit(ctx, uq);
        const want = exhaustive(ctx, uq);
        expect([...got.ids]).toEqual(want.ids);
        expect([...got.scores]).toEqual(want.scores);
      }),
      { numRuns: 200 },
    );
  });

  it('finds a phrase that occurs and nothing for one that does not', () => {
    const ctx = contexts[0]!;
    const uq = resolveUnit(ctx, planQuery(ctx, '"alfa brav"').units[0]!);
    const found = materializeUnit(ctx, uq).ids.length;
    expect(found).toBeGreaterThan(0);
    expect(found).toBe(exhaustive(ctx, uq).ids.length);
    const none = resolveUnit(ctx, planQuery(ctx, '"alfa zzzz"').units[0]!);
    expect(materializeUnit(ctx, none).ids.length).toBe(0);
  });
});

describe('probeUnit', () => {
  // An AND query probes or materializes its other units by cost alone, so both must score every paragraph alike.
  it('gives each paragraph the score materializeUnit gives it, and NaN to the others', () => {
    fc.assert(
      fc.property(fc.constantFrom(...contexts.keys()), fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 3 }), fc.boolean(), (c, words, quoted) => {
        const ctx = contexts[c]!;
        const unit = planQuery(ctx, quoted ? `"${words.join(' ')}"` : words[0]!).units[0]!;
        const materialized = materializeUnit(ctx, resolveUnit(ctx, unit));
        const probed = resolveUnit(ctx, unit);
        for (let pid = 0; pid < ctx.s.paragraphDoc.length; pid++) {
          const at = materialized.ids.indexOf(pid);
          if (at < 0) expect(probeUnit(ctx, probed, pid)).toBeNaN();
          else expect(probeUnit(ctx, probed, pid)).toBe(materialized.scores[at]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
