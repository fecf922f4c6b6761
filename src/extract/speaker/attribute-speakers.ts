// Whose words each paragraph of a document reports: say-verbs, quotations, and references back to earlier speakers.
import type { Mention, SpeakerCue } from '../../types';
import { continuationCue, cueForEvent, firstPersonCue, transcriptCue } from './cue';
import { firstPersonWord, speaksInFirstPerson } from './document-voice';
import { findSayEvents, findSentenceStarts } from './events';
import type { SayEvent } from './events';
import { rememberSpeaker, findRecentSpeaker, candidateFromRecord } from './history';
import type { SeenMention, SpeakerCandidate, SpeakerRecord } from './history';
import { loadSpeakerLexicon } from './lexicon';
import { chooseMainSpeaker } from './main-speaker';
import type { SpeakerLexicon } from './lexicon';
import { analyseQuotes, countWords, isInsideSpans, unquoteNames } from './quotes';
import type { QuoteLayout } from './quotes';
import { isHeadInitialPhrase } from './head-initial';
import { documentKey, resolvePersonAnaphor, resolvePhrase } from './subject';
import { reportedClauseSpeaker } from './reported-clause';
import type { StateBodies } from './state-bodies';
import { applyTranscriptTurns, transcriptLabelEnd } from './transcript';
import { inStartOrder, sortByStart } from '../by-start';
import { endsOnColon, isListItem, openLeadIn } from './lead-in';

export interface SpeakerParagraph {
  text: string;
  mentions: Mention[];
}

export interface SpeakerOptions {
  /**
   * How many paragraphs back an unattributed quotation inside a sentence may find its speaker ("Russia … “will continue
   * to work…”" after a paragraph of the same briefing); one that opens its paragraph reaches only the paragraph before.
   */
  quoteCarryDistance: number;
  /** Words a quotation needs, with no attribution, to count as the latest speaker's words. */
  minCarriedQuoteWords: number;
  /** Use a capitalised name that no mention covers ("the Syrian Observatory for Human Rights said"). */
  useUnmatchedNames: boolean;
  lexicon: SpeakerLexicon;
  /** Lowercase demonym → state canonical, so that "Turkish officials said" credits Turkey; none when absent. */
  stateOfDemonym?: ReadonlyMap<string, string>;
  /** A state's bodies by the noun written before the state («минобороны РФ»); none when absent. */
  stateBodies?: StateBodies;
  /** The person the whole document is the words of (a transcript's speaker, see titleVoice); none when absent. */
  documentVoice?: string | null;
  /** The outlet that published the document ("our correspondent" reports for it); none when unknown. */
  documentOutlet?: string | null;
}

export const defaultSpeakerOptions: Omit<SpeakerOptions, 'lexicon'> = {
  quoteCarryDistance: 2,
  minCarriedQuoteWords: 6,
  useUnmatchedNames: true,
};

/** A paragraph opening on a scare-quoted word (“Moderate” rebels…) is narration, not a continued statement. */
const MIN_OPENING_QUOTE_WORDS = 3;

interface ParagraphState {
  layout: QuoteLayout;
  speaker: SpeakerCandidate | null;
  cue: SpeakerCue | null;
  /** The speaker whose colon lead-in ("قال فيها:") the next paragraph may carry on; null when none is open. */
  leadIn: SpeakerCandidate | null;
}

export interface SpeakerVoice {
  speaker: string | null;
  /** The speaker is a group of unnamed people ("Turkish officials"), not one source the text may name elsewhere. */
  collective: boolean;
  /** The words that credit the speaker; null with no speaker. */
  cue: SpeakerCue | null;
}

/** The speaker of each paragraph (a mention's canonical name) or null for narration, in document order. */
export function attributeSpeakers(
  paragraphs: readonly SpeakerParagraph[],
  options: Partial<SpeakerOptions> = {},
): (string | null)[] {
  return attributeSpeakerVoices(paragraphs, options).map((v) => v.speaker);
}

