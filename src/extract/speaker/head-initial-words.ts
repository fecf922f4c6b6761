// Words of an Arabic subject phrase and the names they quote: the shared pieces of head-initial.ts's readings.
import type { Mention } from '../../types';
import { candidateFromMention } from './history';
import type { SpeakerCandidate } from './history';
import type { PhraseContext } from './subject';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** The definite article: a name of a person never opens on it, a definite role noun refers back. */
export const ARTICLE = /^ال/u;

export interface Word {
  text: string;
  start: number;
  end: number;
}

const OPENING_QUOTE = /["“«]\s*$/u;

/** The words inside the quotation marks that open `words` (صحيفة "الوطن"), or null when no mark opens them. */
export function quotedRun(words: Word[], text: string): Word[] | null {
  const first = words[0]!;
  if (!OPENING_QUOTE.test(text.slice(Math.max(0, first.start - 2), first.start))) return null;
  const close = text.slice(first.end).search(/["”»]/u);
  if (close < 0) return null;
  return words.filter((w) => w.end <= first.end + close);
}

/** Characters of an outlet's quoted name after the words that describe it. */
const MAX_QUOTED_NAME_CHARS = 40;

/** The first quoted name from `from` to just past `to` ("… التابعة للنظام السوري "سانا""): its mention, or as written. */
export function quotedNameAfter(from: number, to: number, ctx: PhraseContext): SpeakerCandidate | null {
  const text = ctx.text ?? ctx.analysis;
  const quoted = new RegExp(`["“«]([^"“”«»]{1,${MAX_QUOTED_NAME_CHARS}})["”»“]`, 'u').exec(text.slice(from, to + MAX_QUOTED_NAME_CHARS));
  if (!quoted || from + quoted.index > to + 2) return null;
  const start = from + quoted.index + 1;
  const end = start + quoted[1]!.length;
  const mention = ctx.mentions.find((m) => m.start >= start && m.end <= end && m.kind === 'organisation');
  if (mention) return candidateFromMention(mention);
  return literal(text, wordsIn(text, start, end), false);
}

/** The quoted name opening `words` (مراسل "نداء بوست"), as written; null when no quotation marks open them. */
export function quotedName(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const run = quotedRun(words, ctx.text ?? ctx.analysis);
  return run && run.length > 0 ? literal(ctx.analysis, run, false) : null;
}

/** Characters between "known as" and the name it introduces (" بـ\""). */
const KNOWN_AS_REACH = 6;

/** "المركز المعروف بـ"المرصد السوري…"" (the centre known as the Syrian Observatory): the body that name is. */
export function knownAsName(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const at = words.findIndex((w, i) => i > 0 && ctx.lexicon.knownAsWords.has(w.text));
  if (at < 0) return null;
  const from = words[at]!.end;
  const named = ctx.mentions.find((m) => m.start >= from && m.start - from <= KNOWN_AS_REACH && m.kind !== 'place' && m.facet !== 'location');
  return named ? candidateFromMention(named) : null;
}

export function literal(text: string, words: Word[], isPerson: boolean): SpeakerCandidate | null {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  const canonical = text.slice(first.start, last.end).replace(/\s+/gu, ' ');
  return { canonical, isPerson, personLike: isPerson, affiliations: [] };
}

export function mentionsIn(mentions: readonly Mention[], words: Word[]): Mention[] {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return [];
  return mentions.filter((m) => m.start >= first.start && m.end <= last.end);
}

export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(WORD)) {
    words.push({ text: match[0], start: start + match.index, end: start + match.index + match[0].length });
  }
  return words;
}
