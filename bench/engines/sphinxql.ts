// Sift on two local Sphinx shards plus an aggregator, as the benchmark sees it: the same extraction as the embedded
// build, documents written to the shards while extraction runs, then /api/search's work through the SphinxQL backend.
import { readFile } from 'node:fs/promises';
import { createSphinxqlBackend } from '../../src/backend/sphinxql';
import type { SphinxqlBackend } from '../../src/backend/sphinxql';
import { startLocalCluster } from '../../src/backend/sphinxql/local-cluster';
import type { LocalCluster } from '../../src/backend/sphinxql/local-cluster';
import { buildDocuments } from '../../src/pipeline/build-documents';
import { createEntityResolver, engineKnowledge } from '../../src/pipeline/entity-resolver';
import type { IndexedDocument } from '../../src/types';
import { toSearchParams } from './sift';
import type { BenchEngine, BuildContext, BuildReport } from './types';

const SHARDS = 2;
const BATCH_DOCUMENTS = 200;

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
async function processMemory(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function clusterMemory(cluster: LocalCluster, label: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [i, pid] of cluster.pids.entries()) {
    const name = i < SHARDS ? `shard ${i}` : 'aggregator';
    const m = await processMemory(pid);
    out[`${name} RSS MB (${label})`] = Math.round(m.rss);
    out[`${name} peak RSS MB`] = Math.round(m.peak);
  }
  return out;
}

export function createSphinxqlBenchEngine(): BenchEngine {
  let cluster: LocalCluster | null = null;
  let backend: SphinxqlBackend | null = null;

  return {
    name: 'sphinxql',
    async build(context: BuildContext): Promise<BuildReport> {
      cluster = await startLocalCluster({ shards: SHARDS, parentDir: context.workDir, agentQueryTimeoutMs: 30_000 });
      backend = await createSphinxqlBackend({ url: cluster.url, shards: cluster.shards, ...engineKnowledge(createEntityResolver()), log: (l) => console.error(l) });
      const b = backend;
      let writes: Promise<void> = Promise.resolve();
      let writeMs = 0;
      let paragraphs = 0;
      let batch: IndexedDocument[] = [];
      const flush = (docs: IndexedDocument[]): void => {
        writes = writes.then(async () => {
          const t = performance.now();
          await b.upsertDocuments(docs);
          writeMs += performance.now() - t;
        });
      };
      const t = performance.now();
      const { skipped } = await buildDocuments(context.corpusDir, {
        onDocuments: (docs) => {
          for (const d of docs) {
            paragraphs += d.paragraphs.length;
            batch.push(d);
          }
          if (batch.length >= BATCH_DOCUMENTS) {
            flush(batch);
            batch = [];
          }
        },
      });
      const extractDone = performance.now() - t;
      flush(batch);
      await writes;
      const pending = b.pendingWrites().reduce((n, p) => n + p.writes, 0);
      if (pending > 0) throw new Error(`${pending} writes were not taken by the shards`);
      return {
        paragraphs,
        steps: { 'ingest + extraction (writes overlap)': extractDone, 'writes to shards (sum of waits)': writeMs, 'after extraction': performance.now() - t - extractDone },
        notes: { skipped: skipped.length, shards: SHARDS, ...(await clusterMemory(cluster, 'after build')) },
      };
    },
    modes: [
      {
        name: 'sphinxql',
        description: 'SphinxQL backend (2 shards + aggregator): query + facet counts (10 per facet, multi-select) + top-20 hits with CALL SNIPPETS',
        search: async (query) => {
          const response = await backend!.search(toSearchParams(query));
          return { total: response.total, hits: response.hits.length };
        },
      },
    ],
    finish: async () => (cluster === null ? {} : clusterMemory(cluster, 'after queries')),
    close: async () => {
      await backend?.close();
      await cluster?.stop();
    },
  };
}