/** Like `attributeSpeakers`, telling also which speakers are collective voices. */
export function attributeSpeakerVoices(
  paragraphs: readonly SpeakerParagraph[],
  options: Partial<SpeakerOptions> = {},
): SpeakerVoice[] {
  const resolved = resolveSpeakerOptions(options);
  const history: SpeakerRecord[] = [];
  const seen: SeenMention[] = [];
  const states: ParagraphState[] = [];
  /** Who issued each kind of document the text mentioned ("statement" → the ministry), for "the statement added". */
  const issuers = new Map<string, SpeakerCandidate>();
  const texts = paragraphs.map((p) => p.text);
  const voice = resolved.documentVoice && speaksInFirstPerson(texts, resolved.lexicon) ? resolved.documentVoice : null;

  paragraphs.forEach((paragraph, index) => {
    const layout = unquoteNames(paragraph.text, analyseQuotes(paragraph.text), (s, e) => isQuotedName(paragraph, s, e, resolved.lexicon));
    const analysis = blankParentheticals(layout.masked);
    const mentions = paragraph.mentions
      .filter((m) => !isInsideSpans(layout.spans, m.start, m.end) && analysis.slice(m.start, m.end).trim() !== '');
    sortByStart(mentions);
    const ordered = inStartOrder(paragraph.mentions);

    const events = findSayEvents(analysis, mentions, resolved.lexicon);
    const attributed: { event: SayEvent; speaker: SpeakerCandidate }[] = [];
    const documentSeen = seen.length;
    for (const event of events) {
      // The paragraph's own mentions before the event count as seen, for this event only.
      for (const mention of ordered) if (mention.end <= event.start) seen.push({ mention, paragraph: index });
      const earlier = attributed.at(-1)?.speaker ?? null;
      const resolvedEvent = resolveEvent(event, { text: paragraph.text, analysis, texts, earlier }, mentions, history, seen, resolved, index, issuers);
      const { shown } = resolvedEvent;
      // "SOHR recorded 40 deaths" reports the monitor's findings; "the army recorded gains", "footage showed" no one's words.
      const speaker = event.record && !isRecordingBody(resolvedEvent.speaker) ? null : resolvedEvent.speaker;
      seen.length = documentSeen;
      if (speaker !== null && event.issued !== undefined) issuers.set(documentKey(event.issued), speaker);
      if (speaker !== null && (event.issued === undefined || event.states === true)) attributed.push({ event: shown, speaker });
    }

    let speaker: SpeakerCandidate | null;
    let cue: SpeakerCue | null = null;
    let carried = false;
    if (attributed.length > 0) {
      const main = chooseMainSpeaker(attributed, analysis, layout, resolved.lexicon);
      speaker = main?.speaker ?? null;
      if (main) cue = cueForEvent(paragraph.text, main.event, main.speaker, mentions, layout);
    } else if (events.some((e) => e.issued === undefined && (isUnnamedPersonSubject(e, analysis, resolved.lexicon) || namesAnonymousSource(e, analysis, mentions, resolved.lexicon)))) {
      // "A woman from Jinderes said …, “…,” she said": the paragraph names its own source, one the text leaves unnamed.
      speaker = null;
    } else {
      speaker = continueQuotation(layout, paragraph.mentions, states.at(-1), history, index, resolved);
      if (speaker) cue = continuationCue(paragraph.text, layout);
      const clause = speaker ? null : reportedClauseSpeaker(paragraph.text, mentions, states.at(-1)?.speaker ?? null, resolved.lexicon);
      if (clause) ({ speaker, cue } = clause);
      const leadIn = states.at(-1)?.leadIn ?? null;
      if (!speaker && leadIn && (endsOnColon(texts[index - 1]!) || isListItem(paragraph.text))) {
        // "وأضافت مصادر أمنية تركية:" then the words, unquoted, in the paragraph (or the list items) after it.
        speaker = leadIn;
        carried = true;
        cue = transcriptCue(paragraph.text, null);
      }
    }
    if (!speaker && voice) {
      // "I told the Council…" in a transcript of the envoy's stakeout: the envoy speaks, in every paragraph no one
      // else is credited with.
      speaker = { canonical: voice, isPerson: true, personLike: true, affiliations: [] };
      const firstPerson = firstPersonWord(analysis, resolved.lexicon);
      cue = firstPerson ? firstPersonCue(paragraph.text, firstPerson) : transcriptCue(paragraph.text, null);
    }
    if (speaker) rememberSpeaker(history, speaker, index);
    states.push({ layout, speaker, cue, leadIn: openLeadIn(paragraph.text, speaker, carried) });
    seen.push(...ordered.map((mention) => ({ mention, paragraph: index })));
  });

  const speakers = applyTranscriptTurns(
    paragraphs,
    states.map((s) => s.speaker?.canonical ?? null),
  );
  return speakers.map((speaker, i) => {
    const own = states[i]?.speaker;
    const ownCue = own?.canonical === speaker ? (states[i]?.cue ?? null) : null;
    const text = paragraphs[i]!.text;
    // A transcript turn overrode the paragraph's own attribution: its label (or the turn it continues) is the cue.
    const cue = speaker === null ? null : (ownCue ?? transcriptCue(text, transcriptLabelEnd(text)));
    return { speaker, collective: own?.collective === true && own.canonical === speaker, cue };
  });
}

