// Say-verbs, role nouns and function words for speaker attribution, loaded from data files once and validated.
import sayVerbsData from './data/say-verbs.json' with { type: 'json' };
import rolesData from './data/speaker-roles.json' with { type: 'json' };

export interface SpeakerLexicon {
  /** Matches a say-verb (single or multi-word) as a whole lowercase word sequence. */
  verbPattern: ScriptPatterns;
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
  /** Say-verbs that report no words when an addressee follows ("wrote to the ministry"). */
  addressedVerbs: ReadonlySet<string>;
  /** "issued a statement", "published its report": group 1 is the verb, group 2 the document noun. */
  issuePattern: RegExp | null;
  /** Words that, before a say-verb ("has not commented"), report that nothing was said. */
  negations: ReadonlySet<string>;
  blockedBefore: ReadonlySet<string>;
  passiveAuxiliaries: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
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
  institutionNouns: ReadonlySet<string>;
  documentNouns: ReadonlySet<string>;
  nounVariants: Readonly<Record<string, string>>;
  definiteDeterminers: ReadonlySet<string>;
  indefiniteDeterminers: ReadonlySet<string>;
  adverbials: ReadonlySet<string>;
  locativePrepositions: ReadonlySet<string>;
  directionWords: ReadonlySet<string>;
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
const OTHER_SCRIPT_LETTER = /[\u0370-\u1fff]/u;

/** Every match of the patterns in `text`, ASCII first; the other-script pattern runs only when `text` needs it. */
export function* matchScriptPatterns(text: string, patterns: ScriptPatterns): Generator<RegExpExecArray> {
  if (patterns.ascii) yield* text.matchAll(patterns.ascii);
  if (patterns.other && OTHER_SCRIPT_LETTER.test(text)) yield* text.matchAll(patterns.other);
}

function buildScriptPatterns(phrases: string[], flags: string, trailing: string): ScriptPatterns {
  const ascii = phrases.filter((p) => /^[\x00-\x7f]*$/.test(p));
  const other = phrases.filter((p) => !/^[\x00-\x7f]*$/.test(p));
  const wordChars = trailing === 'verb' ? `’'-` : '-';
  return {
    ascii: ascii.length === 0 ? null : new RegExp(`(?<![\\w${wordChars}])(?:${alternation(ascii)})(?![\\w${wordChars}])`, flags),
    other:
      other.length === 0
        ? null
        : new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_${wordChars}])(?:${alternation(other)})(?![\\p{L}\\p{M}\\p{N}_${wordChars}])`, `${flags}u`),
  };
}

let cached: SpeakerLexicon | undefined;

/** The lexicon built from `src/extract/data/say-verbs.json` and `speaker-roles.json`. */
export function loadSpeakerLexicon(): SpeakerLexicon {
  cached ??= buildSpeakerLexicon(sayVerbsData, rolesData);
  return cached;
}

export function buildSpeakerLexicon(sayVerbs: unknown, roles: unknown): SpeakerLexicon {
  const verbs = readWords(sayVerbs, 'say-verbs.json', 'verbs');
  const sources = readWords(sayVerbs, 'say-verbs.json', 'sourcePhrases');
  const relays = readWords(sayVerbs, 'say-verbs.json', 'relayMarkers');
  const set = (data: unknown, file: string, key: string): ReadonlySet<string> => new Set(readWords(data, file, key));
  return {
    verbPattern: buildScriptPatterns(verbs, 'g', 'verb'),
    sourcePattern: buildScriptPatterns(sources, 'gi', 'source'),
    invertible: set(sayVerbs, 'say-verbs.json', 'invertible'),
    freeOrder: set(sayVerbs, 'say-verbs.json', 'freeOrderVerbs'),
    impliedSubject: set(sayVerbs, 'say-verbs.json', 'impliedSubjectVerbs'),
    stancePattern: buildStancePattern(sayVerbs),
    addressedVerbs: optionalSet(sayVerbs, 'say-verbs.json', 'addressedVerbs'),
    negations: optionalSet(sayVerbs, 'say-verbs.json', 'negations'),
    issuePattern: buildIssuePattern(sayVerbs, roles),
    relayPattern: new RegExp(`^\\s*,?\\s*(?:${alternation(relays)})(?![\\p{L}\\p{N}_])`, 'iu'),
    blockedBefore: set(sayVerbs, 'say-verbs.json', 'blockedBefore'),
    passiveAuxiliaries: set(sayVerbs, 'say-verbs.json', 'passiveAuxiliaries'),
    clauseBreaks: set(sayVerbs, 'say-verbs.json', 'clauseBreaks'),
    personPronouns: set(roles, 'speaker-roles.json', 'personPronouns'),
    institutionPronouns: set(roles, 'speaker-roles.json', 'institutionPronouns'),
    pluralPronouns: set(roles, 'speaker-roles.json', 'pluralPronouns'),
    personRoles: set(roles, 'speaker-roles.json', 'personRoles'),
    stateVoiceNouns: optionalSet(roles, 'speaker-roles.json', 'stateVoiceNouns'),
    unnamedPersonNouns:
      (roles as Record<string, unknown> | null)?.['unnamedPersonNouns'] === undefined ? new Set() : set(roles, 'speaker-roles.json', 'unnamedPersonNouns'),
    sourceNouns: (roles as Record<string, unknown> | null)?.['sourceNouns'] === undefined ? new Set() : set(roles, 'speaker-roles.json', 'sourceNouns'),
    institutionNouns: set(roles, 'speaker-roles.json', 'institutionNouns'),
    documentNouns: set(roles, 'speaker-roles.json', 'documentNouns'),
    nounVariants: readRecord(roles, 'speaker-roles.json', 'nounVariants'),
    definiteDeterminers: set(roles, 'speaker-roles.json', 'definiteDeterminers'),
    indefiniteDeterminers: set(roles, 'speaker-roles.json', 'indefiniteDeterminers'),
    adverbials: set(roles, 'speaker-roles.json', 'adverbials'),
    locativePrepositions: set(roles, 'speaker-roles.json', 'locativePrepositions'),
    directionWords: set(roles, 'speaker-roles.json', 'directionWords'),
  };
}

function optionalSet(data: unknown, file: string, key: string): ReadonlySet<string> {
  return (data as Record<string, unknown> | null)?.[key] === undefined ? new Set() : new Set(readWords(data, file, key));
}

/** One pattern for auxiliary + optional adverb + stance adjective, followed by the word that opens its complement. */
function buildStancePattern(sayVerbs: unknown): RegExp | null {
  const frames = (sayVerbs as Record<string, unknown> | null)?.['stanceFrames'];
  if (frames === undefined) return null;
  const part = (key: string) => alternation(readWords(frames, 'say-verbs.json stanceFrames', key));
  return new RegExp(
    `\\b(?:${part('auxiliaries')})\\s+(?:(?:${part('adverbs')})\\s+)?(?:${part('adjectives')})(?=\\s+(?:${part('complements')})\\b)`,
    'g',
  );
}

/** An issue verb, a determiner, at most one modifier and an English document noun ("released a new report"). */
function buildIssuePattern(sayVerbs: unknown, roles: unknown): RegExp | null {
  if ((sayVerbs as Record<string, unknown> | null)?.['issueVerbs'] === undefined) return null;
  const verbs = readWords(sayVerbs, 'say-verbs.json', 'issueVerbs');
  const documents = readWords(roles, 'speaker-roles.json', 'documentNouns').filter((d) => /^[\x00-\x7f\u00e9]*$/.test(d));
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
  return value.map((v: string) => v.toLowerCase());
}

function readRecord(data: unknown, file: string, key: string): Record<string, string> {
  const value = (data as Record<string, unknown> | null)?.[key];
  if (typeof value !== 'object' || value === null || Object.values(value).some((v) => typeof v !== 'string')) {
    throw new Error(`${file}: "${key}" must be an object mapping words to words`);
  }
  return value as Record<string, string>;
}
