// A real `npm run index` killed (SIGKILL) at several points leaves the previous index intact; the next start cleans up and rebuilds.
import { watch } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus';
import { createEntityResolver } from '../../src/pipeline/entity-resolver';
import { indexPath, INDEX_FILE, readIndexFile } from '../../src/pipeline/index-store';
import { prepareIndex } from '../../src/pipeline/prepare-index';
import { runCli } from './child-server';
import type { ChildRun } from './child-server';

const resolver = createEntityResolver();
let corpusDir: string;
let oldCorpusDir: string;
let indexDir: string;
let previous: Buffer;
let corpusDocuments: number;

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'sift-killed-corpus-'));
  oldCorpusDir = await mkdtemp(path.join(tmpdir(), 'sift-killed-old-'));
  indexDir = await mkdtemp(path.join(tmpdir(), 'sift-killed-index-'));
  // Large enough that extraction outlasts the kill sent on the "read" log line (about a second of work), no larger:
  // the build runs twice, once in the child and once in the final rebuild.
  corpusDocuments = (await generateCorpus({ paragraphs: 800, outDir: corpusDir, docsPerFile: 50, seed: 3 })).documents;
  await writeFile(path.join(oldCorpusDir, 'old.txt'), 'Shelling hit the eastern district of Aleppo on Friday, the monitor said.\n');
  await prepareIndex({ corpusDir: oldCorpusDir, indexDir, resolver });
  previous = await readFile(indexPath(indexDir));
}, 120_000);

afterAll(async () => {
  for (const dir of [corpusDir, oldCorpusDir, indexDir]) await rm(dir, { recursive: true, force: true });
});

function startBuild(): ChildRun {
  // Progress on (it is quiet under the test runner): its first line says extraction has begun.
  return runCli('src/cli/index-corpus.ts', { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, SIFT_PROGRESS: '1' });
}

/** Resolves when a file named like a temporary index appears in the index folder. */
function tempFileAppears(): { appeared: Promise<void>; close: () => void } {
  let close = () => {};
  const appeared = new Promise<void>((resolve) => {
    const watcher = watch(indexDir, (_event, name) => {
      if (name?.startsWith(`${INDEX_FILE}.tmp-`)) resolve();
    });
    close = () => watcher.close();
  });
  return { appeared, close };
}

async function expectPreviousIndexIntact(): Promise<void> {
  expect((await readFile(indexPath(indexDir))).equals(previous)).toBe(true);
  expect((await readIndexFile(indexDir)).header.documents).toBe(1);
}

describe('npm run index killed with SIGKILL', () => {
  it('leaves the previous index intact when killed while the process starts', async () => {
    const build = startBuild();
    await new Promise((resolve) => build.child.once('spawn', resolve));
    build.child.kill('SIGKILL');
    expect(await build.exited).toBe('SIGKILL');
    await expectPreviousIndexIntact();
  }, 60_000);

  it('leaves the previous index intact when killed while extracting', async () => {
    const build = startBuild();
    await build.waitForLog(/^indexing \d+ records/m);
    build.child.kill('SIGKILL');
    expect(await build.exited).toBe('SIGKILL');
    await expectPreviousIndexIntact();
  }, 60_000);

  it('leaves a whole index, old or new, when killed as the new one is being written', async () => {
    const temp = tempFileAppears();
    const build = startBuild();
    try {
      await Promise.race([temp.appeared, build.exited]);
      build.child.kill('SIGKILL');
    } finally {
      temp.close();
    }
    const ended = await build.exited;
    const { header } = await readIndexFile(indexDir);
    if ((await readFile(indexPath(indexDir))).equals(previous)) {
      expect(ended).toBe('SIGKILL');
      // Killed mid-write: the half-written file is there, under a name no reader takes for the index.
      expect((await readdir(indexDir)).some((name) => name.startsWith(`${INDEX_FILE}.tmp-`))).toBe(true);
      expect(header.documents).toBe(1);
    } else {
      // The rename won the race against the kill: the new index must then be complete.
      expect(header.documents).toBe(corpusDocuments);
      previous = await readFile(indexPath(indexDir));
    }
  }, 60_000);

  it('lets the next start remove the leftovers and rebuild from the corpus', async () => {
    const lines: string[] = [];
    const prepared = await prepareIndex({ corpusDir, indexDir, resolver, log: (line) => lines.push(line) });
    expect(prepared.header.documents).toBe(corpusDocuments);
    expect(await readdir(indexDir)).toEqual([INDEX_FILE]);
    expect(lines.filter((line) => !line.startsWith('removed ')).length).toBeLessThanOrEqual(1);
  }, 120_000);
});
