// Words of a subject phrase and their shapes (a name word, a possessive, a weekday), shared by the phrase readers.
import type { Mention } from '../../types';
import type { SpeakerLexicon } from './lexicon';

export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;

export const POSSESSIVE = /[’']s?$/;

export const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

export const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

export const CAPITALISED = /^\p{Lu}/u;

export const NAME_GLUE = new Set(['of', 'for', 'the', 'and', 'on', 'al', 'bin', 'ibn', 'de', 'van', 'von']);

/** "al-Bahra", "el-Sisi": an Arabic surname keeps its lowercase article and is still a name. */
export const ARTICLED_NAME = /^(?:al|el|ad|as|ash|at|az|ar|an|ad)-\p{Lu}/u;

export const ARTICLED_SURNAME = /^(?:Al|El)-\p{Lu}\p{Ll}+$/u;

export function isNameWord(text: string): boolean {
  return CAPITALISED.test(text) || ARTICLED_NAME.test(text);
}

export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(WORD)) {
    const raw = match[0].replace(/[.-]+$/, '');
    if (!raw) continue;
    words.push({ text: raw, lower: raw.toLowerCase(), start: start + match.index, end: start + match.index + raw.length });
  }
  return words;
}

export function bareWord(lower: string): string {
  return lower.replace(POSSESSIVE, '');
}

export function normaliseNoun(noun: string, lexicon: SpeakerLexicon): string {
  return lexicon.nounVariants[noun] ?? noun;
}

export function isPossessive(text: string, mention: Mention): boolean {
  return /^[’']s?\b/.test(text.slice(mention.end, mention.end + 3));
}

export function isPlace(mention: Mention): boolean {
  return mention.kind === 'place' || mention.facet === 'location';
}
