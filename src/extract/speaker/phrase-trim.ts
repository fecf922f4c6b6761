// Trims a subject phrase to the words that can name a speaker: no trailing adverbials, dates or "in <place>".
import { MONTH, WEEKDAY, isPlace, wordsIn } from './phrase-words';
import type { Word } from './phrase-words';
import type { PhraseContext } from './subject';

/** Drops trailing adverbials ("also", "on Friday") and locative phrases ("in Syria") from a subject phrase. */
export function trimPhrase(start: number, end: number, ctx: PhraseContext): { start: number; end: number } | null {
  const { analysis, lexicon } = ctx;
  let stop = end;
  for (;;) {
    while (stop > start && /[\s,;:–—-]/.test(analysis[stop - 1] ?? '')) stop--;
    const words = wordsIn(analysis, start, stop);
    const last = words.at(-1);
    if (!last) return null;
    const prev = words.at(-2);
    const prevPrev = words.at(-3);
    if (lexicon.adverbials.has(last.lower)) {
      stop = last.start;
      continue;
    }
    if ((prev?.lower === 'on' || prev?.lower === 'в' || prev?.lower === 'во') && (WEEKDAY.test(last.text) || MONTH.test(last.text) || lexicon.weekdays.has(last.lower))) {
      stop = prev.start;
      continue;
    }
    if (prevPrev?.lower === 'on' && /^\d{1,2}$/.test(last.text) && MONTH.test(prev?.text ?? '')) {
      stop = prevPrev.start;
      continue;
    }
    const locative = findLocativeTail(words, stop, ctx);
    if (locative !== null && locative > start) {
      stop = locative;
      continue;
    }
    return { start, end: stop };
  }
}

const PLACE_NOUNS = new Set(['countryside', 'outskirts', 'suburbs', 'province', 'city', 'town', 'village', 'region', 'area', 'part', 'parts', 'north', 'south', 'east', 'west', 'centre', 'center']);

/** Start of a trailing "in (northern) <place>" phrase, or null. */
function findLocativeTail(words: Word[], stop: number, ctx: PhraseContext): number | null {
  const place = ctx.mentions.find((m) => isPlace(m) && m.end === stop);
  if (!place) return null;
  let i = words.findIndex((w) => w.start >= place.start) - 1;
  while (i >= 0) {
    const word = words[i];
    if (!word) break;
    // "in the western countryside of Idlib": a place noun and "of" between the preposition and the place.
    if (ctx.lexicon.directionWords.has(word.lower) || word.lower === 'the' || word.lower === 'of' || PLACE_NOUNS.has(word.lower)) {
      i--;
      continue;
    }
    return ctx.lexicon.locativePrepositions.has(word.lower) ? word.start : null;
  }
  return null;
}
