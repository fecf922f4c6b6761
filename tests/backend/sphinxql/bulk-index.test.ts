// `npm run index` against shards: progress lines, and a rerun writes only what changed (resume after an interruption).
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexCorpusIntoShards } from '../../../src/backend/sphinxql/bulk-index';
import { describeWithCluster } from './use-cluster';

const dir = mkdtempSync(join(tmpdir(), 'sift-bulk-'));
const corpus = join(dir, 'corpus');
const state = join(dir, 'state');

function write(name: string, text: string): void {
  writeFileSync(join(corpus, name), JSON.stringify({ id: name.replace(/\.json$/, ''), title: `About ${name}`, source: 'TASS', published: '2019-09-12', text }));
}

describeWithCluster('indexCorpusIntoShards', (cluster) => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (lines: string[] = []) =>
    indexCorpusIntoShards({ corpusDir: corpus, stateDir: state, backend: cluster().backend, shards: cluster().cluster.shards, onProgress: (l) => lines.push(l), batchDocuments: 2 });

  describe('a first run and reruns', () => {
    it('writes every document and reports progress', async () => {
      mkdirSync(corpus, { recursive: true });
      for (let i = 0; i < 5; i++) write(`doc${i}.json`, `The convoy number ${i} reached the checkpoint near the border crossing at dawn.`);
      const lines: string[] = [];
      const r = await run(lines);
      expect(r).toMatchObject({ documents: 5, written: 5, unchanged: 0, removed: 0, pending: 0 });
      expect(lines.at(-1)).toMatch(/5 documents written/);
      expect((await cluster().backend.search({ q: 'convoy', filters: { speaker: [], actor: [], location: [], group: [] }, from: null, to: null, doc: null, sort: 'relevance', limit: 10, offset: 0, facetSize: 5 })).total).toBe(5);
    });

    it('writes only a changed document and removes a deleted one on the next run', async () => {
      write('doc1.json', 'An entirely different paragraph about a water pipeline.');
      unlinkSync(join(corpus, 'doc4.json'));
      const r = await run();
      expect(r).toMatchObject({ documents: 4, written: 1, unchanged: 3, removed: 1 });
      expect(await cluster().backend.health()).toMatchObject({ documents: 4 });
    });
  });
});
