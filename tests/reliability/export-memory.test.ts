// Exports do not accumulate in memory: 300 distinct exports on a generated 20,000-paragraph corpus leave the
// server's RSS within 300 MB of where it started (it used to grow by 1.6 GB: whole exports were cached).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCorpusModel } from '../../bench/corpus-model';
import { generateCorpus } from '../../bench/generate-corpus';
import { runCli } from './child-server';
import type { ChildRun } from './child-server';

const PARAGRAPHS = 20_000;
const SEED = 7;
let corpusDir: string;
let run: ChildRun;
let url: string;

/** Resident memory of a process in MB, as the kernel counts it. */
function rssMb(pid: number): number {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
  return kb / 1024;
}

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'sift-export-mem-'));
  await generateCorpus({ paragraphs: PARAGRAPHS, outDir: corpusDir, seed: SEED });
  run = runCli('tests/reliability/export-memory-server.ts', { CORPUS_DIR: corpusDir });
  url = (await run.waitForLog(/serving on (\S+)/))[1]!;
}, 120_000);

afterAll(async () => {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  await rm(corpusDir, { recursive: true, force: true });
});

async function exportRows(q: string): Promise<number> {
  const res = await fetch(`${url}/api/export?format=csv&q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  await res.arrayBuffer();
  return Number(res.headers.get('x-sift-exported'));
}

describe('GET /api/export under repeated distinct exports', () => {
  it('keeps the server within 300 MB of its starting RSS over 300 distinct exports', async () => {
    // Mid-frequency words of the generated vocabulary: each export is a few hundred rows, every query distinct.
    const words = createCorpusModel({ paragraphs: PARAGRAPHS, seed: SEED }).vocabulary.slice(1000, 1300);
    for (const w of words.slice(0, 4)) await exportRows(w);
    const start = rssMb(run.child.pid!);
    let rows = 0;
    // Two at a time, as two users would.
    for (let i = 0; i < words.length; i += 2) rows += (await Promise.all([exportRows(words[i]!), exportRows(words[i + 1]!)])).reduce((a, b) => a + b);
    const end = rssMb(run.child.pid!);
    expect(rows).toBeGreaterThan(20_000);
    expect(end - start).toBeLessThan(300);
  }, 120_000);
});
