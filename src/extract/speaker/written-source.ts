// Sources credited as the text writes them: outlets named by their noun, collectives, voices of a body, and names no
// list holds ("the Petra state news agency", "Syrian state media", "officials in Jordan", "said Hamad").
import type { Mention } from '../../types';
import { foldName } from '../../text/fold-name';
import { isStopword } from '../../text';
import nlp from 'compromise';
import { candidateFromMention, candidateFromRecord } from './history';
import type { SpeakerCandidate } from './history';
import { loadSpeakerLexicon } from './lexicon';
import type { SpeakerLexicon } from './lexicon';
import { ARTICLED_SURNAME, MONTH, NAME_GLUE, POSSESSIVE, WEEKDAY, bareWord, isNameWord, isPlace, normaliseNoun, wordsIn } from './phrase-words';
import type { Word } from './phrase-words';
import type { PhraseContext } from './subject';

/** "“…,” said Hamad, 15, who…": after its verb a lone capitalised word no list holds is a person's one name. */
export function singleName(words: Word[], lexicon: SpeakerLexicon): SpeakerCandidate | null {
  const only = words.length === 1 ? words[0]! : null;
  if (!only || !/^\p{Lu}\p{Ll}+$/u.test(only.text) || WEEKDAY.test(only.text) || MONTH.test(only.text)) return null;
  const lower = only.lower;
  if (lexicon.personRoles.has(lower) || lexicon.institutionNouns.has(lower) || lexicon.collectiveNouns.has(lower) || lexicon.personPronouns.has(lower)) return null;
  return { canonical: only.text, isPerson: true, personLike: true, affiliations: [] };
}

/**
 * "Davis said", "“…,” Nasr told The Amargi": before its verb, one Latin capitalised word no list holds is a person's
 * name when something shows it is one (see hasPersonEvidence), unless it is a common word (a stop word, a noun of the
 * speaker lexicon, a demonym) or the document also writes it in lowercase ("Rebels said" beside "the rebels").
 */
