// Scores faceted documents against a gold file in the evaluation kit's format (GUIDELINES.md), as eval.mjs does over HTTP.
import type { IndexedDocument } from '../../src/types';

type Aliases = string[];
interface GoldFacet {
  required: Aliases[];
  optional: Aliases[];
}
export interface GoldParagraph {
  match: string;
  speaker: Aliases | null;
  actors: GoldFacet;
  groups: GoldFacet;
  locations: GoldFacet;
  dates: { required: string[]; optional: string[] };
}
export interface GoldDocument {
  id: string;
  title: string | null;
  published: string | null;
  source: Aliases | null;
  excluded: string[];
  paragraphs: GoldParagraph[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface FacetScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface GoldReport {
  paragraphs: { gold: number; found: number };
  leaked: string[];
  duplicates: number;
  metadata: { correct: number; total: number };
  speaker: { correct: number; total: number; accuracy: number };
  facets: Record<'actors' | 'groups' | 'locations' | 'dates', FacetScore>;
  /** Every disagreement, one line each, for reading when a threshold fails. */
  problems: string[];
}

const FACETS = ['actors', 'groups', 'locations'] as const;

/** Folds an entity name as eval.mjs does: accents, case, apostrophes, punctuation, a leading "the". */
export function foldEntity(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`ʼ‘]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Folds paragraph text as eval.mjs does, for finding a gold fragment. */
export function foldText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[“”„"]/g, '"')
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[–—−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const matchesAny = (value: string, aliases: Aliases) => aliases.some((a) => foldEntity(a) === foldEntity(value));
const dateMatches = (value: string, gold: string) => value.startsWith(gold);

function scoreSet<T>(predicted: string[], required: T[], optional: T[], matches: (v: string, g: T) => boolean) {
  const hit = new Set<number>();
  const extra: string[] = [];
  for (const value of new Set(predicted)) {
    const i = required.findIndex((g) => matches(value, g));
    if (i >= 0) hit.add(i);
    else if (!optional.some((g) => matches(value, g))) extra.push(value);
  }
  const missing = required.filter((_, i) => !hit.has(i));
  return { tp: hit.size, fp: extra.length, fn: missing.length, extra, missing };
}

function score(c: Counts): FacetScore {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function scoreAgainstGold(gold: GoldDocument[], documents: IndexedDocument[]): GoldReport {
  const counts = { actors: { tp: 0, fp: 0, fn: 0 }, groups: { tp: 0, fp: 0, fn: 0 }, locations: { tp: 0, fp: 0, fn: 0 }, dates: { tp: 0, fp: 0, fn: 0 } };
  const problems: string[] = [];
  const leaked: string[] = [];
  let found = 0;
  let goldParagraphs = 0;
  let duplicates = 0;
  let metaCorrect = 0;
  let metaTotal = 0;
  let speakerCorrect = 0;
  for (const g of gold) {
    const doc = documents.find((d) => d.id === g.id);
    goldParagraphs += g.paragraphs.length;
    if (!doc) {
      problems.push(`${g.id}: document missing`);
      continue;
    }
    const texts = doc.paragraphs.map((p) => foldText(p.text));
    duplicates += texts.length - new Set(texts).size;
    for (const fragment of g.excluded) {
      if (texts.some((t) => t.includes(foldText(fragment)))) leaked.push(`${g.id}: ${fragment}`);
    }
    metaTotal += 3;
    const checks: [boolean, string][] = [
      [g.title === null || foldText(doc.title ?? '').includes(foldText(g.title)), `title ${JSON.stringify(doc.title)}`],
      [g.published === null || (doc.published ?? '').startsWith(g.published), `published ${JSON.stringify(doc.published)}`],
      [g.source === null || (doc.source !== null && matchesAny(doc.source, g.source)), `source ${JSON.stringify(doc.source)}`],
    ];
    for (const [ok, what] of checks) {
      if (ok) metaCorrect++;
      else problems.push(`${g.id}: ${what}`);
    }
    for (const gp of g.paragraphs) {
      const paragraph = doc.paragraphs.find((p) => foldText(p.text).includes(foldText(gp.match)));
      const where = `${g.id} "${gp.match.slice(0, 40)}…"`;
      if (!paragraph) {
        problems.push(`${where}: paragraph missing`);
        for (const facet of FACETS) counts[facet].fn += gp[facet].required.length;
        counts.dates.fn += gp.dates.required.length;
        continue;
      }
      found++;
      const right = gp.speaker === null ? paragraph.speaker === null : paragraph.speaker !== null && matchesAny(paragraph.speaker, gp.speaker);
      if (right) speakerCorrect++;
      else problems.push(`${where}: speaker ${JSON.stringify(paragraph.speaker)}, want ${JSON.stringify(gp.speaker?.[0] ?? null)}`);
      for (const facet of FACETS) {
        const s = scoreSet(paragraph[facet], gp[facet].required, gp[facet].optional, matchesAny);
        counts[facet].tp += s.tp;
        counts[facet].fp += s.fp;
        counts[facet].fn += s.fn;
        for (const v of s.extra) problems.push(`${where}: ${facet} extra ${JSON.stringify(v)}`);
        for (const v of s.missing) problems.push(`${where}: ${facet} missing ${JSON.stringify(v[0])}`);
      }
      const d = scoreSet(paragraph.dates, gp.dates.required, gp.dates.optional, dateMatches);
      counts.dates.tp += d.tp;
      counts.dates.fp += d.fp;
      counts.dates.fn += d.fn;
      for (const v of d.extra) problems.push(`${where}: dates extra ${JSON.stringify(v)}`);
      for (const v of d.missing) problems.push(`${where}: dates missing ${JSON.stringify(v)}`);
    }
  }
  return {
    paragraphs: { gold: goldParagraphs, found },
    leaked,
    duplicates,
    metadata: { correct: metaCorrect, total: metaTotal },
    speaker: { correct: speakerCorrect, total: goldParagraphs, accuracy: goldParagraphs === 0 ? 1 : speakerCorrect / goldParagraphs },
    facets: { actors: score(counts.actors), groups: score(counts.groups), locations: score(counts.locations), dates: score(counts.dates) },
    problems,
  };
}

/** One-screen summary of a report. */
export function formatGoldReport(r: GoldReport): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `paragraphs ${r.paragraphs.found}/${r.paragraphs.gold}, leaked ${r.leaked.length}, duplicates ${r.duplicates}, metadata ${r.metadata.correct}/${r.metadata.total}`,
    `speaker accuracy ${pct(r.speaker.accuracy)} (${r.speaker.correct}/${r.speaker.total})`,
    ...(['actors', 'groups', 'locations', 'dates'] as const).map((f) => {
      const s = r.facets[f];
      return `${f.padEnd(9)} P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`;
    }),
  ];
  return lines.join('\n');
}
