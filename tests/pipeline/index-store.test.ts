import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SiftError } from '../../src/errors';
import { indexPath, readIndexFile, readIndexHeader, writeIndexFile } from '../../src/pipeline/index-store';

const summary = { fingerprint: 'abc', documents: 2, paragraphs: 7, skipped: 1 };
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sift-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeIndexFile', () => {
  it('round-trips the payload and the summary', async () => {
    await writeIndexFile(dir, summary, { hello: ['world', 1] });
    const { header, payload } = await readIndexFile(dir);
    expect(payload).toEqual({ hello: ['world', 1] });
    expect(header).toMatchObject(summary);
    expect((await readIndexHeader(dir))?.checksum).toBe(header.checksum);
  });

  it('leaves no temporary file behind', async () => {
    await writeIndexFile(dir, summary, { a: 1 });
    expect(await readdir(dir)).toEqual(['sift-index.json']);
  });

  it('replaces an older index whole', async () => {
    await writeIndexFile(dir, summary, { generation: 1 });
    await writeIndexFile(dir, { ...summary, documents: 3 }, { generation: 2 });
    const { header, payload } = await readIndexFile(dir);
    expect(payload).toEqual({ generation: 2 });
    expect(header.documents).toBe(3);
  });
});

describe('readIndexHeader', () => {
  it('returns null when there is no index', async () => {
    expect(await readIndexHeader(dir)).toBeNull();
  });
});

describe('readIndexFile', () => {
  it('refuses a truncated index with a clear message', async () => {
    await writeIndexFile(dir, summary, { text: 'x'.repeat(1000) });
    const data = await readFile(indexPath(dir));
    await writeFile(indexPath(dir), data.subarray(0, data.length - 100));
    await expect(readIndexFile(dir)).rejects.toMatchObject({ code: 'index_corrupt', message: expect.stringMatching(/truncated/) });
  });

  it('refuses a corrupted payload by its checksum', async () => {
    await writeIndexFile(dir, summary, { text: 'abcdef' });
    const text = (await readFile(indexPath(dir), 'utf8')).replace('abcdef', 'abcdeg');
    await writeFile(indexPath(dir), text);
    await expect(readIndexFile(dir)).rejects.toMatchObject({ code: 'index_corrupt', message: expect.stringMatching(/checksum/) });
  });

  it('refuses another format version, naming both versions', async () => {
    await writeIndexFile(dir, summary, {});
    const text = await readFile(indexPath(dir), 'utf8');
    await writeFile(indexPath(dir), text.replace('"version":1', '"version":99'));
    await expect(readIndexFile(dir)).rejects.toMatchObject({ code: 'index_version', message: expect.stringMatching(/99.*1/) });
  });

  it('refuses a file that is not an index', async () => {
    await writeFile(indexPath(dir), 'hello\nworld');
    await expect(readIndexFile(dir)).rejects.toMatchObject({ code: 'index_corrupt' });
  });
});

describe('readIndexFile (property)', () => {
  it('returns the exact payload or refuses with index_corrupt/index_version, whatever damage the file took', async () => {
    const payload = { documents: [{ id: 'a', text: 'Shelling near Aleppo — “quoted” ☃' }], numbers: [1, 2.5, -3], nested: { deep: [[['x']]] } };
    await writeIndexFile(dir, summary, payload);
    const pristine = await readFile(indexPath(dir));
    const damage = fc.oneof(
      fc.nat({ max: pristine.length - 1 }).map((at) => (data: Buffer) => data.subarray(0, at)),
      fc.tuple(fc.nat({ max: pristine.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, xor]) => (data: Buffer) => {
        const copy = Buffer.from(data);
        copy[at] = copy[at]! ^ xor;
        return copy;
      }),
      fc.tuple(fc.nat({ max: pristine.length }), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([at, bytes]) => (data: Buffer) =>
        Buffer.concat([data.subarray(0, at), Buffer.from(bytes), data.subarray(at)]),
      ),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (hurt) => {
        await writeFile(indexPath(dir), hurt(pristine));
        try {
          expect((await readIndexFile(dir)).payload).toEqual(payload);
        } catch (err) {
          expect(err).toBeInstanceOf(SiftError);
          expect(['index_corrupt', 'index_version']).toContain((err as SiftError).code);
          expect((err as Error).message).not.toContain('\n');
        }
        try {
          await readIndexHeader(dir);
        } catch (err) {
          expect(err).toBeInstanceOf(SiftError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
