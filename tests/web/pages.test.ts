import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountPages } from '../../src/server/pages';

const SHELL = '<!doctype html><title>t</title><script type="module" src="/app.js?v=1"></script><div id="app"></div>';

describe('mountPages', () => {
  let distDir: string;
  let app: Hono;

  beforeAll(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'sift-pages-'));
    await writeFile(path.join(distDir, 'index.html'), SHELL);
    await writeFile(path.join(distDir, 'app.js'), 'console.log(1)');
    await writeFile(path.join(distDir, 'app.css'), 'body{}');
    await writeFile(path.join(distDir, 'favicon.svg'), '<svg/>');
    app = mountPages(new Hono(), { distDir });
  });

  afterAll(async () => {
    await rm(distDir, { recursive: true, force: true });
  });

  it.each(['/', '/?q=aleppo&speaker=X', '/doc/004_1bb4951fb646fa19', '/doc/a%20b%2Fc'])('serves the shell with a strict CSP for %s', async (url) => {
    const response = await app.request(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(SHELL);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });

  it.each([
    ['/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['/app.css', 'text/css; charset=utf-8', 'body{}'],
    ['/favicon.svg', 'image/svg+xml', '<svg/>'],
  ])('serves %s with its content type', async (url, type, body) => {
    const response = await app.request(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it('caches a versioned asset for a year and an unversioned one never without revalidation', async () => {
    expect((await app.request('/app.js?v=abc')).headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/app.js')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 304 when the ETag matches', async () => {
    const etag = (await app.request('/app.css')).headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await app.request('/app.css', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('answers 503 with a hint when the UI is not built', async () => {
    const missing = mountPages(new Hono(), { distDir: path.join(distDir, 'nope') });
    const response = await missing.request('/');
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('build:web');
  });

  it('leaves other paths to the rest of the app', async () => {
    expect((await app.request('/doc/')).status).toBe(404);
    expect((await app.request('/other')).status).toBe(404);
  });
});