export function resolveSpeakerOptions(options: Partial<SpeakerOptions>): SpeakerOptions {
  const defined = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...defaultSpeakerOptions, lexicon: loadSpeakerLexicon(), ...defined };
}

function resolveEvent(
  event: SayEvent,
  { text, analysis, texts, earlier }: { text: string; analysis: string; texts: readonly string[]; earlier: SpeakerCandidate | null },
  mentions: Mention[],
  history: SpeakerRecord[],
  seen: SeenMention[],
  options: SpeakerOptions,
  paragraph: number,
  issuers: ReadonlyMap<string, SpeakerCandidate>,
): { speaker: SpeakerCandidate | null; shown: SayEvent } {
  const context = {
    issuers,
    lexicon: options.lexicon,
    analysis,
    text,
    texts,
    mentions,
    history,
    seen,
    useUnmatchedNames: options.useUnmatchedNames,
    paragraph,
    ...(options.stateOfDemonym ? { stateOfDemonym: options.stateOfDemonym } : {}),
    ...(options.stateBodies ? { stateBodies: options.stateBodies } : {}),
    ...(options.documentOutlet ? { documentOutlet: options.documentOutlet } : {}),
  };
  const own = { ...context, side: event.subjectSide, afterSourcePhrase: event.source === true };
  // «По его сведениям, …», "according to him": the source phrase names its source by a pronoun; what follows is content.
  // «Агентство САНА передало…. По его данным, …»: a source credited earlier in the paragraph is the one it refers to.
  if (event.source === true && options.lexicon.impliedSubject.has(analysis.slice(event.start, event.end).toLowerCase())) {
    const previous = history.at(-1);
    const speaker = earlier ?? resolvePersonAnaphor(context) ?? (previous && paragraph - previous.paragraph <= 1 ? candidateFromRecord(previous) : null);
    return { speaker, shown: event };
  }
  const first = resolveInverted(event, analysis, context, options.lexicon);
  const before = first ?? resolvePhrase(event.phrase.start, event.phrase.end, own) ?? resolveFirstConjunct(event.phrase, analysis, mentions, own);
  const after = before ?? (event.inverted && !opensImpersonally(event, analysis, options.lexicon) ? resolvePhrase(event.inverted.start, event.inverted.end, { ...context, side: 'after' }) : null);
  const implied = after ?? (carriesSubject(event, analysis, options.lexicon) ? resolveImpliedSubject(context, history, paragraph) : null);
  // "Anadolu quoted local sources as saying": a source that names no one leaves the words to the one who relays them.
  const relayer = event.relayer && (implied === null || implied.collective === true) ? resolvePhrase(event.relayer.start, event.relayer.end, { ...context, side: 'before' }) : null;
  const candidate = relayer ?? implied;
  const origin = candidate && !candidate.isPerson ? resolveRelayOrigin(event, analysis, context) : null;
  // The cue shows the words that named the speaker: the relayed origin, or the phrase after the verb when it won.
  const inverted = first !== null || (before === null && after !== null);
  const shown: SayEvent = origin
    ? { ...event, source: true, subjectSide: 'after', phrase: origin.phrase }
    : relayer && event.relayer
      ? { ...event, subjectSide: 'before', phrase: event.relayer }
      : inverted && event.inverted
      ? { ...event, subjectSide: 'after', phrase: event.inverted }
      : event;
  return { speaker: withAffiliations(origin?.speaker ?? candidate, event, analysis, mentions), shown };
}

/**
 * "…, Reuters reported, citing a spokesman for the Syrian Foreign Ministry", «ТАСС со ссылкой на газету Addustour»,
 * «ФАН, ссылаясь на Урсулу Мюллер, сообщило»: the outlet passes on the words of the source it names (a person, a body,
 * another outlet); an unnamed or collective source it cites ("citing two officers", "citing foreign media") leaves the
 * outlet.
 */
