// Documents added, changed and removed while serving are searchable, changed and gone; the dictionary follows them.
import { describe, expect, it } from 'vitest';
import type { IndexedDocument, SearchParams } from '../../../src/types';
import { describeWithCluster } from './use-cluster';

const P: SearchParams = {
  q: '',
  filters: { speaker: [], actor: [], location: [], group: [] },
  from: null,
  to: null,
  doc: null,
  sort: 'relevance',
  limit: 20,
  offset: 0,
  facetSize: 10,
};

function doc(id: string, texts: string[], speaker: string | null = null): IndexedDocument {
  return {
    id,
    title: `Title of ${id}`,
    source: 'TASS',
    outlet: 'TASS',
    url: null,
    published: '2016-06-04',
    lang: 'en',
    paragraphs: texts.map((text, i) => ({ anchor: `p-${i + 1}`, text, speaker, actors: [], locations: ['Aleppo'], groups: [], dates: [] })),
  };
}

describeWithCluster('sphinxql backend live updates', (cluster) => {
  describe('upsertDocuments and removeDocuments', () => {
    it('makes an added document searchable, with its facets and suggestions', async () => {
      const { backend } = cluster();
      await backend.upsertDocuments([doc('a1', ['The pelican convoy reached Aleppo.', 'A second pelican paragraph.'], 'Maria Zakharova')]);
      const r = await backend.search({ ...P, q: 'pelican' });
      expect(r.total).toBe(2);
      expect(r.facets.speaker).toEqual([{ value: 'Maria Zakharova', count: 2 }]);
      expect((r.facets as Record<string, unknown>).outlet).toEqual([{ value: 'TASS', count: 2 }]);
      expect(await backend.suggest('pelic')).toContainEqual({ value: 'pelican', kind: 'term' });
      expect((await backend.getDocument('a1'))?.paragraphs.map((p) => p.text)).toEqual(['The pelican convoy reached Aleppo.', 'A second pelican paragraph.']);
    });

    it('replaces every paragraph of a changed document', async () => {
      const { backend } = cluster();
      await backend.upsertDocuments([doc('a1', ['Only a flamingo remains.'])]);
      expect((await backend.search({ ...P, q: 'pelican' })).total).toBe(0);
      const r = await backend.search({ ...P, q: 'flamingo' });
      expect(r.hits.map((h) => h.id)).toEqual(['a1#p-1']);
      expect(r.facets.speaker).toEqual([]);
      expect(await backend.suggest('pelic')).toEqual([]);
      expect(await backend.health()).toMatchObject({ documents: 1, paragraphs: 1 });
    });

    it('removes a document and everything it counted', async () => {
      const { backend } = cluster();
      await backend.upsertDocuments([doc('b2', ['A flamingo elsewhere.'])]);
      await backend.removeDocuments(['a1', 'unknown-id']);
      const r = await backend.search({ ...P, q: 'flamingo' });
      expect(r.hits.map((h) => h.id)).toEqual(['b2#p-1']);
      expect(await backend.getDocument('a1')).toBeUndefined();
      expect(await backend.health()).toMatchObject({ documents: 1, paragraphs: 1 });
    });

    it('leaves the dictionary on the shards once flushed, for another Sift process to read', async () => {
      const { backend, cluster: c } = cluster();
      await backend.flush(); // what the earlier tests wrote, so the counts below are this test's alone
      const { createSphinxqlBackend } = await import('../../../src/backend/sphinxql');
      // A writer whose batch timer never fires within the test: only flush() can put the rows on the shards.
      const writer = await createSphinxqlBackend({ url: c.url, shards: c.shards, log: () => {}, retryMs: 3_600_000 });
      // Another process reads the dictionary from the shards when it starts.
      const suggestionsOfANewProcess = async (prefix: string) => {
        const reader = await createSphinxqlBackend({ url: c.url, shards: c.shards, log: () => {} });
        try {
          return { suggestions: await reader.suggest(prefix), health: await reader.health() };
        } finally {
          await reader.close();
        }
      };
      try {
        await writer.upsertDocuments([doc('c3', ['An ibis crossed the river.'])]);
        expect((await suggestionsOfANewProcess('ibi')).suggestions).toEqual([]);
        await writer.flush();
        const after = await suggestionsOfANewProcess('ibi');
        expect(after.suggestions).toContainEqual({ value: 'ibis', kind: 'term' });
        expect(after.health).toMatchObject({ documents: 2, paragraphs: 2 });
      } finally {
        await writer.close();
      }
    });
  });
});

describeWithCluster(
  'sphinxql backend writing to mirrors',
  (cluster) => {
    it('writes every document to each mirror listed for a shard', async () => {
      const { cluster: c } = cluster();
      const { createSphinxqlBackend } = await import('../../../src/backend/sphinxql');
      const { openConnection } = await import('../../../src/backend/sphinxql/connection');
      // One logical shard whose two mirrors are the local cluster's two searchd shards.
      const mirrored = await createSphinxqlBackend({ url: c.url, shards: [`${c.shards[0]}|${c.shards[1]}`], log: () => {} });
      try {
        await mirrored.upsertDocuments([doc('m1', ['A heron on both mirrors.'])]);
        for (const address of c.shards) {
          const conn = await openConnection(address, 1000);
          const [rows] = await conn.query("SELECT doc FROM sift WHERE MATCH('heron')");
          await conn.end();
          expect(rows).toEqual([{ doc: 'm1' }]);
        }
        expect(await mirrored.health()).toMatchObject({ documents: 1, paragraphs: 1 });
      } finally {
        await mirrored.close();
      }
    });
  },
);
