import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../bench/generate-corpus';
import { createEntityResolver } from '../src/pipeline/entity-resolver';
import { prepareIndex } from '../src/pipeline/prepare-index';
const resolver = createEntityResolver();
for (const n of [1500, 500, 1500]) {
  const c = await mkdtemp(path.join(tmpdir(), 'x-')); const i = await mkdtemp(path.join(tmpdir(), 'y-'));
  let t = performance.now();
  const g = await generateCorpus({ paragraphs: n, outDir: c, docsPerFile: 50, seed: 3 });
  const tg = performance.now() - t; t = performance.now();
  await prepareIndex({ corpusDir: c, indexDir: i, resolver });
  console.log(n, g.documents, 'gen', tg | 0, 'build', (performance.now() - t) | 0);
}
