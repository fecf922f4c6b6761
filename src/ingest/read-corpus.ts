// Reads a corpus folder into source documents; every file that cannot be used is reported with a reason.
import type { SkippedFile, SourceDocument } from '../types';
import type { FileListing } from './list-files';
import { openCorpusStream } from './stream-corpus';

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

/**
 * Reads every supported file under `dir` (recursively, sorted paths, dotfiles skipped). Bad input never
 * throws: it lands in `skipped` with the reason. Only a missing or unreadable `dir` throws. Holds the whole
 * corpus: a build streams it instead (`openCorpusStream`).
 */
export async function readCorpus(
  dir: string,
  options: Partial<ReadCorpusOptions> = {},
  selection: ReadCorpusSelection = {},
): Promise<CorpusContents> {
  const stream = await openCorpusStream(dir, resolveReadCorpusOptions(options), selection);
  const documents: SourceDocument[] = [];
  const skipped: SkippedFile[] = [];
  for await (const item of stream.items) {
    if ('document' in item) documents.push(item.document);
    else skipped.push(item.skipped);
  }
  return { documents, skipped };
}
