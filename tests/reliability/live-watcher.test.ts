// The corpus watcher in-process: which files a change touches, and a compaction rebuild that loses no change made while it ran.
import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract';
import type { Extractor } from '../../src/extract';
import { affectedFiles, diffSnapshots, snapshotCorpus } from '../../src/pipeline/apply-corpus-changes';
import { buildDocuments } from '../../src/pipeline/build-documents';
import { createSearchEngine } from '../../src/search/engine';
import type { SiftEngine } from '../../src/search/engine';
import { watchCorpus } from '../../src/server/corpus-watcher';
import type { CorpusWatcher } from '../../src/server/corpus-watcher';
import { createLiveEngine } from '../../src/server/live-engine';
import type { SearchParams } from '../../src/types';
import { ROOT } from './child-server';

describe('affectedFiles', () => {
  const files = ['a.txt', 'b.md', 'meta.json', 'sub/c.txt', 'sub/c.meta.json', 'sub/d.html', 'sub/meta.json', 'e.jsonl'];

  it.each([
    [{ added: ['a.txt'], changed: [], deleted: [] }, ['a.txt']],
    [{ added: [], changed: ['meta.json'], deleted: [] }, ['a.txt', 'b.md', 'e.jsonl']],
    [{ added: [], changed: [], deleted: ['sub/meta.json'] }, ['sub/c.txt', 'sub/d.html']],
    [{ added: ['sub/c.meta.json'], changed: [], deleted: [] }, ['sub/c.txt']],
    [{ added: [], changed: ['e.jsonl'], deleted: ['sub/d.html'] }, ['e.jsonl', 'sub/d.html']],
  ])('for %j re-reads %j', (diff, want) => {
    expect(affectedFiles(diff, files)).toEqual(want);
  });
});

describe('diffSnapshots', () => {
  it('tells added, changed (size or time) and deleted files apart', () => {
    const before = new Map([
      ['a', { size: 1, mtimeMs: 1 }],
      ['b', { size: 1, mtimeMs: 1 }],
      ['c', { size: 1, mtimeMs: 1 }],
      ['d', { size: 1, mtimeMs: 1 }],
    ]);
    const after = new Map([
      ['a', { size: 1, mtimeMs: 1 }],
      ['b', { size: 2, mtimeMs: 1 }],
      ['c', { size: 1, mtimeMs: 2 }],
      ['e', { size: 1, mtimeMs: 1 }],
    ]);
    expect(diffSnapshots(before, after)).toEqual({ added: ['e'], changed: ['b', 'c'], deleted: ['d'] });
  });
});

