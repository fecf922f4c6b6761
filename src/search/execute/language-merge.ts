// Own-language ranking for a query written in Cyrillic or Arabic script (a form of cross-language result merging).
//
// A query reaches reporting in other languages through translations (synonym groups, entity aliases), which can
// cover more of its words than the reporting in its own language does: "Ракка СДС ИГИЛ наступление" matches an English
// article on all four parts (Raqqa, SDF, ISIS, offensive) and the Russian ones on three, as Russian reporting says
// "вступили в Ракку", not "наступление". Someone typing Russian reads Russian first, and scores of different
// languages are not comparable, so the query's own language, when its best paragraphs match at least half of the
// query's parts, is ranked as if its best match were as good as the best overall (its unit counts shifted, its
// scores scaled). A Latin-script query (English, or a name as any language spells it in Latin letters) keeps the
// plain ranking.
import type { EngineState } from '../index/engine-state';
import { loadLanguages } from '../../text';
import type { Candidates } from './candidates';

/** A paragraph with no language value belongs to this pseudo-language. */
const NO_LANGUAGE = -1;
/** Scaled to the best score overall, the own language's best would tie with it: ties go to the own language. */
const OWN_TIE = 1 + 1e-9;

/** The language value id of each paragraph (NO_LANGUAGE when it has none); null when the state has no language facet. */
export function languageOf(s: EngineState): { of: (pid: number) => number; codes: readonly string[] } | null {
  const facet = s.facets.find((f) => f.valueFormat === 'language_code');
  const table = facet === undefined ? undefined : s.tables[facet.name];
  if (table === undefined || table.values.length < 2) return null;
  return { of: (pid) => (table.offsets[pid + 1]! > table.offsets[pid]! ? table.refs[table.offsets[pid]!]! : NO_LANGUAGE), codes: table.values };
}

interface LanguageBest {
  matched: number;
  score: number;
}

/** Per language, the most units any of its candidates matches and the best score among those. */
function bestPerLanguage(lists: readonly Candidates[], lang: (pid: number) => number): Map<number, LanguageBest> {
  const best = new Map<number, LanguageBest>();
  for (const c of lists) {
    for (let i = 0; i < c.ids.length; i++) {
      const l = lang(c.ids[i]!);
      const b = best.get(l);
      const m = c.matched[i]!;
      const score = c.scores[i]!;
      if (b === undefined) best.set(l, { matched: m, score });
      else if (m > b.matched || (m === b.matched && score > b.score)) {
        b.matched = m;
        b.score = score;
      }
    }
  }
  return best;
}

/** The languages written in the script most of the query's letters are in; empty for a Latin-script query. */
export function queryLanguages(q: string): Set<string> {
  const counts = new Map<string, number>();
  for (const char of q) {
    const script = SCRIPTS.find(([, test]) => test.test(char))?.[0];
    if (script !== undefined) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let main: string | undefined;
  for (const [script, n] of counts) if (main === undefined || n > counts.get(main)!) main = script;
  if (main === undefined || main === 'Latin') return new Set();
  return new Set(loadLanguages().filter((l) => l.script === main).map((l) => l.code));
}

const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
];

export interface LanguageMerge {
  /** The candidates to rank: `full` and the promoted partial matches, counts and scores rescaled per language. */
  ranked: Candidates;
  /** The partial matches left for backfill. */
  rest: Candidates;
}

/**
 * Rescales `full` (and promotes the partial matches of the own languages when they have no full match) so the query's
 * own languages, `own`, compete with the best language on equal terms when their best candidate matches at least half
 * of `units`. Null when nothing changes (no own language, a single language).
 */
export function mergeLanguages(s: EngineState, full: Candidates, partial: Candidates, units: number, own: ReadonlySet<string>): LanguageMerge | null {
  const languages = languageOf(s);
  if (languages === null || own.size === 0) return null;
  const lang = languages.of;
  const best = bestPerLanguage([full, partial], lang);
  if (best.size < 2) return null;
  let top: LanguageBest = { matched: 0, score: 0 };
  for (const b of best.values()) if (b.matched > top.matched || (b.matched === top.matched && b.score > top.score)) top = b;
  const fullLanguages = new Set<number>();
  for (let i = 0; i < full.ids.length; i++) fullLanguages.add(lang(full.ids[i]!));
  const eligible = (l: number): LanguageBest | undefined => {
    const b = best.get(l);
    return b !== undefined && l !== NO_LANGUAGE && own.has(languages.codes[l] ?? '') && 2 * b.matched >= units && b.score > 0 ? b : undefined;
  };
  const promote = new Uint8Array(partial.ids.length);
  let promoted = 0;
  for (let i = 0; i < partial.ids.length; i++) {
    const l = lang(partial.ids[i]!);
    if (!fullLanguages.has(l) && eligible(l) !== undefined) {
      promote[i] = 1;
      promoted++;
    }
  }
  const n = full.ids.length + promoted;
  const ranked: Candidates = { ids: new Uint32Array(n), scores: new Float64Array(n), matched: new Uint8Array(n), failed: new Uint16Array(n) };
  const rest: Candidates = {
    ids: new Uint32Array(partial.ids.length - promoted),
    scores: new Float64Array(partial.ids.length - promoted),
    matched: new Uint8Array(partial.ids.length - promoted),
    failed: new Uint16Array(partial.ids.length - promoted),
  };
  let k = 0;
  const put = (c: Candidates, i: number): void => {
    const b = eligible(lang(c.ids[i]!));
    ranked.ids[k] = c.ids[i]!;
    ranked.failed[k] = c.failed[i]!;
    ranked.matched[k] = b === undefined ? c.matched[i]! : Math.min(255, c.matched[i]! + top.matched - b.matched);
    ranked.scores[k++] = b === undefined ? c.scores[i]! : (c.scores[i]! * top.score * OWN_TIE) / b.score;
  };
  for (let i = 0; i < full.ids.length; i++) put(full, i);
  let r = 0;
  for (let i = 0; i < partial.ids.length; i++) {
    if (promote[i] === 1) put(partial, i);
    else {
      rest.ids[r] = partial.ids[i]!;
      rest.scores[r] = partial.scores[i]!;
      rest.matched[r] = partial.matched[i]!;
      rest.failed[r++] = partial.failed[i]!;
    }
  }
  return { ranked, rest };
}
