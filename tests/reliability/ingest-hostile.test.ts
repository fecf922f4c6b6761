// Hostile corpus files (random bytes, broken UTF-8, deep or huge JSON, huge lines, special files, a file that vanishes) are reported and skipped; the rest is indexed.
import { execFileSync } from 'node:child_process';
import * as realFs from 'node:fs/promises';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeText } from '../../src/ingest/decode-text';
import { parseJsonlRecords, parseJsonRecords } from '../../src/ingest/parse-records';
import { readCorpus } from '../../src/ingest/read-corpus';
import { fingerprintCorpus } from '../../src/pipeline/corpus-fingerprint';
import { readIndexHeader } from '../../src/pipeline/index-store';
import { prepareIndex } from '../../src/pipeline/prepare-index';
import type { PreparedIndex } from '../../src/pipeline/prepare-index';

/** Files whose name ends with this are deleted the moment the reader opens them: they vanish mid-build. */
const VANISHING = 'vanishing.txt';

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (file: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
    if (String(file).endsWith(VANISHING)) await fs.unlink(String(file)).catch(() => {});
    return (fs.readFile as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFile;
  return { ...fs, default: { ...fs, readFile }, readFile };
});

const ARTICLE = [
  'Shelling hit the eastern district of Aleppo on Friday, the monitor said.',
  'Residents said the bombardment lasted through the night and damaged a school.',
].join('\n\n');
const NESTING = 100_000;
const deepArray = `${'['.repeat(NESTING)}${']'.repeat(NESTING)}`;
const deepObject = `${'{"a":'.repeat(NESTING)}1${'}'.repeat(NESTING)}`;

function seededBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** What each hostile file must be reported as. */
const EXPECTED_SKIPS: Array<[string, RegExp]> = [
  ['random-bytes.txt', /binary|not valid UTF-8/],
  ['truncated-utf8.txt', /not valid UTF-8/],
  ['utf16.txt', /UTF-16/],
  ['nul-bytes.md', /binary/],
  ['empty.txt', /empty/],
  ['deep-array.json', /record is an array/],
  ['deep-object.json', /no "text" field/],
  ['enormous.json', /too large/],
  ['fifty-mb-line.txt', /too large/],
  // JSON Lines are streamed: one line past the line limit (16 MB) is skipped by number, not the file.
  ['fifty-mb-line.jsonl:1', /line longer than/],
  ['records.jsonl:2', /malformed JSON line/],
  ['records.jsonl:3', /record is an array/],
  ['records.jsonl:4', /"text" is a object|expected a string/],
  ['named-pipe.txt', /not a regular file/],
  ['dangling-link.txt', /vanished|dangling/],
  [VANISHING, /vanished/],
  ['program.exe', /unsupported file type/],
];

let dir: string;
let indexDir: string;
let prepared: PreparedIndex;
const logged: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sift-hostile-ingest-'));
  indexDir = await mkdtemp(path.join(tmpdir(), 'sift-hostile-index-'));
  const put = (name: string, data: string | Buffer) => writeFile(path.join(dir, name), data);
  await put('good-article.txt', ARTICLE);
  await put('random-bytes.txt', seededBytes(4096, 7));
  await put('truncated-utf8.txt', Buffer.concat([Buffer.from('Shelling near the caf'), Buffer.from([0xc3])]));
  await put('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Shelling in Aleppo', 'utf16le')]));
  await put('nul-bytes.md', Buffer.from('Shelling\u0000in\u0000Aleppo'));
  await put('empty.txt', '');
  await put('deep-array.json', deepArray);
  await put('deep-object.json', deepObject);
  // Deep values in every field but "text": the record is kept, the deep fields are ignored.
  await put('deep-fields.json', JSON.stringify({ text: ARTICLE.replace('Friday', 'Sunday'), title: 'T', source: 'S' }).replace('"T"', deepArray).replace('"S"', deepObject));
  await put('enormous.json', `[${JSON.stringify({ text: 'x'.repeat(1000) })}${`,${JSON.stringify({ text: 'y'.repeat(1000) })}`.repeat(21_000)}]`);
  await put('fifty-mb-line.txt', Buffer.alloc(50 * 1024 * 1024, 'a'));
  await put('fifty-mb-line.jsonl', `{"text":"${'b'.repeat(50 * 1024 * 1024)}"}\n`);
  await put(
    'records.jsonl',
    [JSON.stringify({ id: 'jsonl-good', text: ARTICLE.replace('Aleppo', 'Idlib') }), '{"text": "truncated', deepArray, JSON.stringify({ text: { nested: true } })].join('\n'),
  );
  // A whole scraped page on one line, within the size limit: indexed, cut into bounded paragraphs.
  await put('one-line-page.txt', Array.from({ length: 300 }, (_, i) => `Report ${i} says shelling resumed near the town.`).join(' '));
  execFileSync('mkfifo', [path.join(dir, 'named-pipe.txt')]);
  await symlink(path.join(dir, 'no-such-target.txt'), path.join(dir, 'dangling-link.txt'));
  await put(VANISHING, ARTICLE);
  await put('program.exe', seededBytes(100, 3));
  prepared = await prepareIndex({ corpusDir: dir, indexDir, log: (line) => logged.push(line) });
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

