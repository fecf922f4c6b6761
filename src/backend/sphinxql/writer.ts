// Writes documents to the shard their id hashes to (REPLACE/DELETE), keeps each shard's dictionary counts, and queues writes a shard could not take for retry.
import type { Pool } from 'mysql2/promise';
import type { IndexedDocument } from '../../types';
import { errorMessage, openPool, select } from './connection';
import type { Row } from './connection';
import { entryKey } from './dictionary';
import type { DictionaryEntry, EntryKind } from './dictionary';
import { dictionaryRowId, docToken, shardOf } from './ids';
import { contributionOf, documentRows, parseStored } from './rows';
import type { Contribution, ParagraphRow } from './rows';
import { DICTIONARY_INDEX, PARAGRAPH_INDEX } from './schema';
import { int, intList, replaceParagraphs, str } from './sql';

export type WriteOp = { kind: 'upsert'; docs: IndexedDocument[] } | { kind: 'remove'; ids: string[] };

/** Receives every dictionary count change the writer makes, so the query side's dictionary stays current. */
export type DictionaryListener = (kind: EntryKind, facet: string, value: string, delta: number) => void;

export interface ShardWriterOptions {
  shards: string[];
  retryMs: number;
  /** Paragraph rows per REPLACE statement. */
  batchRows: number;
  log: (line: string) => void;
  onDictionary?: DictionaryListener;
}

interface Shard {
  address: string;
  /** The shard's position in SPHINXQL_SHARDS (its documents are those whose id hashes to it). */
  index: number;
  /** 0 for a shard's first address; mirrors (replicas) listed after it with `|` take the same writes. */
  mirror: number;
  pool: Pool;
  counts: Map<string, DictionaryEntry> | null;
  /** Writes the shard refused (it was down); replayed in order, nothing dropped. */
  pending: WriteOp[];
  lastError: string | null;
  /** Serialises the shard's writes: the dictionary counts assume one write at a time. */
  chain: Promise<void>;
  /** Dictionary rows changed in memory and not yet written to the shard (entry key → entry). */
  dirty: Map<string, DictionaryEntry>;
  lastDictionaryWrite: number;
}

const PAGE = 5000;
/** Changed dictionary rows that trigger a write before `retryMs` has passed. */
const DICTIONARY_BATCH = 20_000;

