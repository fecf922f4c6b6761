// For measuring only: gives an index file built by older code (same file format) the fingerprint the current code
// computes for its corpus, so a server can be measured on it without a rebuild (a 1M build takes hours on a loaded
// machine). The sections are copied unchanged; the checksum is computed again. Never use it on an index you serve.
//   npx tsx bench/restamp-index.ts <old sift-index.bin> <new sift-index.bin> <corpus folder>
import { open, readFile, rename } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { fingerprintCorpus } from '../src/pipeline/corpus-fingerprint';
import type { IndexHeader } from '../src/pipeline/index-store';

async function main(): Promise<void> {
  const [source, target, corpus] = process.argv.slice(2);
  if (!source || !target || !corpus) throw new Error('usage: bench/restamp-index.ts <old index file> <new index file> <corpus folder>');
  const data = await readFile(source);
  const newline = data.indexOf(0x0a);
  const header = JSON.parse(data.subarray(0, newline).toString('utf8')) as IndexHeader;
  const body = data.subarray(newline + 1);
  header.fingerprint = (await fingerprintCorpus(corpus)).fingerprint;
  // The same layout description index-store.ts checksums before the payload.
  const layout = JSON.stringify([header.fingerprint, header.documents, header.paragraphs, header.skipped, header.payloadBytes, header.metaBytes, header.sections.map((s) => [s.name, s.offset, s.length])]);
  header.checksum = crc32(body, crc32(layout)).toString(16).padStart(8, '0');
  const line = JSON.stringify(header);
  // Padded so the payload stays 8-byte aligned, as the sections' typed-array views need.
  const width = Math.ceil((Buffer.byteLength(line) + 1) / 8) * 8 - 1;
  const handle = await open(`${target}.tmp`, 'w');
  try {
    await handle.write(`${line.padEnd(width, ' ')}\n`);
    await handle.write(body);
  } finally {
    await handle.close();
  }
  await rename(`${target}.tmp`, target);
  console.log(`${target}: fingerprint ${header.fingerprint}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
