// Child process: the same Hono + node-server stack answering every /api/search with a fixed 2 KB JSON body (the HTTP ceiling).
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const port = Number(process.argv[2]);
const body = {
  total: 1,
  took_ms: 0,
  relaxed: false,
  hits: [{ id: 'fixed#p-1', text: 'x'.repeat(1800) }],
  facets: { speaker: [], actor: [], location: [], group: [], date: [] },
};
const app = new Hono();
app.get('/api/health', (c) => c.json({ status: 'ok' }));
app.get('/api/search', (c) => c.json(body));
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
process.once('SIGTERM', () => process.exit(0));
