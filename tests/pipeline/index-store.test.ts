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
    const sections = { ids: new Uint8Array(new Uint32Array([1, 2, 70000]).buffer), odd: Uint8Array.from([9, 8, 7]), empty: new Uint8Array(0) };
    await writeIndexFile(dir, summary, { meta: { hello: ['world', 1] }, sections });
    const { header, payload } = await readIndexFile(dir);
    expect(payload.meta).toEqual({ hello: ['world', 1] });
    expect(Object.keys(payload.sections)).toEqual(['ids', 'odd', 'empty']);
    expect([...payload.sections.odd!]).toEqual([9, 8, 7]);
    expect(payload.sections.empty!.byteLength).toBe(0);
    const ids = payload.sections.ids!;
    expect([...new Uint32Array(ids.buffer.slice(ids.byteOffset, ids.byteOffset + ids.byteLength))]).toEqual([1, 2, 70000]);
    expect(header).toMatchObject(summary);
    expect((await readIndexHeader(dir))?.checksum).toBe(header.checksum);
  });

  it('leaves no temporary file behind', async () => {
    await writeIndexFile(dir, summary, { meta: { a: 1 }, sections: {} });
    expect(await readdir(dir)).toEqual(['sift-index.bin']);
  });

  it('replaces an older index whole', async () => {
    await writeIndexFile(dir, summary, { meta: { generation: 1 }, sections: {} });
    await writeIndexFile(dir, { ...summary, documents: 3 }, { meta: { generation: 2 }, sections: {} });
    const { header, payload } = await readIndexFile(dir);
    expect(payload.meta).toEqual({ generation: 2 });
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
    await writeIndexFile(dir, summary, { meta: {}, sections: { text: new Uint8Array(1000).fill(120) } });
    const data = await readFile(indexPath(dir));
    await writeFile(indexPath(dir), data.subarray(0, data.length - 100));
    await expect(readIndexFile(dir)).rejects.toMatchObject({ code: 'index_corrupt', message: expect.stringMatching(/truncated/) });
  });

  it('refuses a corrupted payload by its checksum', async () => {
    await writeIndexFile(dir, summary, { meta: { text: 'abcdef' }, sections: {} });
    const text = (await readFile(indexPath(dir), 'utf8')).replace('abcdef', 'abcdeg');
    await writeFile(indexPath(dir), text);
    await expect(readIndexFile(dir)).rejects.toMatchObject({ code: 'index_corrupt', message: expect.stringMatching(/checksum/) });
  });

  it('refuses another format version, naming both versions', async () => {
    await writeIndexFile(dir, summary, { meta: {}, sections: {} });
    const text = await readFile(indexPath(dir), 'utf8');
    await writeFile(indexPath(dir), text.replace('"version":2', '"version":99'));
    await expect(readIndexFile(dir)).rejects.toMatchObject({ code: 'index_version', message: expect.stringMatching(/99.*2/) });
  });

  it('refuses a file that is not an index', async () => {
    await writeFile(indexPath(dir), 'hello\nworld');
    await expect(readIndexFile(dir)).rejects.toMatchObject({ code: 'index_corrupt' });
  });
});

describe('readIndexFile (property)', () => {
  it('returns the exact payload or refuses with index_corrupt/index_version, whatever damage the file took', async () => {
    const payload = {
      meta: { documents: [{ id: 'a', text: 'Shelling near Aleppo — “quoted” ☃' }], numbers: [1, 2.5, -3], nested: { deep: [[['x']]] } },
      sections: { postings: Uint8Array.from({ length: 40 }, (_, i) => (i * 37) % 256), none: new Uint8Array(0), flags: Uint8Array.from([1, 0, 1]) },
    };
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
          const read = (await readIndexFile(dir)).payload;
          expect(read.meta).toEqual(payload.meta);
          expect(Object.fromEntries(Object.entries(read.sections).map(([k, v]) => [k, [...v]]))).toEqual(
            Object.fromEntries(Object.entries(payload.sections).map(([k, v]) => [k, [...v]])),
          );
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
