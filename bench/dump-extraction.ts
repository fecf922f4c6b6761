// Every extracted document of a corpus as JSON Lines, in corpus order, so two versions of extraction can be compared
// byte for byte (`cmp before.jsonl after.jsonl`): a change meant only to make extraction faster must leave this identical.
// usage: npx tsx bench/dump-extraction.ts <corpus folder> <out.jsonl>
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { buildDocuments } from '../src/pipeline/build-documents';
import { createExtractor } from '../src/extract';

async function main(): Promise<void> {
  const [dir, out] = process.argv.slice(2);
  if (!dir || !out) throw new Error('usage: npx tsx bench/dump-extraction.ts <corpus folder> <out.jsonl>');
  const sink = createWriteStream(out);
  let documents = 0;
  // One thread with a given extractor: the order is the corpus order, whatever the machine's load.
  const built = await buildDocuments(dir, {
    extractor: createExtractor(),
    onDocuments: (docs) => {
      for (const d of docs) {
        sink.write(`${JSON.stringify(d)}\n`);
        documents++;
      }
    },
  });
  for (const s of built.skipped) sink.write(`${JSON.stringify({ skipped: s })}\n`);
  sink.end();
  await once(sink, 'finish');
  console.error(`dump-extraction: ${documents} documents, ${built.skipped.length} skipped → ${out}`);
}

main().catch((err: unknown) => {
  console.error(`dump-extraction: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
