// A shard that is down: searches answer from the others with `partial: true`; writes for it wait and are applied when it is back.
import { beforeAll, describe, expect, it } from 'vitest';
import { shardOf } from '../../../src/backend/sphinxql/ids';
import type { IndexedDocument, SearchParams } from '../../../src/types';
import { generateDocuments } from './generated-corpus';
import { describeWithCluster } from './use-cluster';

const P: SearchParams = {
  q: 'water',
  filters: { speaker: [], actor: [], location: [], group: [] },
  from: null,
  to: null,
  doc: null,
  sort: 'relevance',
  limit: 100,
  offset: 0,
  facetSize: 10,
};

function docOn(shard: number, id: string): IndexedDocument {
  let n = 0;
  while (shardOf(`${id}-${n}`, 2) !== shard) n++;
  return { id: `${id}-${n}`, title: null, source: null, url: null, published: '2020-01-01', lang: 'en', paragraphs: [{ anchor: 'p-1', text: 'A quokka crossed the checkpoint.', speaker: null, actors: [], locations: [], groups: [], dates: [] }] };
}

describeWithCluster('sphinxql backend with a shard down', (cluster) => {
  const docs = generateDocuments(60, 3, 11);
  beforeAll(async () => {
    await cluster().backend.upsertDocuments(docs);
  });

  describe('search', () => {
    it('answers without a shard that does not reply in time (stopped, not dead)', async () => {
      const { backend, cluster: c } = cluster();
      process.kill(c.pids[0]!, 'SIGSTOP');
      try {
        const r = await backend.search(P);
        expect(r.partial).toBe(true);
        expect(r.missing).toEqual([c.shards[0]]);
        expect(r.hits.length).toBeGreaterThan(0);
        expect(r.hits.every((h) => shardOf(h.doc.id, 2) === 1)).toBe(true);
      } finally {
        process.kill(c.pids[0]!, 'SIGCONT');
      }
      expect((await backend.search(P)).partial).toBeUndefined();
    });

    it('answers from the other shard with partial: true naming the missing one', async () => {
      const { backend, cluster: c } = cluster();
      const before = await backend.search(P);
      expect(before.partial).toBeUndefined();
      await c.killShard(1);
      const after = await backend.search(P);
      expect(after.partial).toBe(true);
      expect(after.missing).toEqual([c.shards[1]]);
      expect(after.hits.length).toBeGreaterThan(0);
      expect(after.hits.every((h) => shardOf(h.doc.id, 2) === 0)).toBe(true);
      const kept = before.hits.filter((h) => shardOf(h.doc.id, 2) === 0).map((h) => h.id);
      expect(after.hits.map((h) => h.id).sort()).toEqual(kept.sort());
      expect(await backend.health()).toMatchObject({ partial: true, missing: [c.shards[1]] });
    });
  });

  describe('upsertDocuments', () => {
    it('queues a write for the down shard and applies it once the shard is back', async () => {
      const { backend, cluster: c } = cluster();
      const doc = docOn(1, 'queued');
      await backend.upsertDocuments([doc]);
      expect(backend.pendingWrites()).toEqual([expect.objectContaining({ shard: c.shards[1], writes: 1 })]);
      await c.restartShard(1);
      expect(await backend.flush()).toBe(true);
      const r = await backend.search({ ...P, q: 'quokka' });
      expect(r.hits.map((h) => h.doc.id)).toEqual([doc.id]);
      expect(r.partial).toBeUndefined();
    });
  });
});
