// Reads a generated corpus back as baseline paragraphs: JSONL records split on blank lines, joined with the truth file.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusModel } from './corpus-model';
import type { CorpusRecord } from './generate-corpus';
import type { BenchParagraph } from './engines/types';

export async function readBenchParagraphs(inputDir: string, truthFile: string, model: CorpusModel): Promise<BenchParagraph[]> {
  const truthLines = (await readFile(truthFile, 'utf8')).split('\n');
  const files = (await readdir(inputDir)).filter((f) => /^part-\d+\.jsonl$/.test(f)).sort();
  const paragraphs: BenchParagraph[] = [];
  const names = (pool: string[], ids: number[]): string[] => ids.map((i) => pool[i]!);
  for (const file of files) {
    const lines = (await readFile(join(inputDir, file), 'utf8')).split('\n');
    for (const line of lines) {
      if (!line) continue;
      const record = JSON.parse(line) as CorpusRecord;
      const texts = record.text.split(/\n\s*\n/);
      for (const [i, text] of texts.entries()) {
        const truthLine = truthLines[paragraphs.length];
        if (!truthLine) throw new Error(`truth file ${truthFile} has fewer lines than the corpus has paragraphs`);
        const [speaker, actors, places, groups] = JSON.parse(truthLine) as [number, number[], number[], number[]];
        paragraphs.push({
          key: `${record.id}#p-${i + 1}`,
          text,
          published: record.published,
          speaker: speaker >= 0 ? model.speakers[speaker]! : null,
          actors: names(model.actors, actors),
          locations: names(model.places, places),
          groups: names(model.groups, groups),
        });
      }
    }
  }
  return paragraphs;
}
