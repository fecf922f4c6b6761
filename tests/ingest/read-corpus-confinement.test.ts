// One walker, one symlink policy: the build, the fingerprint and the watcher see the same files, all inside CORPUS_DIR.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract';
import { listFiles } from '../../src/ingest/list-files';
import { readCorpus } from '../../src/ingest/read-corpus';
import { scanCorpus, snapshotCorpus } from '../../src/pipeline/apply-corpus-changes';
import { buildDocuments } from '../../src/pipeline/build-documents';
import { fingerprintCorpus } from '../../src/pipeline/corpus-fingerprint';
import { createSearchEngine } from '../../src/search/engine';
import { watchCorpus } from '../../src/server/corpus-watcher';
import type { CorpusWatcher } from '../../src/server/corpus-watcher';
import type { SearchParams } from '../../src/types';

let base: string;
let corpus: string;
let outside: string;

beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'sift-confine-'));
  corpus = path.join(base, 'corpus');
  outside = path.join(base, 'elsewhere');
  await mkdir(path.join(corpus, 'inner'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(corpus, 'report.txt'), 'Observers reported shelling near Aleppo on Tuesday.\n');
  await writeFile(path.join(corpus, 'inner', 'talks.txt'), 'Delegations met in Astana to discuss a ceasefire.\n');
  await writeFile(path.join(outside, 'passwd'), 'root:x:0:0:secretaccount:/root:/bin/bash\n');
  await mkdir(path.join(outside, 'folder'));
  await writeFile(path.join(outside, 'folder', 'private.txt'), 'Privatewordzz from a folder outside the corpus.\n');
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** The hostile links of the issue plus two that stay inside and must keep working. */
async function addLinks(): Promise<void> {
  await symlink(path.join(outside, 'passwd'), path.join(corpus, 'passwd.txt'));
  await symlink(path.join(outside, 'folder'), path.join(corpus, 'linked-folder'));
  await symlink(path.join(corpus, 'inner', 'talks.txt'), path.join(corpus, 'talks-link.txt'));
  await symlink(path.join(corpus, 'inner'), path.join(corpus, 'inner-link'));
  // A relative link climbing out of the folder is outside too.
  await symlink('../elsewhere/passwd', path.join(corpus, 'relative.txt'));
}

const OUTSIDE = /^symbolic link to ".*", outside the corpus folder/;

describe('listFiles', () => {
  it('skips links leading outside the corpus folder with the reason, and follows links that stay inside', async () => {
    await addLinks();
    const { files, skipped } = await listFiles(corpus);
    expect(files).toEqual(['inner/talks.txt', 'report.txt', 'talks-link.txt']);
    expect(skipped).toEqual([
      { file: 'inner-link', reason: 'symbolic link to a folder already listed ("inner")' },
      { file: 'linked-folder', reason: expect.stringMatching(OUTSIDE) },
      { file: 'passwd.txt', reason: expect.stringMatching(OUTSIDE) },
      { file: 'relative.txt', reason: expect.stringMatching(OUTSIDE) },
    ]);
  });

  it('confines to the real path when the corpus folder itself is reached through a link', async () => {
    const alias = path.join(base, 'alias');
    await symlink(corpus, alias);
    await symlink(path.join(outside, 'passwd'), path.join(corpus, 'passwd.txt'));
    const { files, skipped } = await listFiles(alias);
    expect(files).toEqual(['inner/talks.txt', 'report.txt']);
    expect(skipped.map((s) => s.file)).toEqual(['passwd.txt']);
  });
});

describe('readCorpus', () => {
  it('never reads a file outside the corpus, and reports each escaping link', async () => {
    await addLinks();
    const { documents, skipped } = await readCorpus(corpus);
    expect(documents.map((d) => d.file)).toEqual(['inner/talks.txt', 'report.txt', 'talks-link.txt']);
    expect(documents.map((d) => d.text).join('')).not.toMatch(/secretaccount|Privatewordzz/);
    expect(skipped.filter((s) => OUTSIDE.test(s.reason)).map((s) => s.file)).toEqual(['linked-folder', 'passwd.txt', 'relative.txt']);
  });
});

describe('readCorpus with a listing walked earlier', () => {
  it('refuses a listed file that has since become a link leading outside', async () => {
    const listing = { files: ['report.txt'], skipped: [] };
    await rm(path.join(corpus, 'report.txt'));
    await symlink(path.join(outside, 'passwd'), path.join(corpus, 'report.txt'));
    const { documents, skipped } = await readCorpus(corpus, {}, { listing });
    expect(documents).toEqual([]);
    expect(skipped).toEqual([{ file: 'report.txt', reason: 'now a symbolic link leading outside the corpus folder' }]);
  });
});

describe('fingerprintCorpus and snapshotCorpus', () => {
  it('see exactly the files the build reads', async () => {
    await addLinks();
    const { files } = await listFiles(corpus);
    expect([...(await snapshotCorpus(corpus)).keys()]).toEqual(files);
    expect((await fingerprintCorpus(corpus)).files).toBe(files.length);
  });

  it('change when a linked file inside changes, and not when a file behind an escaping link does', async () => {
    await addLinks();
    const before = (await fingerprintCorpus(corpus)).fingerprint;
    await writeFile(path.join(outside, 'passwd'), 'root:x:0:0:changed and much longer than before:/root:/bin/sh\n');
    expect((await fingerprintCorpus(corpus)).fingerprint).toBe(before);
    await writeFile(path.join(corpus, 'inner', 'talks.txt'), 'Delegations met again in Astana, with a longer text this time.\n');
    expect((await fingerprintCorpus(corpus)).fingerprint).not.toBe(before);
  });
});

describe('watchCorpus', () => {
  let watcher: CorpusWatcher | null = null;
  afterEach(() => {
    watcher?.close();
    watcher = null;
  });

  const query = (q: string): SearchParams => ({
    q,
    filters: { speaker: [], actor: [], location: [], group: [] },
    from: null,
    to: null,
    doc: null,
    sort: 'relevance',
    limit: 10,
    offset: 0,
    facetSize: 10,
  });

  it('skips and reports links leading outside that appear while watching, and serves a new link that stays inside', async () => {
    const extractor = createExtractor();
    const engine = createSearchEngine((await buildDocuments(corpus, { extractor })).documents);
    const lines: string[] = [];
    watcher = watchCorpus({
      corpusDir: corpus,
      engine: () => engine,
      compact: async () => {},
      createExtractor: () => extractor,
      log: (line) => lines.push(line),
      initial: (await scanCorpus(corpus)).snapshot,
      debounceMs: 20,
    });
    await watcher.ready;
    await addLinks();
    await watcher.refresh();
    expect(engine.search(query('secretaccount')).total).toBe(0);
    expect(engine.search(query('Privatewordzz')).total).toBe(0);
    expect(engine.getDocument('passwd')).toBeUndefined();
    expect(engine.getDocument('talks-link')).toBeDefined();
    expect(lines.filter((l) => /outside the corpus folder/.test(l)).map((l) => l.split(':')[0])).toEqual([
      'skipped linked-folder',
      'skipped passwd.txt',
      'skipped relative.txt',
    ]);
    // Reported once, not on every later pass.
    await watcher.refresh();
    expect(lines.filter((l) => /outside the corpus folder/.test(l))).toHaveLength(3);
  });
});