describe('watchCorpus with compaction', () => {
  let corpusDir: string;
  let extractor: Extractor;
  let watcher: CorpusWatcher | null = null;

  beforeAll(() => {
    extractor = createExtractor();
  });

  afterEach(async () => {
    watcher?.close();
    watcher = null;
    await rm(corpusDir, { recursive: true, force: true });
  });

  const build = async (): Promise<SiftEngine> => createSearchEngine((await buildDocuments(corpusDir, { extractor })).documents);

  function query(q: string): SearchParams {
    return { q, filters: { speaker: [], actor: [], location: [], group: [] }, from: null, to: null, doc: null, sort: 'relevance', limit: 100, offset: 0, facetSize: 100 };
  }

  it('ends serving what a fresh build of the final corpus serves, changes made during the rebuild included', async () => {
    corpusDir = await mkdtemp(path.join(tmpdir(), 'sift-watch-'));
    await cp(path.join(ROOT, 'tests/fixtures/e2e-corpus'), corpusDir, { recursive: true });
    const initial = await snapshotCorpus(corpusDir);
    let open: () => void = () => {};
    let gate: Promise<void> = Promise.resolve();
    let rebuilds = 0;
    let reached: () => void = () => {};
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    const lines: string[] = [];
    const live = createLiveEngine(await build(), {
      build: async () => {
        rebuilds++;
        const snapshot = await watcher!.snapshot();
        try {
          // The rebuild reads the corpus first and is held back afterwards: changes made meanwhile are not in it.
          const { documents } = await buildDocuments(corpusDir, { extractor });
          reached();
          await gate;
          return createSearchEngine(documents);
        } finally {
          watcher!.rebuilt(snapshot);
        }
      },
      log: (line) => lines.push(line),
    });
    gate = new Promise((resolve) => (open = resolve));
    watcher = watchCorpus({
      corpusDir,
      engine: live.current,
      // One compaction only: a later rebuild would read the final corpus and hide a lost change.
      compact: () => (rebuilds === 0 ? live.rebuild() : Promise.resolve()),
      createExtractor: () => extractor,
      log: (line) => lines.push(line),
      initial,
      debounceMs: 50,
      compactMinParagraphs: 0,
      compactRatio: 0,
    });
    await watcher.ready;

    await writeFile(path.join(corpusDir, 'golf-first.txt'), 'Quartermaster Zephyrine reported shelling near Aleppo on Tuesday.\n');
    await watcher.refresh();
    await atGate; // compaction has read the corpus and is held back
    expect(rebuilds).toBe(1);
    expect(live.current().search(query('Zephyrine')).total).toBe(1);

    // While the rebuild waits: more changes, applied to the engine still serving.
    await writeFile(path.join(corpusDir, 'hotel-second.txt'), 'Ysolde said the convoy reached Idlib.\n');
    await unlink(path.join(corpusDir, 'bravo-idlib-talks.txt'));
    await watcher.refresh();
    expect(live.current().search(query('Ysolde')).total).toBe(1);
    expect(live.current().getDocument('bravo-idlib-talks')).toBeUndefined();

    const swapped = live.current();
    open();
    while (live.current() === swapped) await new Promise((resolve) => setTimeout(resolve, 10));
    await watcher.settled();
    await watcher.refresh();
    expect(rebuilds).toBe(1);

    const fresh = await build();
    const served = live.current();
    expect(served.stats()).toEqual(fresh.stats());
    for (const q of ['Zephyrine', 'Ysolde', 'Idlib', 'shelling', '']) {
      const a = served.search(query(q));
      const b = fresh.search(query(q));
      expect({ total: a.total, facets: a.facets, ids: a.hits.map((h) => h.id).sort() }, q).toEqual({ total: b.total, facets: b.facets, ids: b.hits.map((h) => h.id).sort() });
    }
    expect(lines.some((l) => /rebuilding it in the background/.test(l))).toBe(true);
  }, 60_000);
});

describe('watchCorpus on JSON Lines', () => {
  let dir: string;
  let watcher: CorpusWatcher | null = null;

  afterEach(async () => {
    watcher?.close();
    watcher = null;
    await rm(dir, { recursive: true, force: true });
  });

  const record = (n: number, text = `Observers counted convoy ${n} near Aleppo.`) => JSON.stringify({ id: `rec-${n}`, title: `Record ${n}`, text });
  const search = (engine: SiftEngine, q: string) =>
    engine.search({ q, filters: { speaker: [], actor: [], location: [], group: [] }, from: null, to: null, doc: null, sort: 'relevance', limit: 5, offset: 0, facetSize: 5 });

  it('re-extracts only the records that changed when a line is appended or edited', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'sift-watch-jsonl-'));
    const lines = Array.from({ length: 40 }, (_, i) => record(i + 1));
    await writeFile(path.join(dir, 'feed.jsonl'), `${lines.join('\n')}\n`);
    const base = createExtractor();
    let extracted = 0;
    const counting: Extractor = { ...base, extractDocument: (meta, paragraphs) => (extracted++, base.extractDocument(meta, paragraphs)) };
    const engine = createSearchEngine((await buildDocuments(dir, { extractor: base })).documents);
    const initial = await snapshotCorpus(dir);
    watcher = watchCorpus({ corpusDir: dir, engine: () => engine, compact: async () => {}, createExtractor: () => counting, log: () => {}, initial, debounceMs: 20 });
    await watcher.ready;

    await writeFile(path.join(dir, 'feed.jsonl'), `${[...lines, record(41, 'Quartermaster Zephyrine reached Idlib.')].join('\n')}\n`);
    await watcher.refresh();
    expect(extracted).toBe(1);
    expect(search(engine, 'Zephyrine').total).toBe(1);
    expect(engine.stats().documents).toBe(41);

    lines[9] = record(10, 'Ysoldewyn reported a ceasefire in Homs.');
    await writeFile(path.join(dir, 'feed.jsonl'), `${[...lines, record(41, 'Quartermaster Zephyrine reached Idlib.')].join('\n')}\n`);
    await watcher.refresh();
    expect(extracted).toBe(2);
    expect(search(engine, 'Ysoldewyn').total).toBe(1);
    expect(engine.getDocument('rec-10')?.paragraphs[0]?.text).toContain('Ysoldewyn');
  }, 60_000);
});
