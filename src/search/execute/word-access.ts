// Word and phrase access over the served paragraphs: the main segment answers for its ids, the live delta (when
// there is one) for the ids after them. With no change applied every call goes straight to the main segment.
import type { DeltaPostings } from '../live/delta-segment';
import { phraseHolds } from '../index/phrase-index';
import type { PhraseQuery } from '../index/phrase-index';
import type { WordLookup, WordPostings } from '../index/text-segment';
import { materializeWord, probeWord, resolveWord } from '../index/word-postings';
import type { WordQuery } from '../index/word-postings';
import type { SearchContext } from './context';
import { indexOfId } from './sorted-ids';

/** A query word resolved against the main segment and, on a live corpus, the delta's matches for it. */
export type EngineWord = WordQuery & { delta?: DeltaPostings };

/** A phrase as the main segment checks it, plus its keys for the delta's paragraphs. */
export interface EnginePhrase {
  main: PhraseQuery | null | false;
  /** null when no check is needed (one key or no phrase). */
  keys: string[] | null;
}

export function resolveEngineWord(ctx: SearchContext, lookup: WordLookup): EngineWord {
  const w: EngineWord = resolveWord(ctx.s.segment, lookup, ctx.weights);
  const delta = ctx.s.delta;
  if (delta !== null) {
    const own = delta.lookup(lookup, ctx.weights);
    w.delta = own;
    w.estimate += own.ids.length;
    for (const t of own.looseTerms) w.looseTerms.add(t);
    for (const t of own.exactTerms) w.exactTerms.add(t);
  }
  return w;
}

export function materializeEngineWord(ctx: SearchContext, w: EngineWord): WordPostings {
  const main = materializeWord(ctx.s.segment, w);
  const own = w.delta;
  if (own === undefined || own.ids.length === 0) return main;
  const ids = new Uint32Array(main.ids.length + own.ids.length);
  ids.set(main.ids);
  ids.set(own.ids, main.ids.length);
  const scores = new Float64Array(ids.length);
  scores.set(main.scores);
  scores.set(own.scores, main.scores.length);
  return { ids, scores, looseTerms: main.looseTerms, exactTerms: main.exactTerms };
}

/** The word's score for paragraph pid, or NaN when it does not match there. */
export function probeEngineWord(ctx: SearchContext, w: EngineWord, pid: number): number {
  if (pid < ctx.s.segment.size) return probeWord(ctx.s.segment, w, pid);
  const own = w.delta;
  if (own === undefined) return Number.NaN;
  const at = indexOfId(own.ids, pid);
  return at < 0 ? Number.NaN : own.scores[at]!;
}

export function lookupEngineWord(ctx: SearchContext, l: WordLookup): WordPostings {
  return materializeEngineWord(ctx, resolveEngineWord(ctx, l));
}

/** Whether paragraph pid holds the phrase (first main-segment position of the anchor key when known). */
export function enginePhraseHolds(ctx: SearchContext, phrase: EnginePhrase, pid: number, firstAnchor?: number): boolean {
  if (pid < ctx.s.segment.size) {
    if (phrase.main === null) return true;
    return phrase.main !== false && phraseHolds(ctx.s.phrases, pid, phrase.main, firstAnchor);
  }
  return phrase.keys === null || (ctx.s.delta !== null && ctx.s.delta.phraseHolds(pid, phrase.keys));
}
