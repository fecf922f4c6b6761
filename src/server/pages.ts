// Serves the web UI: the static shell for `/`, `/doc/:id` and `/entity/:id` (the app routes client-side) and the built assets.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context, Hono } from 'hono';
import { applySecurityHeaders } from './security-headers';

export interface PagesOptions {
  /** The bundler's output folder (web/dist). */
  distDir: string;
}

export const defaultPagesOptions: PagesOptions = {
  distDir: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist'),
};

const ASSETS: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

interface CachedFile {
  mtimeMs: number;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

function createFileCache(distDir: string) {
  const cache = new Map<string, CachedFile>();
  return async (name: string): Promise<CachedFile | null> => {
    const file = path.join(distDir, name);
    try {
      const info = await stat(file);
      const hit = cache.get(name);
      if (hit && hit.mtimeMs === info.mtimeMs) return hit;
      const body = new Uint8Array(await readFile(file));
      const entry = { mtimeMs: info.mtimeMs, body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
      cache.set(name, entry);
      return entry;
    } catch {
      return null;
    }
  };
}

function sendFile(c: Context, file: CachedFile, type: string, cacheControl: string): Response {
  const headers = new Headers({ 'content-type': type, 'cache-control': cacheControl, etag: file.etag });
  // Also set here so the pages are safe even when mounted without createApp's middleware.
  applySecurityHeaders(headers);
  if (c.req.header('if-none-match') === file.etag) return new Response(null, { status: 304, headers });
  return new Response(c.req.method === 'HEAD' ? null : file.body, { status: 200, headers });
}

function notBuilt(c: Context): Response {
  return c.text('The web UI is not built yet: run `npm run build:web` (npm start builds it automatically).', 503, {
    'cache-control': 'no-store',
  });
}

/** Adds the page routes to `app` (call after the /api routes); returns `app`. */
export function mountPages(app: Hono, options: Partial<PagesOptions> = {}): Hono {
  const distDir = options.distDir ?? defaultPagesOptions.distDir;
  const load = createFileCache(distDir);

  const shell = async (c: Context) => {
    const file = await load('index.html');
    if (!file) return notBuilt(c);
    return sendFile(c, file, 'text/html; charset=utf-8', 'no-cache');
  };
  app.get('/', shell);
  app.get('/doc/:id{.+}', shell);
  app.get('/entity/:id{.+}', shell);

  for (const [name, type] of Object.entries(ASSETS)) {
    app.get(`/${name}`, async (c) => {
      const file = await load(name);
      if (!file) return notBuilt(c);
      // index.html names assets as `?v=<content hash>`, so a versioned URL never changes meaning
      const versioned = c.req.query('v') !== undefined;
      return sendFile(c, file, type, versioned ? 'public, max-age=31536000, immutable' : 'no-cache');
    });
  }
  return app;
}
