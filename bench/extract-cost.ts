// CPU time of extraction alone, per paragraph, on one thread: the figure that does not depend on what else the machine runs.
// usage: npx tsx bench/extract-cost.ts <corpus folder> [passes]
import { buildDocuments } from '../src/pipeline/build-documents';
import { createExtractor } from '../src/extract';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx bench/extract-cost.ts <corpus folder> [passes]');
  const passes = Number(process.argv[3] ?? 2);
  const extractor = createExtractor();
  // The first pass warms the JIT; the best later pass is reported (neighbours only ever add time).
  let best = Infinity;
  let paragraphs = 0;
  for (let pass = 0; pass <= passes; pass++) {
    paragraphs = 0;
    const start = process.cpuUsage();
    await buildDocuments(dir, { extractor, onDocuments: (docs) => { for (const d of docs) paragraphs += d.paragraphs.length; } });
    const used = process.cpuUsage(start);
    const us = (used.user + used.system) / paragraphs;
    if (pass > 0) best = Math.min(best, us);
    console.error(`pass ${pass}: ${paragraphs} paragraphs, ${us.toFixed(1)} µs CPU per paragraph${pass === 0 ? ' (warm-up)' : ''}`);
  }
  console.log(`extraction: ${best.toFixed(1)} µs CPU per paragraph (best of ${passes} passes after a warm-up, ${paragraphs} paragraphs, one thread)`);
}

main().catch((err: unknown) => {
  console.error(`extract-cost: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
