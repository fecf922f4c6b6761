// Say-verbs, role nouns and function words for speaker attribution, from every language file (src/text/data/), once.
import { anyLanguageHas, loadLanguages, wordsOfAllLanguages } from '../../text';

export interface SpeakerLexicon {
  /** Matches a say-verb (single or multi-word) as a whole lowercase word sequence. */
  verbPattern: ScriptPatterns;
  /** Verbs that report words only before their clause ("found that", «установила, что», "وجدت أن"). */
  clauseVerbPattern: ScriptPatterns;
  /** Participles reporting their clause subject's words ("مؤكدة أن", stressing that). */
  clauseParticiplePattern: ScriptPatterns;
  /** Verbs of a monitor's tally ("recorded", «зафиксировал», "وثّق"): they report only for a named body. */
  recordVerbPattern: ScriptPatterns;
  /** Matches a source phrase ("according to"), any case. */
  sourcePattern: ScriptPatterns;
  invertible: ReadonlySet<string>;
  /** Verbs whose subject may follow them with no comma before ("Об этом заявила Захарова"): free word order. */
  freeOrder: ReadonlySet<string>;
  /** Say-verbs and source phrases that carry a person subject when none is written ("وأضافت", she added; "по её словам"). */
  impliedSubject: ReadonlySet<string>;
  relayPattern: RegExp;
  /** "is deeply alarmed by", "are concerned that": an institution's stated stance, a statement in all but the verb. */
  stancePattern: RegExp | null;
  /** Say-verbs whose passive names the speaker after "by" ("was stated by X"); "claimed by" claims an act. */
  agentVerbs: ReadonlySet<string>;
  /** Say-verbs that report no words when an addressee follows ("wrote to the ministry"). */
  addressedVerbs: ReadonlySet<string>;
  /** Say-verbs that report an act, not words, when "with" or "by" follows ("responded with airstrikes"). */
  actingVerbs: ReadonlySet<string>;
  /** "issued a statement", "published its report": group 1 is the verb, group 2 the document noun. */
  issuePattern: RegExp | null;
  /** Words that, before a say-verb ("has not commented"), report that nothing was said. */
  negations: ReadonlySet<string>;
  blockedBefore: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  /** Words that open a reported clause ("that", «что»): "Reuters reported that Lavrov said" relays Lavrov's words. */
  complementizers: ReadonlySet<string>;
  /** Verbs after a say-verb's -s form that make it their noun subject ("reports suggest", "claims emerged"). */
  nounSubjectVerbs: ReadonlySet<string>;
  /** "The Kremlin declined (on Monday) to confirm…": a refusal to confirm or deny is a statement of its subject. */
  refusalVerbs: ReadonlySet<string>;
  /** What must follow a refusal verb for it to report: up to three words, "to" and a statement verb. */
  refusedStatement: RegExp | null;
  /** Nouns of a means after "by" ("said by phone") that leave a say-verb active: no agent follows. */
  meansAfterBy: ReadonlySet<string>;
  personPronouns: ReadonlySet<string>;
  institutionPronouns: ReadonlySet<string>;
  pluralPronouns: ReadonlySet<string>;
  personRoles: ReadonlySet<string>;
  /** Plural nouns that, after a state's demonym, speak for that state ("Turkish officials stress…"). */
  stateVoiceNouns: ReadonlySet<string>;
  /** Plain nouns for a person nobody names ("woman", "man", "resident"): "a woman said" has an unnamed source. */
  unnamedPersonNouns: ReadonlySet<string>;
  /** "sources", "activists": name their institution when one stands before them ("SOHR sources"), nobody otherwise. */
  sourceNouns: ReadonlySet<string>;
  /** Plural source nouns for people ("sources", «источники», "مصادر"): with a modifier ("local sources") they name a collective voice. */
  describedSourceNouns: ReadonlySet<string>;
  /** Modifiers that describe no one ("unnamed", "informed"): "informed sources" stay unnamed. */
  vagueSourceModifiers: ReadonlySet<string>;
  /** Second halves of a hyphenated modifier ("Britain-based", "US-backed"): the name before them names no speaker. */
  modifierSuffixes: ReadonlySet<string>;
  institutionNouns: ReadonlySet<string>;
  documentNouns: ReadonlySet<string>;
  nounVariants: Readonly<Record<string, string>>;
  definiteDeterminers: ReadonlySet<string>;
  indefiniteDeterminers: ReadonlySet<string>;
  adverbials: ReadonlySet<string>;
  locativePrepositions: ReadonlySet<string>;
  directionWords: ReadonlySet<string>;
  /** Words that end a head-initial subject phrase after its verb ("في" bayān, "اليوم"): what follows is no subject. */
  phraseStops: ReadonlySet<string>;
  /** Nouns before an outlet's quoted name ("agency", "وكالة", «газета»): the quoted words name the source. */
  outletNouns: ReadonlySet<string>;
  /** Words of an outlet's kind between its noun and its name ("وكالة الأنباء السورية سانا", the Syrian news agency SANA). */
  outletModifiers: ReadonlySet<string>;
  /** Words that make a say-verb's -s form a noun ("media reports") but leave its past a verb ("media claimed"). */
  nounModifiers: ReadonlySet<string>;
  /** "issued a statement denying…": a participle after an issued document reports its words. */
  reportingParticiples: ReadonlySet<string>;
  /** "quoted HTS as saying", "with Lavrentyev vowing": group 1 is the subject phrase. */
  quotedAsPattern: RegExp | null;
  withParticiplePattern: RegExp | null;
  /** A relay marker anywhere in a phrase ("РИА Новости со ссылкой на …"): the source ends before it. */
  relayInside: RegExp;
  /** Plural nouns for a collective source no name covers ("eyewitnesses", "Syrian experts"): credited as written. */
  collectiveNouns: ReadonlySet<string>;
  weekdays: ReadonlySet<string>;
  /** Particles between a subject and its verb ("قد" of "كان X قد أعلن", X had announced). */
  verbParticles: ReadonlySet<string>;
  /** Words that call a document one person's words ("transcript", "remarks", «стенограмма», "كلمة"). */
  voiceDocumentWords: ReadonlySet<string>;
  /** First-person singular pronouns ("I", "my", «я», "أنا"): the voice of a transcript's speaker. */
  firstPersonPronouns: ReadonlySet<string>;
  /** Body nouns that name no kind of body ("the organization", "the group"): they refer back to the body that spoke. */
  genericBodyNouns: ReadonlySet<string>;
  /** Relative pronouns ("which", «который», "الذي"): a clause they open between commas is no subject. */
  relativePronouns: ReadonlySet<string>;
  /** Subordinating words ("after", "since") at which a noun phrase before a say-verb begins anew. */
  subordinators: ReadonlySet<string>;
  /** Role nouns for a source the text never names ("the source", «источник», "المصدر"): no reference back. */
  anonymousRoles: ReadonlySet<string>;
  /** A news outlet's correspondent ("مراسل", "المراسل"): reports for the outlet, unless the phrase names the reporter. */
  correspondentNouns: ReadonlySet<string>;
  /** "Our correspondent" ("مراسلنا"): the correspondent of the page's own outlet. */
  ownCorrespondentNouns: ReadonlySet<string>;
  /** "التابعة" (affiliated to): what follows an outlet's noun and this word is its owner, not its name. */
  affiliationWords: ReadonlySet<string>;
  /** "المعروف" (known as): the name after it is the one the phrase's body goes by. */
  knownAsWords: ReadonlySet<string>;
  /** Role nouns of people who speak for a body ("spokesman"): "citing a spokesman for X" passes on X's own words. */
  spokesRoles: ReadonlySet<string>;
  /** Prepositions joining a voice noun to the body it speaks for ("officials in Jordan", «источники в МИД»). */
  voicePrepositions: ReadonlySet<string>;
  /** Every language's stop words ("كل", "من"): no word of a name nobody listed. */
  functionWords: ReadonlySet<string>;
  /** Pronouns of a verb's object between it and its subject ("أفاد به المرصد", the observatory reported it). */
  resumptivePronouns: ReadonlySet<string>;
  /** "in which" after a verb ("نشر تغريدة قال فيها", posted a tweet in which he said): the verb's subject wrote it. */
  inDocumentPronouns: ReadonlySet<string>;
  /** Adjectives of an unnamed official besides nationality and field ("مسؤول أمني رفيع", a senior security official). */
  officialAdjectives: ReadonlySet<string>;
  /** "and it is" opening an aside about a subject ("قسد وهي تحالف … قالت"): what follows describes, never speaks. */
  appositionOpeners: ReadonlySet<string>;
  /** "what" after a source phrase ("بحسب ما ذكرته الوكالة", according to what the agency said): its verb's subject is the source. */
  sourceRelatives: ReadonlySet<string>;
}