function resolveRelayOrigin(
  event: SayEvent,
  analysis: string,
  context: Parameters<typeof resolvePhrase>[2],
): { speaker: SpeakerCandidate; phrase: { start: number; end: number } } | null {
  const { lexicon } = context;
  const sentenceEnd = findSentenceStarts(analysis).find((s) => s > event.end) ?? analysis.length;
  // The relay follows the verb, or closes the subject phrase before it («ФАН, ссылаясь на …, сообщило»).
  const inPhrase = event.subjectSide === 'before' && event.start - event.phrase.end > MIN_RELAY_GAP ? lexicon.relayInside.exec(analysis.slice(event.phrase.end, event.start)) : null;
  // «передало со ссылкой на …»: a verb written with its relay marker (a say-verb of several words).
  const verb = analysis.slice(event.start, event.end);
  const inVerb = inPhrase || !verb.includes(' ') ? null : lexicon.relayInside.exec(verb);
  const from = inPhrase ? event.phrase.end : inVerb ? event.start : event.end;
  const marker = inPhrase ?? inVerb ?? lexicon.relayInside.exec(analysis.slice(event.end, sentenceEnd));
  if (!marker) return null;
  const start = from + marker.index + marker[0].length;
  const stop = analysis.slice(start, sentenceEnd).search(/[,.;:!?()،؛؟]/u);
  const end = stop < 0 ? sentenceEnd : start + stop;
  const origin = resolvePhrase(start, end, { ...context, side: 'after' });
  if (!origin || origin.collective === true) return null;
  const words = (analysis.slice(start, end).match(/[\p{L}-]+/gu) ?? []).filter((w) => !lexicon.definiteDeterminers.has(w.toLowerCase()));
  const spokesman = words.some((w) => lexicon.spokesRoles.has(w.toLowerCase()));
  // "citing two senior officers", «со ссылкой на военный источник»: a source no name opens is nobody named.
  const opening = words[0] ?? '';
  const named = /^\p{Lu}/u.test(opening) || lexicon.outletNouns.has(opening.toLowerCase()) || lexicon.institutionNouns.has(opening.toLowerCase());
  return origin.isPerson || (spokesman ? true : named) ? { speaker: origin, phrase: { start, end } } : null;
}

/** Characters between a subject and its verb below which no relay («, ссылаясь на X,») fits. */
const MIN_RELAY_GAP = 8;

/** A person speaker with the organisations named in the event's sentence, so "the ministry spokesperson" later finds them. */
function withAffiliations(candidate: SpeakerCandidate | null, event: SayEvent, analysis: string, mentions: Mention[]): SpeakerCandidate | null {
  if (!candidate || !candidate.isPerson) return candidate;
  // Remember where a person works, so "the foreign ministry spokesperson" later finds them.
  const starts = findSentenceStarts(analysis);
  const sentenceStart = starts.filter((s) => s <= event.start).at(-1) ?? 0;
  const sentenceEnd = starts.find((s) => s > event.start) ?? analysis.length;
  const affiliations = mentions
    .filter((m) => m.kind === 'organisation' && m.start >= sentenceStart && m.end <= sentenceEnd)
    .map((m) => m.canonical);
  return { ...candidate, affiliations };
}

/**
 * «…, сообщает агентство Reuters»: a free-order verb right after a comma or dash opens an inverted attribution, whose
 * source follows it; the words before the comma are the report, not its subject. Null when the shape does not hold.
 */
function resolveInverted(
  event: SayEvent,
  analysis: string,
  context: Parameters<typeof resolvePhrase>[2],
  lexicon: SpeakerLexicon,
): SpeakerCandidate | null {
  if (!event.inverted || event.subjectSide !== 'before') return null;
  if (!lexicon.freeOrder.has(analysis.slice(event.start, event.end).toLowerCase())) return null;
  if (!/[,،—–-]\s*$/u.test(analysis.slice(Math.max(0, event.start - 4), event.start))) return null;
  // «X, лечащий пострадавших, заявил Би-би-си, что …»: a verb that goes on to its reported clause closes an apposition;
  // in a verb-first script ("…، أعلن لافروف، أن") the words after the verb are its subject whatever follows them.
  const next = /^[\s,،]*([\p{L}]+)/u.exec(analysis.slice(event.inverted.end))?.[1]?.toLowerCase();
  if (next !== undefined && lexicon.clauseBreaks.has(next) && !isHeadInitialPhrase(analysis, event.start, event.end)) return null;
  return resolvePhrase(event.inverted.start, event.inverted.end, { ...context, side: 'after' });
}

