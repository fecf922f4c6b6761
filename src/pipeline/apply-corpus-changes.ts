// Corpus files added, changed or deleted → the documents to upsert and remove in a serving engine (re-read and re-extracted for those files only).
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readCorpus, segmentDocument } from '../ingest';
import { listFiles } from '../ingest/list-files';
import type { Extractor } from '../extract';
import type { DocumentChanges } from '../search/engine';
import type { IndexedDocument, SkippedFile, SourceDocument } from '../types';
import { skippedWithoutBody, toIndexedDocument } from './index-document';

/** Size and modification time of every corpus file (paths relative, `/`-separated, dot-files skipped). */
export type CorpusSnapshot = Map<string, { size: number; mtimeMs: number }>;

export interface CorpusDiff {
  added: string[];
  changed: string[];
  deleted: string[];
}

export interface CorpusScan {
  snapshot: CorpusSnapshot;
  /** What the walker left out, with the reason (links leading outside the corpus, special files, …). */
  skipped: SkippedFile[];
}

/** The corpus as the build sees it (same walker, same confinement to the corpus folder's real path). */
export async function scanCorpus(dir: string): Promise<CorpusScan> {
  const { entries, skipped } = await listFiles(dir);
  return { snapshot: new Map(entries.map((e) => [e.path, { size: e.size, mtimeMs: e.mtimeMs }])), skipped };
}

export async function snapshotCorpus(dir: string): Promise<CorpusSnapshot> {
  return (await scanCorpus(dir)).snapshot;
}

export function diffSnapshots(before: CorpusSnapshot, after: CorpusSnapshot): CorpusDiff {
  const diff: CorpusDiff = { added: [], changed: [], deleted: [] };
  for (const [file, now] of after) {
    const was = before.get(file);
    if (was === undefined) diff.added.push(file);
    else if (was.size !== now.size || was.mtimeMs !== now.mtimeMs) diff.changed.push(file);
  }
  for (const file of before.keys()) if (!after.has(file)) diff.deleted.push(file);
  return diff;
}

function folderOf(rel: string): string {
  const i = rel.lastIndexOf('/');
  return i < 0 ? '' : rel.slice(0, i);
}

function nameOf(rel: string): string {
  return rel.slice(rel.lastIndexOf('/') + 1);
}

