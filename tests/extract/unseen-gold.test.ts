import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/build-documents';
import { formatGoldReport, scoreAgainstGold, type GoldDocument } from './score-gold';

// Hand-written articles in styles the seeds do not cover (wire, monitor, state media, analysis, UN release, Kurdish,
// Turkish and Russian outlets), annotated per GUIDELINES.md before the engine was run on them.
const FOLDER = new URL('../fixtures/unseen/', import.meta.url).pathname;
const GOLD = new URL('../fixtures/unseen.gold.json', import.meta.url).pathname;

describe('buildDocuments on unseen articles', () => {
  it('meets the accuracy floors of the unseen gold when run over its folder', async () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: GoldDocument[] };
    const { documents, skipped } = await buildDocuments(FOLDER);
    expect(skipped).toEqual([]);
    const report = scoreAgainstGold(gold.documents, documents);
    console.log(`unseen gold:\n${formatGoldReport(report)}\n${report.problems.join('\n')}`);

    expect(report.paragraphs.found).toBe(report.paragraphs.gold);
    expect(report.leaked).toEqual([]);
    expect(report.duplicates).toBe(0);
    expect(report.metadata.correct).toBe(report.metadata.total);
    // Floors a little under the measured figures (speaker 93%, entity F1 98–100%, dates 100%): a change that loses
    // more than a paragraph or two of accuracy on text nobody tuned for has made the rules less general.
    expect(report.speaker.accuracy).toBeGreaterThanOrEqual(0.9);
    const entityF1 = (report.facets.actors.f1 + report.facets.groups.f1 + report.facets.locations.f1) / 3;
    expect(entityF1).toBeGreaterThanOrEqual(0.93);
    for (const facet of ['actors', 'groups', 'locations'] as const) {
      expect(report.facets[facet].f1, facet).toBeGreaterThanOrEqual(0.9);
      expect(report.facets[facet].precision, facet).toBeGreaterThanOrEqual(0.95);
    }
    expect(report.facets.dates.f1).toBeGreaterThanOrEqual(0.95);
  });
});