describe('prepareIndex over a hostile corpus', () => {
  it('indexes every usable document', () => {
    const ids = ['good-article', 'deep-fields', 'jsonl-good', 'one-line-page'];
    for (const id of ids) expect(prepared.engine.getDocument(id), id).toBeDefined();
    expect(prepared.header.documents).toBe(ids.length);
    expect(prepared.engine.search({ q: 'shelling', filters: { speaker: [], actor: [], location: [], group: [] }, from: null, to: null, doc: null, sort: 'relevance', limit: 10, offset: 0, facetSize: 10 }).total).toBeGreaterThan(3);
  });

  it.each(EXPECTED_SKIPS)('reports %s with its reason', (file, reason) => {
    const entry = prepared.skipped.find((s) => s.file === file);
    expect(entry, `${file} in ${JSON.stringify(prepared.skipped.map((s) => s.file))}`).toBeDefined();
    expect(entry!.reason).toMatch(reason);
    expect(logged.some((line) => line.startsWith(`skipped ${file}: `))).toBe(true);
  });

  it('skips nothing else', () => {
    expect(prepared.skipped.map((s) => s.file).sort()).toEqual(EXPECTED_SKIPS.map(([f]) => f).sort());
  });

  it('cuts a one-line page into paragraphs of bounded length', () => {
    const doc = prepared.engine.getDocument('one-line-page')!;
    expect(doc.paragraphs.length).toBeGreaterThan(1);
    for (const p of doc.paragraphs) expect(p.text.length).toBeLessThanOrEqual(5000);
    expect(doc.paragraphs.map((p) => p.text).join(' ')).toContain('Report 299 says shelling resumed near the town.');
  });

  it('records the corpus as it was before the file vanished, so the next start rebuilds', async () => {
    expect((await realFs.stat(path.join(dir, VANISHING)).catch(() => null))).toBeNull();
    const header = await readIndexHeader(indexDir);
    expect(header?.fingerprint).not.toBe((await fingerprintCorpus(dir)).fingerprint);
  });
});

describe('decodeText (property)', () => {
  it('never throws on random bytes and returns either text or a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = decodeText(bytes);
        if (result.ok) expect(result.text.trim()).not.toBe('');
        else expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses any valid text cut inside a multi-byte character', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() !== ''), fc.constantFrom('é', '€', '😀'), fc.integer({ min: 1, max: 3 }), (text, wide, cut) => {
        const whole = Buffer.from(text + wide);
        const keep = Math.min(cut, Buffer.byteLength(wide) - 1);
        const truncated = whole.subarray(0, whole.length - Buffer.byteLength(wide) + keep);
        const result = decodeText(truncated);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseJsonRecords and parseJsonlRecords (property)', () => {
  it('never throw, whatever JSON or near-JSON text they get', () => {
    const text = fc.oneof(
      fc.json({ maxDepth: 6 }),
      fc.json({ maxDepth: 3 }).map((j) => j.slice(0, Math.floor(j.length / 2))),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.anything({ maxDepth: 4 }).map((v) => JSON.stringify({ text: v, id: v, title: v, published: v }) ?? ''),
    );
    fc.assert(
      fc.property(text, (t) => {
        const json = parseJsonRecords(t, 'f.json', 'f');
        const jsonl = parseJsonlRecords(t, 'f.jsonl', 'f');
        for (const parsed of [json, jsonl]) {
          for (const r of parsed.records) expect(typeof r.text).toBe('string');
          for (const s of parsed.skipped) expect(s.reason.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('readCorpus over random files (property)', () => {
  it('keeps the good document whatever bytes sit next to it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'sift-random-'));
    try {
      await writeFile(path.join(folder, 'a-good.txt'), ARTICLE);
      const ext = fc.constantFrom('txt', 'md', 'json', 'jsonl', 'meta.json');
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), ext, async (bytes, extension) => {
          const name = extension === 'meta.json' ? 'meta.json' : `b-random.${extension}`;
          await writeFile(path.join(folder, name), bytes);
          try {
            const { documents, skipped } = await readCorpus(folder);
            expect(documents.some((d) => d.id === 'a-good' && d.text.includes('Aleppo'))).toBe(true);
            for (const s of skipped) expect(s.reason.length).toBeGreaterThan(0);
          } finally {
            await rm(path.join(folder, name), { force: true });
          }
        }),
        { numRuns: 100 },
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
