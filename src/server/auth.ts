// An access token in front of the whole app (API, pages, assets) for a server reachable from the network.
// The token comes as `Authorization: Bearer <token>` (scripts) or as a cookie set once by /login (browsers).
// Comparisons are constant-time, and an address that keeps sending wrong tokens is refused for a while.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { secureResponses } from './security-headers';

export interface AuthOptions {
  /** The shared secret (SIFT_TOKEN). */
  token: string;
  /** Failed attempts one address may make per window before it is refused (429)… */
  maxFailures: number;
  /** …within this window. */
  windowMs: number;
}

export const defaultAuthOptions = { maxFailures: 10, windowMs: 60_000 };

export const SESSION_COOKIE = 'sift_session';
export const MIN_TOKEN_LENGTH = 12;

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || h.startsWith('127.');
}

/**
 * What serving on `host` requires: a token off loopback, unless the operator opted out in so many words.
 * Returns the token to enforce (or null) and throws a message saying what to set otherwise.
 */
export function accessPolicy(host: string, token: string | undefined, allowOpen: boolean): string | null {
  if (token !== undefined) {
    if (token.length < MIN_TOKEN_LENGTH) throw new Error(`SIFT_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters long`);
    return token;
  }
  if (isLoopback(host) || allowOpen) return null;
  throw new Error(
    `HOST=${host} makes the corpus reachable from the network: set SIFT_TOKEN to an access token ` +
      `(at least ${MIN_TOKEN_LENGTH} characters), or SIFT_ALLOW_OPEN=1 to serve it to anyone who can connect`,
  );
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/** Constant-time equality of two strings of any lengths (compared as fixed-size digests). */
export function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Failed attempts per address in fixed windows; the table is pruned so it cannot grow without bound. */
function createFailureLimiter(maxFailures: number, windowMs: number) {
  const failures = new Map<string, { count: number; resetAt: number }>();
  return {
    blockedFor(address: string, now = Date.now()): number {
      const entry = failures.get(address);
      if (entry === undefined || entry.resetAt <= now) return 0;
      return entry.count >= maxFailures ? entry.resetAt - now : 0;
    },
    fail(address: string, now = Date.now()): void {
      let entry = failures.get(address);
      if (entry === undefined || entry.resetAt <= now) {
        if (failures.size > 10_000) for (const [a, e] of failures) if (e.resetAt <= now) failures.delete(a);
        entry = { count: 0, resetAt: now + windowMs };
        failures.set(address, entry);
      }
      entry.count++;
    },
  };
}

function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

function loginPage(message: string | null): string {
  const note = message === null ? '' : `<p role="alert">${message}</p>`;
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">' +
    '<title>Sift: sign in</title></head><body><main><h1>Sift</h1><p>This server needs an access token.</p>' +
    `${note}<form method="post" action="/login"><label>Access token <input type="password" name="token" ` +
    'autocomplete="current-password" required autofocus></label> <button type="submit">Sign in</button></form></main></body></html>'
  );
}

/**
 * Wraps `app` so that every request needs the token. `/login` (GET: the form; POST: checks the token and
 * sets a session cookie derived from it, so the cookie never holds the token itself) stays open.
 */
export function requireToken(app: Pick<Hono, 'fetch'>, options: Pick<AuthOptions, 'token'> & Partial<AuthOptions>): Hono {
  const o: AuthOptions = { ...defaultAuthOptions, ...options };
  const session = createHmac('sha256', o.token).update('sift session v1').digest('hex');
  const limiter = createFailureLimiter(o.maxFailures, o.windowMs);
  const outer = new Hono();
  outer.use('*', secureResponses());

  const refuseIfBlocked = (c: Context): Response | null => {
    const wait = limiter.blockedFor(clientAddress(c));
    if (wait === 0) return null;
    const seconds = Math.ceil(wait / 1000);
    return c.json({ error: { code: 'too_many_attempts', message: `too many wrong tokens from this address; try again in ${seconds} s` } }, 429, {
      'Retry-After': String(seconds),
    });
  };

  outer.get('/login', (c) => c.html(loginPage(null)));
  outer.post('/login', async (c) => {
    const blocked = refuseIfBlocked(c);
    if (blocked) return blocked;
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const token = typeof form.token === 'string' ? form.token : '';
    if (!sameSecret(token, o.token)) {
      limiter.fail(clientAddress(c));
      return c.html(loginPage('That token is not right.'), 401);
    }
    setCookie(c, SESSION_COOKIE, session, { httpOnly: true, sameSite: 'Strict', path: '/' });
    return c.redirect('/', 303);
  });

  outer.all('*', async (c) => {
    const blocked = refuseIfBlocked(c);
    if (blocked) return blocked;
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    const cookie = getCookie(c, SESSION_COOKIE);
    const ok = bearer !== undefined ? sameSecret(bearer, o.token) : cookie !== undefined && sameSecret(cookie, session);
    if (ok) return app.fetch(c.req.raw, c.env);
    if (bearer !== undefined || cookie !== undefined) limiter.fail(clientAddress(c));
    if (c.req.path.startsWith('/api/')) {
      const message = bearer === undefined && cookie === undefined ? 'this server needs an access token' : 'the access token is not right';
      return c.json({ error: { code: 'unauthorized', message } }, 401, { 'WWW-Authenticate': 'Bearer realm="sift"' });
    }
    return c.redirect('/login', 303);
  });
  return outer;
}
