// The seed evaluation (the evaluation kit's eval.mjs over HTTP) scores the sharded backend within 0.02 of the embedded one.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEmbeddedBackend } from '../../../src/backend/embedded';
import type { SearchBackend } from '../../../src/backend/search-backend';
import { buildDocuments } from '../../../src/pipeline/build-documents';
import { createEntityLocator, createEntityResolver, engineKnowledge } from '../../../src/pipeline/entity-resolver';
import { createSearchEngine } from '../../../src/search/engine';
import { createApp } from '../../../src/server/app';
import { startServer } from '../../../src/server/main';
import { describeWithCluster } from './use-cluster';

const EVAL_DIR = process.env['SIFT_EVAL_DIR'] ?? '/work/shared/eval';
const SEEDS = new URL('../../../seeds/', import.meta.url).pathname;
const kitPresent = existsSync(join(EVAL_DIR, 'eval.mjs')) && existsSync(join(EVAL_DIR, 'seeds.gold.json'));

type Report = Record<string, unknown>;

/** Every number of a report with its path (`queries.ndcg10`), as rates where the kit gives counts of snippets. */
function figures(report: Report): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number' && !/latency|tp$|fp$|fn$|total$|correct$|found$|^queries\.(count|snippetsSeen)$/i.test(path)) out[path] = value;
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk({ ...report, documents: undefined, base: undefined, queries: { ...(report.queries as Report), rows: undefined } }, '');
  const q = report.queries as { unmarkedSnippets: number; unsafeSnippets: number; snippetsSeen: number };
  out['queries.unmarkedSnippets'] = q.unmarkedSnippets / Math.max(1, q.snippetsSeen);
  out['queries.unsafeSnippets'] = q.unsafeSnippets / Math.max(1, q.snippetsSeen);
  return out;
}

async function score(backend: SearchBackend, dir: string, name: string, locate: ReturnType<typeof createEntityLocator>): Promise<Report> {
  const server = await startServer(createApp(backend, { locateEntities: locate }), { port: 0, host: '127.0.0.1', log: () => {} });
  try {
    const out = join(dir, `${name}.json`);
    await promisify(execFile)(process.execPath, [join(EVAL_DIR, 'eval.mjs'), '--gold', join(EVAL_DIR, 'seeds.gold.json'), '--base', server.url, '--json', out]);
    return JSON.parse(readFileSync(out, 'utf8')) as Report;
  } finally {
    await server.close();
  }
}

if (!kitPresent && process.env.CI) {
  it('finds the evaluation kit', () => {
    throw new Error(`no evaluation kit at ${EVAL_DIR} (set SIFT_EVAL_DIR)`);
  });
}

if (kitPresent) {
  describeWithCluster('seed evaluation through the sharded backend', (cluster) => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-eval-'));
    let embedded: Report;
    let sharded: Report;
    beforeAll(async () => {
      const { documents } = await buildDocuments(SEEDS);
      const resolver = createEntityResolver();
      const locate = createEntityLocator(resolver);
      await cluster().backend.upsertDocuments(documents);
      const engine = createSearchEngine(documents, engineKnowledge(resolver));
      embedded = await score(createEmbeddedBackend(() => engine), dir, 'embedded', locate);
      sharded = await score(cluster().backend, dir, 'sphinxql', locate);
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('scores within 0.02 of the embedded backend on every figure', () => {
      const want = figures(embedded);
      const got = figures(sharded);
      expect(Object.keys(want).length).toBeGreaterThan(10);
      const off = Object.entries(want)
        .filter(([k, v]) => !(Math.abs((got[k] ?? Number.NaN) - v) <= 0.02))
        .map(([k, v]) => `${k}: embedded ${v}, sphinxql ${got[k]}`);
      expect(off).toEqual([]);
    });
  }, { backend: engineKnowledge(createEntityResolver()) });
}