/**
 * A phrase list split by script: ASCII phrases in a pattern with ASCII word boundaries, run on every paragraph;
 * the others (Cyrillic, Arabic…) in a Unicode-aware one, run only on text in those scripts, since Unicode
 * boundaries cost several times more per paragraph.
 */
export interface ScriptPatterns {
  ascii: RegExp | null;
  other: RegExp | null;
}

/** Letters of the scripts from Greek to Ethiopic, Cyrillic and Arabic among them. */
const OTHER_SCRIPT_LETTER = /[\u0370-\u1fff]/;

/** Every match of the patterns in `text`, ASCII first; the other-script pattern runs only when `text` needs it. */
export function* matchScriptPatterns(text: string, patterns: ScriptPatterns): Generator<RegExpExecArray> {
  if (patterns.ascii) yield* text.matchAll(patterns.ascii);
  if (patterns.other && hasOtherScript(text)) yield* text.matchAll(patterns.other);
}

/** The speaker rules ask this of one paragraph for pattern after pattern: the answer for the last text is kept. */
let lastText = '';
let lastHasOther = false;

function hasOtherScript(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastHasOther = OTHER_SCRIPT_LETTER.test(text);
  }
  return lastHasOther;
}

function buildScriptPatterns(phrases: string[], flags: string, trailing: string): ScriptPatterns {
  const ascii = phrases.filter((p) => /^[\x00-\x7f]*$/.test(p));
  const other = phrases.filter((p) => !/^[\x00-\x7f]*$/.test(p));
  const wordChars = trailing === 'verb' ? `’'-` : '-';
  // "وفقاً لـ": a phrase ending on a tatweel ends on a preposition glued to the next word ("وفقاً لمنظمة").
  const glued = other.filter((p) => p.endsWith(TATWEEL)).map((p) => p.slice(0, -1));
  const free = other.filter((p) => !p.endsWith(TATWEEL));
  const freeOther = free.length === 0 ? null : `(?:${alternation(free)})(?![\\p{L}\\p{M}\\p{N}_${wordChars}])`;
  const gluedOther = glued.length === 0 ? null : `(?:${alternation(glued)})(?:${TATWEEL}\\s*|(?=\\p{L}))`;
  const otherBody = [freeOther, gluedOther].filter((p) => p !== null).join('|');
  return {
    ascii: ascii.length === 0 ? null : new RegExp(`(?<![\\w${wordChars}])(?:${alternation(ascii)})(?![\\w${wordChars}])`, flags),
    other: otherBody === '' ? null : new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_${wordChars}])(?:${otherBody})`, `${flags}u`),
  };
}

const TATWEEL = '\u0640';

let cached: SpeakerLexicon | undefined;

/** The lexicon built from the `speech` and `roles` sections of every language file. */
export function loadSpeakerLexicon(): SpeakerLexicon {
  cached ??= buildSpeakerLexicon(mergedSpeechData(), mergedRoleData());
  return cached;
}

/**
 * Every language's `speech` lists merged field by field: a paragraph's say-verbs are matched in any language, each
 * script's pattern running only on text in that script (see matchScriptPatterns).
 */
export function mergedSpeechData(): Record<string, unknown> {
  const fields = [...new Set(loadLanguages().flatMap((l) => Object.keys(l.speech)))];
  const merged: Record<string, unknown> = Object.fromEntries(fields.map((f) => [f, wordsOfAllLanguages('speech', f)]));
  const stanceFields = [...new Set(loadLanguages().flatMap((l) => Object.keys(l.stanceFrames ?? {})))];
  if (stanceFields.length > 0) merged['stanceFrames'] = Object.fromEntries(stanceFields.map((f) => [f, wordsOfAllLanguages('stanceFrames', f)]));
  return merged;
}

/** Every language's `roles` lists and noun variants merged. */
export function mergedRoleData(): Record<string, unknown> {
  const fields = [...new Set(loadLanguages().flatMap((l) => Object.keys(l.roles)))];
  const merged: Record<string, unknown> = Object.fromEntries(
    fields.filter((f) => anyLanguageHas('roles', f)).map((f) => [f, wordsOfAllLanguages('roles', f)]),
  );
  merged['nounVariants'] = Object.assign({}, ...loadLanguages().map((l) => l.nounVariants));
  merged['functionWords'] = loadLanguages().flatMap((l) => l.stopwords);
  return merged;
}

export function buildSpeakerLexicon(sayVerbs: unknown, roles: unknown): SpeakerLexicon {
  const verbs = readWords(sayVerbs, 'speech', 'verbs');
  const sources = readWords(sayVerbs, 'speech', 'sourcePhrases');
  const relays = readWords(sayVerbs, 'speech', 'relayMarkers');
  const set = (data: unknown, file: string, key: string): ReadonlySet<string> => new Set(readWords(data, file, key));
  return {
    verbPattern: buildScriptPatterns([...verbs, ...optionalWords(sayVerbs, 'speech', 'refusalVerbs')], 'g', 'verb'),
    sourcePattern: buildScriptPatterns(sources, 'gi', 'source'),
    clauseVerbPattern: buildScriptPatterns(optionalWords(sayVerbs, 'speech', 'clauseVerbs'), 'g', 'verb'),
    clauseParticiplePattern: buildScriptPatterns(optionalWords(sayVerbs, 'speech', 'clauseParticiples'), 'g', 'verb'),
    recordVerbPattern: buildScriptPatterns(optionalWords(sayVerbs, 'speech', 'recordVerbs'), 'g', 'verb'),
    invertible: set(sayVerbs, 'speech', 'invertible'),
    freeOrder: set(sayVerbs, 'speech', 'freeOrderVerbs'),
    impliedSubject: set(sayVerbs, 'speech', 'impliedSubjectVerbs'),
    stancePattern: buildStancePattern(sayVerbs),
    addressedVerbs: optionalSet(sayVerbs, 'speech', 'addressedVerbs'),
    agentVerbs: optionalSet(sayVerbs, 'speech', 'agentVerbs'),
    actingVerbs: optionalSet(sayVerbs, 'speech', 'actingVerbs'),
    negations: optionalSet(sayVerbs, 'speech', 'negations'),
    issuePattern: buildIssuePattern(sayVerbs, roles),
    relayPattern: new RegExp(`^\\s*,?\\s*(?:${alternation(relays)})(?![\\p{L}\\p{N}_])`, 'iu'),
    blockedBefore: set(sayVerbs, 'speech', 'blockedBefore'),
    passiveAuxiliaries: set(sayVerbs, 'speech', 'passiveAuxiliaries'),
    clauseBreaks: set(sayVerbs, 'speech', 'clauseBreaks'),
    complementizers: optionalSet(sayVerbs, 'speech', 'complementizers'),
    nounSubjectVerbs: optionalSet(sayVerbs, 'speech', 'nounSubjectVerbs'),
    meansAfterBy: optionalSet(sayVerbs, 'speech', 'meansAfterBy'),
    refusalVerbs: optionalSet(sayVerbs, 'speech', 'refusalVerbs'),
    refusedStatement: buildRefusedStatement(sayVerbs),
    personPronouns: set(roles, 'roles', 'personPronouns'),
    institutionPronouns: set(roles, 'roles', 'institutionPronouns'),
    pluralPronouns: set(roles, 'roles', 'pluralPronouns'),
    personRoles: set(roles, 'roles', 'personRoles'),
    stateVoiceNouns: optionalSet(roles, 'roles', 'stateVoiceNouns'),
    unnamedPersonNouns:
      (roles as Record<string, unknown> | null)?.['unnamedPersonNouns'] === undefined ? new Set() : set(roles, 'roles', 'unnamedPersonNouns'),
    sourceNouns: (roles as Record<string, unknown> | null)?.['sourceNouns'] === undefined ? new Set() : set(roles, 'roles', 'sourceNouns'),
    describedSourceNouns: optionalSet(roles, 'roles', 'describedSourceNouns'),
    vagueSourceModifiers: optionalSet(roles, 'roles', 'vagueSourceModifiers'),
    modifierSuffixes: optionalSet(roles, 'roles', 'modifierSuffixes'),
    institutionNouns: set(roles, 'roles', 'institutionNouns'),
    documentNouns: set(roles, 'roles', 'documentNouns'),
    nounVariants: readRecord(roles, 'roles', 'nounVariants'),
    definiteDeterminers: set(roles, 'roles', 'definiteDeterminers'),
    indefiniteDeterminers: set(roles, 'roles', 'indefiniteDeterminers'),
    adverbials: set(roles, 'roles', 'adverbials'),
    locativePrepositions: set(roles, 'roles', 'locativePrepositions'),
    directionWords: set(roles, 'roles', 'directionWords'),
    phraseStops: optionalSet(roles, 'roles', 'phraseStops'),
    outletNouns: optionalSet(roles, 'roles', 'outletNouns'),
    outletModifiers: optionalSet(roles, 'roles', 'outletModifiers'),
    nounModifiers: optionalSet(sayVerbs, 'speech', 'nounModifiers'),
    reportingParticiples: optionalSet(sayVerbs, 'speech', 'reportingParticiples'),
    quotedAsPattern: buildQuotedAsPattern(sayVerbs),
    withParticiplePattern: buildWithParticiplePattern(sayVerbs),
    relayInside: new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation(relays)})(?![\\p{L}\\p{N}_])`, 'iu'),
    collectiveNouns: optionalSet(roles, 'roles', 'collectiveNouns'),
    weekdays: optionalSet(roles, 'roles', 'weekdays'),
    subordinators: optionalSet(roles, 'roles', 'subordinators'),
    relativePronouns: optionalSet(roles, 'roles', 'relativePronouns'),
    genericBodyNouns: optionalSet(roles, 'roles', 'genericBodyNouns'),
    voiceDocumentWords: optionalSet(roles, 'roles', 'voiceDocumentWords'),
    firstPersonPronouns: optionalSet(roles, 'roles', 'firstPersonPronouns'),
    verbParticles: optionalSet(roles, 'roles', 'verbParticles'),
    voicePrepositions: optionalSet(roles, 'roles', 'voicePrepositions'),
    spokesRoles: optionalSet(roles, 'roles', 'spokesRoles'),
    anonymousRoles: optionalSet(roles, 'roles', 'anonymousRoles'),
    correspondentNouns: optionalSet(roles, 'roles', 'correspondentNouns'),
    ownCorrespondentNouns: optionalSet(roles, 'roles', 'ownCorrespondentNouns'),
    affiliationWords: optionalSet(roles, 'roles', 'affiliationWords'),
    knownAsWords: optionalSet(roles, 'roles', 'knownAsWords'),
    functionWords: optionalSet(roles, 'roles', 'functionWords'),
    resumptivePronouns: optionalSet(roles, 'roles', 'resumptivePronouns'),
    inDocumentPronouns: optionalSet(roles, 'roles', 'inDocumentPronouns'),
    officialAdjectives: optionalSet(roles, 'roles', 'officialAdjectives'),
    appositionOpeners: optionalSet(roles, 'roles', 'appositionOpeners'),
    sourceRelatives: optionalSet(roles, 'roles', 'sourceRelatives'),
  };
}

