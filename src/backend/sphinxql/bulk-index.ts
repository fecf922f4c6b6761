// Indexes a corpus folder into the shards with progress, resumably: a journal records each document written (with a hash of
// its content), so a rerun writes only new or changed documents and removes the ones gone from the corpus.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDocuments } from '../../pipeline/build-documents';
import type { BuildProgress } from '../../pipeline/build-documents';
import type { IndexedDocument, SkippedFile } from '../../types';
import { shardOf } from './ids';
import type { SphinxqlBackend } from './index';

export interface BulkIndexOptions {
  corpusDir: string;
  /** Where the journal lives (INDEX_DIR). */
  stateDir: string;
  backend: SphinxqlBackend;
  shards: string[];
  onProgress?: (line: string) => void;
  onExtractProgress?: (p: BuildProgress) => void;
  /** Documents per write. */
  batchDocuments?: number;
}

export interface BulkIndexResult {
  documents: number;
  paragraphs: number;
  written: number;
  unchanged: number;
  removed: number;
  skipped: SkippedFile[];
  /** Documents a shard did not take (it was down): left out of the journal, so the next run writes them. */
  pending: number;
}

interface Journal {
  shards: string[];
  docs: Record<string, string>;
}

export function journalPath(stateDir: string): string {
  return join(stateDir, 'sphinxql-journal.json');
}

async function readJournal(file: string, shards: string[]): Promise<Journal> {
  try {
    const j = JSON.parse(await readFile(file, 'utf8')) as Journal;
    // Another shard layout places documents elsewhere: start over.
    if (Array.isArray(j.shards) && j.shards.join(',') === shards.join(',') && typeof j.docs === 'object' && j.docs !== null) return j;
  } catch {
    // missing or unreadable: a fresh start
  }
  return { shards, docs: {} };
}

async function writeJournal(file: string, journal: Journal): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(journal));
  await rename(tmp, file);
}

function contentHash(doc: IndexedDocument): string {
  return createHash('sha1').update(JSON.stringify(doc)).digest('base64');
}

export async function indexCorpusIntoShards(o: BulkIndexOptions): Promise<BulkIndexResult> {
  await mkdir(o.stateDir, { recursive: true });
  const file = journalPath(o.stateDir);
  const journal = await readJournal(file, o.shards);
  // A journal of documents the cluster no longer holds (wiped, rebuilt) would skip them: start over.
  if ((await o.backend.health()).documents === 0) journal.docs = {};
  const batchSize = o.batchDocuments ?? 200;
  const seen = new Set<string>();
  const result: BulkIndexResult = { documents: 0, paragraphs: 0, written: 0, unchanged: 0, removed: 0, skipped: [], pending: 0 };
  let chain: Promise<void> = Promise.resolve();
  let batch: IndexedDocument[] = [];
  let lastSaved = Date.now();
  let lastReport = 0;
  const report = (force = false): void => {
    if (!force && Date.now() - lastReport < 2000) return;
    lastReport = Date.now();
    o.onProgress?.(`sphinxql: ${result.written} documents written, ${result.unchanged} unchanged (${result.paragraphs} paragraphs read so far)`);
  };
  const flush = (docs: IndexedDocument[]): void => {
    chain = chain.then(async () => {
      await o.backend.upsertDocuments(docs);
      const waiting = new Set(o.backend.pendingWrites().map((p) => p.shard));
      for (const d of docs) {
        const addresses = o.shards[shardOf(d.id, o.shards.length)]!.split('|').map((a) => a.trim());
        if (addresses.some((a) => waiting.has(a))) {
          delete journal.docs[d.id];
          result.pending++;
        } else {
          journal.docs[d.id] = contentHash(d);
          result.written++;
        }
      }
      if (Date.now() - lastSaved > 2000) {
        // The journal names only documents whose dictionary rows are on the shards too.
        await o.backend.flush();
        await writeJournal(file, journal);
        lastSaved = Date.now();
      }
      report();
    });
  };
  const built = await buildDocuments(o.corpusDir, {
    onProgress: o.onExtractProgress,
    onDocuments: (docs) => {
      for (const d of docs) {
        seen.add(d.id);
        result.documents++;
        result.paragraphs += d.paragraphs.length;
        if (journal.docs[d.id] === contentHash(d)) {
          result.unchanged++;
          continue;
        }
        batch.push(d);
        if (batch.length >= batchSize) {
          flush(batch);
          batch = [];
        }
      }
    },
  });
  if (batch.length > 0) flush(batch);
  await chain;
  result.skipped = built.skipped;
  const gone = Object.keys(journal.docs).filter((id) => !seen.has(id));
  if (gone.length > 0) {
    await o.backend.removeDocuments(gone);
    for (const id of gone) delete journal.docs[id];
    result.removed = gone.length;
  }
  await o.backend.flush();
  await writeJournal(file, journal);
  report(true);
  return result;
}
