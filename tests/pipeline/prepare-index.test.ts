import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEntityResolver } from '../../src/pipeline/entity-resolver';
import { indexPath, INDEX_FILE, readIndexFile, writeIndexFile } from '../../src/pipeline/index-store';
import { prepareIndex } from '../../src/pipeline/prepare-index';
import type { SearchParams } from '../../src/types';

// The identity of the extraction code and data, switchable to play an upgrade of Sift.
const identity = vi.hoisted(() => ({ value: 'sift-version-1' }));
vi.mock('../../src/pipeline/extraction-identity', () => ({ extractionIdentity: () => identity.value }));

const resolver = createEntityResolver();
const ALEPPO = 'Shelling hit the eastern district of Aleppo on Friday, the monitor said.\n';
const IDLIB = 'Talks on a ceasefire in Idlib will resume next week, the envoy said.\n';

let corpusDir: string;
let indexDir: string;
let pristine: Buffer;

function query(q: string): SearchParams {
  return { q, filters: { speaker: [], actor: [], location: [], group: [] }, from: null, to: null, doc: null, sort: 'relevance', limit: 10, offset: 0, facetSize: 10 };
}

async function prepare(): Promise<{ rebuilt: boolean; lines: string[]; total: number }> {
  const lines: string[] = [];
  const prepared = await prepareIndex({ corpusDir, indexDir, resolver, log: (line) => lines.push(line) });
  return { rebuilt: prepared.rebuilt, lines, total: prepared.engine.search(query('shelling')).total };
}

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'sift-prepare-corpus-'));
  indexDir = await mkdtemp(path.join(tmpdir(), 'sift-prepare-index-'));
  await writeFile(path.join(corpusDir, 'aleppo.txt'), ALEPPO);
  await writeFile(path.join(corpusDir, 'idlib.txt'), IDLIB);
  await prepareIndex({ corpusDir, indexDir, resolver });
  pristine = await readFile(indexPath(indexDir));
}, 60_000);

afterAll(async () => {
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await rm(indexDir, { recursive: true, force: true });
  await mkdir(indexDir);
  await writeFile(indexPath(indexDir), pristine);
});

