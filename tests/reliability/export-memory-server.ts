// Child process for export-memory.test.ts: serves a generated corpus (segmented, not extracted: the words are
// what the exports search) through the real app and server, and logs its URL. Run with node --import tsx.
import { readCorpus, segmentDocument } from '../../src/ingest';
import type { Extractor } from '../../src/extract';
import { toIndexedDocument } from '../../src/pipeline/index-document';
import { createSearchEngine } from '../../src/search/engine';
import { createApp } from '../../src/server/app';
import { startServer } from '../../src/server/main';

const corpusDir = process.env.CORPUS_DIR;
if (!corpusDir) throw new Error('CORPUS_DIR is required');
const noFacets = { extractDocument: () => [] } as unknown as Extractor;
const { documents } = await readCorpus(corpusDir);
const indexed = documents.map((d) => toIndexedDocument(segmentDocument(d), noFacets));
const engine = createSearchEngine(indexed);
const server = await startServer(createApp(engine), { port: 0 });
console.error(`paragraphs ${engine.stats().paragraphs}`);
console.error(`serving on ${server.url}`);
