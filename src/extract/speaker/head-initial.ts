// Subject phrases of head-initial scripts (Arabic): the head noun opens the phrase ("رئاسة الأركان التركية", the
// presidency of the Turkish staff), the verb usually stands before it, and names the gazetteer lacks have no capitals.
import type { Mention } from '../../types';
import { candidateFromMention, candidateFromRecord, findRecentSpeaker } from './history';
import type { SpeakerCandidate } from './history';
import type { PhraseContext } from './subject';

/** Letters of the Arabic script, whose subject phrases this module reads. */
const HEAD_INITIAL_LETTER = /[\u0600-\u06ff]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Words a name of a person the gazetteer does not know may have (a given name and one to three more). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** The definite article: a name of a person never opens on it, a definite role noun refers back. */
const ARTICLE = /^ال/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Whether the phrase [start, end) is written in a head-initial script. */
export function isHeadInitialPhrase(text: string, start: number, end: number): boolean {
  return HEAD_INITIAL_LETTER.test(text.slice(start, end));
}

/**
 * The speaker a head-initial subject phrase names. A phrase before its verb (`side` "before") must end on a
 * named source; one after the verb is read from its head noun, and a phrase the gazetteer does not know becomes
 * the speaker as written (unknown institutions and people), since analysts search those in the article's script.
 */
export function resolveHeadInitialPhrase(start: number, end: number, side: 'before' | 'after', ctx: PhraseContext): SpeakerCandidate | null {
  const all = wordsIn(ctx.analysis, start, end);
  if (side === 'before') return resolveBeforeVerb(all, ctx);
  const stop = all.findIndex((w) => ctx.lexicon.phraseStops.has(w.text));
  const words = stop < 0 ? all : all.slice(0, stop);
  const head = words[0];
  if (!head) return null;
  const inside = (ws: Word[]) => mentionsIn(ctx.mentions, ws);
  const persons = inside(words).filter((m) => m.kind === 'person');
  if (persons[0]) return candidateFromMention(persons[0]);
  const { lexicon } = ctx;
  if (lexicon.personRoles.has(head.text)) return resolveRoleHead(all, words, ctx);
  if (lexicon.documentNouns.has(head.text)) return resolveDocumentHead(head, ctx);
  const atHead = inside(words).find((m) => m.start <= head.start && m.end > head.start);
  if (atHead) return atHead.kind === 'place' || atHead.facet === 'location' ? null : candidateFromMention(atHead);
  if (lexicon.sourceNouns.has(head.text)) {
    const institution = inside(words).find((m) => m.kind !== 'person' && m.kind !== 'state' && m.kind !== 'place');
    return institution ? candidateFromMention(institution, true) : null;
  }
  if (lexicon.outletNouns.has(head.text)) {
    // وكالة "سانا" الرسمية: the outlet's own name follows its noun, before any adjective ("الرسمية", official).
    const name = words.slice(1).findIndex((w) => ARTICLE.test(w.text));
    const own = name < 0 ? words.slice(1) : words.slice(1, 1 + name);
    // An outlet the gazetteer knows (وكالة سانا → SANA) keeps its canonical name.
    const known = inside(own).find((m) => m.kind !== 'place' && m.facet !== 'location');
    if (known) return candidateFromMention(known);
    if (own.length > 0) return literal(ctx.analysis, own, false);
  }
  if (lexicon.institutionNouns.has(head.text) || lexicon.outletNouns.has(head.text)) return literal(ctx.analysis, words, false);
  return unknownName(words, ctx);
}

/** "وزارة الخارجية الروسية قالت": only a source named right before the verb; any other words are narration. */
function resolveBeforeVerb(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const last = words.at(-1);
  if (!last) return null;
  const named = ctx.mentions.find((m) => m.end >= last.end - 1 && m.start <= last.start && m.kind !== 'place' && m.facet !== 'location');
  return named ? candidateFromMention(named) : null;
}

