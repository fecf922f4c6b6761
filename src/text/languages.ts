// The languages Sift knows: one data file each under src/text/data/, read and validated once.
import { readdirSync, readFileSync } from 'node:fs';
import { STEMMER_NAMES, type StemmerName } from './stemmers';

/** Word lists of one language, by section and field ("speech.verbs", "roles.personRoles"). */
export type WordLists = Readonly<Record<string, readonly string[]>>;

export interface LanguageData {
  /** ISO 639-1 code, also the file's name. */
  code: string;
  name: string;
  /** The Unicode script its words are written in (`Latin`, `Cyrillic`, `Arabic`). */
  script: string;
  stemmer: StemmerName;
  stopwords: readonly string[];
  /** Say-verbs, source phrases and the words around them (see speaker-lexicon.ts for each field). */
  speech: WordLists;
  /** "English stance frames": auxiliaries, adverbs, adjectives, complements; present where the language has them. */
  stanceFrames?: WordLists;
  /** Role nouns, pronouns, determiners… (see speaker-lexicon.ts). */
  roles: WordLists;
  /** Variant spellings of role nouns (spokesperson → spokesman). */
  nounVariants: Readonly<Record<string, string>>;
  /**
   * Date words chrono's own tables do not expose: `monthWords`/`weekdayWords` tell a calendar date from a relative
   * one and decide which paragraphs are worth a parse; `yesterdayWords` and `dayBeforeYesterdayWords` resolve against
   * the publication date; `dayListJoiners` and `dayListLeads` frame days listed with one month ("between 1 and 16 May");
   * `lastWeekdayWords` put a weekday in the week before ("last Friday"); Arabic `compoundDayUnits`/`compoundDayTens`
   * spell the days 21–31 as ordinals; Russian `eveWords` («накануне») mean the day before unless a noun follows, told
   * by `eveFollowers` and `eveVerbEndings`; `futureWords` ("will", «пройдет», "ستعقد") before a year-less day in its
   * sentence put that day a little after publication rather than a year before, as do `nextAfterWords` right after it
   * («в январе следующего года», "في يناير المقبل"); `yearNameLeads` before a year make it part of a name ("Act of 2019").
   */
  dates: WordLists;
}

const DATA_DIR = new URL('./data/', import.meta.url);

export class LanguageDataError extends Error {}

function fail(file: string, field: string, problem: string, got: unknown): never {
  const shown = JSON.stringify(got)?.slice(0, 60) ?? String(got);
  throw new LanguageDataError(`src/text/data/${file}: ${field}: ${problem}, got ${shown}`);
}

function words(file: string, field: string, value: unknown): string[] {
  if (!Array.isArray(value)) fail(file, field, 'expected an array of words', value);
  value.forEach((w, i) => {
    if (typeof w !== 'string' || w.trim() === '') fail(file, `${field}[${i}]`, 'expected a non-empty string', w);
  });
  return value as string[];
}

function section(file: string, field: string, value: unknown): WordLists {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, field, 'expected an object of word lists', value);
  const out: Record<string, string[]> = {};
  for (const [key, list] of Object.entries(value)) {
    if (key === 'stanceFrames' || key === 'nounVariants') continue;
    out[key] = words(file, `${field}.${key}`, list);
  }
  return out;
}

function record(file: string, field: string, value: unknown): Record<string, string> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(file, field, 'expected an object mapping words to words', value);
  for (const [key, v] of Object.entries(value)) if (typeof v !== 'string' || v === '') fail(file, `${field}.${key}`, 'expected a non-empty string', v);
  return value as Record<string, string>;
}

/** Validates one language file's content; every problem names the file, the entry and the field. */
export function parseLanguageData(file: string, raw: unknown): LanguageData {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail(file, '(root)', 'expected an object', raw);
  const data = raw as Record<string, unknown>;
  const code = data['language'];
  if (typeof code !== 'string' || !/^[a-z]{2}$/.test(code)) fail(file, 'language', 'expected an ISO 639-1 code', code);
  if (file !== `${code}.json`) fail(file, 'language', `expected the file to be named ${String(code)}.json`, code);
  for (const field of ['name', 'script'] as const) {
    if (typeof data[field] !== 'string' || data[field] === '') fail(file, field, 'expected a non-empty string', data[field]);
  }
  const stemmer = data['stemmer'];
  if (typeof stemmer !== 'string' || !(STEMMER_NAMES as readonly string[]).includes(stemmer)) {
    fail(file, 'stemmer', `expected one of ${STEMMER_NAMES.join(', ')}`, stemmer);
  }
  const speech = data['speech'] as Record<string, unknown> | undefined;
  const roles = data['roles'] as Record<string, unknown> | undefined;
  const dates = data['dates'];
  return {
    code,
    name: data['name'] as string,
    script: data['script'] as string,
    stemmer: stemmer as StemmerName,
    stopwords: words(file, 'stopwords', data['stopwords']),
    speech: section(file, 'speech', speech),
    ...(speech?.['stanceFrames'] !== undefined ? { stanceFrames: section(file, 'speech.stanceFrames', speech['stanceFrames']) } : {}),
    roles: section(file, 'roles', roles),
    nounVariants: record(file, 'roles.nounVariants', roles?.['nounVariants']),
    dates: section(file, 'dates', dates),
  };
}

let cached: readonly LanguageData[] | undefined;

/** Every language under src/text/data/, in file-name order; adding a language is adding a file there. */
export function loadLanguages(): readonly LanguageData[] {
  cached ??= readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(new URL(file, DATA_DIR), 'utf8'));
      } catch (err) {
        throw new LanguageDataError(`src/text/data/${file}: not valid JSON: ${(err as Error).message}`);
      }
      return parseLanguageData(file, raw);
    });
  return cached;
}

/** The data of one language, or undefined when Sift has no file for it. */
export function languageData(code: string | null | undefined): LanguageData | undefined {
  return code ? loadLanguages().find((l) => l.code === code) : undefined;
}

/** One field's words across every language ("speech", "verbs"), in file order: for rules that run on any text. */
export function wordsOfAllLanguages(sectionName: 'speech' | 'roles' | 'stanceFrames' | 'dates', field: string): string[] {
  return loadLanguages().flatMap((l) => l[sectionName]?.[field] ?? []);
}

/** True when some language file defines the field (optional lists may be absent everywhere). */
export function anyLanguageHas(sectionName: 'speech' | 'roles' | 'stanceFrames', field: string): boolean {
  return loadLanguages().some((l) => l[sectionName]?.[field] !== undefined);
}