export class ShardWriter {
  private readonly shards: Shard[];
  private readonly groups: number;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly o: ShardWriterOptions) {
    if (o.shards.length === 0) throw new Error('SPHINXQL_SHARDS names no shard');
    this.groups = o.shards.length;
    this.shards = o.shards.flatMap((entry, index) =>
      entry.split('|').map((address, mirror) => ({ address: address.trim(), index, mirror, pool: openPool(address.trim(), 5000), counts: null, pending: [], lastError: null, chain: Promise.resolve(), dirty: new Map(), lastDictionaryWrite: Date.now() })),
    );
    this.timer = setInterval(() => void this.retryPending(false), o.retryMs);
    this.timer.unref();
  }

  /** Shards holding writes they have not taken yet, with how many. */
  pendingWrites(): { shard: string; writes: number; error: string | null }[] {
    return this.shards.filter((s) => s.pending.length > 0).map((s) => ({ shard: s.address, writes: s.pending.length, error: s.lastError }));
  }

  async upsert(docs: readonly IndexedDocument[]): Promise<void> {
    await this.dispatch(docs, (d) => d.id, (part) => ({ kind: 'upsert', docs: part }));
  }

  async remove(ids: readonly string[]): Promise<void> {
    await this.dispatch(ids, (id) => id, (part) => ({ kind: 'remove', ids: part }));
  }

  /**
   * Retries queued writes now and (unless `dictionary` is false) writes the dictionary rows still held in memory;
   * resolves true when nothing is left pending.
   */
  async retryPending(dictionary = true): Promise<boolean> {
    await Promise.all(
      this.shards.map((s) => this.serial(s, () => this.drain(s, dictionary)).catch((err: unknown) => this.o.log(`sphinxql: ${errorMessage(err)}`))),
    );
    return this.shards.every((s) => s.pending.length === 0);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.retryPending(true);
    for (const s of this.shards) {
      if (s.pending.length > 0) this.o.log(`sphinxql: ${s.pending.length} writes for shard ${s.address} were never taken (${s.lastError ?? 'shard down'})`);
    }
    await Promise.all(this.shards.map((s) => s.chain.then(() => s.pool.end()).catch(() => undefined)));
  }

  private async dispatch<T>(items: readonly T[], idOf: (item: T) => string, op: (part: T[]) => WriteOp): Promise<void> {
    const parts = Array.from({ length: this.groups }, (): T[] => []);
    for (const item of items) parts[shardOf(idOf(item), this.groups)]!.push(item);
    await Promise.all(
      this.shards.map((s) => (parts[s.index]!.length === 0 ? undefined : this.serial(s, () => this.enqueue(s, op(parts[s.index]!))))),
    );
  }

  private serial(s: Shard, run: () => Promise<void>): Promise<void> {
    const next = s.chain.then(run, run);
    s.chain = next.catch(() => undefined);
    return next;
  }

  private async enqueue(s: Shard, op: WriteOp): Promise<void> {
    s.pending.push(op);
    await this.drain(s);
  }

  private async drain(s: Shard, forceDictionary = false): Promise<void> {
    while (s.pending.length > 0) {
      try {
        await this.apply(s, s.pending[0]!);
        s.pending.shift();
        if (s.lastError !== null) this.o.log(`sphinxql: shard ${s.address} is back; queued writes applied`);
        s.lastError = null;
      } catch (err) {
        const message = errorMessage(err);
        if (!isUnreachable(err)) {
          // The shard answered and refused the statement: retrying cannot help, the caller hears of it.
          s.pending.shift();
          throw new Error(`shard ${s.address} rejected a write: ${message}`);
        }
        if (s.lastError === null) this.o.log(`sphinxql: shard ${s.address} refused a write (${message}); ${s.pending.length} queued, retrying every ${this.o.retryMs} ms`);
        s.lastError = message;
        return;
      }
    }
    const due = Date.now() - s.lastDictionaryWrite >= this.o.retryMs || s.dirty.size >= DICTIONARY_BATCH;
    if (s.dirty.size === 0 || !(forceDictionary || due)) return;
    try {
      await this.writeDictionary(s);
    } catch (err) {
      // The rows stay dirty and are written on the next round; the paragraphs themselves were taken.
      this.o.log(`sphinxql: dictionary rows for shard ${s.address} not written yet (${errorMessage(err)})`);
    }
  }

  private async apply(s: Shard, op: WriteOp): Promise<void> {
    await this.loadCounts(s);
    const ids = op.kind === 'upsert' ? op.docs.map((d) => d.id) : op.ids;
    const old = await this.storedRows(s, ids);
    const fresh = op.kind === 'upsert' ? op.docs.flatMap(documentRows) : [];
    const deltas = new Map<string, DictionaryEntry>();
    const change = (kind: EntryKind, facet: string, value: string, delta: number): void => {
      const key = entryKey(kind, facet, value);
      const e = deltas.get(key) ?? { kind, facet, value, count: 0 };
      e.count += delta;
      deltas.set(key, e);
    };
    this.countRows(old, -1, change);
    this.countRows(fresh, +1, change);
    const keep = new Set(fresh.map((r) => r.id));
    const gone = old.map((r) => String(r.id)).filter((id) => !keep.has(id));
    for (let i = 0; i < gone.length; i += 1000) await s.pool.query(`DELETE FROM ${PARAGRAPH_INDEX} WHERE id IN ${intList(gone.slice(i, i + 1000))}`);
    for (let i = 0; i < fresh.length; i += this.o.batchRows) await s.pool.query(replaceParagraphs(fresh.slice(i, i + this.o.batchRows)));
    this.writeCounts(s, deltas);
  }

  /** The rows a shard holds for these documents (a document key may be shared: the stored id decides). */
  private async storedRows(s: Shard, ids: readonly string[]): Promise<Row[]> {
    const wanted = new Set(ids);
    const out: Row[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      // Through the inverted index: an attribute filter (docid IN …) scans the whole shard, once per batch.
      const tokens = ids.slice(i, i + 500).map(docToken).join('|');
      const [rows] = await select(s.pool, `SELECT id, doc, body, para, meta FROM ${PARAGRAPH_INDEX} WHERE MATCH('@ents (${tokens})') LIMIT 100000 OPTION max_matches=100000`);
      for (const r of rows ?? []) if (wanted.has(String(r.doc))) out.push(r);
    }
    return out;
  }

  private countRows(rows: readonly (Row | ParagraphRow)[], sign: number, change: DictionaryListener): void {
    const docs = new Set<string>();
    for (const r of rows) {
      docs.add(String(r.doc));
      const c = 'contribution' in r ? (r.contribution as Contribution) : storedContribution(r);
      for (const t of c.terms) change('t', '', t, sign);
      for (const v of c.values) change('v', v.facet, v.value, sign);
    }
    change('s', '', 'paragraphs', sign * rows.length);
    change('s', '', 'documents', sign * docs.size);
  }

  private async loadCounts(s: Shard): Promise<void> {
    if (s.counts !== null) return;
    const counts = new Map<string, DictionaryEntry>();
    for (const e of await readDictionaryRows(s.pool)) counts.set(entryKey(e.kind, e.facet, e.value), e);
    s.counts = counts;
  }

  /** Applies count changes in memory (the query side hears at once); the rows are written by `writeDictionary`. */
  private writeCounts(s: Shard, deltas: Map<string, DictionaryEntry>): void {
    for (const [key, d] of deltas) {
      if (d.count === 0) continue;
      const current = s.counts!.get(key) ?? { ...d, count: 0 };
      current.count += d.count;
      if (current.count <= 0) s.counts!.delete(key);
      else s.counts!.set(key, current);
      s.dirty.set(key, { ...current, count: Math.max(0, current.count) });
      // Mirrors hold copies: only a shard's first address counts toward the whole index.
      if (s.mirror === 0) this.o.onDictionary?.(d.kind, d.facet, d.value, d.count);
    }
  }

  /**
   * Writes the dictionary rows changed since the last write. Batched across document writes (every `retryMs`, at
   * `DICTIONARY_BATCH` changed rows, on `retryPending()` and `close()`): a bulk load would otherwise rewrite its
   * frequent words' rows after every batch, which cost as much as writing the paragraphs.
   */
  private async writeDictionary(s: Shard): Promise<void> {
    const entries = [...s.dirty.values()];
    const replace: string[] = [];
    const remove: string[] = [];
    for (const e of entries) {
      const id = dictionaryRowId(e.kind, e.facet, `${e.value}\u0000${s.index}`);
      if (e.count <= 0) remove.push(id);
      else replace.push(`(${int(id)},${str(e.value)},${str(e.kind)},${str(e.facet)},${str(e.value)},${int(e.count)})`);
    }
    for (let i = 0; i < replace.length; i += 1000) {
      await s.pool.query(`REPLACE INTO ${DICTIONARY_INDEX} (id, word, kind, fname, value, count) VALUES ${replace.slice(i, i + 1000).join(',')}`);
    }
    for (let i = 0; i < remove.length; i += 1000) await s.pool.query(`DELETE FROM ${DICTIONARY_INDEX} WHERE id IN ${intList(remove.slice(i, i + 1000))}`);
    // Nothing changes the map meanwhile: count changes and this write both run on the shard's serial chain.
    s.dirty.clear();
    s.lastDictionaryWrite = Date.now();
  }
}

