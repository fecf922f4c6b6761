import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/ingest/read-corpus';
import { segmentDocument } from '../../src/ingest/segment-document';

// The gold file lives outside the repository (the evaluation kit); without it this check is skipped.
const GOLD = process.env['SIFT_SEEDS_GOLD'] ?? '/work/shared/eval/seeds.gold.json';
const SEEDS = new URL('../../seeds/', import.meta.url).pathname;

interface GoldDocument {
  id: string;
  title: string | null;
  published: string | null;
  source: string[] | null;
  excluded: string[];
  paragraphs: { match: string }[];
}

const fold = (s: string) =>
  s.normalize('NFKC').replace(/[“”„"]/g, '"').replace(/[’‘ʼ`]/g, "'").replace(/[–—−]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();

describe.skipIf(!existsSync(GOLD) || !existsSync(SEEDS))('segmentDocument on the seed corpus', () => {
  it('keeps every gold paragraph once, leaks no excluded fragment and resolves the metadata', async () => {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: GoldDocument[] };
    const { documents, skipped } = await readCorpus(SEEDS);
    expect(skipped).toEqual([]);
    const problems: string[] = [];
    for (const g of gold.documents) {
      const source = documents.find((d) => d.id === g.id);
      if (!source) {
        problems.push(`${g.id}: not read`);
        continue;
      }
      const { meta, paragraphs } = segmentDocument(source);
      const folded = paragraphs.map(fold);
      for (const p of g.paragraphs) if (!folded.some((t) => t.includes(fold(p.match)))) problems.push(`${g.id}: missing ${p.match}`);
      for (const e of g.excluded) if (folded.some((t) => t.includes(fold(e)))) problems.push(`${g.id}: leaked ${e}`);
      if (new Set(folded).size !== folded.length) problems.push(`${g.id}: duplicate paragraphs`);
      if (g.title !== null && !fold(meta.title ?? '').includes(fold(g.title))) problems.push(`${g.id}: title ${meta.title}`);
      if (g.published !== null && !(meta.published ?? '').startsWith(g.published)) problems.push(`${g.id}: published ${meta.published}`);
      if (g.source !== null && !g.source.map(fold).includes(fold(meta.source ?? ''))) problems.push(`${g.id}: source ${meta.source}`);
    }
    expect(problems).toEqual([]);
  });
});
