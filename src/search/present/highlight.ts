// What a hit's snippet marks: for each unit the paragraph satisfies, its words or phrase, the entity's names where the
// gazetteer finds them, else the words of its name, else (for a speaker matched through the facet) the attribution.
import type { ResolvedEntity } from '../entity-expansion';
import type { SearchContext } from '../execute/context';
import { probeSynonym, probeUnit } from '../execute/unit-query';
import type { UnitQuery } from '../execute/unit-query';
import { probeEngineWord } from '../execute/word-access';
import { speakerAt } from '../index/engine-state';
import { analyzeText, phraseKeys } from '../../text';
import type { AnalyzedToken } from '../../text';
import { attributionSpans } from './attribution-marks';
import type { MarkSpan } from './snippet';

function containsSequence(haystack: readonly string[], needle: readonly string[]): number[] {
  const at: number[] = [];
  if (needle.length === 0) return at;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    at.push(i);
  }
  return at;
}

/** Token index of each phrase key (articles are skipped in phrase keys). */
function phraseTokenIndex(tokens: readonly AnalyzedToken[]): { keys: string[]; index: number[] } {
  const keys = phraseKeys(tokens);
  const index: number[] = [];
  tokens.forEach((t, i) => {
    if (t.loose !== 'al') index.push(i);
  });
  return { keys, index };
}

function phraseMarks(phrase: string[], tokens: readonly AnalyzedToken[], unit: number, marks: MarkSpan[]): void {
  const { keys, index } = phraseTokenIndex(tokens);
  for (const at of containsSequence(keys, phrase)) {
    marks.push({ start: tokens[index[at]!]!.start, end: tokens[index[at + phrase.length - 1]!]!.end, unit });
  }
}

const NO_TERMS: ReadonlySet<string> = new Set();

function wordMarks(ctx: SearchContext, r: UnitQuery, pid: number, tokens: readonly AnalyzedToken[], unit: number, marks: MarkSpan[]): void {
  r.words.forEach((w, k) => {
    // The terms this word matched in this paragraph are exactly the expansions its tokens carry.
    const own = !Number.isNaN(probeEngineWord(ctx, w, pid));
    // the word's own terms as they are (a prefix or typo word has hundreds), copied only when a synonym widens them
    let loose: ReadonlySet<string> = own ? w.looseTerms : NO_TERMS;
    if (k === 0) {
      for (const alt of r.synonyms) {
        if (Number.isNaN(probeSynonym(ctx, alt.words, alt.weight, pid))) continue;
        const widened = new Set(loose);
        for (const key of alt.keys) widened.add(key);
        loose = widened;
      }
    }
    if (!own && loose.size === 0) return;
    const exact = own ? w.exactTerms : NO_TERMS;
    for (const t of tokens) if (t.content && (loose.has(t.loose) || exact.has(t.exact))) marks.push({ start: t.start, end: t.end, unit });
  });
}

/** Gazetteer spans of a paragraph's text, cached per paragraph. */
function entitySpansOf(ctx: SearchContext, pid: number, text: string): ResolvedEntity[] {
  const resolve = ctx.o.resolveEntities;
  if (resolve === undefined) return [];
  const key = String(pid);
  let spans = ctx.spanCache.get(key);
  if (spans === undefined) {
    try {
      spans = resolve(text);
    } catch {
      spans = [];
    }
    ctx.spanCache.set(key, spans);
  }
  return spans;
}

/** Entity marks of a unit; the fallbacks apply when nothing of the unit is marked since `before`. */
function entityMarks(ctx: SearchContext, r: UnitQuery, pid: number, text: string, tokens: readonly AnalyzedToken[], unit: number, marks: MarkSpan[], before: number): void {
  const named = (canonical: string): boolean => r.unit.canonicals.includes(canonical) || r.unit.related.includes(canonical);
  if (ctx.o.resolveEntities !== undefined) {
    for (const e of entitySpansOf(ctx, pid, text)) if (named(e.canonical)) marks.push({ start: e.start, end: e.end, unit });
  }
  if (marks.length === before) {
    // Matched through its facets only: highlight the words of the entity's name that the text does use.
    const nameKeys = new Set(r.unit.canonicals.flatMap((c) => analyzeText(c).filter((t) => t.content).map((t) => t.loose)));
    for (const t of tokens) if (t.content && nameKeys.has(t.loose)) marks.push({ start: t.start, end: t.end, unit });
  }
  const speaker = speakerAt(ctx.s, pid);
  if (marks.length === before && speaker !== null && named(speaker)) {
    for (const span of attributionSpans(tokens)) marks.push({ ...span, unit });
  }
}

/** Marks of every unit paragraph pid satisfies, numbered by unit. */
export function marksFor(ctx: SearchContext, pid: number, text: string, tokens: readonly AnalyzedToken[], units: readonly UnitQuery[]): MarkSpan[] {
  const marks: MarkSpan[] = [];
  units.forEach((r, unit) => {
    if (Number.isNaN(probeUnit(ctx, r, pid))) return;
    const before = marks.length;
    if (r.unit.phrase !== null && r.unit.phrase.length > 1) phraseMarks(r.unit.phrase, tokens, unit, marks);
    else wordMarks(ctx, r, pid, tokens, unit, marks);
    if (r.unit.canonicals.length > 0) entityMarks(ctx, r, pid, text, tokens, unit, marks, before);
  });
  return marks.filter((m) => m.start >= 0 && m.end <= text.length);
}