function storedContribution(r: Row): Contribution {
  const { meta, para } = parseStored(r as { meta: unknown; para: unknown });
  return contributionOf(meta, para, String(r.body));
}

/** Connection-level failures (refused, reset, timed out): the shard may come back, so the write waits. */
export function isUnreachable(err: unknown): boolean {
  const e = err as { fatal?: boolean; code?: string; errno?: number };
  if (e.fatal === true) return true;
  return typeof e.code === 'string' && /^(E[A-Z]+|PROTOCOL_CONNECTION_LOST|PROTOCOL_SEQUENCE_TIMEOUT)$/.test(e.code) && !e.code.startsWith('ER_');
}

/** Every dictionary row of one shard, paged by id. */
export async function readDictionaryRows(pool: Pool): Promise<DictionaryEntry[]> {
  const out: DictionaryEntry[] = [];
  let after = '0';
  for (;;) {
    const [rows] = await select(pool, `SELECT id, kind, fname, value, count FROM ${DICTIONARY_INDEX} WHERE id > ${int(after)} ORDER BY id ASC LIMIT ${PAGE} OPTION max_matches=${PAGE}`);
    const page = rows ?? [];
    for (const r of page) out.push({ kind: String(r.kind) as EntryKind, facet: String(r.fname), value: String(r.value), count: Number(r.count) });
    if (page.length < PAGE) return out;
    after = String(page[page.length - 1]!.id);
  }
}
