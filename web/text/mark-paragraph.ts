// Splits paragraph text into plain, query-highlighted and entity-linked segments (rendered as text nodes, never HTML).
import type { EntitySpan, FacetName } from '../../src/types';
import { foldText, foldWithOffsets, isWordChar } from './fold';

export interface EntityRef {
  facet: FacetName;
  value: string;
}

export interface TextSegment {
  text: string;
  mark: boolean;
  entity: EntityRef | null;
  /** Index of the entity occurrence, so two adjacent occurrences stay two links; -1 when none. */
  occurrence: number;
}

interface Range {
  start: number;
  end: number;
}

interface EntityRange extends Range {
  entity: EntityRef;
}

const STOP_WORDS = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'the', 'to', 'was', 'were', 'with']);

/** The folded words of a query worth highlighting: excluded words (`-word`, `-"a phrase"`) and stop words dropped. */
export function extractQueryTerms(q: string): string[] {
  const kept = q.replace(/(^|\s)-"[^"]*"?/g, ' ').replace(/(^|\s)-\S+/g, ' ');
  const terms = new Set<string>();
  for (const match of foldText(kept).matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (!STOP_WORDS.has(word) && word !== 'or' && word !== 'and' && word !== 'not') terms.add(word);
  }
  return [...terms];
}

/** Short words match exactly; longer ones by a stem-like prefix, so `shelling` also marks `shelled`. */
export function termPrefix(term: string): { prefix: string; exact: boolean } {
  if (term.length <= 3) return { prefix: term, exact: true };
  if (term.length <= 5) return { prefix: term, exact: false };
  return { prefix: term.slice(0, Math.min(8, Math.max(5, term.length - 3))), exact: false };
}

export function findTermRanges(text: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const rules = terms.map(termPrefix);
  const ranges: Range[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = foldText(match[0]);
    const hit = rules.some((rule) => (rule.exact ? token === rule.prefix : token.startsWith(rule.prefix)));
    if (hit) ranges.push({ start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

function findOccurrences(folded: string, needle: string): Range[] {
  const found: Range[] = [];
  if (needle === '') return found;
  let from = 0;
  for (;;) {
    const at = folded.indexOf(needle, from);
    if (at < 0) return found;
    const end = at + needle.length;
    if (!isWordChar(folded[at - 1]) && !isWordChar(folded[end])) found.push({ start: at, end });
    from = at + 1;
  }
}

function overlaps(ranges: readonly Range[], candidate: Range): boolean {
  return ranges.some((r) => candidate.start < r.end && r.start < candidate.end);
}

/**
 * Places entities in the text by their canonical name, else by its last word (the API gives no offsets).
 * Entities found nowhere are returned as `missing` so the UI can list them as chips.
 */
export function findEntityRanges(text: string, entities: readonly EntityRef[]): { ranges: EntityRange[]; missing: EntityRef[] } {
  const { folded, origin } = foldWithOffsets(text);
  const placed: Range[] = [];
  const ranges: EntityRange[] = [];
  const missing: EntityRef[] = [];
  const ordered = [...entities].sort((a, b) => b.value.length - a.value.length);
  const place = (entity: EntityRef, needle: string): boolean => {
    let any = false;
    for (const r of findOccurrences(folded, needle)) {
      if (overlaps(placed, r)) continue;
      placed.push(r);
      ranges.push({ start: origin[r.start] ?? 0, end: origin[r.end] ?? text.length, entity });
      any = true;
    }
    return any;
  };
  const unplaced = ordered.filter((entity) => !place(entity, foldText(entity.value.trim())));
  for (const entity of unplaced) {
    const words = entity.value.trim().split(/\s+/);
    const last = words.length > 1 ? foldText(words[words.length - 1] ?? '') : '';
    if (last.length < 4 || !place(entity, last)) missing.push(entity);
  }
  ranges.sort((a, b) => a.start - b.start);
  return { ranges, missing };
}

export function segmentText(text: string, termRanges: readonly Range[], entityRanges: readonly EntityRange[]): TextSegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...termRanges, ...entityRanges]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    if (end <= start) continue;
    const mark = termRanges.some((r) => r.start <= start && end <= r.end);
    const occurrence = entityRanges.findIndex((r) => r.start <= start && end <= r.end);
    const entity = occurrence >= 0 ? (entityRanges[occurrence]?.entity ?? null) : null;
    const previous = segments[segments.length - 1];
    if (previous && previous.mark === mark && previous.occurrence === occurrence) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), mark, entity, occurrence });
  }
  return segments;
}

/** Entity ranges from the server's spans: kept in bounds and non-overlapping; entities with no span are `missing`. */
export function rangesFromSpans(text: string, entities: readonly EntityRef[], spans: readonly EntitySpan[]): { ranges: EntityRange[]; missing: EntityRef[] } {
  const ranges: EntityRange[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const valid = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start < span.end;
    if (!valid || overlaps(ranges, span)) continue;
    ranges.push({ start: span.start, end: span.end, entity: { facet: span.facet, value: span.value } });
  }
  const placed = new Set(ranges.map((r) => `${r.entity.facet}\u0000${r.entity.value}`));
  const missing = entities.filter((e) => e.facet !== 'speaker' && !placed.has(`${e.facet}\u0000${e.value}`));
  return { ranges, missing };
}

/** Query-term highlighting plus entity links for one paragraph (by the server's spans when it sent them). */
export function markParagraph(
  text: string,
  terms: readonly string[],
  entities: readonly EntityRef[],
  spans?: readonly EntitySpan[],
): { segments: TextSegment[]; missing: EntityRef[] } {
  if (!spans) {
    const { ranges, missing } = findEntityRanges(text, entities);
    return { segments: segmentText(text, findTermRanges(text, terms), ranges), missing };
  }
  // Entities the server could not place (found by NLP, not the gazetteer) are looked for by name.
  const placed = rangesFromSpans(text, entities, spans);
  const byName = findEntityRanges(text, placed.missing);
  const ranges = [...placed.ranges, ...byName.ranges.filter((r) => !overlaps(placed.ranges, r))].sort((a, b) => a.start - b.start);
  return { segments: segmentText(text, findTermRanges(text, terms), ranges), missing: byName.missing };
}
