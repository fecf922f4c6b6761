// The score a document's title adds to each of its paragraphs when it matches the query words.
import { lookupWord } from '../index/word-postings';
import type { Unit } from '../query/plan';
import type { SearchContext } from './context';

/** Per document, the title's match with the query words (0 when none); exact spellings only. */
export function titleBonus(ctx: SearchContext, units: readonly Unit[]): Float64Array {
  const { s, o, weights } = ctx;
  const bonus = new Float64Array(s.docs.length);
  for (const u of units) {
    for (const l of u.lookups) {
      const exactOnly = { ...l, exactFuzzy: 0, looseFuzzy: 0 };
      const m = lookupWord(s.titles, exactOnly, weights);
      for (let i = 0; i < m.ids.length; i++) bonus[m.ids[i]!]! += m.scores[i]! * o.titleBoost;
      if (s.delta !== null) {
        const own = s.delta.lookupTitle(exactOnly, weights);
        for (let i = 0; i < own.ids.length; i++) bonus[own.ids[i]!]! += own.scores[i]! * o.titleBoost;
      }
    }
  }
  return bonus;
}
