import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCorpusModel } from '../../bench/corpus-model';
import { generateCorpus } from '../../bench/generate-corpus';
import type { CorpusRecord } from '../../bench/generate-corpus';
import { readCorpus, segmentDocument } from '../../src/ingest';

const fixtureSeeds = join(import.meta.dirname, '..', 'fixtures', 'bench-seeds');
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sift-bench-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function readFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = await readFile(join(dir, name), 'utf8');
  return out;
}

async function readRecords(dir: string): Promise<CorpusRecord[]> {
  const files = await readFiles(dir);
  return Object.values(files).flatMap((text) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CorpusRecord),
  );
}

describe('generateCorpus', () => {
  it('writes identical files when the seed is the same', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    for (const dir of [a, b]) {
      await generateCorpus({ paragraphs: 400, seed: 7, outDir: join(dir, 'input'), docsPerFile: 10, truthFile: join(dir, 'truth.jsonl') });
    }
    const [filesA, filesB] = [await readFiles(join(a, 'input')), await readFiles(join(b, 'input'))];
    expect(Object.keys(filesA).length).toBeGreaterThan(1);
    expect(filesB).toEqual(filesA);
    expect(await readFile(join(b, 'truth.jsonl'), 'utf8')).toBe(await readFile(join(a, 'truth.jsonl'), 'utf8'));
  });

  it('writes different text when the seed differs', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await generateCorpus({ paragraphs: 200, seed: 1, outDir: a });
    await generateCorpus({ paragraphs: 200, seed: 2, outDir: b });
    const [textA, textB] = [(await readRecords(a)).map((r) => r.text), (await readRecords(b)).map((r) => r.text)];
    expect(textA.filter((t) => textB.includes(t))).toEqual([]);
  });

  it.each([1, 37, 500])('writes exactly %i paragraphs as JSONL records with API.md fields', async (paragraphs) => {
    const dir = await tempDir();
    const truthFile = join(dir, 'truth', 'truth.jsonl');
    const corpus = await generateCorpus({ paragraphs, seed: 3, outDir: join(dir, 'input'), truthFile });
    const records = await readRecords(join(dir, 'input'));
    expect(records).toHaveLength(corpus.documents);
    expect(records.reduce((n, r) => n + r.text.split('\n\n').length, 0)).toBe(paragraphs);
    for (const r of records) {
      expect(Object.keys(r).sort()).toEqual(['id', 'published', 'source', 'text', 'title', 'url']);
      expect(r.published).toMatch(/^20(1[1-9]|2[0-6])-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/);
      expect(r.text.split('\n\n').every((p) => p.trim().length > 40)).toBe(true);
    }
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    const truthLines = (await readFile(truthFile, 'utf8')).split('\n').filter(Boolean);
    expect(truthLines).toHaveLength(paragraphs);
  });

  it('writes input that the ingest stage reads back paragraph for paragraph', async () => {
    const dir = await tempDir();
    const corpus = await generateCorpus({ paragraphs: 300, seed: 5, outDir: dir, paragraphsPerDoc: 6 });
    const { documents, skipped } = await readCorpus(dir);
    expect(skipped).toEqual([]);
    expect(documents).toHaveLength(corpus.documents);
    const segmented = documents.map((d) => segmentDocument(d));
    expect(segmented.reduce((n, d) => n + d.paragraphs.length, 0)).toBe(300);
    const records = new Map((await readRecords(dir)).map((r) => [r.id, r]));
    for (const doc of segmented) {
      const record = records.get(doc.meta.id)!;
      expect(doc.meta).toMatchObject({ title: record.title, source: record.source, url: record.url, published: record.published });
    }
  });

  it('mentions the entities its truth file lists, in the paragraph it lists them for', async () => {
    const dir = await tempDir();
    const truthFile = join(dir, 'truth.jsonl');
    const corpus = await generateCorpus({ paragraphs: 200, seed: 9, outDir: join(dir, 'input'), truthFile });
    const paragraphs = (await readRecords(join(dir, 'input'))).flatMap((r) => r.text.split('\n\n'));
    const truth = (await readFile(truthFile, 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as [number, number[], number[], number[]]);
    const { speakers, actors, places, groups } = corpus.model;
    truth.forEach(([speaker, a, l, g], i) => {
      const text = paragraphs[i]!;
      if (speaker >= 0) expect(text).toContain(speakers[speaker]!);
      for (const x of a) expect(text).toContain(actors[x]!);
      for (const x of l) expect(text).toContain(places[x]!);
      for (const x of g) expect(text).toContain(groups[x]!);
    });
    expect(truth.filter(([s]) => s >= 0).length).toBeGreaterThan(20);
  });

  it('spreads mentions over hundreds of speakers and groups and thousands of actors and places', async () => {
    const dir = await tempDir();
    const corpus = await generateCorpus({ paragraphs: 20_000, seed: 1, outDir: dir });
    const distinct = (counts: number[]) => counts.filter((c) => c > 0).length;
    expect(distinct(corpus.entityCounts.speakers)).toBeGreaterThanOrEqual(200);
    expect(distinct(corpus.entityCounts.groups)).toBeGreaterThanOrEqual(200);
    expect(distinct(corpus.entityCounts.actors)).toBeGreaterThanOrEqual(1000);
    expect(distinct(corpus.entityCounts.places)).toBeGreaterThanOrEqual(1000);
  });
});

