// `npm start` with SIFT_WORKERS=2 as a real process (tree): the index is built once, two workers share one port, and
// SIGTERM stops them cleanly. Threads (the default): one process, the index read once and shared; processes: node:cluster.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../reliability/child-server';
import type { ChildRun } from '../reliability/child-server';

let corpusDir: string;
let indexDir: string;

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'sift-workers-corpus-'));
  indexDir = await mkdtemp(path.join(tmpdir(), 'sift-workers-index-'));
  await cp(path.join(ROOT, 'tests/fixtures/e2e-corpus'), corpusDir, { recursive: true });
});

afterAll(async () => {
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

function start(mode: 'threads' | 'processes'): ChildRun {
  return runCli('src/cli/start.ts', { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, PORT: '0', HOST: '127.0.0.1', SIFT_WORKERS: '2', SIFT_WORKER_MODE: mode });
}

function stopIfRunning(run: ChildRun): void {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
}

/** Sends a whole GET on a connection the kernel has accepted; resolves with the status line and the body once the server closes it. */
async function sendWhole(url: string, route: string): Promise<Promise<{ status: number; body: string }>> {
  const { hostname, port } = new URL(url);
  const socket = await new Promise<ReturnType<typeof connect>>((resolve, reject) => {
    const s = connect(Number(port), hostname, () => resolve(s));
    s.once('error', reject);
  });
  const answer = new Promise<{ status: number; body: string }>((resolve) => {
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('error', () => {});
    socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), body: data.slice(data.indexOf('\r\n\r\n') + 4) }));
  });
  await new Promise<void>((resolve, reject) => socket.write(`GET ${route} HTTP/1.1\r\nHost: sift\r\n\r\n`, (err) => (err ? reject(err) : resolve())));
  return answer;
}

describe('npm start with SIFT_WORKERS=2 (threads, the default)', () => {
  let run: ChildRun;
  let url: string;
  afterAll(() => stopIfRunning(run));

  it('builds the index once, then answers from two threads on one port', async () => {
    run = start('threads');
    url = (await run.waitForLog(/Sift is serving .* on (http:\/\/\S+)/))[1]!;
    expect(run.log()).toMatch(/serving with 2 worker threads \(SIFT_WORKERS\) sharing one \d+ MB index/);
    expect(run.log().match(/thread [12]: loaded index: \d+ documents/g)?.sort()).toEqual([expect.stringMatching(/^thread 1/), expect.stringMatching(/^thread 2/)]);
    expect(run.log().match(/built index:/g)).toHaveLength(1);
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(`${url}/api/search?q=Aleppo`)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string; documents: number };
    expect(health.status).toBe('ok');
    expect(health.documents).toBeGreaterThan(0);
  }, 120_000);

  it('logs the memory of the main thread and of every serving thread on SIGUSR2', async () => {
    const from = run.log().length;
    run.child.kill('SIGUSR2');
    for (const who of ['main thread', 'thread 1', 'thread 2']) {
      await run.waitForLog(new RegExp(`memory: heap [\\d.]+ MiB, array buffers [\\d.]+ MiB, rss [\\d.]+ MiB \\(${who}\\)`), from);
    }
  }, 60_000);

  it('rebuilds on SIGHUP in every thread', async () => {
    const from = run.log().length;
    run.child.kill('SIGHUP');
    await run.waitForLog(/thread 1: rebuilt: now serving \d+ documents/, from);
    await run.waitForLog(/thread 2: rebuilt: now serving \d+ documents/, from);
  }, 120_000);

  it('answers every request already received on SIGTERM, then exits 0', async () => {
    await run.waitForLog(/thread 1: watching /);
    await run.waitForLog(/thread 2: watching /);
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => sendWhole(url, `/api/search?q=Aleppo&limit=${10 + i}`)));
    run.child.kill('SIGTERM');
    const all = await Promise.all(answers);
    expect(all.map((a) => a.status)).toEqual(Array(16).fill(200));
    for (const a of all) expect(JSON.parse(a.body)).toHaveProperty('total');
    expect(await run.exited).toBe(0);
    expect(run.log()).toMatch(/stopped: \d+ in-flight requests answered/);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
  }, 60_000);
});

describe('npm start with SIFT_WORKERS=2 SIFT_WORKER_MODE=processes', () => {
  let run: ChildRun;
  afterAll(() => stopIfRunning(run));

  it('serves the index from two worker processes on one port', async () => {
    run = start('processes');
    const first = await run.waitForLog(/Sift is serving .* on (http:\/\/\S+)/);
    const second = await run.waitForLog(/Sift is serving .* on (http:\/\/\S+)/, first.index! + first[0].length);
    expect(second[1]).toBe(first[1]);
    expect(run.log()).toMatch(/serving with 2 worker processes/);
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
