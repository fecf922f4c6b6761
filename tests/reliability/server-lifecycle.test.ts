// The real `npm start` process: SIGHUP rebuilds and swaps the index without failing a request (also the moment the port opens);
// SIGTERM answers every request already received, whole, and exits 0.
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
  // The moment the port opens (the watcher is not ready yet): SIGHUP must rebuild, not end the process.
  run.child.kill('SIGHUP');
  await run.waitForLog(/rebuilt: now serving \d+ documents/);
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
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('close', () => resolve(data));
    socket.on('error', () => {});
  });
}

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The body arrived whole: its Content-Length, or chunked encoding up to the final empty chunk. */
  complete: boolean;
}

/** Parses one HTTP/1.1 answer as received on the wire (latin1 text), telling a whole body from a cut one. */
function parseAnswer(raw: string): RawAnswer {
  const headEnd = raw.indexOf('\r\n\r\n');
  if (headEnd < 0) return { status: 0, headers: {}, body: '', complete: false };
  const [statusLine, ...lines] = raw.slice(0, headEnd).split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  let rest = raw.slice(headEnd + 4);
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine!)?.[1] ?? 0);
  if (headers['transfer-encoding'] !== 'chunked') {
    const length = Number(headers['content-length']);
    return { status, headers, body: rest, complete: Buffer.byteLength(rest, 'latin1') === length };
  }
  let body = '';
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    if (lineEnd < 0) return { status, headers, body, complete: false };
    const size = parseInt(rest.slice(0, lineEnd), 16);
    if (size === 0) return { status, headers, body, complete: rest.slice(lineEnd, lineEnd + 4) === '\r\n\r\n' };
    if (rest.length < lineEnd + 2 + size + 2) return { status, headers, body, complete: false };
    body += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

const IN_FLIGHT_PATHS = [
  '/api/search?q=Aleppo&limit=100',
  '/api/search?q=&limit=100&sort=date',
  '/api/export?q=&format=csv',
  '/api/search?q=shelling&limit=100&facet_size=1000',
  '/api/export?q=Aleppo&format=jsonl',
];

/** Connects (the kernel has accepted each connection) and sends whole requests; the answers are read until each socket closes. */
async function sendInFlight(url: string, count: number): Promise<Array<Promise<RawAnswer>>> {
  const sockets = await Promise.all(Array.from({ length: count }, () => openSocket(url)));
  const answers = sockets.map((socket) => readUntilClosed(socket).then(parseAnswer));
  await Promise.all(sockets.map((socket, i) => write(socket, `GET ${IN_FLIGHT_PATHS[i % IN_FLIGHT_PATHS.length]} HTTP/1.1\r\nHost: sift\r\n\r\n`)));
  return answers;
}

/** Every answer is a whole 200 (search JSON that parses, exports with as many rows as they announce) or a whole 503 with Retry-After. */
function expectWholeAnswers(answers: RawAnswer[]): void {
  for (const a of answers) {
    expect(a.complete, JSON.stringify(a).slice(0, 2000)).toBe(true);
    if (a.status === 503) {
      expect(a.headers['retry-after']).toMatch(/^\d+$/);
      continue;
    }
    expect(a.status).toBe(200);
    const exported = a.headers['x-sift-exported'];
    if (exported === undefined) expect(() => JSON.parse(a.body)).not.toThrow();
    else if (a.headers['content-type']!.startsWith('application/x-ndjson')) expect(a.body.split('\n').filter(Boolean)).toHaveLength(Number(exported));
    else expect(a.body.startsWith('\u00ef\u00bb\u00bfdoc_id,') || a.body.startsWith('doc_id,')).toBe(true);
  }
}

describe('npm start (real process)', () => {
  it('rebuilds on SIGHUP and swaps the new index in while answering every request', async () => {
    const before = await documents();
    await writeFile(path.join(corpusDir, 'echo-new-report.txt'), 'Quartermaster Zephyrine reported shelling near Aleppo on Tuesday.\n');
    const load = hammer(['/api/search?q=shelling', '/api/health', '/api/suggest?q=ale', '/api/search?q=Aleppo&limit=0', '/']);
    const logged = run.log().length;
    run.child.kill('SIGHUP');
    await run.waitForLog(/rebuilt: now serving \d+ documents/, logged);
    const after = await documents();
    const statuses = await load.stop();
    expect(after).toBe(before + 1);
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const found = (await (await fetch(`${baseUrl}/api/search?q=Zephyrine`)).json()) as { total: number };
    expect(found.total).toBe(1);
  }, 120_000);

  it('answers every request already received on SIGTERM, whole, then exits 0', async () => {
    const inFlight = await openSocket(baseUrl);
    const halfSent = readUntilClosed(inFlight);
    // The request is half sent when the signal arrives: the server has started reading it.
    await write(inFlight, 'GET /api/search?q=Aleppo&limit=1 HTTP/1.1\r\nHost: sift\r\n');
    const answers = await sendInFlight(baseUrl, 30);
    run.child.kill('SIGTERM');
    await run.waitForLog(/SIGTERM: finishing in-flight requests/);
    await write(inFlight, 'Accept: application/json\r\n\r\n');
    const all = await Promise.all(answers);
    expectWholeAnswers(all);
    // Searches are all answered; an export may be refused with 503 + Retry-After when too many run at once.
    const searches = all.filter((_, i) => IN_FLIGHT_PATHS[i % IN_FLIGHT_PATHS.length]!.startsWith('/api/search'));
    expect(searches.map((a) => a.status)).toEqual(searches.map(() => 200));
    const late = parseAnswer(await halfSent);
    expect(late.status).toBe(200);
    expect(late.body).toContain('"total":');
    expect(await run.exited).toBe(0);
    expect(run.log()).toMatch(/stopped: \d+ in-flight requests answered/);
    await expect(fetch(`${baseUrl}/api/health`)).rejects.toThrow();
  }, 60_000);

  it('drains requests sent the moment the port opens when SIGTERM follows at once', async () => {
    // Reuses the index saved by the first process, so this one starts in moments.
    const second = runCli('src/cli/start.ts', { CORPUS_DIR: corpusDir, INDEX_DIR: indexDir, PORT: '0', HOST: '127.0.0.1' });
    try {
      const url = (await second.waitForLog(/Sift is serving .* on (http:\/\/\S+)/))[1]!;
      const answers = await sendInFlight(url, 10);
      second.child.kill('SIGTERM');
      expectWholeAnswers(await Promise.all(answers));
      expect(await second.exited).toBe(0);
    } finally {
      if (second.child.exitCode === null && second.child.signalCode === null) second.child.kill('SIGKILL');
    }
  }, 60_000);
});
