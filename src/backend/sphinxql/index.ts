// The sharded backend: queries go to the aggregator's distributed index (SPHINXQL_URL), writes to the shards (SPHINXQL_SHARDS).
import type { Pool } from 'mysql2/promise';
import { SiftError } from '../../errors';
import type { ResolveEntities } from '../../search/entity-expansion';
import { suggestCompletions } from '../../search/suggest';
import { loadSynonyms } from '../../search/synonyms';
import type { SynonymTable } from '../../search/synonyms';
import type { IndexedDocument, SearchParams, Suggestion } from '../../types';
import type { BackendHealth, SearchBackend } from '../search-backend';
import { errorMessage, openPool, select } from './connection';
import { Dictionary } from './dictionary';
import { docKey, docToken } from './ids';
import { parseStored } from './rows';
import { PARAGRAPH_INDEX } from './schema';
import { runSearch } from './search';
import type { PartialSearchResponse } from './search';
import { int } from './sql';
import { QueryTranslator, synonymSurfaceWords } from './translate';
import { ShardWriter, readDictionaryRows } from './writer';

export interface SphinxqlBackendOptions {
  /** SphinxQL address (`host:port`) of the aggregator holding the distributed index. */
  url: string;
  /**
   * SphinxQL addresses of the shards, in a fixed order (a document's shard is its id's hash modulo their number);
   * `a|b` lists a shard's mirrors (replicas): every write goes to each of them.
   */
  shards: string[];
  resolveEntities?: ResolveEntities;
  relatedEntities?: (canonical: string) => string[];
  synonyms?: SynonymTable;
  log?: (line: string) => void;
  /** How often writes a shard refused are retried. */
  retryMs?: number;
  /** Longest wait for one statement. */
  timeoutMs?: number;
}

export interface SphinxqlBackend extends SearchBackend {
  search(params: SearchParams): Promise<PartialSearchResponse>;
  /** Retries queued writes now; true when every shard has taken every write. */
  flush(): Promise<boolean>;
  pendingWrites(): { shard: string; writes: number; error: string | null }[];
}

// Sphinx's own ranking (phrase proximity + BM25); the field weights mirror the embedded engine's: a related
// entity counts less than the named one, a prefix (exact field) less than a whole word.
const RANKING = 'ranker=proximity_bm25, field_weights=(loose=10, exact=4, ents=15, rel=4, title=2)';

