// compromise's tags for a candidate name on its own, memoised per distinct name.

import nlp from 'compromise';

const tagCache = new Map<string, Set<string>>();
const TAG_CACHE_LIMIT = 100_000;
/** Lexicon lookup and the first-pass tagger only: names are judged by their words, and the later passes cost as much again. */
const TAGGER_STEPS = ['lexicon', 'preTagger'];

interface TaggedView {
  compute(steps: string[]): unknown;
  docs: { tags: Set<string> }[][];
}

/**
 * Tags a candidate name on its own with compromise, memoised: the tagger's value here is its lexicon of
 * first names and places, which needs no context, and a corpus repeats the same names, so each distinct
 * name costs one call instead of one per paragraph.
 */
export function tagName(name: string): Set<string> {
  const cached = tagCache.get(name);
  if (cached) return cached;
  const tags = new Set<string>();
  const view = (nlp as unknown as { tokenize(text: string): TaggedView }).tokenize(name);
  view.compute(TAGGER_STEPS);
  for (const sentence of view.docs) for (const term of sentence) for (const tag of term.tags) tags.add(tag);
  if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
  tagCache.set(name, tags);
  return tags;
}
