// Paragraphs removed by the query's exclusions (-word, -"phrase").
import { firstPositions } from '../index/phrase-index';
import type { Plan } from '../query/plan';
import type { SearchContext } from './context';
import { intersectIds } from './sorted-ids';
import { phraseIds } from './unit-query';
import { enginePhraseHolds, lookupEngineWord } from './word-access';
import type { EnginePhrase } from './word-access';

/** The excluded paragraphs flagged in a bitmap; null when the query excludes nothing. */
export function excludedParagraphs(ctx: SearchContext, plan: Plan): Uint8Array | null {
  if (plan.excluded.length === 0) return null;
  const out = new Uint8Array(ctx.s.paragraphDoc.length);
  for (const x of plan.excluded) {
    const words = x.lookups.map((l) => lookupEngineWord(ctx, l));
    const phrase = phraseIds(ctx, x.phrase, x.lookups);
    const keys = ctx.s.delta !== null && x.phrase !== null && x.phrase.length > 1 ? x.phrase : null;
    if (phrase === false && keys === null) continue;
    const { ids } = intersectIds(words.map((w) => w.ids));
    const firstAnchor = phrase === null || phrase === false ? null : firstPositions(ctx.s.segment, phrase.anchorKey);
    const check: EnginePhrase = { main: phrase, keys };
    for (const pid of ids) {
      if (phrase === null || enginePhraseHolds(ctx, check, pid, firstAnchor === null ? undefined : firstAnchor(pid))) out[pid] = 1;
    }
  }
  return out;
}