function optionalWords(data: unknown, file: string, key: string): string[] {
  return (data as Record<string, unknown> | null)?.[key] === undefined ? [] : readWords(data, file, key);
}

function optionalSet(data: unknown, file: string, key: string): ReadonlySet<string> {
  return (data as Record<string, unknown> | null)?.[key] === undefined ? new Set() : new Set(readWords(data, file, key));
}

/** One pattern for auxiliary + optional adverb + stance adjective, followed by the word that opens its complement. */
function buildStancePattern(sayVerbs: unknown): RegExp | null {
  const frames = (sayVerbs as Record<string, unknown> | null)?.['stanceFrames'];
  if (frames === undefined) return null;
  const part = (key: string) => alternation(readWords(frames, 'speech.stanceFrames', key));
  return new RegExp(
    `\\b(?:${part('auxiliaries')})\\s+(?:(?:${part('adverbs')})\\s+)?(?:${part('adjectives')})(?=\\s+(?:${part('complements')})\\b)`,
    'g',
  );
}

/** "quoted HTS as saying": a verb of quoting, its object (the source) and "as" + a reporting participle. */
function buildQuotedAsPattern(sayVerbs: unknown): RegExp | null {
  const data = sayVerbs as Record<string, unknown> | null;
  if (data?.['quotedAsVerbs'] === undefined || data['reportingParticiples'] === undefined) return null;
  const verbs = alternation(readWords(sayVerbs, 'speech', 'quotedAsVerbs'));
  const participles = alternation(readWords(sayVerbs, 'speech', 'reportingParticiples'));
  // "quoted by Anadolu as saying" names the relaying outlet, not the source: the object may not open on "by".
  return new RegExp(`\\b(?:${verbs})\\s+(?!by\\s)((?:[^\\s,.;:]+\\s+){0,5}?[^\\s,.;:]+)\\s+as\\s+(?:${participles})\\b`, 'gi');
}

