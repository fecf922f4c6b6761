// The load test script: argument parsing, a query mix the server accepts in full, and a short real run with zero errors.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRequestMix, formatReport, parseLoadTestArgs, runLoadTest } from '../../src/cli/loadtest';
import type { CorpusSample } from '../../src/cli/loadtest';
import { createSearchEngine } from '../../src/search/engine';
import { createApp } from '../../src/server/app';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';
import { ROOT } from './child-server';

describe('parseLoadTestArgs', () => {
  it('reads numeric options in both spellings and the corpus from the environment', () => {
    expect(parseLoadTestArgs(['--requests', '500', '--connections=4', '--warmup', '0'], { CORPUS_DIR: 'x', INDEX_DIR: 'y' })).toEqual({
      requests: 500,
      connections: 4,
      warmup: 0,
      corpusDir: 'x',
      indexDir: 'y',
    });
  });

  it.each([[['--requests', 'many']], [['--requests', '0']], [['--fast']], [['--paragraphs']]])('refuses %j with a message', (argv) => {
    expect(() => parseLoadTestArgs(argv, {})).toThrow(/option|--/);
  });
});

describe('buildRequestMix', () => {
  const engine = createSearchEngine(searchCorpus, { resolveEntities: fakeResolver });
  const app = createApp(engine);
  const sample: CorpusSample = {
    texts: searchCorpus.flatMap((d) => d.paragraphs.map((p) => p.text)),
    docIds: searchCorpus.map((d) => d.id),
    facets: { speaker: ['Maria Zakharova'], actor: ['Maria Zakharova'], location: ['Aleppo', 'Sheikh Maqsoud'], group: ['ISIS'] },
    months: ['2016-06', '2017-01'],
  };

  it('is the same for the same seed and different for another', () => {
    expect(buildRequestMix(sample, 50, 1)).toEqual(buildRequestMix(sample, 50, 1));
    expect(buildRequestMix(sample, 50, 2)).not.toEqual(buildRequestMix(sample, 50, 1));
  });

  it('covers searches with filters, suggestions and document views, every one answered 200', async () => {
    const mix = buildRequestMix(sample, 400, 7);
    const kinds = new Set(mix.map((r) => r.kind));
    for (const kind of ['search', 'phrase', 'misspelled', 'suggest', 'document', 'browse', 'health']) expect(kinds).toContain(kind);
    expect(mix.some((r) => /[?&](speaker|actor|location|group)=/.test(r.path))).toBe(true);
    for (const r of mix.filter((m) => m.path.startsWith('/api/'))) {
      expect((await app.request(r.path)).status, r.path).toBe(200);
    }
  });
});

describe('runLoadTest', () => {
  it('drives the real server on 127.0.0.1 with no errors and reports latency and memory', async () => {
    const indexDir = await mkdtemp(path.join(tmpdir(), 'sift-loadtest-index-'));
    try {
      const report = await runLoadTest({
        corpusDir: path.join(ROOT, 'tests/fixtures/e2e-corpus'),
        indexDir,
        requests: 400,
        warmup: 0,
        connections: 2,
        maxSeconds: 60,
        mixSize: 100,
        log: () => {},
      });
      expect(report.requests).toBe(400);
      expect(report.errors + report.timeouts + report.non2xx).toBe(0);
      expect(report.stoppedByTimeLimit).toBe(false);
      expect(Object.keys(report.mix)).toEqual(expect.arrayContaining(['search', 'suggest', 'document']));
      expect(report.rssMiB.before).toBeGreaterThan(0);
      expect(report.heapMiB.before).toBeGreaterThan(0);
      expect(report.heapMiB.after).toBeGreaterThan(0);
      expect(report.corpus.documents).toBe(4);
      const { p50, p90, p99, max } = report.latencyMs;
      expect(formatReport(report)).toMatch(/\| 4 documents, \d+ paragraphs \| 400 in/);
      expect(formatReport(report)).toContain(`| ${p50} ms | ${p90} ms | ${p99} ms | ${max} ms | 0 | 0 |`);
    } finally {
      await rm(indexDir, { recursive: true, force: true });
    }
  }, 120_000);
});