/** Reads SPHINXQL_URL and SPHINXQL_SHARDS; throws a message naming the variable when one is missing. */
export function sphinxqlAddresses(env: NodeJS.ProcessEnv = process.env): { url: string; shards: string[] } {
  const url = env.SPHINXQL_URL?.trim();
  if (!url) throw new Error('SEARCH_BACKEND=sphinxql needs SPHINXQL_URL (the aggregator, host:port); `npm run cluster:local` prints one');
  const shards = (env.SPHINXQL_SHARDS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (shards.length === 0) throw new Error('SEARCH_BACKEND=sphinxql needs SPHINXQL_SHARDS (the shards, host:port,host:port)');
  return { url, shards };
}

export async function createSphinxqlBackend(options: SphinxqlBackendOptions): Promise<SphinxqlBackend> {
  const log = options.log ?? ((line: string) => console.error(line));
  const dictionary = new Dictionary();
  const aggregator = openPool(options.url, 2000, 16);
  // The dictionary and the health check read each shard's first address.
  const primaries = options.shards.map((entry) => entry.split('|')[0]!.trim());
  const shardPools = primaries.map((a) => openPool(a, 1000, 2));
  const writer = new ShardWriter({
    shards: options.shards,
    retryMs: options.retryMs ?? 2000,
    // Larger statements mean fewer RT transactions (each a binlog write and a RAM segment the engine later merges).
    batchRows: 1000,
    log,
    onDictionary: (kind, facet, value, delta) => dictionary.add(kind, facet, value, delta),
  });
  const translator = new QueryTranslator(dictionary, {
    synonyms: options.synonyms ?? loadSynonyms(),
    synonymWords: synonymSurfaceWords(),
    resolveEntities: options.resolveEntities,
    relatedEntities: options.relatedEntities,
    minPrefixLength: 3,
    maxTypoCandidates: 8,
    maxClauses: 32,
    maxRelated: 100,
  });
  const down = async (): Promise<string[]> => {
    const answers = await Promise.all(shardPools.map((p) => ping(p)));
    return primaries.filter((_, i) => !answers[i]);
  };
  let lastRefresh = 0;
  const refresh = async (force = false): Promise<void> => {
    if (!force && Date.now() - lastRefresh < 5000) return;
    lastRefresh = Date.now();
    const per = await Promise.all(shardPools.map((p) => readDictionaryRows(p).catch(() => [])));
    dictionary.clear();
    for (const rows of per) for (const e of rows) dictionary.add(e.kind, e.facet, e.value, e.count);
  };
  await refresh(true);
  let updatedAt = new Date().toISOString();
  const timeoutMs = options.timeoutMs ?? 10_000;

  return {
    kind: 'sphinxql',
    search: (params) =>
      runSearch(
        {
          aggregator,
          dictionary,
          translator,
          resolveEntities: options.resolveEntities,
          missingShards: async (agents) => {
            const missing = await down();
            return missing.length > 0 ? missing : agents;
          },
          refreshDictionary: () => refresh(),
          ranking: RANKING,
          timeoutMs,
          snippetAround: 20,
          snippetLimit: 320,
        },
        params,
      ),
    suggest: async (q: string, limit = 8): Promise<Suggestion[]> => suggestCompletions(dictionary.suggestIndex(), q, limit, options.resolveEntities),
    getDocument: (id) => fetchDocument(aggregator, id, timeoutMs),
    health: async (): Promise<BackendHealth> => {
      const missing = new Set(await down());
      for (const p of writer.pendingWrites()) missing.add(p.shard);
      const health: BackendHealth = { documents: dictionary.stat('documents'), paragraphs: dictionary.stat('paragraphs'), updated_at: updatedAt };
      return missing.size > 0 ? { ...health, partial: true, missing: [...missing] } : health;
    },
    upsertDocuments: async (docs) => {
      await writer.upsert(docs);
      updatedAt = new Date().toISOString();
    },
    removeDocuments: async (ids) => {
      await writer.remove(ids);
      updatedAt = new Date().toISOString();
    },
    flush: () => writer.retryPending(),
    pendingWrites: () => writer.pendingWrites(),
    close: async () => {
      await writer.close();
      await Promise.all([aggregator, ...shardPools].map((p) => p.end().catch(() => undefined)));
    },
  };
}

async function ping(pool: Pool): Promise<boolean> {
  try {
    await select(pool, 'SHOW STATUS', [], 1500);
    return true;
  } catch {
    return false;
  }
}

/** Every paragraph of a document in reading order (a missing shard makes it unknown). */
async function fetchDocument(aggregator: Pool, id: string, timeoutMs: number): Promise<IndexedDocument | undefined> {
  let rows;
  try {
    [rows] = await select(
      aggregator,
      `SELECT doc, body, para, meta, pnum FROM ${PARAGRAPH_INDEX} WHERE MATCH('@ents ${docToken(id)}') AND docid = ${int(docKey(id))} ORDER BY pnum ASC LIMIT 100000 OPTION max_matches=100000`,
      [],
      timeoutMs,
    );
  } catch (err) {
    throw new SiftError('busy', `the search cluster did not answer (${errorMessage(err)})`);
  }
  const own = (rows ?? []).filter((r) => String(r.doc) === id);
  if (own.length === 0) return undefined;
  const { meta } = parseStored(own[0] as { meta: unknown; para: unknown });
  return {
    ...meta,
    paragraphs: own.map((r) => {
      const { para } = parseStored(r as { meta: unknown; para: unknown });
      return { ...para, text: String(r.body) };
    }),
  };
}
