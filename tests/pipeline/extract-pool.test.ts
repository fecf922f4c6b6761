// Extraction on worker threads gives what extraction on this thread gives. Each pooled run starts real workers (each
// loads tsx and the extractor: seconds of CPU, most of this file's time), so the in-thread results are built once and
// every test compares against them, and only the tests about ordering across workers start two.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/build-documents';
import type { BuildProgress, BuiltCorpus } from '../../src/pipeline/build-documents';
import { createEntityResolver } from '../../src/pipeline/entity-resolver';
import { buildEngineFromCorpus } from '../../src/pipeline/build-engine';
import { createSearchEngine } from '../../src/search/engine';
import { extractInWorkers } from '../../src/pipeline/extract-pool';
import type { IndexedDocument, SourceDocument } from '../../src/types';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const IN_THREAD = { minDocumentsForWorkers: Number.POSITIVE_INFINITY };
// Two workers and one document per batch: batches finish out of order, so corpus order must be restored.
const POOLED = { minDocumentsForWorkers: 0, workers: 2, batchDocuments: 1 };
const engineOptions = { resolveEntities: createEntityResolver() };

let inThread: BuiltCorpus;
let inThreadIndex: ReturnType<ReturnType<typeof createSearchEngine>['serialize']>;

beforeAll(async () => {
  inThread = await buildDocuments(SEEDS, IN_THREAD);
  inThreadIndex = createSearchEngine(inThread.documents, engineOptions).serialize();
}, 60_000);

describe('buildDocuments on worker threads', () => {
  it('gives the same documents, in corpus order, as extraction in this thread', async () => {
    const progress: BuildProgress[] = [];
    const pooled = await buildDocuments(SEEDS, { ...POOLED, onProgress: (p) => progress.push(p) });
    expect(pooled.documents.length).toBeGreaterThan(1);
    expect(pooled).toEqual(inThread);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ finished: true, records: last.extracted, bytesRead: last.totalBytes });
    expect(last.paragraphs).toBe(pooled.documents.reduce((n, d) => n + d.paragraphs.length, 0));
    expect(progress.slice(0, -1).every((p) => !p.finished)).toBe(true);
  }, 60_000);
});

describe('buildDocuments with onDocuments', () => {
  // Streaming from batches finished out of order is proven by buildEngineFromCorpus below (same index bytes), so this
  // contract check (runs never empty, nothing returned) starts one worker instead of two.
  it.each([
    ['on worker threads', { ...POOLED, workers: 1 }],
    ['in this thread', IN_THREAD],
  ])('streams every document in corpus order and returns none %s', async (_, where) => {
    const runs: IndexedDocument[][] = [];
    const streamed = await buildDocuments(SEEDS, { ...where, onDocuments: (run) => runs.push(run) });
    expect(streamed.documents).toEqual([]);
    expect(streamed.skipped).toEqual(inThread.skipped);
    expect(runs.every((run) => run.length > 0)).toBe(true);
    expect(runs.flat()).toEqual(inThread.documents);
  }, 60_000);

  // One worker suffices: the failure comes from the consumer on this thread, whatever the number of workers.
  it('fails the build when the consumer throws on worker threads', async () => {
    const build = buildDocuments(SEEDS, {
      ...POOLED,
      workers: 1,
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
    const built = await buildEngineFromCorpus(SEEDS, { documents: where, engine: engineOptions });
    expect(built.documents).toBe(inThread.documents.length);
    expect(built.skipped).toEqual(inThread.skipped);
    const actual = built.engine.serialize();
    expect(JSON.stringify(actual.meta)).toBe(JSON.stringify(inThreadIndex.meta));
    expect(Object.keys(actual.sections)).toEqual(Object.keys(inThreadIndex.sections));
    for (const [name, bytes] of Object.entries(inThreadIndex.sections)) expect(Buffer.from(actual.sections[name]!).equals(Buffer.from(bytes)), name).toBe(true);
  }, 60_000);
});

describe('extractInWorkers on a stream of sources', () => {
  it('closes the stream when the build stops early', async () => {
    let closed = false;
    async function* sources(): AsyncGenerator<SourceDocument> {
      try {
        for (let i = 0; i < 1000; i++) yield { id: `d${i}`, file: `d${i}.txt`, format: 'txt', text: `Shelling hit Aleppo on day ${i}, the monitor said.`, meta: {} };
      } finally {
        closed = true;
      }
    }
    const run = extractInWorkers(sources(), {
      workers: 1,
      batchDocuments: 4,
      onResults: () => {
        throw new Error('index full');
      },
    });
    await expect(run).rejects.toThrow('index full');
    expect(closed).toBe(true);
  }, 60_000);
});