/** After a refusal verb: at most three words ("on Monday"), then "to" and a statement verb ("to confirm"). */
function buildRefusedStatement(sayVerbs: unknown): RegExp | null {
  if ((sayVerbs as Record<string, unknown> | null)?.['refusedStatements'] === undefined) return null;
  const statements = alternation(readWords(sayVerbs, 'speech', 'refusedStatements'));
  return new RegExp(`^(?:\\s+[\\w-]+){0,3}?\\s+to\\s+(?:${statements})\\b`);
}

/** "with Lavrentyev vowing that…": the subject of a reporting participle after "with". */
function buildWithParticiplePattern(sayVerbs: unknown): RegExp | null {
  if ((sayVerbs as Record<string, unknown> | null)?.['reportingParticiples'] === undefined) return null;
  const participles = alternation(readWords(sayVerbs, 'speech', 'reportingParticiples'));
  return new RegExp(`\\bwith\\s+((?:[^\\s,.;:]+\\s+){0,4}?[^\\s,.;:]+)\\s+(?:${participles})\\b`, 'gi');
}

/** An issue verb, a determiner, at most one modifier and an English document noun ("released a new report"). */
function buildIssuePattern(sayVerbs: unknown, roles: unknown): RegExp | null {
  if ((sayVerbs as Record<string, unknown> | null)?.['issueVerbs'] === undefined) return null;
  const verbs = readWords(sayVerbs, 'speech', 'issueVerbs');
  const documents = readWords(roles, 'roles', 'documentNouns').filter((d) => /^[\x00-\x7f\u00e9]*$/.test(d));
  return new RegExp(
    `\\b(${alternation(verbs)})\\s+(?:a|an|its|their|his|her)\\s+(?:[\\w-]+\\s+)?(${alternation(documents)})(?![\\w-])`,
    'g',
  );
}

