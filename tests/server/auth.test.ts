// The access token: required off loopback, checked in constant time, rate-limited, over the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { accessPolicy, isLoopback, sameSecret } from '../../src/server/auth';
import { createApp } from '../../src/server/app';
import { startServer } from '../../src/server/main';
import type { RunningServer } from '../../src/server/main';
import type { IndexedDocument } from '../../src/types';
import { runCli } from '../reliability/child-server';

const TOKEN = 'correct-horse-battery-staple';
const docs: IndexedDocument[] = [
  {
    id: 'one',
    title: 'Report',
    source: 'Wire',
    url: null,
    published: '2020-03-01',
    paragraphs: [{ anchor: 'p-1', text: 'Shelling near Aleppo.', speaker: null, actors: [], locations: [], groups: [], dates: [] }],
  },
];

describe('accessPolicy', () => {
  it.each([
    ['127.0.0.1', undefined, false, null],
    ['localhost', undefined, false, null],
    ['::1', undefined, false, null],
    ['0.0.0.0', TOKEN, false, TOKEN],
    ['127.0.0.1', TOKEN, false, TOKEN],
    ['0.0.0.0', undefined, true, null],
  ])('on HOST=%s with token %j and opt-out %j enforces %j', (host, token, open, want) => {
    expect(accessPolicy(host, token, open)).toBe(want);
  });

  it('refuses a non-loopback HOST without a token, naming both ways out', () => {
    expect(() => accessPolicy('0.0.0.0', undefined, false)).toThrow(/set SIFT_TOKEN .* or SIFT_ALLOW_OPEN=1/);
  });

  it('refuses a short token', () => {
    expect(() => accessPolicy('0.0.0.0', 'short', false)).toThrow(/at least 12 characters/);
  });

  it.each([['192.168.1.5', false], ['127.0.0.2', true], ['[::1]', true]])('tells whether %s is loopback', (host, want) => {
    expect(isLoopback(host)).toBe(want);
  });
});

describe('sameSecret', () => {
  it.each([
    [TOKEN, true],
    [`${TOKEN}x`, false],
    ['', false],
    [TOKEN.toUpperCase(), false],
  ])('compares %j with the token: %j', (given, want) => {
    expect(sameSecret(given, TOKEN)).toBe(want);
  });
});

describe('a server bound off loopback with SIFT_TOKEN', () => {
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    server = await startServer(createApp(createSearchEngine(docs, { synonyms: new Map() })), { host: '0.0.0.0', port: 0, token: TOKEN });
    base = `http://127.0.0.1:${new URL(server.url).port}`;
  });
  afterAll(() => server.close());

  it('answers 401 with a JSON error and WWW-Authenticate when the token is missing', async () => {
    const res = await fetch(`${base}/api/search?q=shelling`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('answers 401 to a wrong bearer token and 200 to the right one', async () => {
    const wrong = await fetch(`${base}/api/search?q=shelling`, { headers: { Authorization: 'Bearer not-the-token-at-all' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${base}/api/search?q=shelling`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(((await right.json()) as { total: number }).total).toBe(1);
  });

  it('sends a browser without the token to the login page, whose right token sets a session cookie', async () => {
    const page = await fetch(`${base}/`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login');
    expect(await (await fetch(`${base}/login`)).text()).toContain('name="token"');
    const bad = await fetch(`${base}/login`, { method: 'POST', body: new URLSearchParams({ token: 'wrong-token-here' }), redirect: 'manual' });
    expect(bad.status).toBe(401);
    const login = await fetch(`${base}/login`, { method: 'POST', body: new URLSearchParams({ token: TOKEN }), redirect: 'manual' });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toContain(TOKEN);
    const withCookie = await fetch(`${base}/api/health`, { headers: { Cookie: cookie.split(';')[0]! } });
    expect(withCookie.status).toBe(200);
  });

  it('refuses an address with 429 and Retry-After after repeated wrong tokens, even with the right one then', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await fetch(`${base}/api/health`, { headers: { Authorization: `Bearer wrong-${i}-token-value` } })).status);
    }
    expect(statuses.slice(0, 7)).toEqual([401, 401, 401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    const locked = await fetch(`${base}/api/health`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('npm start off loopback', () => {
  it('refuses to start without SIFT_TOKEN and says how to proceed', async () => {
    const run = runCli('src/cli/start.ts', { HOST: '0.0.0.0', PORT: '0', SIFT_TOKEN: '', SIFT_ALLOW_OPEN: '' });
    expect(await run.exited).toBe(1);
    expect(run.log()).toMatch(/HOST=0\.0\.0\.0 makes the corpus reachable from the network: set SIFT_TOKEN/);
  }, 60_000);
});
