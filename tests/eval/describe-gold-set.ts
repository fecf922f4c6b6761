// The shared body of the held-out gold tests: build the folder, score facets and queries, assert the set's floors.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/build-documents';
import { buildEngineFromCorpus } from '../../src/pipeline/build-engine';
import type { SiftEngine } from '../../src/search/engine';
import { formatGoldReport, scoreAgainstGold, type GoldDocument } from '../extract/score-gold';
import { formatQueryReport, scoreQueries, type GoldQuery } from './score-queries';

export interface GoldFloors {
  paragraphsFound: number;
  maxLeaked: number;
  metadataCorrect: number;
  speaker: number;
  f1: { actors: number; groups: number; locations: number; dates: number };
  ndcg10: number;
  recall10: number;
  noAnswerHeld: number;
}

export function describeGoldSet(name: string, folder: string, goldFile: string, floors: GoldFloors): void {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { documents: GoldDocument[]; queries: GoldQuery[] };

  describe('buildDocuments', () => {
    it(`meets the ${name} gold floors when run over articles nobody tuned for`, async () => {
      const { documents, skipped } = await buildDocuments(folder);
      expect(skipped).toEqual([]);
      const report = scoreAgainstGold(gold.documents, documents);
      console.log(`${name} gold:\n${formatGoldReport(report)}\n${report.leaked.map((l) => `leaked ${l}`).join('\n')}\n${report.problems.join('\n')}`);

      expect(report.paragraphs.found).toBeGreaterThanOrEqual(floors.paragraphsFound);
      expect(report.leaked.length).toBeLessThanOrEqual(floors.maxLeaked);
      expect(report.duplicates).toBe(0);
      expect(report.metadata.correct).toBeGreaterThanOrEqual(floors.metadataCorrect);
      expect(report.speaker.accuracy).toBeGreaterThanOrEqual(floors.speaker);
      for (const facet of ['actors', 'groups', 'locations', 'dates'] as const) {
        expect(report.facets[facet].f1, facet).toBeGreaterThanOrEqual(floors.f1[facet]);
      }
    });
  });

  describe('buildEngineFromCorpus', () => {
    let engine: SiftEngine;
    beforeAll(async () => {
      engine = (await buildEngineFromCorpus(folder)).engine;
    });

    it(`ranks the graded ${name} queries above the floors when the engine is built from the ${name} folder`, () => {
      const report = scoreQueries(engine, gold.queries);
      console.log(`${name} queries:\n${formatQueryReport(report)}`);

      expect(report.count).toBe(gold.queries.length);
      expect(report.ndcg10).toBeGreaterThanOrEqual(floors.ndcg10);
      expect(report.recall10).toBeGreaterThanOrEqual(floors.recall10);
      expect(report.noAnswer.held).toBeGreaterThanOrEqual(floors.noAnswerHeld);
    });
  });
}
