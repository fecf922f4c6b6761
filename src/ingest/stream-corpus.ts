// Reads a corpus folder as a stream of source documents and skipped files, in corpus order, at the consumer's pace:
// files read whole (.txt, .md, .json, .html) a few at a time ahead, JSON Lines line by line, so memory holds a window
// of the input, never all of it. `readCorpus` collects the same stream.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputFormat, SkippedFile, SourceDocument } from '../types';
import { corpusRoot, listFiles, stillInside } from './list-files';
import type { FileListing } from './list-files';
import { createMetadataLookup, isMetadataFile } from './load-metadata';
import { parseFrontMatter } from './parse-front-matter';
import { parseJsonRecords, type ParsedRecord, type ParsedRecords } from './parse-records';
import { streamJsonlRecords } from './read-jsonl';
import { mergeMeta, pickMeta } from './pick-meta';
import { decodeHtml, readHtmlDocument } from './read-html';
import { readTextFile } from './read-text-file';
import type { ReadCorpusOptions, ReadCorpusSelection } from './read-corpus';

/** One step of the stream: a document to segment, or a file (or `file:line`) that cannot be used, with why. */
export type CorpusItem = { document: SourceDocument } | { skipped: SkippedFile };

export interface CorpusStream {
  /** Bytes of the document files to read, as listed (metadata files excluded). */
  readonly totalBytes: number;
  /** Bytes of them read so far. */
  readonly bytesRead: number;
  /** Documents and skips in corpus order; metadata-file problems come last. Throws only if the folder cannot be read. */
  readonly items: AsyncIterable<CorpusItem>;
}

const FORMATS: Record<string, InputFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

function splitName(rel: string): { stem: string; ext: string } {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? { stem: name, ext: '' } : { stem: name.slice(0, dot), ext: name.slice(dot + 1).toLowerCase() };
}

type FileOutcome = { documents: SourceDocument[]; skipped: SkippedFile[] };

