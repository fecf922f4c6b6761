// Say-events in a paragraph: where a say-verb or source phrase is, and on which side its subject stands.
import type { Mention } from '../../types';
import { matchScriptPatterns } from './lexicon';
import type { SpeakerLexicon } from './lexicon';
import { isBareName, isRelayInsideClause, opensOnName, participleSubject, passiveAgent, recordedBy, writesName } from './event-frames';
import { sortByStart } from '../by-start';

export interface SayEvent {
  start: number;
  end: number;
  /** `before`: "X said"; `after`: "…," said X / according to X. */
  subjectSide: 'before' | 'after';
  /** Where the subject phrase lies in the analysis text. */
  phrase: { start: number; end: number };
  /** For "…, said X": the phrase after the verb, tried when the one before names nobody. */
  inverted?: { start: number; end: number };
  /** The source is passed on by someone else ("…, the agency reports, citing the document"). */
  relay: boolean;
  /** A source phrase ("according to", «по словам»), not a verb. */
  source?: boolean;
  /** "X issued a statement": the document noun X issued, for a later "the statement added"; no words reported yet. */
  issued?: string;
  /** An issued document whose words the sentence goes on to report ("issued a statement denying…"): X spoke. */
  states?: boolean;
  /** A monitor's tally ("SOHR recorded 40 deaths"): reports words only when a named body records. */
  record?: boolean;
  /** "Anadolu quoted local sources as saying": the relaying subject, credited when the quoted source names no one. */
  relayer?: { start: number; end: number };
}

interface Hit {
  start: number;
  end: number;
  source: boolean;
  stance?: boolean;
  issued?: string;
  states?: boolean;
  record?: boolean;
  /** A frame that fixes its subject phrase itself ("quoted HTS as saying", "with X vowing"). */
  phrase?: { start: number; end: number };
  /** The frame relays its subject phrase ("X quoted Y as saying"). */
  quoted?: boolean;
}

const HEAD_INITIAL_LETTER = /[\u0600-\u06ff]/u;
/** Words a verb-first subject may run to before the clause its verb reports ("ووجدت منظمة حظر الأسلحة الكيميائية أن"). */
const MAX_SUBJECT_WORDS = 8;
const WORD_BEFORE = /([\p{L}’'-]+)\s*$/u;
// Arabic has no capitals: a full stop before an Arabic letter ends a sentence too.
const SENTENCE_END = /[.!?؟]+["”’»)]*\s+(?=["“‘«(\p{Lu}\d\u0621-\u064a])/gu;
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|No|Jr|Sr|vs|etc|approx|Gov|Sen|Rep|Prof)|\b\p{Lu}|\.\p{Lu})$/u;

let lastSentenceText: string | null = null;
let lastSentenceStarts: number[] = [0];

