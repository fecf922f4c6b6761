// Extraction CPU per paragraph of this checkout against another (e.g. `git archive <commit> src | tar -x -C /tmp/base`,
// with node_modules linked), both loaded in one process and run alternately document by document, so a machine whose
// load moves from second to second charges both the same; every document's output is compared as well.
// usage: npx tsx bench/ab-extract.ts <corpus folder> <other checkout> [passes]
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCorpus } from '../src/ingest/read-corpus';
import type { SourceDocument } from '../src/types';

interface Side {
  name: string;
  /** Segmentation and extraction of one document, as the build does it: JSON of the result. */
  run: (doc: SourceDocument) => string;
  cpuMicros: number;
}

async function loadSide(name: string, root: string): Promise<Side> {
  const url = (rel: string) => pathToFileURL(resolve(root, rel)).href;
  const ingest = (await import(url('src/ingest/index.ts'))) as typeof import('../src/ingest');
  const extract = (await import(url('src/extract/index.ts'))) as typeof import('../src/extract');
  const indexing = (await import(url('src/pipeline/index-document.ts'))) as typeof import('../src/pipeline/index-document');
  const extractor = extract.createExtractor();
  return {
    name,
    cpuMicros: 0,
    run: (doc) => {
      const segmented = ingest.segmentDocument(doc);
      return JSON.stringify(segmented.paragraphs.length === 0 ? null : indexing.toIndexedDocument(segmented, extractor));
    },
  };
}

function timed(side: Side, doc: SourceDocument): string {
  const start = process.cpuUsage();
  const out = side.run(doc);
  const used = process.cpuUsage(start);
  side.cpuMicros += used.user + used.system;
  return out;
}

async function main(): Promise<void> {
  const [dir, other, passArg] = process.argv.slice(2);
  if (!dir || !other) throw new Error('usage: npx tsx bench/ab-extract.ts <corpus folder> <other checkout> [passes]');
  const passes = Number(passArg ?? 3);
  const { documents } = await readCorpus(dir);
  const here = await loadSide('this checkout', resolve(import.meta.dirname, '..'));
  const there = await loadSide(other, other);
  let paragraphs = 0;
  let differing = 0;
  for (let pass = 0; pass <= passes; pass++) {
    // The first pass warms both JITs and caches and is not counted.
    if (pass === 1) here.cpuMicros = there.cpuMicros = paragraphs = 0;
    for (const [i, doc] of documents.entries()) {
      // Alternating who goes first spreads what one leaves in the CPU caches for the other.
      const [a, b] = i % 2 === 0 ? [here, there] : [there, here];
      const outA = timed(a, doc);
      const outB = timed(b, doc);
      if (outA !== outB) {
        if (pass === 0 && differing < 5) console.error(`differs: ${doc.id}`);
        if (pass === 0) differing++;
      }
      if (outA !== 'null') paragraphs += (JSON.parse(outA) as { paragraphs: unknown[] }).paragraphs.length;
    }
  }
  const per = (s: Side) => (s.cpuMicros / paragraphs).toFixed(1);
  console.log(`${documents.length} documents, ${paragraphs / passes} paragraphs a pass, ${passes} timed passes, outputs differing: ${differing}`);
  console.log(`this checkout: ${per(here)} µs CPU per paragraph; ${other}: ${per(there)} µs (ratio ${(here.cpuMicros / there.cpuMicros).toFixed(3)})`);
}

main().catch((err: unknown) => {
  console.error(`ab-extract: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
