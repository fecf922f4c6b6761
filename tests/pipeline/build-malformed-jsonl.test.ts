// A JSON Lines export with a few broken lines among many: the build indexes every good record and names each bad line.
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngineFromCorpus } from '../../src/pipeline/build-engine';
import type { BuildProgress } from '../../src/pipeline/build-documents';
import { createExtractor } from '../../src/extract';
import { createEntityResolver } from '../../src/pipeline/entity-resolver';
import type { BuiltEngine } from '../../src/pipeline/build-engine';

// The case is 100,000 records; SIFT_TEST_JSONL_RECORDS changes it (the bad lines move with it). Extraction is
// stubbed (no entities, speakers or dates): this is about the input path, and real extraction of 100,000 records would
// take minutes of the suite; reading, segmentation and indexing are the real ones.
const RECORDS = Number(process.env.SIFT_TEST_JSONL_RECORDS ?? 100_000);
const BAD = new Map([
  [7, '{"id": "r7", "text": "cut off'],
  [Math.floor(RECORDS / 2) + 1, '["an", "array"]'],
  [RECORDS - 1, '{"id": "no text"}'],
]);

const NO_FACETS = { speaker: null, speaker_cue: null, actors: [], locations: [], groups: [], dates: [] };

let root: string;
let built: BuiltEngine;
const progress: BuildProgress[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'sift-malformed-'));
  const out = createWriteStream(path.join(root, 'export.jsonl'));
  for (let n = 1; n <= RECORDS; n++) {
    // Small records, every one a different word so each is findable on its own.
    const line = BAD.get(n) ?? JSON.stringify({ id: `r${n}`, lang: 'en', text: `Convoy${n} reached the crossing.` });
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  const real = createExtractor();
  const extractor = { ...real, extractDocument: (_: unknown, paragraphs: string[]) => paragraphs.map(() => ({ ...NO_FACETS })) };
  built = await buildEngineFromCorpus(root, {
    engine: { resolveEntities: createEntityResolver() },
    documents: { extractor },
    onProgress: (p) => progress.push(p),
  });
}, 600_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('buildEngineFromCorpus on a JSON Lines export with malformed lines', () => {
  it('indexes every good record', () => {
    expect(built.documents).toBe(RECORDS - 3);
    expect(built.engine.stats()).toEqual({ documents: RECORDS - 3, paragraphs: RECORDS - 3 });
    expect(built.engine.getDocument('r2')?.paragraphs[0]?.text).toBe('Convoy2 reached the crossing.');
    expect(built.engine.getDocument(`r${RECORDS}`)).toBeDefined();
  });

  it('names the 3 bad lines by file and line number, with the reason, and nothing else', () => {
    const [first, middle, last] = [...BAD.keys()];
    expect(built.skipped).toEqual([
      { file: `export.jsonl:${first}`, reason: expect.stringMatching(/^malformed JSON line/) },
      { file: `export.jsonl:${middle}`, reason: expect.stringMatching(/array/) },
      { file: `export.jsonl:${last}`, reason: expect.stringMatching(/"text"/) },
    ]);
  });

  it('reports progress up to every record and byte, finishing once', () => {
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ finished: true, records: RECORDS - 3, extracted: RECORDS - 3, paragraphs: RECORDS - 3 });
    expect(last.bytesRead).toBe(last.totalBytes);
    expect(progress.filter((p) => p.finished)).toHaveLength(1);
  });
});