describe('createCorpusModel', () => {
  it('grows the vocabulary with the corpus size, keeping the smaller one as its start', () => {
    const small = createCorpusModel({ paragraphs: 10_000, seed: 1 });
    const large = createCorpusModel({ paragraphs: 100_000, seed: 1 });
    expect(large.vocabulary.length).toBeGreaterThan(small.vocabulary.length * 2);
    expect(large.vocabulary.slice(0, small.vocabulary.length)).toEqual(small.vocabulary);
    expect(new Set(large.vocabulary).size).toBe(large.vocabulary.length);
  });

  it('starts the vocabulary with the seed articles’ words, most frequent first', () => {
    const model = createCorpusModel({ paragraphs: 1000, seed: 1, seedsDir: fixtureSeeds });
    expect(model.seedWords).toBe(19);
    expect(model.vocabulary.slice(0, 5)).toEqual(['zebra', 'lights', 'market', 'the', 'patrols']);
    expect(model.vocabulary.length).toBeGreaterThan(model.seedWords);
    expect(model.sentences).toContainEqual(['Lights', 'flicker', 'at', 'the', 'market', 'while', 'patrols', 'wait']);
  });

  it('draws its real names from the frozen list, not from the gazetteer as it is now', async () => {
    const dir = await tempDir();
    const frozen = join(dir, 'names.json');
    const names = { persons: ['Zora Frozenova'], institutions: ['Frozen Bureau'], states: [], places: ['Frozenville'], groups: ['Frozen Brigade'] };
    await writeFile(frozen, JSON.stringify(names));
    const model = createCorpusModel({ paragraphs: 1000, seed: 1, frozenNamesFile: frozen });
    expect(model.speakers[0]).toBe('Zora Frozenova');
    expect(model.places[0]).toBe('Frozenville');
    expect(model.gazetteerValues.groups).toEqual(['Frozen Brigade']);
    expect(model.speakers).not.toContain('Bashar al-Assad');
  });

  it('names the file and the field when the frozen list has another shape', async () => {
    const dir = await tempDir();
    const frozen = join(dir, 'names.json');
    await writeFile(frozen, JSON.stringify({ persons: 'Zora Frozenova' }));
    expect(() => createCorpusModel({ paragraphs: 1000, seed: 1, frozenNamesFile: frozen })).toThrow(/names\.json: "persons" must be an array of names/);
  });
});
