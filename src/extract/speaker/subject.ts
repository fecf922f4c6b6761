// Who a say-verb's subject phrase ("the Russian spokeswoman", "a spokesman for X", "she") refers to.
import type { Mention } from '../../types';
import type { SpeakerLexicon } from './lexicon';
import {
  candidateFromMention,
  candidateFromRecord,
  findRecentMention,
  findRecentSpeaker,
} from './history';
import type { SeenMention, SpeakerCandidate, SpeakerRecord } from './history';
import { defaultGenderLexicon } from './gender';
import { isHeadInitialPhrase, resolveHeadInitialPhrase } from './head-initial';
import { CAPITALISED, NAME_GLUE, POSSESSIVE, bareWord, isPlace, isPossessive, normaliseNoun, wordsIn } from './phrase-words';
import type { Word } from './phrase-words';
import { trimPhrase } from './phrase-trim';
import { bodyBeforeState } from './state-bodies';
import type { StateBodies } from './state-bodies';
import { OTHER_SCRIPT, collectiveSource, describedSingleName, describedSources, earlierSpeakerName, ownCorrespondent, resolveOutletName, resolveVoiceOfBody, singleName, subjectSingleName, surnameWrittenEarlier, unmatchedName } from './written-source';

export { isPlace } from './phrase-words';