/** Lists `dir` (unless the selection brings a listing) and opens the stream over its document files. */
export async function openCorpusStream(dir: string, opts: ReadCorpusOptions, selection: ReadCorpusSelection = {}): Promise<CorpusStream> {
  const realRoot = await corpusRoot(dir);
  const listing = selection.listing ?? (await listFiles(dir));
  const read = (rel: string) => readTextFile(dir, rel, opts.maxFileBytes);
  const metadata = createMetadataLookup(listing.files, read);
  const wanted = selection.only === undefined ? null : new Set(selection.only);
  const files = listing.files.filter((rel) => !isMetadataFile(rel) && (wanted === null || wanted.has(rel)));
  const sizes = await fileSizes(dir, files, 'entries' in listing ? (listing as FileListing).entries : undefined);
  let totalBytes = 0;
  for (const size of sizes) totalBytes += size;
  let bytesRead = 0;

  async function readWhole(rel: string, format: InputFormat, stem: string): Promise<FileOutcome> {
    const res = format === 'html' ? await readTextFile(dir, rel, opts.maxFileBytes, decodeHtml) : await read(rel);
    if (!res.ok) return { documents: [], skipped: [{ file: rel, reason: res.reason }] };
    if (format === 'html') {
      const page = readHtmlDocument(res.text);
      if (!page.ok) return { documents: [], skipped: [{ file: rel, reason: page.reason }] };
      // A sidecar is written on purpose, so it corrects what the page's own tags say.
      const meta = mergeMeta(await metadata.find(rel, stem), page.meta);
      return { documents: [{ id: stem, file: rel, format, text: page.text, meta }], skipped: [] };
    }
    if (format === 'txt' || format === 'md') {
      let text = res.text;
      let own = {};
      if (format === 'md') {
        const fm = parseFrontMatter(text);
        text = fm.body;
        own = pickMeta(fm.fields);
        if (text.trim() === '') return { documents: [], skipped: [{ file: rel, reason: 'empty file (front matter only)' }] };
      }
      const meta = mergeMeta(own, await metadata.find(rel, stem));
      return { documents: [{ id: stem, file: rel, format, text, meta }], skipped: [] };
    }
    return toDocuments(parseJsonRecords(res.text, rel, stem), rel, format);
  }

  /** A file that is not JSON Lines, read whole; bad input lands in `skipped`, never throws. */
  async function readOne(rel: string): Promise<FileOutcome> {
    const { stem, ext } = splitName(rel);
    if (!(await stillInside(realRoot, dir, rel))) {
      return { documents: [], skipped: [{ file: rel, reason: 'now a symbolic link leading outside the corpus folder' }] };
    }
    const format = FORMATS[ext];
    if (!format) {
      const shown = ext === '' ? 'no extension' : `'.${ext}'`;
      return { documents: [], skipped: [{ file: rel, reason: `unsupported file type (${shown}); expected .txt, .md, .json, .jsonl or .html` }] };
    }
    return readWhole(rel, format, stem);
  }

  async function toDocuments(parsed: ParsedRecords, rel: string, format: InputFormat): Promise<FileOutcome> {
    const documents: SourceDocument[] = [];
    for (const record of parsed.records) documents.push(await toDocument(record, rel, format));
    return { documents, skipped: parsed.skipped };
  }

  async function toDocument(record: ParsedRecord, rel: string, format: InputFormat): Promise<SourceDocument> {
    const meta = mergeMeta(record.meta, await metadata.find(rel, record.id));
    return { id: record.id, file: rel, ...(record.origin !== rel ? { origin: record.origin } : {}), format, text: record.text, meta };
  }

  const owner = new Map<string, string>();
  function admit(doc: SourceDocument): CorpusItem {
    const first = owner.get(doc.id);
    if (first !== undefined) return { skipped: { file: doc.file, reason: `duplicate document id "${doc.id}" (already used by ${first}); later one skipped` } };
    owner.set(doc.id, doc.file);
    return { document: doc };
  }

  /** JSON Lines, record by record; the file's bad lines follow its records, as they do for a file read whole. */
  async function* streamJsonl(rel: string, size: number): AsyncGenerator<CorpusItem> {
    if (!(await stillInside(realRoot, dir, rel))) {
      yield { skipped: { file: rel, reason: 'now a symbolic link leading outside the corpus folder' } };
      return;
    }
    const lines: SkippedFile[] = [];
    const { stem } = splitName(rel);
    for await (const item of streamJsonlRecords(dir, rel, stem, size, { onBytes: (n) => (bytesRead += n) })) {
      if ('record' in item) yield admit(await toDocument(item.record, rel, 'jsonl'));
      else lines.push(item.skipped);
    }
    for (const skipped of lines) yield { skipped };
  }

  const isJsonl = (rel: string): boolean => FORMATS[splitName(rel).ext] === 'jsonl';

  async function* items(): AsyncGenerator<CorpusItem> {
    // A partial read reports only what it was asked about; the listing's own skips belong to whoever walked it.
    if (wanted === null) for (const skipped of listing.skipped) yield { skipped };
    const ahead = new Map<number, Promise<FileOutcome>>();
    let next = 0;
    for (let i = 0; i < files.length; i++) {
      // Files read whole are read up to `concurrency` ahead of the consumer; JSON Lines are streamed when reached.
      for (; next < files.length && next < i + opts.concurrency; next++) {
        if (isJsonl(files[next]!)) continue;
        const pending = readOne(files[next]!);
        pending.catch(() => {}); // awaited below in order; this only keeps an early rejection from going unhandled
        ahead.set(next, pending);
      }
      const rel = files[i]!;
      if (isJsonl(rel)) {
        yield* streamJsonl(rel, sizes[i]!);
        continue;
      }
      const outcome = await ahead.get(i)!;
      ahead.delete(i);
      bytesRead += sizes[i]!;
      for (const doc of outcome.documents) yield admit(doc);
      for (const skipped of outcome.skipped) yield { skipped };
    }
    for (const skipped of metadata.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) yield { skipped };
  }

  return {
    totalBytes,
    get bytesRead() {
      return bytesRead;
    },
    items: items(),
  };
}

/** Sizes of `files` from the listing when it has them, else from the file system (0 for a file gone meanwhile). */
async function fileSizes(dir: string, files: readonly string[], entries: FileListing['entries'] | undefined): Promise<number[]> {
  if (entries !== undefined) {
    const byPath = new Map(entries.map((e) => [e.path, e.size]));
    return files.map((rel) => byPath.get(rel) ?? 0);
  }
  return Promise.all(files.map((rel) => stat(join(dir, rel)).then((s) => s.size, () => 0)));
}