/** Start offsets of the sentences of `text` (always includes 0). */
export function findSentenceStarts(text: string): number[] {
  // Several steps ask about the same paragraph in a row.
  if (text === lastSentenceText) return lastSentenceStarts;
  const starts = [0];
  for (const match of text.matchAll(SENTENCE_END)) {
    if (ABBREVIATION.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    starts.push(match.index + match[0].length);
  }
  lastSentenceText = text;
  lastSentenceStarts = starts;
  return starts;
}

/** Say-events of a paragraph, in reading order, found in the analysis text (quotes blanked). */
export function findSayEvents(analysis: string, mentions: readonly Mention[], lexicon: SpeakerLexicon): SayEvent[] {
  const sentenceStarts = findSentenceStarts(analysis);
  const events: SayEvent[] = [];
  const hits: Hit[] = [];
  for (const match of matchScriptPatterns(analysis, lexicon.verbPattern)) {
    const end = match.index + match[0].length;
    // "declined to take part" refuses an act; "declined on Monday to confirm" refuses a statement, which states a position.
    if (lexicon.refusalVerbs.has(match[0].toLowerCase()) && !lexicon.refusedStatement?.test(analysis.slice(end, end + 60))) continue;
    hits.push({ start: match.index, end, source: false });
  }
  for (const match of matchScriptPatterns(analysis, lexicon.clauseVerbPattern)) {
    // "The OPCW found that…": a verb of finding reports words only when its clause follows: right after it, or in a
    // verb-first script after its subject ("ووجدت المنظمة أن…").
    const after = analysis.slice(match.index + match[0].length).split(/[.;:!?؛؟]/u)[0]!;
    const words = (after.match(/[\p{L}\p{M}]+/gu) ?? []).slice(0, HEAD_INITIAL_LETTER.test(match[0]) ? MAX_SUBJECT_WORDS : 1);
    if (words.some((w) => lexicon.clauseBreaks.has(w.toLowerCase()))) hits.push({ start: match.index, end: match.index + match[0].length, source: false });
  }
  for (const match of matchScriptPatterns(analysis, lexicon.clauseParticiplePattern)) {
    // "…، مؤكدة أن…" (…, stressing that…): a participle reporting the words of its clause's subject.
    const phrase = participleSubject(analysis, match.index, match.index + match[0].length, sentenceStarts, mentions, lexicon);
    if (phrase) hits.push({ start: match.index, end: match.index + match[0].length, source: false, phrase });
  }
  for (const match of matchScriptPatterns(analysis, lexicon.recordVerbPattern)) {
    hits.push({ start: match.index, end: match.index + match[0].length, source: false, record: true });
  }
  for (const match of matchScriptPatterns(analysis, lexicon.sourcePattern)) {
    hits.push({ start: match.index, end: match.index + match[0].length, source: true });
  }
  if (lexicon.stancePattern) {
    for (const match of analysis.matchAll(lexicon.stancePattern)) {
      hits.push({ start: match.index, end: match.index + match[0].length, source: false, stance: true });
    }
  }
  if (lexicon.issuePattern) {
    for (const match of analysis.matchAll(lexicon.issuePattern)) {
      const issued = (match[2] ?? '').toLowerCase();
      const states = reportsWords(analysis.slice(match.index + match[0].length), lexicon);
      hits.push({ start: match.index, end: match.index + (match[1]?.length ?? 0), source: false, issued, states });
    }
  }
  for (const pattern of [lexicon.quotedAsPattern, lexicon.withParticiplePattern]) {
    if (!pattern) continue;
    for (const match of analysis.matchAll(pattern)) {
      const at = match.index + match[0].indexOf(match[1]!, 1);
      const quoted = pattern === lexicon.quotedAsPattern ? { quoted: true } : {};
      hits.push({ start: match.index, end: match.index + match[0].search(/\s/u), source: false, phrase: { start: at, end: at + match[1]!.length }, ...quoted });
    }
  }
  sortByStart(hits);

  let previousEnd = 0;
  for (const hit of hits) {
    // "وفقا للأمم المتحدة": a source phrase ending on a preposition glued to a name may end inside the name's word.
    if (mentions.some((m) => hit.start < m.end && hit.end > m.start && !(hit.source && m.start > hit.start))) continue;
    if (hit.phrase) {
      const sentenceStart = sentenceStarts.filter((s) => s <= hit.start).at(-1) ?? 0;
      const relayer = hit.quoted ? subjectWindow(analysis, Math.max(sentenceStart, previousEnd), hit.start, mentions, lexicon) : null;
      events.push({ start: hit.start, end: hit.end, subjectSide: 'after', phrase: hit.phrase, relay: false, ...(relayer ? { relayer } : {}) });
      previousEnd = hit.end;
      continue;
    }
    const agent = hit.source || hit.stance ? null : passiveAgent(analysis, hit.start, hit.end, lexicon);
    if (agent) {
      events.push({ start: hit.start, end: hit.end, subjectSide: 'after', phrase: agent, relay: false });
      previousEnd = hit.end;
      continue;
    }
    if (!hit.source && !hit.stance && !isFiniteSayVerb(analysis, hit.start, hit.end, lexicon)) continue;
    const sentenceStart = sentenceStarts.filter((s) => s <= hit.start).at(-1) ?? 0;
    // «агентство Reuters со ссылкой на источники сообщило»: a relay inside a clause belongs to that clause's subject.
    if (hit.source && isRelayInsideClause(analysis, sentenceStart, hit, lexicon)) continue;
    const sentenceEnd = sentenceStarts.find((s) => s > hit.start) ?? analysis.length;
    const relay = lexicon.relayPattern.test(clauseAfter(analysis, hit.end, sentenceEnd).tail);

    if (hit.source) {
      events.push({ start: hit.start, end: hit.end, subjectSide: 'after', phrase: phraseAfter(analysis, hit.end, sentenceEnd, lexicon), relay, source: true });
    } else {
      const windowStart = Math.max(sentenceStart, previousEnd);
      const before = subjectWindow(analysis, windowStart, hit.start, mentions, lexicon);
      const verb = analysis.slice(hit.start, hit.end).toLowerCase();
      // "…," said X and «…», — заявила X; in free word order the subject may follow without a comma.
      const invertible =
        (lexicon.invertible.has(verb) && /[,"]\s*[—–-]?\s*$/.test(analysis.slice(sentenceStart, hit.start))) ||
        lexicon.freeOrder.has(verb);
      const after = hit.record && HEAD_INITIAL_LETTER.test(verb)
        ? recordedBy(analysis, hit.end, sentenceEnd, mentions)
        : invertible ? phraseAfter(analysis, hit.end, sentenceEnd, lexicon) : undefined;
      const record = hit.record ? { record: true } : {};
      if (hit.issued !== undefined) {
        if (before) events.push({ start: hit.start, end: hit.end, subjectSide: 'before', phrase: before, relay: false, issued: hit.issued, ...(hit.states ? { states: true } : {}) });
      } else if (before) {
        events.push({ start: hit.start, end: hit.end, subjectSide: 'before', phrase: before, relay, ...(after ? { inverted: after } : {}), ...record });
      } else if (after) {
        events.push({ start: hit.start, end: hit.end, subjectSide: 'after', phrase: after, relay, ...record });
      }
    }
    previousEnd = hit.end;
  }
  return events;
}

/** Up to this many words ("on Sunday") between an issued document and the participle that reports its words. */
const MAX_WORDS_BEFORE_PARTICIPLE = 3;

/** Whether the words after "issued a statement" report what it said ("denying…", ", saying…", "in which…"). */
function reportsWords(after: string, lexicon: SpeakerLexicon): boolean {
  if (/^\s*,?\s*in\s+which\b/iu.test(after)) return true;
  const words = after.split(/[.;:!?]/u)[0]!.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.slice(0, MAX_WORDS_BEFORE_PARTICIPLE + 1).some((w) => lexicon.reportingParticiples.has(w));
}

/** A say-verb used as a finite verb: not a noun ("the reports"), an infinitive or a passive ("is said to"). */
function isFiniteSayVerb(text: string, start: number, end: number, lexicon: SpeakerLexicon): boolean {
  if (/[-\p{L}]/u.test(text[start - 1] ?? '')) return false;
  // "was said by the army" names its agent after "by"; "said by phone" is a said with its means.
  if (/^\s+by\b/.test(text.slice(end, end + 5)) && !lexicon.meansAfterBy.has(/^\s+by\s+([\p{L}-]+)/u.exec(text.slice(end, end + 24))?.[1]?.toLowerCase() ?? '')) return false;
  // "wrote to the ministry": an addressee, and no words of the writer's reported.
  if (lexicon.addressedVerbs.has(text.slice(start, end).toLowerCase()) && /^\s+to\b/.test(text.slice(end, end + 5))) return false;
  // "reports suggest he has fled": a say-verb's -s form followed by a verb is that verb's noun subject.
  const following = /^\s+(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1]?.toLowerCase();
  if (following !== undefined && /s$/u.test(text.slice(start, end)) && lexicon.nounSubjectVerbs.has(following)) return false;
  // "responded with airstrikes", "answered by shelling": an act, not words.
  if (lexicon.actingVerbs.has(text.slice(start, end).toLowerCase()) && /^\s+(?:with|by)\b/.test(text.slice(end, end + 6))) return false;
  let cursor = start;
  for (;;) {
    const match = WORD_BEFORE.exec(text.slice(Math.max(0, cursor - 40), cursor));
    if (!match) return true;
    const word = match[1]?.toLowerCase() ?? '';
    if (lexicon.passiveAuxiliaries.has(word) || lexicon.negations.has(word) || /n[’']t$/.test(word)) return false;
    if (cursor === start && lexicon.blockedBefore.has(word)) return false;
    // "media reports" is a noun; "media claimed" a verb.
    if (cursor === start && lexicon.nounModifiers.has(word) && /s$/u.test(text.slice(start, end))) return false;
    if (!lexicon.adverbials.has(word) || ['has', 'have', 'had'].includes(word)) return true;
    cursor = cursor - match[0].length;
  }
}

/** The subject phrase before a verb: back to a clause boundary, skipping a closing apposition ("X, director of Y, said"). */
function subjectWindow(
  text: string,
  from: number,
  verbStart: number,
  mentions: readonly Mention[],
  lexicon: SpeakerLexicon,
): { start: number; end: number } | null {
  let start = from;
  const window = text.slice(from, verbStart);
  const hard = Math.max(window.lastIndexOf('"'), window.lastIndexOf(';'), window.lastIndexOf('؛'), window.lastIndexOf(':'));
  if (hard >= 0) start = from + hard + 1;
  for (const match of text.slice(start, verbStart).matchAll(/[\p{L}]+/gu)) {
    const at = start + match.index;
    if (!lexicon.clauseBreaks.has(match[0])) continue;
    if (mentions.some((m) => at >= m.start && at < m.end)) continue;
    // «повстанцы, которые вошли в Дамаск, объявили»: a relative clause set off by commas is an aside, no new clause.
    if (lexicon.relativePronouns.has(match[0]) && /[,،]\s*$/u.test(text.slice(start, at)) && /[,،]/u.test(text.slice(at, verbStart))) continue;
    start = at + match[0].length;
  }
  const segments: [number, number][] = [];
  let segmentStart = start;
  for (let i = start; i < verbStart; i++) {
    const dash = (text[i] === '–' || text[i] === '—') && text[i - 1] === ' ' && text[i + 1] === ' ';
    if ((text[i] === ',' || text[i] === '،' || dash) && !mentions.some((m) => i > m.start && i < m.end)) {
      segments.push([segmentStart, i]);
      segmentStart = i + 1;
    }
  }
  segments.push([segmentStart, verbStart]);
  // "Abu Issa, the leader of the brigade, which is fighting inside Kobani, told": a relative clause between commas
  // says where or what, never who speaks.
  let relative = false;
  for (let i = segments.length - 2; i >= 1; i--) {
    const first = /[\p{L}]+/u.exec(text.slice(segments[i]![0], segments[i]![1]))?.[0].toLowerCase();
    if (first !== undefined && lexicon.relativePronouns.has(first)) {
      segments.splice(i, 1);
      relative = true;
    }
  }
  // "X в четверг, 28 июля опроверг": a date closing the subject leaves the subject before it; so does the particle
  // of "وكانت الفصائل، قد أعلنت" (the factions had announced) cut off by a comma.
  const particles = (s: [number, number]) => {
    const words = text.slice(s[0], s[1]).match(/[\p{L}]+/gu) ?? [];
    return words.length > 0 && words.every((w) => lexicon.verbParticles.has(w));
  };
  while (segments.length > 1 && (isDateAside(text.slice(segments.at(-1)![0], segments.at(-1)![1])) || particles(segments.at(-1)!))) segments.pop();
  // ", also said": a segment of adverbials alone closes an apposition as a bare comma does; so does a date (", 28 July,").
  const blank = (s: [number, number] | undefined): boolean =>
    !s || isDateAside(text.slice(s[0], s[1])) || (text.slice(s[0], s[1]).toLowerCase().match(/[\p{L}]+/gu) ?? []).every((w) => lexicon.adverbials.has(w));
  let chosen = segments.at(-1);
  // "The monitor, which relies on activists, said": with the relative clause gone, the subject is what preceded it.
  if (blank(chosen) && segments.length === 2 && relative) chosen = segments[0];
  else if (blank(chosen) && segments.length >= 3) {
    // "X, director of Y, said" names X before the apposition; "the spokesman for Y, Major General X, said" names X inside it.
    let at = segments.length - 3;
    // "the coordinator, X, and the envoy, Y, said": joined subjects, each with its name in apposition; the first leads.
    while (at >= 2 && /^\s*and\s/u.test(text.slice(segments[at]![0], segments[at]![1]))) at -= 2;
    const inner = segments[at + 1]!;
    const outer = segments[at]!;
    const hasPerson = (s: [number, number]) => mentions.some((m) => m.kind === 'person' && m.start >= s[0] && m.end <= s[1]);
    // "Russia, a major ally of President X, said": a name standing alone before the apposition is the subject;
    // "a war monitor, the Syrian Observatory…, said": the name inside it is, when the words before name nobody.
    const names = (s: [number, number]) => mentions.some((m) => m.kind !== 'place' && m.facet !== 'location' && m.start >= s[0] && m.end <= s[1]);
    if (hasPerson(inner) && !hasPerson(outer) && !isBareName(outer, text, mentions, lexicon)) chosen = inner;
    else chosen = !names(outer) && !writesName(outer, text, lexicon) && names(inner) && opensOnName(inner, text, mentions, lexicon) ? inner : outer;
  } else if (chosen && COORDINATED.test(text.slice(chosen[0], chosen[1]))) {
    // "X met Y in Damascus and said": the coordinated verb shares the clause's subject, not the first verb's object.
    chosen = findClauseSubject(chosen[0], chosen[1], mentions, text, lexicon) ?? findClauseSubject(start, chosen[1], mentions, text, lexicon) ?? chosen;
  }
  // "Bekir Bozdag, the spokesman of the government, has said" with its closing comma lost: the named person leads.
  if (chosen && segments.length >= 2 && chosen === segments.at(-1) && opensWithRole(text.slice(chosen[0], chosen[1]), lexicon)) {
    const named = segments.at(-2)!;
    if (mentions.some((m) => m.kind === 'person' && m.start >= named[0] && m.end <= named[1])) chosen = named;
  }
  if (!chosen || blank(chosen)) return null;
  // «агентство Reuters со ссылкой на источники сообщило»: the subject ends where it starts relaying another source.
  const relayAt = text.slice(chosen[0], chosen[1]).search(lexicon.relayInside);
  if (relayAt > 0) return { start: chosen[0], end: chosen[0] + relayAt };
  return { start: chosen[0], end: chosen[1] };
}

/** Words of a date standing alone between commas ("28 July", "March 3"). */
const MAX_DATE_ASIDE_WORDS = 3;

function isDateAside(segment: string): boolean {
  const words = segment.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.length <= MAX_DATE_ASIDE_WORDS && words.some((w) => /^\d{1,4}$/u.test(w));
}

/** A phrase opening on a role noun, after at most a determiner ("the spokesman of …", "spokeswoman for …"). */
function opensWithRole(phrase: string, lexicon: SpeakerLexicon): boolean {
  const words = phrase.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const first = lexicon.definiteDeterminers.has(words[0] ?? '') || lexicon.indefiniteDeterminers.has(words[0] ?? '') ? 1 : 0;
  return lexicon.personRoles.has(words[first] ?? '');
}

const COORDINATED = /\s(?:and|then|и|затем)\s+(?:(?:also|later|then|также|затем)\s+)?$/u;
/** Characters a clause's subject may run to before its name ends ("Iranian Foreign Minister Abbas Araghchi"). */
const SUBJECT_REACH = 48;
const MAX_PREDICATE_WORDS = 24;
const TITLE_GLUE = new Set(['of', 'for', 'the', 'a', 'an']);

/** The named subject opening a clause: its first person, or first institution, with only its title before it. */
function findClauseSubject(
  start: number,
  end: number,
  mentions: readonly Mention[],
  text: string,
  lexicon: SpeakerLexicon,
): [number, number] | null {
  const opening = text.slice(start, end).search(/\S/u);
  if (opening < 0) return null;
  const from = start + opening;
  const near = mentions.filter((m) => m.start >= from && m.end <= end && m.start - from <= SUBJECT_REACH && m.kind !== 'place' && m.facet !== 'location');
  const subject = near.find((m) => m.kind === 'person') ?? near[0];
  if (!subject) return null;
  // Only a title may stand before the subject ("HTS leader", "the spokesman for"), not a verb and its object.
  const title = text.slice(from, subject.start);
  if (/[,;]/.test(title)) return null;
  // A long run of words between subject and verb is more likely a new clause the text never marked than one predicate.
  if ((text.slice(subject.end, end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > MAX_PREDICATE_WORDS) return null;
  for (const match of title.matchAll(/[\p{L}][\p{L}’'-]*/gu)) {
    const word = match[0];
    const covered = mentions.some((m) => from + match.index >= m.start && from + match.index < m.end);
    const lower = word.toLowerCase();
    if (covered || /^\p{Lu}/u.test(word) || TITLE_GLUE.has(lower) || lexicon.personRoles.has(lower) || lexicon.institutionNouns.has(lower)) continue;
    return null;
  }
  return [from, subject.end];
}

/** The subject phrase after an inverted verb or a source phrase, up to the next punctuation or clause break. */
function phraseAfter(text: string, from: number, sentenceEnd: number, lexicon: SpeakerLexicon): { start: number; end: number } {
  const { body } = clauseAfter(text, from, sentenceEnd);
  // "РИА Новости со ссылкой на …": the source ends where it starts relaying another.
  const relayAt = body.search(lexicon.relayInside);
  let end = from + (relayAt > 0 ? relayAt : body.length);
  for (const match of body.matchAll(/[\p{L}]+/gu)) {
    if (lexicon.clauseBreaks.has(match[0])) {
      end = from + match.index;
      break;
    }
  }
  return { start: from, end };
}

function clauseAfter(text: string, from: number, sentenceEnd: number): { body: string; tail: string } {
  const rest = text.slice(from, sentenceEnd);
  // Arabic punctuation (، ؛ ؟) ends a clause as the Latin marks do; the full stop of "Mr." does not.
  let stop = rest.search(/[,.;:!?"()،؛؟]/u);
  while (stop >= 0 && rest[stop] === '.' && ABBREVIATION.test(rest.slice(Math.max(0, stop - 8), stop))) {
    const next = rest.slice(stop + 1).search(/[,.;:!?"()،؛؟]/u);
    stop = next < 0 ? -1 : stop + 1 + next;
  }
  return stop < 0 ? { body: rest, tail: '' } : { body: rest.slice(0, stop), tail: rest.slice(stop) };
}
