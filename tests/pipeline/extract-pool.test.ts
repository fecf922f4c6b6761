import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/build-documents';
import type { BuildProgress } from '../../src/pipeline/build-documents';
import { createEntityResolver } from '../../src/pipeline/entity-resolver';
import { buildEngineFromCorpus } from '../../src/pipeline/build-engine';
import { createSearchEngine } from '../../src/search/engine';
import type { IndexedDocument } from '../../src/types';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const IN_THREAD = { minDocumentsForWorkers: Number.POSITIVE_INFINITY };
const POOLED = { minDocumentsForWorkers: 0, workers: 2, batchDocuments: 1 };

describe('buildDocuments on worker threads', () => {
  it('gives the same documents, in corpus order, as extraction in this thread', async () => {
    const inThread = await buildDocuments(SEEDS, IN_THREAD);
    const progress: BuildProgress[] = [];
    const pooled = await buildDocuments(SEEDS, { ...POOLED, onProgress: (p) => progress.push(p) });
    expect(pooled.documents.length).toBeGreaterThan(0);
    expect(pooled).toEqual(inThread);
    const extract = progress.filter((p) => p.phase === 'extract');
    expect(extract.at(-1)).toMatchObject({ done: extract.at(-1)!.total });
  }, 60_000);
});

describe('buildDocuments with onDocuments', () => {
  it.each([
    ['on worker threads', POOLED],
    ['in this thread', IN_THREAD],
  ])('streams every document in corpus order and returns none %s', async (_, where) => {
    const expected = await buildDocuments(SEEDS, IN_THREAD);
    const runs: IndexedDocument[][] = [];
    const streamed = await buildDocuments(SEEDS, { ...where, onDocuments: (run) => runs.push(run) });
    expect(streamed.documents).toEqual([]);
    expect(streamed.skipped).toEqual(expected.skipped);
    expect(runs.every((run) => run.length > 0)).toBe(true);
    expect(runs.flat()).toEqual(expected.documents);
  }, 60_000);

  it('fails the build when the consumer throws on worker threads', async () => {
    const build = buildDocuments(SEEDS, {
      ...POOLED,
      onDocuments: () => {
        throw new Error('index full');
      },
    });
    await expect(build).rejects.toThrow('index full');
  }, 60_000);
});

describe('buildEngineFromCorpus', () => {
  it.each([
    ['on worker threads', POOLED],
    ['in this thread', IN_THREAD],
  ])('indexes while extracting %s into the same index bytes as building after extraction', async (_, where) => {
    const engineOptions = { resolveEntities: createEntityResolver() };
    const { documents, skipped } = await buildDocuments(SEEDS, IN_THREAD);
    const expected = createSearchEngine(documents, engineOptions).serialize();
    const built = await buildEngineFromCorpus(SEEDS, { documents: where, engine: engineOptions });
    expect(built.documents).toBe(documents.length);
    expect(built.skipped).toEqual(skipped);
    const actual = built.engine.serialize();
    expect(JSON.stringify(actual.meta)).toBe(JSON.stringify(expected.meta));
    expect(Object.keys(actual.sections)).toEqual(Object.keys(expected.sections));
    for (const [name, bytes] of Object.entries(expected.sections)) expect(Buffer.from(actual.sections[name]!).equals(Buffer.from(bytes)), name).toBe(true);
  }, 60_000);
});