const CONJUNCTION = /\s(?:and|и)\s/gu;

/** "Turkey's Defense Ministry and a Syrian war monitor said": the first of joined subjects that names someone. */
function resolveFirstConjunct(
  phrase: { start: number; end: number },
  analysis: string,
  mentions: Mention[],
  context: Parameters<typeof resolvePhrase>[2],
): SpeakerCandidate | null {
  let start = phrase.start;
  for (const match of analysis.slice(phrase.start, phrase.end).matchAll(CONJUNCTION)) {
    const at = phrase.start + match.index;
    // "the Ministry of Labour and Social Affairs": a conjunction inside a name joins nothing.
    if (mentions.some((m) => at >= m.start && at < m.end)) continue;
    const candidate = resolvePhrase(start, at, context);
    if (candidate) return candidate;
    start = at + match[0].length;
  }
  return null;
}

/**
 * «В российском внешнеполитическом ведомстве прокомментировали удары США»: a Russian impersonal verb after «в» + a body
 * has no subject; the words after it are its object, never its speaker.
 */
function opensImpersonally(event: SayEvent, analysis: string, lexicon: SpeakerLexicon): boolean {
  if (event.subjectSide !== 'before') return false;
  const words = (analysis.slice(event.phrase.start, event.phrase.end).toLowerCase().match(/[\p{L}-]+/gu) ?? []).filter((w) => !lexicon.adverbials.has(w));
  // A plural verb ("прокомментировали") with no subject; «В среду заявила Захарова» names a day and its subject after.
  const plural = /(?:ли|ют|ят|ут)$/u.test(analysis.slice(event.start, event.end));
  return plural && words.length >= 2 && CYRILLIC.test(words[1]!) && lexicon.voicePrepositions.has(words[0]!) && !lexicon.weekdays.has(words[1]!);
}

const CYRILLIC = /[\u0400-\u04ff]/u;

/** A say-event whose subject is an indefinite person ("a woman", "another man", "one resident"). */
function isUnnamedPersonSubject(event: SayEvent, analysis: string, lexicon: SpeakerLexicon): boolean {
  const words = analysis.slice(event.phrase.start, event.phrase.end).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  if (words.length < 2 || !(lexicon.indefiniteDeterminers.has(words[0]!) || INDEFINITE.has(words[0]!))) return false;
  return lexicon.unnamedPersonNouns.has(words[1]!) || lexicon.unnamedPersonNouns.has(words[2] ?? '');
}

const INDEFINITE = new Set(['another', 'one']);

/** «…», — говорится в сообщении источника: an attribution to a source the text never names, and no name with it. */
function namesAnonymousSource(event: SayEvent, analysis: string, mentions: readonly Mention[], lexicon: SpeakerLexicon): boolean {
  const ranges = [event.phrase, ...(event.inverted ? [event.inverted] : [])];
  return ranges.some((r) => {
    if (mentions.some((m) => m.start >= r.start && m.end <= r.end)) return false;
    const words = analysis.slice(r.start, r.end).toLowerCase().match(/[\p{L}]+/gu) ?? [];
    return words.some((w) => lexicon.anonymousRoles.has(w));
  });
}

/**
 * Who a verb that writes no subject ("وأشار إلى أن", and he pointed out that) continues: the body that spoke in this
 * paragraph or the one before ("المرصد"), as a person would be; otherwise the person a pronoun would name.
 */
function resolveImpliedSubject(context: Parameters<typeof resolvePhrase>[2], history: readonly SpeakerRecord[], paragraph: number): SpeakerCandidate | null {
  const latest = history.at(-1);
  if (latest && !latest.personLike && paragraph - latest.paragraph <= 1) return candidateFromRecord(latest);
  return resolvePersonAnaphor(context);
}

/** A body that keeps a tally of its own: named (no collective "residents"), and no person. */
function isRecordingBody(speaker: SpeakerCandidate | null): boolean {
  return speaker !== null && !speaker.isPerson && speaker.collective !== true && speaker.state !== true;
}