/** "مراسلنا في إدلب بلال بيوش", "منسق الأمم المتحدة …، عمران رضا،", "المتحدث باسم الوزارة", "وزير الخارجية الروسي". */
function resolveRoleHead(all: Word[], words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const person = mentionsIn(ctx.mentions, all).find((m) => m.kind === 'person');
  if (person) return candidateFromMention(person);
  const named = trailingName(all, ctx) ?? appositionName(all.at(-1)?.end ?? 0, ctx);
  if (named) return named;
  const institution = mentionsIn(ctx.mentions, words).find((m) => m.kind !== 'person' && m.kind !== 'place' && m.facet !== 'location' && m.kind !== 'state');
  // A definite role ("وزير الخارجية الروسي", the Russian foreign minister) refers back to the latest person who spoke.
  if (ARTICLE.test(words[0]!.text)) {
    const record = findRecentSpeaker(
      ctx.history,
      (r) => r.personLike && (!institution || r.canonical === institution.canonical || r.affiliations.includes(institution.canonical)),
    );
    if (record) return candidateFromRecord(record);
  }
  return institution ? candidateFromMention(institution, true) : null;
}

/** "البيان" (the statement) speaks for whoever issued it, or the latest speaker; "بيان" (a statement) names nobody. */
function resolveDocumentHead(head: Word, ctx: PhraseContext): SpeakerCandidate | null {
  if (!ARTICLE.test(head.text)) return null;
  const issuer = ctx.issuers?.get(head.text.replace(ARTICLE, '')) ?? ctx.issuers?.get(head.text);
  if (issuer) return issuer;
  const record = ctx.history.at(-1);
  return record ? candidateFromRecord(record) : null;
}

/** The unknown name closing a role phrase, after its last mention ("مراسلنا في إدلب بلال بيوش"). */
function trailingName(all: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const lastMention = mentionsIn(ctx.mentions, all).at(-1);
  const after = lastMention ? all.filter((w) => w.start >= lastMention.end) : [];
  return after.length > 0 ? unknownName(after, ctx) : null;
}

/** A name in apposition after the phrase's comma: "منسق الأمم المتحدة في سوريا، عمران رضا،". */
function appositionName(from: number, ctx: PhraseContext): SpeakerCandidate | null {
  const rest = ctx.analysis.slice(from);
  const open = /^\s*[،,]\s*/u.exec(rest);
  if (!open) return null;
  const close = rest.slice(open[0].length).search(/[،,.؛:"]/u);
  if (close < 0) return null;
  const start = from + open[0].length;
  return unknownName(wordsIn(ctx.analysis, start, start + close), ctx);
}

/** Two to four words that no list knows and none opening on the article: a person's name as written. */
function unknownName(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) return null;
  if (mentionsIn(ctx.mentions, words).length > 0) return null;
  const { lexicon } = ctx;
  const known = (w: string) =>
    ARTICLE.test(w) ||
    lexicon.personRoles.has(w) ||
    lexicon.institutionNouns.has(w) ||
    lexicon.documentNouns.has(w) ||
    lexicon.sourceNouns.has(w) ||
    lexicon.unnamedPersonNouns.has(w) ||
    lexicon.phraseStops.has(w) ||
    lexicon.personPronouns.has(w);
  if (words.some((w) => known(w.text) || /\p{N}/u.test(w.text))) return null;
  return literal(ctx.analysis, words, true);
}

function literal(text: string, words: Word[], isPerson: boolean): SpeakerCandidate | null {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return null;
  const canonical = text.slice(first.start, last.end).replace(/\s+/gu, ' ');
  return { canonical, isPerson, personLike: isPerson, affiliations: [] };
}

function mentionsIn(mentions: readonly Mention[], words: Word[]): Mention[] {
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return [];
  return mentions.filter((m) => m.start >= first.start && m.end <= last.end);
}

function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(start, end).matchAll(WORD)) {
    words.push({ text: match[0], start: start + match.index, end: start + match.index + match[0].length });
  }
  return words;
}
