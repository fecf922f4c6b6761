// Reads a corpus folder into source documents; every file that cannot be used is reported with a reason.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputFormat, SkippedFile, SourceDocument } from '../types';
import { corpusRoot, listFiles, stillInside } from './list-files';
import type { FileListing } from './list-files';
import { createMetadataLookup, isMetadataFile } from './load-metadata';
import { parseFrontMatter } from './parse-front-matter';
import { parseJsonRecords, type ParsedRecord, type ParsedRecords } from './parse-records';
import { readJsonlRecords } from './read-jsonl';
import { mergeMeta, pickMeta } from './pick-meta';
import { decodeHtml, readHtmlDocument } from './read-html';
import { readTextFile } from './read-text-file';

export interface ReadCorpusOptions {
  /** Files larger than this are skipped. */
  maxFileBytes: number;
  /** Files read at once. */
  concurrency: number;
}

/** Reading part of a corpus (a live update): which files, and the listing they come from if already walked. */
export interface ReadCorpusSelection {
  /** Document files to read (relative paths, as listed); metadata files beside them are still consulted. */
  only?: readonly string[];
  /** The corpus as `listFiles` gave it, so it is not walked again. */
  listing?: Pick<FileListing, 'files' | 'skipped'>;
}

export const defaultReadCorpusOptions: ReadCorpusOptions = {
  maxFileBytes: 20 * 1024 * 1024,
  concurrency: 8,
};

/**
 * MAX_FILE_MB: the largest file of a format read whole (.txt, .md, .json, .html), 20 MB unless set; JSON
 * Lines are streamed and have no file limit. Read here, where the limit applies, so every caller honours it.
 */
export function maxFileBytesFromEnv(env: NodeJS.ProcessEnv): number {
  const text = env.MAX_FILE_MB?.trim();
  if (!text) return 20 * 1024 * 1024;
  const mb = Number(text);
  if (!Number.isFinite(mb) || mb <= 0 || mb > 1024 * 1024) {
    throw new Error(`MAX_FILE_MB must be a positive number of megabytes, got ${JSON.stringify(text)}`);
  }
  return Math.round(mb * 1024 * 1024);
}

async function fileSize(path: string): Promise<number> {
  return stat(path).then((s) => s.size, () => 0);
}

export interface CorpusContents {
  documents: SourceDocument[];
  skipped: SkippedFile[];
}

export function resolveReadCorpusOptions(options: Partial<ReadCorpusOptions> = {}): ReadCorpusOptions {
  const maxFileBytes = options.maxFileBytes ?? (process.env.MAX_FILE_MB?.trim() ? maxFileBytesFromEnv(process.env) : defaultReadCorpusOptions.maxFileBytes);
  const concurrency = options.concurrency ?? defaultReadCorpusOptions.concurrency;
  if (!(maxFileBytes > 0)) throw new Error(`option 'maxFileBytes' got ${maxFileBytes}; expected a positive number of bytes`);
  if (!(Number.isInteger(concurrency) && concurrency > 0)) {
    throw new Error(`option 'concurrency' got ${concurrency}; expected a positive integer`);
  }
  return { maxFileBytes, concurrency };
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

/** Runs `task` over `items` with at most `limit` in flight; results keep the input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

type FileOutcome = { documents: SourceDocument[]; skipped: SkippedFile[] };

/**
 * Reads every supported file under `dir` (recursively, sorted paths, dotfiles skipped). Bad input never
 * throws: it lands in `skipped` with the reason. Only a missing or unreadable `dir` throws.
 */
export async function readCorpus(
  dir: string,
  options: Partial<ReadCorpusOptions> = {},
  selection: ReadCorpusSelection = {},
): Promise<CorpusContents> {
  const opts = resolveReadCorpusOptions(options);
  const realRoot = await corpusRoot(dir);
  const listing = selection.listing ?? (await listFiles(dir));
  const read = (rel: string) => readTextFile(dir, rel, opts.maxFileBytes);
  const metadata = createMetadataLookup(listing.files, read);
  const wanted = selection.only === undefined ? null : new Set(selection.only);
  const documentFiles = listing.files.filter((rel) => !isMetadataFile(rel) && (wanted === null || wanted.has(rel)));

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
    // JSON Lines of any size are streamed line by line; the per-file limit is for formats read whole.
    if (format === 'jsonl') return toDocuments(await readJsonlRecords(dir, rel, stem, await fileSize(join(dir, rel))), rel, format);
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

  async function toDocuments(parsed: ParsedRecords, rel: string, format: InputFormat): Promise<FileOutcome> {
    const documents: SourceDocument[] = [];
    for (const record of parsed.records) documents.push(await toDocument(record, rel, format));
    return { documents, skipped: parsed.skipped };
  }

  async function toDocument(record: ParsedRecord, rel: string, format: InputFormat): Promise<SourceDocument> {
    const meta = mergeMeta(record.meta, await metadata.find(rel, record.id));
    return { id: record.id, file: rel, ...(record.origin !== rel ? { origin: record.origin } : {}), format, text: record.text, meta };
  }

  const outcomes = await mapLimited(documentFiles, opts.concurrency, readOne);
  const documents: SourceDocument[] = [];
  // A partial read reports only what it was asked about; the listing's own skips belong to whoever walked it.
  const skipped: SkippedFile[] = wanted === null ? [...listing.skipped] : [];
  const owner = new Map<string, string>();
  for (const outcome of outcomes) {
    for (const doc of outcome.documents) {
      const first = owner.get(doc.id);
      if (first !== undefined) {
        skipped.push({ file: doc.file, reason: `duplicate document id "${doc.id}" (already used by ${first}); later one skipped` });
        continue;
      }
      owner.set(doc.id, doc.file);
      documents.push(doc);
    }
    skipped.push(...outcome.skipped);
  }
  skipped.push(...metadata.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  return { documents, skipped };
}