/** A verb form that names its own subject ("وأضافت", she added) with no subject written around it. */
function carriesSubject(event: SayEvent, analysis: string, lexicon: SpeakerLexicon): boolean {
  if (!lexicon.impliedSubject.has(analysis.slice(event.start, event.end).toLowerCase())) return false;
  // "وأشار إلى أن" (he pointed out that): a phrase opening on a preposition writes no subject.
  const written = (range: { start: number; end: number } | undefined) => {
    const first = range === undefined ? undefined : /\p{L}[\p{L}\p{M}]*/u.exec(analysis.slice(range.start, range.end))?.[0];
    return first !== undefined && !lexicon.phraseStops.has(first);
  };
  return !written(event.phrase) && !written(event.inverted);
}

/** A paragraph with no attribution of its own that carries on a quotation from the paragraphs before. */
function continueQuotation(
  layout: QuoteLayout,
  mentions: readonly Mention[],
  previous: ParagraphState | undefined,
  history: SpeakerRecord[],
  index: number,
  options: SpeakerOptions,
): SpeakerCandidate | null {
  if (layout.firstMark === null) return null;
  const previousSpeaker = previous?.speaker ?? null;
  if (previous?.layout.endsOpen && previousSpeaker) return previousSpeaker;
  // A paragraph opening on a quotation after a narration paragraph is a new voice the narration introduced ("Nasr, 29,
  // waited in line." → "“We were displaced…”"), never the speaker before the narration.
  const reach = layout.startsWithQuote ? 1 : options.quoteCarryDistance;
  const recent = findRecentSpeaker(history, (r) => index - r.paragraph <= reach);
  if (layout.firstMark === 'close' && recent) return candidateFromRecord(recent);
  if (layout.startsWithQuote && layout.quotedWords >= MIN_OPENING_QUOTE_WORDS && previousSpeaker) return previousSpeaker;
  // A quotation carried by its length alone opens a sentence or follows a colon; one set inside a clause
  // («иска родственников жертв «событий в Дараа, …»») quotes a title or a phrase, not the last speaker.
  if (layout.quotedWords >= options.minCarriedQuoteWords && recent && opensStatement(layout, mentions, options.lexicon)) return candidateFromRecord(recent);
  return null;
}

/**
 * Whether the first quotation opens the paragraph, follows punctuation, or follows a name or a body's noun
 * ("في بيان لوزارة الدفاع "…"", in a statement of the defence ministry).
 */
function opensStatement(layout: QuoteLayout, mentions: readonly Mention[], lexicon: SpeakerLexicon): boolean {
  const first = layout.spans[0];
  if (!first) return false;
  const before = layout.masked.slice(0, first[0]).trimEnd();
  if (before === '' || /[.!?:;,،—–-]$/u.test(before) || mentions.some((m) => m.end === before.length)) return true;
  const word = /[\p{L}\p{M}]+$/u.exec(before)?.[0].toLowerCase() ?? '';
  return lexicon.institutionNouns.has(word) || lexicon.documentNouns.has(word) || lexicon.personRoles.has(word);
}

/** Words a quoted outlet name may have after its noun (وكالة "سانا", the agency "Sputnik"). */
const MAX_QUOTED_NAME_WORDS = 3;

/** A quoted span that is a name, not a quotation: one mention with at most a word more, or a name after an outlet noun. */
function isQuotedName(paragraph: SpeakerParagraph, start: number, end: number, lexicon: SpeakerLexicon): boolean {
  const inner = paragraph.text.slice(start + 1, end - 1);
  const words = countWords(inner);
  if (words === 0 || /[.!?،,]/u.test(inner)) return false;
  // "وحدات حماية الشعب الكردي": a name the gazetteer knows, however long, with at most one word more.
  if (paragraph.mentions.some((m) => m.start >= start && m.end <= end && words - countWords(m.surface) <= 1)) return true;
  if (words > MAX_QUOTED_NAME_WORDS) return false;
  const before = /([\p{L}\p{M}-]+)\s*$/u.exec(paragraph.text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
  // وكالة "سانا", مراسل "نداء بوست", منظمة "حظر الأسلحة الكيماوية": the noun of an outlet, of its correspondent or
  // of a body, before its name.
  return before !== undefined && (lexicon.outletNouns.has(before) || lexicon.correspondentNouns.has(before) || (ARABIC_LETTER.test(before) && lexicon.institutionNouns.has(before)));
}

const ARABIC_LETTER = /[\u0600-\u06ff]/u;

/** Blanks (…) and […] asides so that neither their words nor their commas shape the clause around them. */
function blankParentheticals(text: string): string {
  return text.replace(/\([^()]*\)|\[[^[\]]*\]/g, (aside) => ' '.repeat(aside.length));
}
