// `npm start` with SIFT_WORKERS=2 as a real process tree: the primary builds the index once, two workers load it and
// share one port, and SIGTERM stops them all cleanly.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../reliability/child-server';
import type { ChildRun } from '../reliability/child-server';

let corpusDir: string;
let indexDir: string;
let run: ChildRun;

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'sift-workers-corpus-'));
  indexDir = await mkdtemp(path.join(tmpdir(), 'sift-workers-index-'));
  await cp(path.join(ROOT, 'tests/fixtures/e2e-corpus'), corpusDir, { recursive: true });
  run = runCli('src/cli/start.ts', { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, PORT: '0', HOST: '127.0.0.1', SIFT_WORKERS: '2' });
}, 10_000);

afterAll(async () => {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

describe('npm start with SIFT_WORKERS=2', () => {
  it('builds the index once and serves it from two workers on one port', async () => {
    const first = await run.waitForLog(/Sift is serving .* on (http:\/\/\S+)/);
    const second = await run.waitForLog(/Sift is serving .* on (http:\/\/\S+)/, first.index! + first[0].length);
    expect(second[1]).toBe(first[1]);
    expect(run.log().match(/built index:/g)).toHaveLength(1);
    expect(run.log()).not.toMatch(/building it|rebuilding/);
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(`${first[1]}/api/search?q=Aleppo`)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
  }, 120_000);

  it('stops every worker on SIGTERM and exits 0', async () => {
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.log().match(/stopped: \d+ in-flight requests answered/g)).toHaveLength(2);
  }, 60_000);
});