/** "communiqué" and "communique" are one kind of document. */
export function documentKey(noun: string): string {
  return noun.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

export interface PhraseContext {
  lexicon: SpeakerLexicon;
  /** Paragraph text with quotations and parentheticals blanked out (same offsets as the paragraph). */
  analysis: string;
  /** The paragraph as written, quotation marks kept (صحيفة "الوطن": where a quoted name ends). */
  text?: string;
  /** The texts of the document's paragraphs, for a surname whose full name only narration wrote ("… قدري جميل …"). */
  texts?: readonly string[];
  /** Mentions outside quotations and parentheticals. */
  mentions: readonly Mention[];
  history: readonly SpeakerRecord[];
  /** Mentions of earlier paragraphs and of this one up to the phrase. */
  seen: readonly SeenMention[];
  /** Accept a capitalised name with no mention as the speaker. */
  useUnmatchedNames: boolean;
  /** Index of the paragraph being read, to tell its own mentions in `seen` from earlier ones. */
  paragraph?: number;
  /** Lowercase demonym → state canonical ("turkish" → "Turkey"), for "Turkish officials said". */
  stateOfDemonym?: ReadonlyMap<string, string>;
  /** A state's bodies by the noun written before the state («минобороны РФ»). */
  stateBodies?: StateBodies;
  /** Who issued each kind of document named so far (keyed by `documentKey`), for "the statement added". */
  issuers?: ReadonlyMap<string, SpeakerCandidate>;
  /** Which side of its verb the phrase stands on ("after": "…," said X); "after" when unknown. */
  side?: 'before' | 'after';
  /** The phrase follows a source phrase ("according to"), not a verb. */
  afterSourcePhrase?: boolean;
  /** The outlet that published the document, whose own correspondent "مراسلنا" (our correspondent) is. */
  documentOutlet?: string;
}

/** The speaker a subject phrase [start, end) of the analysis text designates, or null. */
/** The word before a post's remit: "envoy to Syria", "ambassador in Damascus", «посол в Сирии», "سفير لدى سوريا". */
const REMIT_BEFORE = /(?:^|\s)(?:to|for|in|on|at|в|по|لدى|في|إلى)\s+(?:the\s+)?$/iu;

export function resolvePhrase(start: number, end: number, ctx: PhraseContext): SpeakerCandidate | null {
  if (isHeadInitialPhrase(ctx.analysis, start, end)) return resolveHeadInitialPhrase(start, end, ctx.side ?? 'after', ctx);
  const voiced = resolveVoiceOfBody(start, end, ctx) ?? resolveImpersonalBody(start, end, ctx);
  if (voiced) return voiced;
  const range = trimPhrase(start, end, ctx);
  if (!range) return null;
  const words = wordsIn(ctx.analysis, range.start, range.end);
  if (opensOnAnonymousSource(words, ctx)) return null;
  const last = words.at(-1);
  if (!last) return null;
  const relayed = resolveRelayedSource(words, range.end, ctx);
  if (relayed !== undefined) return relayed;
  const inside = ctx.mentions.filter((m) => m.start >= range.start && m.end <= range.end && !isCompoundModifier(m, ctx));
  const persons = inside.filter((m) => m.kind === 'person' && !isPossessive(ctx.analysis, m));
  const mentionsRole = words.some((w) => ctx.lexicon.personRoles.has(bareWord(w.lower)));

  const outlet = resolveOutletName(words, inside, ctx) ?? ownCorrespondent(words, inside, ctx);
  if (outlet) return outlet;
  // «источники Reuters и Al Hadath», "sources close to the HNC": the first body the sources belong to.
  const opening = words.find((w) => !ctx.lexicon.definiteDeterminers.has(w.lower) && !ctx.lexicon.adverbials.has(w.lower));
  if (opening && ctx.lexicon.sourceNouns.has(opening.lower)) {
    const body = inside.find((m) => m.kind === 'organisation' || m.kind === 'armed_group');
    if (body) return candidateFromMention(body, true);
  }
  const tail = findTailMention(inside, range.end, ctx);
  // "deputy head of the Pentagon for the Middle East Daniel Shapiro": a name no list holds, after the title's last
  // mention, is the person who holds it.
  const holder = tail && tail.kind !== 'person' && ctx.useUnmatchedNames ? unmatchedName(words.filter((w) => w.start >= tail.end), ctx.lexicon) : null;
  if (holder?.isPerson && holder.canonical.includes(' ')) return holder;
  // "The UN Special Envoy to Syria tweeted": the country is the post's remit; the envoy speaks, named earlier or not.
  if (tail && mentionsRole && (tail.kind === 'state' || isPlace(tail)) && REMIT_BEFORE.test(ctx.analysis.slice(Math.max(range.start, tail.start - 6), tail.start))) {
    const holder = resolvePersonAnaphor(ctx);
    if (holder) return holder;
    const body = inside.find((m) => m !== tail && m.kind !== 'state' && !isPlace(m) && m.start < tail.start);
    if (body) return candidateFromMention(body, true);
  }
  // «представитель минобороны РФ»: the state's body the noun before it names, never the state.
  const stateBody = tail?.kind === 'state' && persons.length === 0 ? bodyBeforeState(words, tail, ctx.stateBodies) : null;
  if (stateBody) return stateBody;
  // «Генштаб Турции»: a body the gazetteer lacks, named by its head noun and its state; credited as written.
  if (tail && tail.kind === 'state' && persons.length === 0 && /\p{Script=Cyrillic}/u.test(last.text)) {
    const first = words.find((w) => !ctx.lexicon.adverbials.has(w.lower));
    if (first && first.start < tail.start && ctx.lexicon.institutionNouns.has(first.lower)) {
      return { canonical: ctx.analysis.slice(first.start, tail.end), isPerson: false, personLike: false, affiliations: [] };
    }
  }
  // "a military source in the nearby Hama Governorate", «о обстрелах … Дамаска»: a place after other words names where,
  // not who; a place alone ("Damascus says") stands for its government.
  const placeOnly = tail !== undefined && words.every((w) => w.start >= tail.start || ctx.lexicon.definiteDeterminers.has(w.lower));
  // «житель Дамаска Абдулла»: unless a name follows a noun describing a person.
  if (tail && tail.kind === 'place' && !placeOnly && !mentionsRole) return ctx.useUnmatchedNames ? describedSingleName(words, range.end, ctx) : null;
  if (tail && (tail.kind !== 'place' || placeOnly)) {
    if (tail.kind === 'person') return candidateFromMention(tail);
    const person = persons.at(-1);
    if (person) return candidateFromMention(person);
    // "a Reuters correspondent said": the outlet, which a later "the correspondent" refers back to.
    const reporting = words.some((w) => ctx.lexicon.correspondentNouns.has(w.lower));
    return { ...candidateFromMention(tail, mentionsRole), ...(reporting && tail.kind === 'organisation' ? { correspondent: true } : {}) };
  }

  const head = bareWord(last.lower);
  const { lexicon } = ctx;
  if (lexicon.personPronouns.has(head)) return resolvePersonAnaphor(ctx, head);
  if (lexicon.institutionPronouns.has(head)) {
    const record = findRecentSpeaker(ctx.history, (r) => !r.isPerson);
    return record ? candidateFromRecord(record) : null;
  }
  if (lexicon.pluralPronouns.has(head)) {
    const record = findRecentSpeaker(ctx.history, (r) => !r.isPerson) ?? ctx.history.at(-1);
    return record ? candidateFromRecord(record) : null;
  }

  const person = persons.at(-1);
  if (person) return candidateFromMention(person);
  if (inside.length === 0 && lexicon.stateVoiceNouns.has(head)) {
    const state = findDemonymState(words.slice(0, -1), ctx);
    if (state) return { canonical: state, isPerson: false, personLike: true, affiliations: [], collective: true };
  }

  const institutions = inside.filter((m) => m.kind !== 'person' && !isPlace(m));
  // "eyewitnesses say", "Syrian experts warn", "Rebel forces in Syria claimed": a collective source, as written.
  if (inside.filter((m) => !isPlace(m) && m.kind !== 'state').length === 0 && lexicon.collectiveNouns.has(head)) return collectiveSource(words, lexicon);
  if (lexicon.sourceNouns.has(head)) {
    // "according to SOHR sources" → SOHR; of joined bodies the first leads; "local sources", "the sources": as written.
    const institution = institutions.find((m) => m.kind !== 'state');
    if (institution) return candidateFromMention(institution, true);
    // "according to state media reports": the reports are the voice of the words before them.
    if (!lexicon.describedSourceNouns.has(head) && words.length >= 2) return resolvePhrase(range.start, last.start, ctx);
    return describedSources(words, ctx);
  }
  if (lexicon.personRoles.has(head)) return resolveRoleNoun(words, institutions, ctx);
  const institutionWords = words.filter((w) => lexicon.institutionNouns.has(normaliseNoun(bareWord(w.lower), lexicon)));
  // The institution must head the phrase: "a Syrian army defector" is a person, whatever army he left.
  const headsPhrase =
    lexicon.institutionNouns.has(normaliseNoun(head, lexicon)) || CAPITALISED.test(last.text) || institutionWords.length === 0;
  if (lexicon.documentNouns.has(head) || (institutionWords.length > 0 && headsPhrase)) {
    // «начальник Центра Иван Петров»: a person's name closing the phrase holds the title the body's noun heads.
    const namedAfter = !lexicon.institutionNouns.has(normaliseNoun(head, lexicon)) && !lexicon.documentNouns.has(head) && CAPITALISED.test(last.text);
    const holder = namedAfter && ctx.useUnmatchedNames ? unmatchedName(words, lexicon, OTHER_SCRIPT.test(ctx.analysis)) : null;
    if (holder?.isPerson) return holder;
    return resolveInstitutionNoun(words, institutionWords, institutions, lexicon.documentNouns.has(head), ctx) ?? holder;
  }
  if (!ctx.useUnmatchedNames) return null;
  return (
    unmatchedName(words, lexicon, OTHER_SCRIPT.test(ctx.analysis)) ??
    earlierSpeakerName(words, ctx) ??
    surnameWrittenEarlier(words, ctx) ??
    describedSingleName(words, range.end, ctx) ??
    (ctx.side === 'after' ? singleName(words, lexicon) : ctx.afterSourcePhrase ? null : subjectSingleName(words, ctx))
  );
}

/**
 * «по словам собеседника агентства» (in the words of the agency's interlocutor), "a source close to the talks": an
 * unnamed source heading the phrase speaks for itself, whatever outlet relays it or body it is close to.
 */
function opensOnAnonymousSource(words: Word[], ctx: PhraseContext): boolean {
  const { lexicon } = ctx;
  const head = words.find((w) => !lexicon.definiteDeterminers.has(w.lower) && !lexicon.indefiniteDeterminers.has(w.lower) && !lexicon.adverbials.has(w.lower));
  if (!head || head === words.at(-1) || !lexicon.anonymousRoles.has(head.lower) || lexicon.describedSourceNouns.has(head.lower)) return false;
  // "a source from the Kurdish Red Crescent": a source inside a body speaks for it.
  const next = words[words.indexOf(head) + 1];
  if (next && lexicon.voicePrepositions.has(next.lower)) return false;
  return !ctx.mentions.some((m) => m.kind === 'person' && m.start >= head.start && m.end <= words.at(-1)!.end);
}

const PASSIVE_RELAY = new Set(['cited', 'quoted']);
const DOCUMENT_REACH = 3;

/**
 * "a statement posted on Telegram by the government's office" names its issuer after "by"; "a military source cited
 * by Reuters" is the source's own voice, and only a named person among its words may be credited, never the outlet.
 * Undefined when the phrase is neither.
 */
function resolveRelayedSource(words: Word[], end: number, ctx: PhraseContext): SpeakerCandidate | null | undefined {
  const by = words.findIndex((w, i) => i > 0 && w.lower === 'by');
  if (by < 0) return undefined;
  const previous = words[by - 1]!;
  if (PASSIVE_RELAY.has(previous.lower)) {
    // "The Kremlin source quoted by Russian agencies": the source speaks for its body; "a military source cited by
    // Reuters" names no one, and the outlet after "by" only relays it.
    return resolvePhrase(words[0]!.start, previous.start, ctx);
  }
  // The document noun opens the phrase, behind at most a determiner and a modifier ("a new statement posted…").
  if (!words.slice(0, Math.min(by, DOCUMENT_REACH)).some((w) => ctx.lexicon.documentNouns.has(bareWord(w.lower)))) return undefined;
  const agent = words[by + 1];
  return agent ? resolvePhrase(agent.start, end, ctx) : null;
}

/**
 * «В МИД России заявили», «Ранее в российском Генштабе рассказали»: a Russian impersonal verb whose subject phrase is
 * a body after «в» speaks for that body; null when the phrase is not of that shape.
 */
function resolveImpersonalBody(start: number, end: number, ctx: PhraseContext): SpeakerCandidate | null {
  if (!OTHER_SCRIPT.test(ctx.analysis.slice(start, end))) return null;
  const words = wordsIn(ctx.analysis, start, end).filter((w) => !ctx.lexicon.adverbials.has(w.lower));
  const preposition = words[0];
  if (!preposition || !ctx.lexicon.voicePrepositions.has(preposition.lower)) return null;
  const body = ctx.mentions.find((m) => m.start >= preposition.end && m.end <= end);
  if (!body || body.kind === 'person' || isPlace(body)) return null;
  // «подтвердили в министерстве обороны России»: the body's noun before its state.
  if (body.kind === 'state' && ctx.analysis.slice(preposition.end, body.start).trim() !== '') {
    return bodyBeforeState(words.filter((w) => w.start >= preposition.end), body, ctx.stateBodies);
  }
  // Only the body's own name may stand between the preposition and the verb, with at most its complement after it.
  if (ctx.analysis.slice(preposition.end, body.start).trim() !== '') return null;
  return candidateFromMention(body, true);
}

const HYPHEN = 0x2d;

/** "a Britain-based war monitor", "the US-backed SDF": a name inside a hyphenated modifier, never the phrase's head. */
function isCompoundModifier(mention: Mention, ctx: PhraseContext): boolean {
  if (ctx.analysis.charCodeAt(mention.end) !== HYPHEN) return false;
  const suffix = /^-(\p{L}+)/u.exec(ctx.analysis.slice(mention.end, mention.end + 16))?.[1];
  return suffix !== undefined && ctx.lexicon.modifierSuffixes.has(suffix.toLowerCase());
}

/** The state whose demonym stands among `words` ("senior Turkish"), when the caller knows demonyms. */
function findDemonymState(words: Word[], ctx: PhraseContext): string | null {
  if (!ctx.stateOfDemonym) return null;
  for (const word of words) {
    const state = ctx.stateOfDemonym.get(word.lower);
    if (state) return state;
  }
  return null;
}

/** The mention that ends the phrase, allowing capitalised words it left out ("… Society", "… of Opposing Sides"). */
function findTailMention(inside: Mention[], end: number, ctx: PhraseContext): Mention | undefined {
  let best: Mention | undefined;
  for (const mention of inside) {
    const gap = wordsIn(ctx.analysis, mention.end, end);
    const gapText = ctx.analysis.slice(mention.end, end);
    if (/[,;:]/.test(gapText)) continue;
    const nameLike = gap.every(
      (w) => (CAPITALISED.test(w.text) || NAME_GLUE.has(w.lower)) && !ctx.lexicon.personRoles.has(bareWord(w.lower)),
    );
    if (!nameLike) continue;
    if (gap.length > 0 && !CAPITALISED.test(gap.at(-1)?.text ?? '')) continue;
    if (!best || mention.end > best.end) best = mention;
  }
  return best;
}

/** The person a pronoun, or a verb that carries its own subject ("وأضافت", she added), refers to. */
export function resolvePersonAnaphor(ctx: PhraseContext, pronoun?: string): SpeakerCandidate | null {
  const wanted = pronoun === undefined ? null : defaultGenderLexicon.pronounGender(pronoun);
  // Only a known mismatch rules someone out: "she" after a man's words points at a woman the text left unnamed.
  const agrees = (canonical: string) => {
    const gender = wanted === null ? null : defaultGenderLexicon.genderOf(canonical);
    return gender === null || gender === wanted;
  };
  const topic = findParagraphTopic(ctx);
  if (topic && agrees(topic.canonical)) return candidateFromMention(topic);
  const record = findRecentSpeaker(ctx.history, (r) => r.personLike);
  if (record) return agrees(record.canonical) ? candidateFromRecord(record) : null;
  const mention = findRecentMention(ctx.seen, (m) => m.kind === 'person');
  return mention && agrees(mention.canonical) ? candidateFromMention(mention) : null;
}

/** Words from the paragraph's start within which a person it opens on is its topic ("For Abu Hamza, …"). */
const TOPIC_WINDOW = 24;

/**
 * The one person a paragraph opens on, when it names no other before the pronoun ("For Abu Hamza, who returned…,
 * the damage is not only to the walls. “…,” he said"): that person, not the last speaker, is "he".
 */
function findParagraphTopic(ctx: PhraseContext): Mention | null {
  if (ctx.paragraph === undefined) return null;
  const own = ctx.seen.filter((e) => e.paragraph === ctx.paragraph && e.mention.kind === 'person').map((e) => e.mention);
  const outside = own.filter((m) => ctx.mentions.includes(m) && !isPossessive(ctx.analysis, m));
  if (outside.length === 0 || new Set(own.map((m) => m.canonical)).size !== 1) return null;
  const first = outside[0]!;
  return first.start <= TOPIC_WINDOW && ctx.analysis.slice(0, first.start).trim().split(/\s+/u).filter(Boolean).length <= 2 ? first : null;
}

/** "the spokesman", "the foreign ministry spokesperson", "a Defense Ministry official". */
function resolveRoleNoun(words: Word[], institutions: Mention[], ctx: PhraseContext): SpeakerCandidate | null {
  const determiner = determinerOf(words, ctx.lexicon);
  const institution = institutions.at(-1);
  if (determiner === 'indefinite') return institution ? candidateFromMention(institution, true) : null;
  // "the source said": a source the text never names stays unnamed, whoever spoke before it.
  if (ctx.lexicon.anonymousRoles.has(bareWord(words.at(-1)?.lower ?? ''))) {
    const named = institutions.find((m) => m.kind !== 'state');
    return named ? candidateFromMention(named, true) : null;
  }
  // A state before a role noun is usually a nationality ("the Russian spokeswoman"), which fits anyone from there.
  const named = institutions.filter((m) => m.kind !== 'state').map((m) => m.canonical);

  const newest = findRecentSpeaker(ctx.history, (r) => r.personLike);
  if (named.length > 0) {
    const affiliated = findRecentSpeaker(
      ctx.history,
      (r) => r.personLike && (named.includes(r.canonical) || r.affiliations.some((a) => named.includes(a))),
    );
    if (affiliated) return candidateFromRecord(affiliated);
    if (determiner === 'definite' && newest?.isPerson && newest.affiliations.length === 0) {
      return candidateFromRecord(newest);
    }
    const organisation = institutions.filter((m) => m.kind !== 'state').at(-1);
    return organisation ? candidateFromMention(organisation, true) : null;
  }
  if (newest) return candidateFromRecord(newest);
  // "Iran's top diplomat stated" after "Iranian Foreign Minister X touched down…": the person the paragraph before
  // named holds the role.
  const holder = institution?.kind === 'state' ? ctx.seen.findLast((e) => e.mention.kind === 'person' && e.paragraph === (ctx.paragraph ?? 0) - 1) : undefined;
  if (holder) return candidateFromMention(holder.mention);
  if (institution) return candidateFromMention(institution, true);
  const mention = findRecentMention(ctx.seen, (m) => m.kind === 'person');
  return mention ? candidateFromMention(mention) : null;
}

/** "the ministry", "the Syrian ministry's letter", "an update on the center's website", "the report". */
function resolveInstitutionNoun(
  words: Word[],
  institutionWords: Word[],
  institutions: Mention[],
  headIsDocument: boolean,
  ctx: PhraseContext,
): SpeakerCandidate | null {
  const { lexicon } = ctx;
  const modifiers = words
    .filter((w, i) => i > 0 || !lexicon.definiteDeterminers.has(w.lower))
    .filter((w) => CAPITALISED.test(w.text) && !lexicon.definiteDeterminers.has(w.lower) && !lexicon.indefiniteDeterminers.has(w.lower))
    .filter((w) => !lexicon.institutionNouns.has(normaliseNoun(bareWord(w.lower), lexicon)))
    // "a Britain-based monitor" is no British body: a hyphenated modifier says where or who backs it.
    .filter((w) => !lexicon.modifierSuffixes.has(w.lower.split('-').at(-1)!))
    .map((w) => stemModifier(bareWord(w.lower)));
  const nouns = institutionWords.map((w) => normaliseNoun(bareWord(w.lower), lexicon)).reverse();
  const fits = (canonical: string): boolean => {
    const name = normaliseName(canonical, lexicon);
    return modifiers.every((m) => name.includes(m));
  };

  for (const noun of nouns) {
    const record = findRecentSpeaker(ctx.history, (r) => !r.isPerson && normaliseName(r.canonical, lexicon).includes(noun) && fits(r.canonical));
    if (record) return candidateFromRecord(record);
  }
  const institution = institutions.at(-1);
  if (institution) return candidateFromMention(institution);
  for (const noun of nouns) {
    const mention = findRecentMention(
      ctx.seen,
      (m) => m.kind !== 'person' && !isPlace(m) && normaliseName(m.canonical, lexicon).includes(noun) && fits(m.canonical),
    );
    if (mention) return candidateFromMention(mention);
  }
  const determiner = determinerOf(words, lexicon);
  if (headIsDocument && determiner === 'definite') {
    const issuer = ctx.issuers?.get(documentKey(bareWord(words.at(-1)?.lower ?? '')));
    if (issuer) return issuer;
    const record = ctx.history.at(-1);
    return record ? candidateFromRecord(record) : null;
  }
  if (headIsDocument) return null;
  // "The organization is calling on…", "the group stated": a generic body noun alone refers back to the body that
  // spoke just before.
  const head = bareWord(words.at(-1)?.lower ?? '');
  if (determiner === 'definite' && words.length <= 2 && lexicon.genericBodyNouns.has(head)) {
    const record = ctx.history.findLast((r) => !r.isPerson && (ctx.paragraph ?? 0) - r.paragraph <= 2);
    if (record) return candidateFromRecord(record);
  }
  return localBody(words, ctx);
}

/** "the opposition-run local Douma council": a town's own body, named by its place and its noun. */
function localBody(words: Word[], ctx: PhraseContext): SpeakerCandidate | null {
  const head = words.at(-1);
  const place = ctx.mentions.find((m) => m.kind === 'place' && isPlace(m) && m.start >= (words[0]?.start ?? 0) && m.end <= (head?.end ?? 0));
  if (!head || !place || !ctx.lexicon.institutionNouns.has(head.lower)) return null;
  // The place must stand right before the noun ("Douma council"), not in a clause about it.
  if (ctx.analysis.slice(place.end, head.start).trim() !== '') return null;
  return { canonical: ctx.analysis.slice(place.start, head.end), isPerson: false, personLike: false, affiliations: [] };
}

function determinerOf(words: Word[], lexicon: SpeakerLexicon): 'definite' | 'indefinite' | 'bare' {
  for (const word of words) {
    if (lexicon.definiteDeterminers.has(word.lower)) return 'definite';
    if (lexicon.indefiniteDeterminers.has(word.lower)) return 'indefinite';
    if (POSSESSIVE.test(word.text) && /[’']/.test(word.text)) return 'definite';
  }
  return 'bare';
}

function normaliseName(canonical: string, lexicon: SpeakerLexicon): string {
  return canonical
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => normaliseNoun(w, lexicon))
    .join(' ');
}

/** "Syrian" → "syria", "Kurdish" → "kurd": enough to find the nationality inside a canonical name. */
function stemModifier(word: string): string {
  const stem = word.replace(/(?:ian|ish|ese|an|i|n)$/, '');
  return stem.length >= 3 ? stem : word;
}