function stemOf(rel: string): string {
  const name = nameOf(rel);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

/** Same test as the reader's: `meta.json` and `*.meta.json` describe documents and are not documents. */
export function isMetadataFile(rel: string): boolean {
  const name = nameOf(rel).toLowerCase();
  return name === 'meta.json' || name.endsWith('.meta.json');
}

/**
 * The document files whose documents may have changed: those added, changed or deleted, and those a changed
 * metadata file describes (a folder's `meta.json` covers every file in that folder, a sidecar its own file).
 */
export function affectedFiles(diff: CorpusDiff, files: Iterable<string>): string[] {
  const out = new Set<string>();
  const metadata: string[] = [];
  for (const f of [...diff.added, ...diff.changed, ...diff.deleted]) {
    if (isMetadataFile(f)) metadata.push(f);
    else out.add(f);
  }
  if (metadata.length > 0) {
    const all = [...files];
    for (const meta of metadata) {
      const folder = folderOf(meta);
      const name = nameOf(meta).toLowerCase();
      const described = name === 'meta.json' ? null : nameOf(meta).slice(0, -'.meta.json'.length);
      for (const f of all) {
        if (isMetadataFile(f) || folderOf(f) !== folder) continue;
        if (described === null || stemOf(f) === described || nameOf(f) === described) out.add(f);
      }
    }
  }
  return [...out].sort();
}

/**
 * Reads some files of a corpus exactly as `readCorpus` reads the whole (the metadata files beside them
 * included). Reading only what changed keeps a live update proportional to the change, not to the corpus.
 */
export async function readCorpusFiles(dir: string, files: readonly string[], allFiles: Iterable<string>): Promise<{ documents: SourceDocument[]; skipped: SkippedFile[] }> {
  if (files.length === 0) return { documents: [], skipped: [] };
  const listed = [...allFiles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return readCorpus(dir, {}, { only: files, listing: { files: listed, skipped: [] } });
}

/** A short fingerprint of what a source document says (text and metadata), to skip re-extracting it unchanged. */
export function sourceDigest(doc: Pick<SourceDocument, 'text' | 'meta'>): string {
  return createHash('sha1').update(JSON.stringify([doc.text, doc.meta])).digest('base64');
}

type OwnedSource = Pick<SourceDocument, 'id' | 'file'> & { digest?: string };

/** Which file each served document came from, so a deleted or rewritten file takes its documents with it. */
export class DocumentOwners {
  private readonly fileOf = new Map<string, string>();
  private readonly idsOf = new Map<string, Set<string>>();
  /** What each record said when it was last extracted (JSON / JSON Lines records only). */
  private readonly digestOf = new Map<string, string>();

  /** Records the documents of a corpus as a full read gives them (the first file wins a duplicate id, as there). */
  static fromSources(sources: readonly OwnedSource[]): DocumentOwners {
    const owners = new DocumentOwners();
    for (const s of sources) if (!owners.fileOf.has(s.id)) owners.claim(s.id, s.file, s.digest);
    return owners;
  }

  ownerOf(id: string): string | undefined {
    return this.fileOf.get(id);
  }

  digestOfId(id: string): string | undefined {
    return this.digestOf.get(id);
  }

  idsFrom(file: string): string[] {
    return [...(this.idsOf.get(file) ?? [])];
  }

  claim(id: string, file: string, digest?: string): void {
    this.release(id);
    this.fileOf.set(id, file);
    if (digest !== undefined) this.digestOf.set(id, digest);
    let ids = this.idsOf.get(file);
    if (ids === undefined) this.idsOf.set(file, (ids = new Set()));
    ids.add(id);
  }

  release(id: string): void {
    const file = this.fileOf.get(id);
    if (file === undefined) return;
    this.fileOf.delete(id);
    this.digestOf.delete(id);
    this.idsOf.get(file)?.delete(id);
  }
}

export interface CorpusChangeOptions {
  extractor: Extractor;
  /** Extraction is CPU-bound: it yields to the event loop this often so the server keeps answering. */
  yieldEveryMs: number;
}

export interface CorpusChangeResult {
  changes: DocumentChanges;
  skipped: SkippedFile[];
}

/**
 * The engine changes that bring it in line with `files` (document files added, changed or deleted): their
 * documents re-read and re-extracted, documents they no longer hold removed. Updates `owners`.
 */
export async function collectCorpusChanges(
  dir: string,
  files: readonly string[],
  snapshot: CorpusSnapshot,
  owners: DocumentOwners,
  options: CorpusChangeOptions,
): Promise<CorpusChangeResult> {
  const present = files.filter((f) => snapshot.has(f));
  const { documents: sources, skipped } = await readCorpusFiles(dir, present, snapshot.keys());
  const touched = new Set(files);
  const before = new Map(files.map((f) => [f, owners.idsFrom(f)]));
  const upsert: IndexedDocument[] = [];
  const kept = new Set<string>();
  let lastYield = performance.now();
  for (const source of sources) {
    const owner = owners.ownerOf(source.id);
    if (owner !== undefined && owner !== source.file && !touched.has(owner)) {
      skipped.push({ file: source.file, reason: `duplicate document id "${source.id}" (already used by ${owner}); later one skipped` });
      continue;
    }
    // A record file rewritten (a line appended) keeps most records as they were: those are not re-extracted.
    const digest = RECORD_FORMATS.test(source.file) ? sourceDigest(source) : undefined;
    if (digest !== undefined && owner === source.file && owners.digestOfId(source.id) === digest) {
      kept.add(source.id);
      continue;
    }
    if (performance.now() - lastYield > options.yieldEveryMs) {
      await new Promise((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
    const segmented = segmentDocument(source);
    if (segmented.paragraphs.length === 0) {
      skipped.push(skippedWithoutBody(source));
      continue;
    }
    upsert.push(toIndexedDocument(segmented, options.extractor));
    owners.claim(source.id, source.file, digest);
    kept.add(source.id);
  }
  const remove: string[] = [];
  for (const [, ids] of before) {
    for (const id of ids) {
      if (kept.has(id)) continue;
      owners.release(id);
      remove.push(id);
    }
  }
  return { changes: { upsert, remove }, skipped };
}

const NAMED_FORMATS = /\.(txt|text|md|markdown|html|htm|xhtml)$/i;
const RECORD_FORMATS = /\.(json|jsonl|ndjson)$/i;

export interface FindOwnersOptions {
  /** Record files are read in batches of about this many bytes (bounded memory on large corpora). */
  batchBytes: number;
  /** Past this many bytes of JSON / JSON Lines, record files are not read: their ids are learnt when they change. */
  maxRecordBytes: number;
}

export const defaultFindOwnersOptions: FindOwnersOptions = { batchBytes: 16 * 1024 * 1024, maxRecordBytes: 64 * 1024 * 1024 };

/**
 * Who owns which served document (`serves(id)`): ids come from file names, except in JSON and JSON Lines
 * files, which are read (not extracted) for their record ids. Files are visited in the order a full read takes.
 */
export async function findDocumentOwners(
  dir: string,
  snapshot: CorpusSnapshot,
  serves: (id: string) => boolean,
  options: Partial<FindOwnersOptions> = {},
): Promise<DocumentOwners> {
  const o = { ...defaultFindOwnersOptions, ...options };
  const files = [...snapshot.keys()].filter((f) => !isMetadataFile(f)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const records = files.filter((f) => RECORD_FORMATS.test(f));
  const recordBytes = records.reduce((sum, f) => sum + snapshot.get(f)!.size, 0);
  const recordIds = new Map<string, Array<{ id: string; digest: string | undefined }>>();
  if (recordBytes <= o.maxRecordBytes) {
    let batch: string[] = [];
    let bytes = 0;
    const flush = async (): Promise<void> => {
      const { documents } = await readCorpusFiles(dir, batch, snapshot.keys());
      // A digest stands for what the engine holds only if the file is still as the snapshot the engine was built from.
      const unchanged = new Set<string>();
      for (const f of batch) {
        const now = await stat(join(dir, f)).catch(() => null);
        const then = snapshot.get(f);
        if (now !== null && then !== undefined && now.size === then.size && now.mtimeMs === then.mtimeMs) unchanged.add(f);
      }
      for (const d of documents) {
        const digest = unchanged.has(d.file) ? sourceDigest(d) : undefined;
        recordIds.set(d.file, [...(recordIds.get(d.file) ?? []), { id: d.id, digest }]);
      }
      batch = [];
      bytes = 0;
      await new Promise((resolve) => setImmediate(resolve));
    };
    for (const f of records) {
      batch.push(f);
      bytes += snapshot.get(f)!.size;
      if (bytes >= o.batchBytes) await flush();
    }
    if (batch.length > 0) await flush();
  }
  const sources: OwnedSource[] = [];
  for (const f of files) {
    const ids = RECORD_FORMATS.test(f) ? (recordIds.get(f) ?? []) : NAMED_FORMATS.test(f) ? [{ id: stemOf(f), digest: undefined }] : [];
    for (const { id, digest } of ids) if (serves(id)) sources.push({ id, file: f, digest });
  }
  return DocumentOwners.fromSources(sources);
}
