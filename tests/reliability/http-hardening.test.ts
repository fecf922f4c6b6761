// Security headers on every response, request limits with clear errors, and static files without traversal or listing.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { createApp } from '../../src/server/app';
import { startServer } from '../../src/server/main';
import type { RunningServer } from '../../src/server/main';
import { mountPages } from '../../src/server/pages';
import { SECURITY_HEADERS } from '../../src/server/security-headers';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';

const SHELL = '<!doctype html><title>Sift</title><script type="module" src="/app.js?v=1"></script><div id="app"></div>';
const SECRET = 'TOP-SECRET-FILE-CONTENT';
const engine = createSearchEngine(searchCorpus, { resolveEntities: fakeResolver });

let root: string;
let distDir: string;
let app: Hono;
let server: RunningServer;

beforeAll(async () => {
  // dist sits next to a file that must never be served, as web/dist sits inside the repository.
  root = await mkdtemp(path.join(tmpdir(), 'sift-hardening-'));
  distDir = path.join(root, 'dist');
  await import('node:fs/promises').then((fs) => fs.mkdir(distDir));
  await writeFile(path.join(root, 'secret.txt'), SECRET);
  await writeFile(path.join(distDir, 'index.html'), SHELL);
  await writeFile(path.join(distDir, 'app.js'), 'console.log(1)');
  await writeFile(path.join(distDir, 'app.css'), 'body{}');
  await writeFile(path.join(distDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  app = createApp(engine, {
    mountPages: (a) => {
      mountPages(a, { distDir });
      // Far past the limit below, which is far past what a page takes on a loaded 2-core machine (100 ms was not).
      a.get('/slow-for-test', async (c) => {
        await new Promise((resolve) => setTimeout(resolve, 2500));
        return c.text('late');
      });
    },
    limits: { maxUrlLength: 8192, maxBodyBytes: 16 * 1024, timeoutMs: 1000 },
  });
  server = await startServer(app, { port: 0 });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

/** A raw HTTP request: the path goes out exactly as written (no URL normalisation by the client). */
function rawGet(rawPath: string): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('security headers', () => {
  it.each([
    ['/api/health', 200],
    ['/api/search?q=Aleppo', 200],
    ['/api/search?limit=101', 400],
    ['/api/docs/nope', 404],
    ['/api/nothing', 404],
    ['/', 200],
    ['/doc/a1', 200],
    ['/app.js', 200],
    ['/app.css?v=1', 200],
    ['/favicon.svg', 200],
    ['/not-a-page', 404],
    [`/api/search?q=${'a'.repeat(9000)}`, 414],
    ['/slow-for-test', 503],
  ])('are on the answer to %s (%i)', async (url, status) => {
    const res = await app.request(url);
    expect(res.status).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name)).toBe(value);
  });

  it('are on a 500 too', async () => {
    const failing = createApp({
      ...engine,
      search: engine.search.bind(engine),
      suggest: engine.suggest.bind(engine),
      getDocument: engine.getDocument.bind(engine),
      stats: () => {
        throw new Error('boom');
      },
    });
    const original = console.error;
    console.error = () => {};
    try {
      const res = await failing.request('/api/health');
      expect(res.status).toBe(500);
      expect(res.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['content-security-policy']);
    } finally {
      console.error = original;
    }
  });

  it('set a page policy that forbids inline script, framing and foreign connections', () => {
    const csp = SECURITY_HEADERS['content-security-policy']!;
    const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-(inline|eval)|\*|data:/);
    expect(SECURITY_HEADERS['x-content-type-options']).toBe('nosniff');
  });
});

describe('request limits', () => {
  it.each([
    ['limit=101', 400, 'bad_parameter', /limit.*100/],
    ['limit=-1', 400, 'bad_parameter', /limit/],
    ['offset=10001', 400, 'bad_parameter', /offset.*10000/],
    ['facet_size=1001', 400, 'bad_parameter', /facet_size.*1000/],
    ['facet_size=0', 400, 'bad_parameter', /facet_size/],
    [`speaker=${'x'.repeat(301)}`, 400, 'bad_parameter', /speaker.*300/],
    [Array.from({ length: 51 }, (_, i) => `actor=a${i}`).join('&'), 400, 'bad_parameter', /actor.*50/],
    [`q=${'a'.repeat(8200)}`, 414, 'query_too_long', /8192/],
  ])('answers /api/search?%s… with %i %s and a message naming the limit', async (query, status, code, message) => {
    const res = await app.request(`/api/search?${query}`);
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
  });

  it('answers 413 to a request carrying a body over the limit', async () => {
    const res = await app.request('/api/search', { method: 'POST', body: 'x'.repeat(20_000), headers: { 'content-length': '20000' } });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it('answers 413 to a chunked body of unknown size, over real HTTP', async () => {
    const url = new URL(server.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path: '/api/search', method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('x'.repeat(1000));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('answers 503 busy with Retry-After when a request outlives the time limit', async () => {
    const res = await app.request('/slow-for-test');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('busy');
  });
});

describe('static files', () => {
  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/..%252fsecret.txt',
    '/app.js/../../secret.txt',
    '/app.js/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/secret.txt',
    '/dist/app.js',
    '/index.html/../../secret.txt',
  ])('never serves a file outside the asset list for %s', async (rawPath) => {
    const res = await rawGet(rawPath);
    expect(res.body).not.toContain(SECRET);
    expect([400, 404]).toContain(res.status);
  });

  it.each(['/dist/', '/dist', '/web/', '/assets/', '/doc/', '/api/', '/api/docs/'])('lists no folder at %s', async (rawPath) => {
    const res = await rawGet(rawPath);
    expect(res.status).toBe(404);
    expect(res.body).not.toMatch(/index\.html|app\.js|favicon/);
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/doc/a1', 'text/html; charset=utf-8'],
    ['/app.js?v=1', 'text/javascript; charset=utf-8'],
    ['/app.css', 'text/css; charset=utf-8'],
    ['/favicon.svg', 'image/svg+xml'],
    ['/api/health', 'application/json'],
    ['/api/search?limit=abc', 'application/json'],
  ])('serves %s as %s', async (rawPath, type) => {
    const res = await rawGet(rawPath);
    expect(res.type.startsWith(type)).toBe(true);
  });

  it('serves the shell for a document id made of traversal characters, never a file', async () => {
    const res = await rawGet('/doc/..%2f..%2fsecret.txt');
    expect(res.status).toBe(200);
    expect(res.body).toBe(SHELL);
  });
});

/** Sends bytes as they are (no client-side validation) and returns the whole answer as text. */
function rawExchange(bytes: string): Promise<string> {
  const url = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => socket.end(bytes));
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (data += chunk));
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
  });
}

describe('requests the HTTP parser refuses', () => {
  it.each([
    ['headers over the size limit', `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431, 'headers_too_large'],
    ['a malformed request line', 'GET /api/health HTTP/9.9 nonsense\r\n\r\n', 400, 'bad_request'],
    ['a broken header line', 'GET /api/health HTTP/1.1\r\nno colon here\r\n\r\n', 400, 'bad_request'],
  ])('answer %s with %i, a JSON error and the security headers', async (_label, bytes, status, code) => {
    const answer = await rawExchange(bytes);
    expect(answer.startsWith(`HTTP/1.1 ${status} `)).toBe(true);
    expect(answer).toMatch(/content-security-policy: default-src 'none'/i);
    expect(answer).toMatch(/x-content-type-options: nosniff/i);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: string } };
    expect(body.error.code).toBe(code);
  });
});
