// The real `npm start` process: SIGHUP rebuilds and swaps the index without failing a request; SIGTERM drains in-flight requests and exits 0.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './child-server';
import type { ChildRun } from './child-server';

let corpusDir: string;
let indexDir: string;
let run: ChildRun;
let baseUrl: string;

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'sift-life-corpus-'));
  indexDir = await mkdtemp(path.join(tmpdir(), 'sift-life-index-'));
  await cp(path.join(ROOT, 'tests/fixtures/e2e-corpus'), corpusDir, { recursive: true });
  run = runCli('src/cli/start.ts', { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, PORT: '0', HOST: '127.0.0.1' });
  baseUrl = (await run.waitForLog(/Sift is serving .* on (http:\/\/\S+)/))[1]!;
}, 120_000);

afterAll(async () => {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
});

async function documents(): Promise<number> {
  const res = await fetch(`${baseUrl}/api/health`);
  return ((await res.json()) as { documents: number }).documents;
}

/** Sends requests back to back until stopped; resolves with every status seen (0 = the request failed). */
function hammer(paths: string[]): { stop: () => Promise<number[]> } {
  let running = true;
  const statuses: number[] = [];
  const loop = async () => {
    for (let i = 0; running; i++) {
      try {
        const res = await fetch(`${baseUrl}${paths[i % paths.length]}`);
        await res.arrayBuffer();
        statuses.push(res.status);
      } catch {
        statuses.push(0);
      }
    }
  };
  const loops = [loop(), loop(), loop()];
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return statuses;
    },
  };
}

function openSocket(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

function write(socket: Socket, text: string): Promise<void> {
  return new Promise((resolve, reject) => socket.write(text, (err) => (err ? reject(err) : resolve())));
}

function readUntilClosed(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('close', () => resolve(data));
  });
}

describe('npm start (real process)', () => {
  it('rebuilds on SIGHUP and swaps the new index in while answering every request', async () => {
    const before = await documents();
    await writeFile(path.join(corpusDir, 'echo-new-report.txt'), 'Quartermaster Zephyrine reported shelling near Aleppo on Tuesday.\n');
    const load = hammer(['/api/search?q=shelling', '/api/health', '/api/suggest?q=ale', '/api/search?q=Aleppo&limit=0', '/']);
    run.child.kill('SIGHUP');
    await run.waitForLog(/rebuilt: now serving \d+ documents/);
    const after = await documents();
    const statuses = await load.stop();
    expect(after).toBe(before + 1);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const found = (await (await fetch(`${baseUrl}/api/search?q=Zephyrine`)).json()) as { total: number };
    expect(found.total).toBe(1);
  }, 120_000);

  it('finishes an in-flight request on SIGTERM, refuses new connections, then exits 0', async () => {
    const inFlight = await openSocket(baseUrl);
    const answer = readUntilClosed(inFlight);
    // The request is half sent when the signal arrives: the server has started reading it.
    await write(inFlight, 'GET /api/search?q=Aleppo&limit=1 HTTP/1.1\r\nHost: sift\r\n');
    // A full round trip on another connection: by its answer the server has read the half request too.
    await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
    run.child.kill('SIGTERM');
    await run.waitForLog(/SIGTERM: finishing in-flight requests/);
    await expect(fetch(`${baseUrl}/api/health`)).rejects.toThrow();
    await write(inFlight, 'Accept: application/json\r\n\r\n');
    const response = await answer;
    expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(response).toContain('"total":');
    expect(await run.exited).toBe(0);
  }, 60_000);
});