function alternation(phrases: string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');
}

function readWords(data: unknown, file: string, key: string): string[] {
  const value = (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === '')) {
    throw new Error(`${file}: "${key}" must be an array of non-empty strings`);
  }
  return withBareAlef(value.map((v: string) => v.toLowerCase()));
}

/** An Arabic alef carrying a hamza or madda, which much Arabic news writing drops ("افاد" for "أفاد", "ان" for "أن"). */
const HAMZA_ALEF = /[أإآ]/gu;

/**
 * The words with, after each Arabic word spelled with a hamza on its alef, its spelling with a bare alef; and with the
 * tanween of an adverbial ending written on either side of its alef ("مؤكداً" and "مؤكدًا", stressing).
 */
function withBareAlef(words: string[]): string[] {
  const variants = words.filter((w) => /[أإآ]/u.test(w)).map((w) => w.replace(HAMZA_ALEF, 'ا'));
  const tanween = [...words, ...variants].flatMap((w) => (w.endsWith('اً') ? [`${w.slice(0, -2)}ًا`] : w.endsWith('ًا') ? [`${w.slice(0, -2)}اً`] : []));
  const all = [...variants, ...tanween];
  return all.length === 0 ? words : [...new Set([...words, ...all])];
}

function readRecord(data: unknown, file: string, key: string): Record<string, string> {
  const value = (data as Record<string, unknown> | null)?.[key];
  if (typeof value !== 'object' || value === null || Object.values(value).some((v) => typeof v !== 'string')) {
    throw new Error(`${file}: "${key}" must be an object mapping words to words`);
  }
  return value as Record<string, string>;
}
