import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/build-documents';
import type { BuildProgress } from '../../src/pipeline/build-documents';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

describe('buildDocuments on worker threads', () => {
  it('gives the same documents, in corpus order, as extraction in this thread', async () => {
    const inThread = await buildDocuments(SEEDS, { minDocumentsForWorkers: Number.POSITIVE_INFINITY });
    const progress: BuildProgress[] = [];
    const pooled = await buildDocuments(SEEDS, { minDocumentsForWorkers: 0, workers: 2, batchDocuments: 1, onProgress: (p) => progress.push(p) });
    expect(pooled.documents.length).toBeGreaterThan(0);
    expect(pooled).toEqual(inThread);
    const extract = progress.filter((p) => p.phase === 'extract');
    expect(extract.at(-1)).toMatchObject({ done: extract.at(-1)!.total });
  }, 60_000);
});