describe('prepareIndex', () => {
  it('loads a sound, fresh index without rebuilding or logging', async () => {
    expect(await prepare()).toEqual({ rebuilt: false, lines: [], total: 1 });
  });

  it('builds the index when there is none, saying so in one line', async () => {
    await rm(indexPath(indexDir));
    const { rebuilt, lines, total } = await prepare();
    expect(rebuilt).toBe(true);
    expect(lines).toEqual([`no index in ${indexDir}: building it`]);
    expect(total).toBe(1);
  });

  const header = (text: string) => text.slice(0, text.indexOf('\n'));
  it.each<[string, (data: Buffer) => Buffer | string, RegExp]>([
    ['truncated', (data) => data.subarray(0, data.length - 50), /truncated/],
    ['cut inside its header', (data) => data.subarray(0, 20), /no header line/],
    ['emptied', () => '', /no header line/],
    ['corrupted in its payload', (data) => { const copy = Buffer.from(data); copy[copy.length - 10] = copy[copy.length - 10]! ^ 0x01; return copy; }, /checksum mismatch/],
    ['of another format version', (data) => data.toString('utf8').replace('"version":2', '"version":3'), /format version 3.*reads version 2/],
    ['not JSON in its header', (data) => `{oops\n${data.toString('utf8').slice(header(data.toString('utf8')).length + 1)}`, /header is not valid JSON/],
    ['a JSON null header', (data) => `null\n${data.toString('utf8').slice(header(data.toString('utf8')).length + 1)}`, /not a Sift index/],
    ['missing its checksum', (data) => data.toString('utf8').replace(/"checksum":"[0-9a-f]+",/, ''), /header is incomplete/],
  ])('rebuilds an index that is %s, reporting it in one line', async (_kind, damage, reason) => {
    await writeFile(indexPath(indexDir), damage(pristine));
    const { rebuilt, lines, total } = await prepare();
    expect(rebuilt).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).toMatch(/rebuilding from the corpus$/);
    expect(lines[0]).not.toContain('\n');
    expect(total).toBe(1);
    expect((await readIndexFile(indexDir)).header.documents).toBe(2);
  });

  it('rebuilds an index whose checksum holds but whose payload is not a search index', async () => {
    await writeIndexFile(indexDir, { fingerprint: JSON.parse(header(pristine.toString('utf8'))).fingerprint, documents: 2, paragraphs: 2, skipped: 0 }, { meta: { not: 'an index' }, sections: {} });
    const { rebuilt, lines } = await prepare();
    expect(rebuilt).toBe(true);
    expect(lines).toEqual([expect.stringMatching(/search index is not a sift-search-index file.*rebuilding from the corpus$/)]);
  });

  it('rebuilds when the corpus changed since the index was built', async () => {
    await writeFile(path.join(corpusDir, 'raqqa.txt'), 'Shelling of Raqqa continued overnight, residents said.\n');
    try {
      const { rebuilt, lines, total } = await prepare();
      expect(rebuilt).toBe(true);
      expect(lines).toEqual([`index in ${indexDir} was built from another state of ${corpusDir} or by another version of Sift: rebuilding`]);
      expect(total).toBe(2);
    } finally {
      await rm(path.join(corpusDir, 'raqqa.txt'));
      await prepareIndex({ corpusDir, indexDir, resolver });
      pristine = await readFile(indexPath(indexDir));
    }
  });

  it('rebuilds when Sift was upgraded (other extraction code or data) though the corpus is unchanged', async () => {
    identity.value = 'sift-version-2';
    try {
      const { rebuilt, lines } = await prepare();
      expect(rebuilt).toBe(true);
      expect(lines).toEqual([`index in ${indexDir} was built from another state of ${corpusDir} or by another version of Sift: rebuilding`]);
      expect((await prepare()).rebuilt).toBe(false);
    } finally {
      identity.value = 'sift-version-1';
      await prepareIndex({ corpusDir, indexDir, resolver });
      pristine = await readFile(indexPath(indexDir));
    }
  });

  it('removes temporary files left by a killed build, and only those', async () => {
    const dead = `${INDEX_FILE}.tmp-999999999-1`;
    const alive = `${INDEX_FILE}.tmp-${process.pid}-1`;
    await writeFile(path.join(indexDir, dead), 'half an index');
    await writeFile(path.join(indexDir, alive), 'being written');
    const { rebuilt, lines } = await prepare();
    expect(rebuilt).toBe(false);
    expect(lines).toEqual([`removed ${dead}, left by an interrupted build`]);
    expect((await readdir(indexDir)).sort()).toEqual([INDEX_FILE, alive].sort());
  });

  it('serves the index it built when the index folder refuses the file, and says so', async () => {
    const lines: string[] = [];
    const refuse = async (): Promise<never> => {
      throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
    };
    const prepared = await prepareIndex({ corpusDir, indexDir, resolver, force: true, log: (line) => lines.push(line), write: refuse });
    expect(prepared.rebuilt).toBe(true);
    expect(prepared.engine.search(query('shelling')).total).toBeGreaterThan(0);
    expect(prepared.header.paragraphs).toBe(prepared.engine.stats().paragraphs);
    expect(lines.join('\n')).toContain(`could not save the index in ${indexDir} (EACCES)`);
  });

  it('names INDEX_DIR when it is a file rather than a folder', async () => {
    const file = path.join(indexDir, 'not-a-folder');
    await writeFile(file, 'x');
    await expect(prepareIndex({ corpusDir, indexDir: file, resolver })).rejects.toThrow(`INDEX_DIR ${file} is a file, not a folder`);
  });
});