export function subjectSingleName(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const only = words.length === 1 ? words[0]! : null;
  if (!only || !/^[A-Z][a-z’'-]+$/u.test(only.text) || ctx.mentions.some((m) => m.start < only.end && m.end > only.start)) return null;
  // The cheap evidence first: most capitalised words before a verb fail it, and need no further look.
  if (!hasPersonEvidence(only, ctx) || isCommonWord(only.lower, ctx)) return null;
  const candidate = singleName(words, ctx.lexicon);
  const lower = only.lower;
  const lowercase = new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u');
  return candidate && !(ctx.texts ?? [ctx.analysis]).some((t) => t.includes(lower) && lowercase.test(t)) ? candidate : null;
}

/**
 * A word the tagger's lexicon knows must be a person's name there; an unknown one needs a person's context: right
 * after a quotation, telling a named body ("Silo told Reuters"), or an age in apposition in the document ("Nasr, 29,").
 */
function hasPersonEvidence(only: Word, ctx: PhraseContext): boolean {
  const known = knownWordTags(only.lower);
  if (known !== undefined) return known.some((t) => PERSON_NAME_TAGS.has(t));
  const text = ctx.text ?? ctx.analysis;
  if (/[”"»][\s,]*$/u.test(text.slice(Math.max(0, only.start - 4), only.start))) return true;
  const told = /^\s+told\s+(?:the\s+)?/u.exec(ctx.analysis.slice(only.end, only.end + 16));
  if (told && ctx.mentions.some((m) => m.start === only.end + told[0].length && m.kind === 'organisation')) return true;
  const aged = `${only.text}, `;
  const age = new RegExp(`(?<![\\p{L}])${only.text},\\s+\\d{1,2},`, 'u');
  return (ctx.texts ?? [text]).some((t) => t.includes(aged) && age.test(t));
}

/** Tags of compromise's lexicon that name people ("davis": LastName, "salma": FemaleName). */
const PERSON_NAME_TAGS = new Set(['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Honorific']);

let lexiconOfWords: Record<string, string | string[]> | undefined;

/** The tags compromise's lexicon gives a lowercase word, by lookup (no tagging pass), or undefined for an unknown word. */
function knownWordTags(lower: string): string[] | undefined {
  lexiconOfWords ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const tags = Object.hasOwn(lexiconOfWords, lower) ? lexiconOfWords[lower] : undefined;
  return tags === undefined ? undefined : Array.isArray(tags) ? tags : [tags];
}

/** A stop word, a clause word, or a noun (or its plural) of the speaker lexicon or a demonym: no one's name. */
function isCommonWord(lower: string, ctx: PhraseContext): boolean {
  const { lexicon } = ctx;
  if (isStopword(lower) || isPhraseBoundary(lower, lexicon) || lexicon.adverbials.has(lower) || lexicon.relativePronouns.has(lower)) return true;
  const singular = lower.replace(/s$/u, '');
  const nouns = [lexicon.sourceNouns, lexicon.describedSourceNouns, lexicon.anonymousRoles, lexicon.unnamedPersonNouns, lexicon.stateVoiceNouns, lexicon.outletNouns, lexicon.documentNouns];
  return nouns.some((set) => set.has(lower) || set.has(singular)) || ctx.stateOfDemonym?.has(lower) === true || ctx.stateOfDemonym?.has(singular) === true;
}

/** Words an apposition may hold between its determiner and the noun that makes it a person ("a 45-year-old mother"). */
const MAX_APPOSITION_WORDS = 4;

/**
 * "said Damascus resident Abdullah", "Ahmad, a resident of Idlib, said": one given name no list holds, with a noun that
 * describes a person right before it or in an apposition after it, is that person.
 */
export function describedSingleName(words: Word[], end: number, ctx: PhraseContext): SpeakerCandidate | null {
  const { lexicon } = ctx;
  const name = words.at(-1);
  if (!name || ctx.mentions.some((m) => m.start < name.end && m.end > name.start) || !singleName([name], lexicon)) return null;
  const describes = (w: Word | undefined) => w !== undefined && (lexicon.unnamedPersonNouns.has(w.lower) || lexicon.personRoles.has(w.lower)) && !lexicon.anonymousRoles.has(w.lower);
  // «житель Дамаска Абдулла»: only a place may stand between the noun and the name.
  let at = words.length - 2;
  while (at >= 0 && ctx.mentions.some((m) => isPlace(m) && m.start <= words[at]!.start && m.end >= words[at]!.end)) at--;
  if (at >= 0 && describes(words[at])) return singleName([name], lexicon);
  if (words.length !== 1) return null;
  // "Ahmad, a resident of Idlib, said", «Ахмад, житель Идлиба, рассказал» (no article in Russian).
  const apposition = /^\s*,([^,.;:!?]*),/u.exec(ctx.analysis.slice(end))?.[1];
  const inner = apposition === undefined ? [] : wordsIn(apposition, 0, apposition.length);
  const from = inner[0] && lexicon.indefiniteDeterminers.has(inner[0].lower) ? 1 : 0;
  return inner.slice(from, from + MAX_APPOSITION_WORDS).some(describes) && (from === 1 || describes(inner[0])) ? singleName([name], lexicon) : null;
}

/**
 * "Ahmad said" after "Ahmad, a resident of Idlib, said", «по словам Жмурина» after «Сергей Жмурин рассказал»: a lone
 * name the document already credited as a speaker, in whatever case the sentence puts it.
 */
export function earlierSpeakerName(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const only = words.length === 1 ? words[0]! : null;
  if (!only || !isNameWord(only.text) || !ctx.history.some((r) => r.isPerson)) return null;
  const key = foldName(only.text);
  const record = ctx.history.findLast((r) => r.isPerson && foldName(r.canonical.split(' ').at(-1)!) === key);
  return record ? candidateFromRecord(record) : null;
}

export const OTHER_SCRIPT = /[\u0400-\u04ff]/u;

/**
 * «газета The Times of Israel», "the Lebanese channel Al Manar": an outlet noun followed by a capitalised name to the
 * phrase's end names that outlet, even when the name holds a state or place; null when the phrase is not of that shape.
 */
export function resolveOutletName(words: Word[], inside: readonly Mention[], ctx: PhraseContext): SpeakerCandidate | null {
  // The noun is written in lowercase: "Daily" in "The Daily Star" is part of the name.
  const at = words.findLastIndex((w) => w.text === w.lower && ctx.lexicon.outletNouns.has(w.lower));
  if (at === words.length - 1) return outletNamedBefore(words, inside, ctx);
  if (at < 0) return capitalisedOutlet(words, inside, ctx);
  const name = words.slice(at + 1);
  if (at < 0 || name.length === 0 || !name.every((w) => isNameWord(w.text) || NAME_GLUE.has(w.lower))) return null;
  const first = name[0]!;
  const last = name.at(-1)!;
  const whole = inside.find((m) => m.start <= first.start && m.end >= last.end && m.kind !== 'place' && m.kind !== 'state');
  if (whole) return candidateFromMention(whole);
  if (!ctx.useUnmatchedNames || !isNameWord(last.text)) return null;
  const canonical = ctx.analysis.slice(first.start, last.end).replace(/\s+/gu, ' ');
  return { canonical, isPerson: false, personLike: false, affiliations: [] };
}

/** A collective source as the text writes it, without its determiner ("the Syrian experts" → "Syrian experts"). */
export function collectiveSource(words: Word[], lexicon: SpeakerLexicon): SpeakerCandidate | null {
  // "The missile was fired after Syrian state media said": the collective is the noun phrase the head closes.
  const boundary = words.findLastIndex((w, i) => i < words.length - 1 && isPhraseBoundary(w.lower, lexicon));
  const kept = words
    .slice(boundary + 1)
    .filter((w, i) => i > 0 || !(lexicon.definiteDeterminers.has(w.lower) || lexicon.indefiniteDeterminers.has(w.lower)));
  const first = kept[0];
  if (!first) return null;
  const canonical = kept.map((w) => w.text).join(' ');
  return { canonical: canonical.charAt(0).toUpperCase() + canonical.slice(1), isPerson: false, personLike: false, affiliations: [], collective: true };
}

const CONJUNCTIONS = new Set(['and', 'or', 'и', 'или']);

/** Paragraphs back a definite "the sources" may find the collective it refers to. */
const SOURCES_REACH = 3;

/**
 * "Local sources told…", "Syrian military sources say", «местные источники»: plural sources a modifier describes are a
 * collective voice, credited as written; "the (same) sources" refer back to the latest such voice; "informed sources"
 * and bare "sources" name nobody.
 */
export function describedSources(all: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const { lexicon } = ctx;
  // "a war monitor and military sources": the sources are the conjunct their noun closes.
  const words = all.slice(all.findLastIndex((w) => CONJUNCTIONS.has(w.lower)) + 1);
  const head = words.at(-1);
  if (!head || !lexicon.describedSourceNouns.has(head.lower)) return null;
  const before = words.slice(0, -1).filter((w) => !lexicon.adverbials.has(w.lower));
  const modifiers = before.filter((w) => !lexicon.definiteDeterminers.has(w.lower) && !lexicon.indefiniteDeterminers.has(w.lower) && !/^\p{N}/u.test(w.text));
  const definite = before.some((w) => lexicon.definiteDeterminers.has(w.lower));
  // "…, according to local sources": in a source phrase the sources qualify a report the text makes its own; they
  // speak when they are the subject ("Local sources told…") or when the text refers back to them ("the same sources").
  if (modifiers.length > 0 && modifiers.every((w) => !lexicon.vagueSourceModifiers.has(w.lower))) return ctx.afterSourcePhrase ? null : collectiveSource(words, lexicon);
  if (!definite || modifiers.some((w) => !lexicon.vagueSourceModifiers.has(w.lower))) return null;
  const paragraph = ctx.paragraph ?? 0;
  const record = ctx.history.findLast((r) => paragraph - r.paragraph <= SOURCES_REACH && r.canonical.toLowerCase().endsWith(` ${head.lower}`));
  return record ? { ...candidateFromRecord(record), collective: true } : null;
}

/** Words before a surname that are a title, not a given name ("Mr Katz", "General Smith"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'prof', 'professor', 'president', 'premier', 'general', 'sheikh']);

/**
 * "Katz said" after "Defense Minister Israel Katz" in an earlier paragraph: a lone capitalised subject is the surname
 * of the fullest name written before it in the document, when no list knew that name; null when none was written.
 */
export function surnameWrittenEarlier(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const only = words.length === 1 ? words[0]! : null;
  if (!only || !/^\p{Lu}\p{Ll}[\p{Ll}’'-]+$/u.test(only.text) || WEEKDAY.test(only.text) || MONTH.test(only.text)) return null;
  const { lexicon } = ctx;
  if (lexicon.personRoles.has(only.lower) || lexicon.institutionNouns.has(only.lower) || lexicon.personPronouns.has(only.lower)) return null;
  // Built only when some paragraph writes the surname, which most do not.
  let pattern: RegExp | null = null;
  const paragraph = ctx.paragraph ?? 0;
  for (let p = paragraph; p >= 0; p--) {
    const text = p === paragraph ? ctx.analysis.slice(0, only.start) : (ctx.texts?.[p] ?? '');
    // Most earlier paragraphs never write the surname: a substring test spares them the regular expression.
    if (!text.includes(only.text)) continue;
    pattern ??= new RegExp(`(\\p{Lu}[\\p{Ll}’'-]+)\\s+${only.text}(?![\\p{L}])`, 'gu');
    const given = [...text.matchAll(pattern)].map((m) => m[1]!).findLast((g) => !TITLES.has(g.toLowerCase()) && !lexicon.personRoles.has(g.toLowerCase()) && !lexicon.definiteDeterminers.has(g.toLowerCase()));
    if (given) return { canonical: `${given} ${only.text}`, isPerson: true, personLike: true, affiliations: [] };
  }
  return null;
}

/** Whether a speaker is described sources as written ("Local sources", "مصادر محلية"), a voice and no actor. */
export function isDescribedSources(speaker: string | null): boolean {
  if (speaker === null) return false;
  const words = speaker.toLowerCase().split(/\s+/u);
  const { describedSourceNouns } = loadSpeakerLexicon();
  return words.length > 1 && (describedSourceNouns.has(words[0]!) || describedSourceNouns.has(words.at(-1)!));
}

/** Lowercase words between an outlet's name and its noun ("the Petra state news agency", "al-Manar television"). */
const OUTLET_MODIFIERS = new Set(['state', 'news', 'official', 'satellite', 'private', 'public', 'press']);

/**
 * "Syria TV reported", "Orient News said": a capitalised outlet noun closing a run of name words names the outlet the
 * run spells, even when the run holds a state ("Syria"); a known outlet inside it ("Al Jazeera TV") keeps its name.
 */
function capitalisedOutlet(words: Word[], inside: readonly Mention[], ctx: PhraseContext): SpeakerCandidate | null {
  const last = words.at(-1);
  if (!last || last.text === last.lower || !ctx.lexicon.outletNouns.has(last.lower)) return null;
  let start = words.length - 1;
  while (start > 0 && isNameWord(words[start - 1]!.text) && !ctx.lexicon.definiteDeterminers.has(words[start - 1]!.lower)) start--;
  if (start === words.length - 1) return null;
  const first = words[start]!;
  const known = inside.find((m) => m.start <= first.start && m.end >= words.at(-2)!.end && m.kind === 'organisation');
  if (known) return candidateFromMention(known);
  if (!ctx.useUnmatchedNames || inside.some((m) => m.kind === 'person' && m.end > first.start)) return null;
  return { canonical: ctx.analysis.slice(first.start, last.end).replace(/\s+/gu, ' '), isPerson: false, personLike: false, affiliations: [] };
}

/** "the Petra state news agency", "al-Manar television": a name before the outlet noun that closes the phrase. */
function outletNamedBefore(words: Word[], inside: readonly Mention[], ctx: PhraseContext): SpeakerCandidate | null {
  let end = words.length - 1;
  // "the Sham FM radio station": the outlet's kind may take several nouns ("radio station", "news channel").
  while (end > 0 && (OUTLET_MODIFIERS.has(words[end - 1]!.lower) || (ctx.lexicon.outletNouns.has(words[end - 1]!.lower) && words[end - 1]!.text === words[end - 1]!.lower))) end--;
  const last = words[end - 1];
  if (!last) return null;
  const known = inside.find((m) => m.end === last.end && m.kind === 'organisation');
  if (known) return candidateFromMention(known);
  let start = end - 1;
  while (start > 0 && isNameWord(words[start - 1]!.text)) start--;
  // "The Al Watan newspaper": a capitalised determiner opening the sentence is no part of the name.
  while (start < end - 1 && ctx.lexicon.definiteDeterminers.has(words[start]!.lower)) start++;
  const name = words.slice(start, end);
  // "the Syrian state news agency": a demonym or a known state or place names whose outlet, not which.
  if (!ctx.useUnmatchedNames || name.length === 0 || inside.some((m) => m.start < last.end && m.end > name[0]!.start)) return null;
  if (name.some((w) => !isNameWord(w.text) || ctx.stateOfDemonym?.has(w.lower) || ctx.lexicon.definiteDeterminers.has(w.lower))) return null;
  return { canonical: name.map((w) => w.text).join(' '), isPerson: false, personLike: false, affiliations: [] };
}

/** A word no noun phrase runs across: a preposition, an auxiliary, a clause word or a subordinator ("after"). */
export function isPhraseBoundary(lower: string, lexicon: SpeakerLexicon): boolean {
  return (
    lexicon.locativePrepositions.has(lower) ||
    lexicon.passiveAuxiliaries.has(lower) ||
    lexicon.clauseBreaks.has(lower) ||
    lexicon.subordinators.has(lower)
  );
}

/**
 * "Officials in Jordan said", "sources in the ministry", «источники в Минобороны»: a voice noun followed by the body
 * or state it speaks for (at the phrase's end) credits that body; null when the phrase is not of that shape.
 */
export function resolveVoiceOfBody(start: number, end: number, ctx: PhraseContext): SpeakerCandidate | null {
  const { lexicon } = ctx;
  // The body is a mention inside the phrase: most phrases hold none, and need not be split into words.
  if (!ctx.mentions.some((m) => m.start >= start && m.end <= end && m.kind !== 'person' && m.kind !== 'place')) return null;
  const words = wordsIn(ctx.analysis, start, end);
  while (words.length > 0 && lexicon.adverbials.has(words.at(-1)!.lower)) words.pop();
  const last = words.at(-1);
  const body = last && ctx.mentions.find((m) => m.start >= start && m.end === last.end);
  if (!body || body.kind === 'person' || body.kind === 'place') return null;
  let at = words.findIndex((w) => w.start >= body.start) - 1;
  while (at >= 0 && lexicon.definiteDeterminers.has(words[at]!.lower)) at--;
  const preposition = words[at];
  const noun = words[at - 1];
  if (!preposition || !noun || !lexicon.voicePrepositions.has(preposition.lower)) return null;
  const head = bareWord(noun.lower);
  if (!lexicon.stateVoiceNouns.has(head) && !lexicon.sourceNouns.has(head)) return null;
  return { ...candidateFromMention(body, true), collective: true };
}

/** A run of capitalised words ending the phrase ("Syrian Observatory for Human Rights") when no mention covers it. */
export function unmatchedName(words: Word[], lexicon: SpeakerLexicon, foreignScript = false): SpeakerCandidate | null {
  const run: Word[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (!word) break;
    // "reports Sunday on Sabereen": a weekday or month is no part of a name.
    if (WEEKDAY.test(word.text) || MONTH.test(word.text)) break;
    if (isNameWord(word.text) || (NAME_GLUE.has(word.lower) && run.length > 0)) run.unshift(word);
    else break;
  }
  // "the Al Hadath channel" keeps its capitalised "Al"; a lowercase "of the" before a name is no part of it.
  // "Doctor Ghazwan Bwidani" opening a sentence: a capitalised title is no part of the name.
  while (
    run[0] &&
    ((NAME_GLUE.has(run[0].lower) && !isNameWord(run[0].text)) ||
      lexicon.definiteDeterminers.has(run[0].lower) ||
      lexicon.indefiniteDeterminers.has(run[0].lower) ||
      lexicon.personRoles.has(run[0].lower))
  ) {
    run.shift();
  }
  // "Defense Minister Israel Katz": a title of several capitalised words ends on its role noun; the name follows it.
  const lastRole = run.findLastIndex((w) => lexicon.personRoles.has(w.lower));
  if (lastRole >= 0 && run.length - lastRole - 1 >= 2) run.splice(0, lastRole + 1);
  // «начальник Центра Иван Петров»: a Cyrillic body noun capitalised inside a title (the genitive «Центра») is the
  // title's head, never the first word of the holder's name that follows it.
  const lastBody = run.findLastIndex((w) => OTHER_SCRIPT.test(w.text) && lexicon.institutionNouns.has(normaliseNoun(w.lower, lexicon)));
  if (lastBody >= 0 && run.length - lastBody - 1 >= 2) run.splice(0, lastBody + 1);
  const capitals = run.filter((w) => isNameWord(w.text));
  // "Al-Jalali said": one surname with its article is a name; any other single capitalised word may be anything,
  // except a Latin name in a text of another script («пишет Bloomberg»), where it can only be a foreign name.
  const surname = run.length === 1 && ARTICLED_SURNAME.test(run[0]!.text);
  const foreign = run.length === 1 && foreignScript && /^[A-Za-z]/u.test(run[0]!.text);
  if ((capitals.length < 2 && !surname && !foreign) || run.some((w) => POSSESSIVE.test(w.text) && w !== run.at(-1))) return null;
  const canonical = run.map((w) => w.text).join(' ').replace(POSSESSIVE, '');
  // A lone foreign name («пишет Bloomberg») is as likely an outlet as a person: no role noun may refer back to it.
  const institutional = foreign || run.some((w) => lexicon.institutionNouns.has(normaliseNoun(w.lower, lexicon)));
  return { canonical, isPerson: !institutional, personLike: !institutional, affiliations: [] };
}

/**
 * "our correspondent in Idlib reported", «наш корреспондент сообщил»: the outlet a correspondent was credited to
 * before in the document, else the page's own outlet; "the correspondent" only ever refers back. Null when the phrase
 * names its reporter or is not of that shape.
 */
export function ownCorrespondent(words: Word[], inside: readonly Mention[], ctx: PhraseContext): SpeakerCandidate | null {
  const { lexicon } = ctx;
  if (inside.some((m) => m.kind === 'person' || m.kind === 'organisation')) return null;
  const phrase = ` ${words.map((w) => w.lower).join(' ')} `;
  const own = [...lexicon.ownCorrespondentNouns].some((p) => p.includes(' ') && phrase.includes(` ${p} `));
  const definite = words.length >= 2 && lexicon.definiteDeterminers.has(words[0]!.lower) && lexicon.correspondentNouns.has(words[1]!.lower);
  if (!own && !definite) return null;
  const earlier = ctx.history.findLast((r) => r.correspondent === true);
  if (earlier) return { ...candidateFromRecord(earlier), correspondent: true };
  return own && ctx.documentOutlet ? { canonical: ctx.documentOutlet, isPerson: false, personLike: false, affiliations: [], correspondent: true } : null;
}
