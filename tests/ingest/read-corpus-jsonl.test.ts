// JSON Lines of any size are streamed line by line; bad lines are named by number; MAX_FILE_MB sets the limit for the rest.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxFileBytesFromEnv, readCorpus } from '../../src/ingest/read-corpus';
import { readJsonlRecords } from '../../src/ingest/read-jsonl';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'sift-jsonl-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeLines(file: string, count: number, line: (n: number) => string): Promise<void> {
  const out = createWriteStream(path.join(root, file));
  for (let n = 1; n <= count; n++) {
    if (!out.write(`${line(n)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

describe('readCorpus on JSON Lines', () => {
  it('indexes the good lines of 100,000 and names the 3 malformed ones by line number', async () => {
    const bad = new Set([7, 50_001, 99_999]);
    await writeLines('feed.jsonl', 100_000, (n) => (bad.has(n) ? `{"text": "broken line ${n}"` : JSON.stringify({ id: `r${n}`, text: `Record ${n}.` })));
    const { documents, skipped } = await readCorpus(root);
    expect(documents).toHaveLength(99_997);
    expect(documents[0]).toMatchObject({ id: 'r1', text: 'Record 1.' });
    expect(skipped.map((s) => s.file)).toEqual(['feed.jsonl:7', 'feed.jsonl:50001', 'feed.jsonl:99999']);
    expect(skipped.every((s) => /^malformed JSON line/.test(s.reason))).toBe(true);
  }, 60_000);

  it('reads a JSON Lines file larger than the per-file limit of other formats', async () => {
    await writeLines('big.jsonl', 2000, (n) => JSON.stringify({ text: `Paragraph ${n} ${'word '.repeat(100)}` }));
    await writeFile(path.join(root, 'big.txt'), 'x'.repeat(300_000));
    const { documents, skipped } = await readCorpus(root, { maxFileBytes: 200_000 });
    expect(documents.filter((d) => d.file === 'big.jsonl')).toHaveLength(2000);
    expect(skipped).toEqual([{ file: 'big.txt', reason: expect.stringMatching(/^file too large .* set MAX_FILE_MB to raise it/) }]);
  });
});

describe('readJsonlRecords', () => {
  it('reports a line that is not UTF-8 or too long by number and keeps the lines around it', async () => {
    const lines = [
      Buffer.from('{"text":"first"}\n'),
      Buffer.from([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]),
      Buffer.from(`{"text":"${'y'.repeat(5000)}"}\r\n`),
      Buffer.from('{"text":"last"}'),
    ];
    await writeFile(path.join(root, 'mixed.jsonl'), Buffer.concat(lines));
    const { records, skipped } = await readJsonlRecords(root, 'mixed.jsonl', 'mixed', 0, { maxLineBytes: 1000 });
    expect(records.map((r) => [r.id, r.text])).toEqual([
      ['mixed-1', 'first'],
      ['mixed-4', 'last'],
    ]);
    expect(skipped).toEqual([
      { file: 'mixed.jsonl:2', reason: 'line is not valid UTF-8' },
      { file: 'mixed.jsonl:3', reason: 'line longer than 1000 bytes' },
    ]);
  });

  it('reports progress in bytes and lines while reading', async () => {
    await writeLines('p.jsonl', 5000, (n) => JSON.stringify({ text: `Row ${n}` }));
    const seen: number[] = [];
    await readJsonlRecords(root, 'p.jsonl', 'p', 1, { progressEveryBytes: 10_000, onProgress: (p) => seen.push(p.bytes) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('maxFileBytesFromEnv', () => {
  it.each([
    [{}, 20 * 1024 * 1024],
    [{ MAX_FILE_MB: '64' }, 64 * 1024 * 1024],
    [{ MAX_FILE_MB: '0.5' }, 512 * 1024],
  ])('reads %j as %i bytes', (env, bytes) => {
    expect(maxFileBytesFromEnv(env)).toBe(bytes);
  });

  it.each(['0', '-3', 'lots'])('refuses MAX_FILE_MB=%s with a message', (value) => {
    expect(() => maxFileBytesFromEnv({ MAX_FILE_MB: value })).toThrow(/MAX_FILE_MB must be a positive number of megabytes/);
  });
});
