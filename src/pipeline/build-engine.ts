// An in-memory engine straight from a corpus folder, nothing persisted (tests, tools).
import { createSearchEngine } from '../search/engine';
import type { SiftEngine } from '../search/engine';
import { buildDocuments } from './build-documents';
import { createEntityResolver, engineKnowledge } from './entity-resolver';

export async function buildEngineFromCorpus(corpusDir: string): Promise<SiftEngine> {
  const { documents } = await buildDocuments(corpusDir);
  return createSearchEngine(documents, engineKnowledge(createEntityResolver()));
}
