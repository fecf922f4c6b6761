// Arabic subject-phrase frames that name a source, or show a phrase names none: an unnamed official and his
// nationality, a body noun with its name after it or adjectives only, "what" and its verb after a source phrase, a
// preposition glued to the source, an aside that describes the subject, and the author of "قال فيها" (said in it).
import type { Mention } from '../../types';
import { candidateFromMention } from './history';
import type { SpeakerCandidate } from './history';
import type { PhraseContext } from './subject';
import { ARTICLE, literal, mentionsIn, quotedRun } from './head-initial-words';
import type { Word } from './head-initial-words';

/** An indefinite body noun with no name after it: nothing but indefinite adjectives ("منظمة سورية", a Syrian organisation). */
export function isUndescribedBody(words: Word[], ctx: PhraseContext): boolean {
  if (ARTICLE.test(words[0]!.text)) return false;
  return words.slice(1).every((w) => !ARTICLE.test(w.text) && (NISBA.test(w.text) || ctx.lexicon.officialAdjectives.has(w.text) || INDEFINITE_PARTICIPLE.test(w.text)));
}

/** An indefinite passive participle ("محسوبة", "مقربة", "معنية"): an adjective, never a name. */
const INDEFINITE_PARTICIPLE = /^م[\u0621-\u064a]{3,}[ةه]?$/u;

/**
 * «منظمة "حظر الأسلحة الكيماوية"», "منظمة أطباء بلا حدود": the name right after a body's noun, quoted or one the
 * gazetteer knows, is the body; undefined when neither follows the noun.
 */
export function nameAfterNoun(words: Word[], ctx: PhraseContext): SpeakerCandidate | null | undefined {
  const rest = words.slice(1);
  if (rest.length === 0) return undefined;
  const body = (m: Mention) => m.kind !== 'place' && m.kind !== 'state' && m.kind !== 'person' && m.facet !== 'location';
  const quoted = quotedRun(rest, ctx.text ?? ctx.analysis);
  if (quoted && quoted.length > 0) {
    const known = mentionsIn(ctx.mentions, quoted).find(body);
    return known ? candidateFromMention(known) : literal(ctx.analysis, quoted, false);
  }
  const known = ctx.mentions.find((m) => m.start === rest[0]!.start && body(m));
  return known ? candidateFromMention(known) : undefined;
}

/**
 * "نشر أردوغان تغريدة قال فيها" (Erdogan posted a tweet in which he said): the one who posted the document the
 * pronoun points at, the person the paragraph named before the verb, else the body it named.
 */
export function authorInSentence(ctx: PhraseContext): SpeakerCandidate | null {
  const own = ctx.seen.filter((e) => e.paragraph === ctx.paragraph && e.mention.kind !== 'place' && e.mention.facet !== 'location').map((e) => e.mention);
  const author = own.findLast((m) => m.kind === 'person') ?? own.findLast((m) => m.kind !== 'state');
  return author ? candidateFromMention(author) : null;
}

/**
 * Words of "what" and its verb opening the phrase after a source phrase: 2 for "ما ذكرته" (بحسب ما ذكرته X), 1 for
 * the verb alone when the source phrase ends on "what" ("بحسب ما", "حسبما"); 0 when no verb stands before the source.
 */
export function sourceRelativeWords(written: Word[], start: number, ctx: PhraseContext): number {
  const { sourceRelatives } = ctx.lexicon;
  if (written.length > 2 && sourceRelatives.has(written[0]!.text)) return 2;
  const before = /([\p{L}\p{M}]+)\s*$/u.exec(ctx.analysis.slice(Math.max(0, start - 12), start))?.[1];
  const endsOnWhat = before !== undefined && [...sourceRelatives].some((w) => before === w || before.endsWith(w));
  return endsOnWhat && written.length > 1 && !ctx.mentions.some((m) => m.start <= written[0]!.start && m.end > written[0]!.start) ? 1 : 0;
}

/** A preposition glued to a noun after a source phrase ("وفقاً لتقرير …", "طبقا لمنظمة …"). */
const GLUED_LAM = /^ل(?=[\u0621-\u064a]{3})/u;

/** The phrase with "ل" (to) cut from its first word when what remains is a noun of the lists ("لتقرير" → "تقرير"). */
export function withoutGluedPreposition(words: Word[], ctx: PhraseContext): Word[] {
  const first = words[0];
  if (!first || !ctx.afterSourcePhrase || !GLUED_LAM.test(first.text)) return words;
  const rest = first.text.slice(1);
  const { lexicon } = ctx;
  const listed = lexicon.institutionNouns.has(rest) || lexicon.documentNouns.has(rest) || lexicon.outletNouns.has(rest) || lexicon.personRoles.has(rest);
  return listed ? [{ text: rest, start: first.start + 1, end: first.end }, ...words.slice(1)] : words;
}

/** The words before a relative clause or an "and it is" aside ("الذي …", "وهي تحالف …") that opens past the first. */
export function beforeAside(words: Word[], ctx: PhraseContext): Word[] {
  const at = words.findIndex((w, i) => i > 0 && (ctx.lexicon.relativePronouns.has(w.text) || ctx.lexicon.appositionOpeners.has(w.text)));
  return at < 0 ? words : words.slice(0, at);
}

/** Adjectives an unnamed official may have ("مسؤول أمني تركي رفيع"). */
const MAX_OFFICIAL_ADJECTIVES = 3;
/** A relative adjective (nisba): "أمني", "تركية", "عسكريون". */
const NISBA = /(?:ي|ية|يون|يين)$/u;

/**
 * "مسؤول أمني تركي" (a Turkish security official): an indefinite role followed by adjectives alone names no one; a
 * nationality among them speaks for its state, as "Turkish officials" does. Undefined for any other shape.
 */
export function unnamedOfficial(words: Word[], ctx: PhraseContext): SpeakerCandidate | null | undefined {
  const [head, ...rest] = words;
  if (!head || ARTICLE.test(head.text) || rest.length === 0 || rest.length > MAX_OFFICIAL_ADJECTIVES) return undefined;
  if (rest.some((w) => !ctx.lexicon.officialAdjectives.has(w.text) && (ARTICLE.test(w.text) || !NISBA.test(w.text)))) return undefined;
  if (mentionsIn(ctx.mentions, rest).some((m) => m.kind !== 'state')) return undefined;
  const state = rest.map((w) => ctx.stateOfDemonym?.get(w.text)).find((s) => s !== undefined);
  return state ? { canonical: state, isPerson: false, personLike: true, affiliations: [], collective: true } : null;
}
