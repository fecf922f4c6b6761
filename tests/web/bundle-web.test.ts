import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleWeb, type BundleWebResult } from '../../src/web-build/bundle-web';
import { isWebDistStale } from '../../src/web-build/web-dist-stale';

// 25 KB until the workbench (typed-filter chips, facet logic, statements, sub-places) went past it: see the README, "The UI"
const GZIP_BUDGET_BYTES = 26 * 1024;

describe('bundleWeb', () => {
  let outDir: string;
  let result: BundleWebResult;

  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'sift-web-'));
    result = await bundleWeb({ outDir });
  });

  afterAll(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('writes the shell, script, stylesheet and icon and leaves no temporary files', async () => {
    expect((await readdir(outDir)).sort()).toEqual(['app.css', 'app.js', 'favicon.svg', 'index.html']);
    expect(result.files.map((f) => path.basename(f)).sort()).toEqual(['app.css', 'app.js', 'favicon.svg', 'index.html']);
  });

  it('keeps the gzipped script under the size budget', () => {
    expect(result.gzipBytes).toBeGreaterThan(1000);
    expect(result.gzipBytes).toBeLessThan(GZIP_BUDGET_BYTES);
  });

  it('names the assets by content hash and has no inline script or handler when built', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<script type="module" src="\/app\.js\?v=[0-9a-f]{12}"><\/script>/);
    expect(html).toMatch(/<link rel="stylesheet" href="\/app\.css\?v=[0-9a-f]{12}"/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/<style|style=/);
  });

  it('changes the script hash in the shell when the script changes', async () => {
    const first = await readFile(path.join(outDir, 'index.html'), 'utf8');
    await bundleWeb({ outDir, minify: false });
    const second = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const hashOf = (html: string) => /app\.js\?v=([0-9a-f]+)/.exec(html)?.[1];
    expect(hashOf(second)).not.toBe(hashOf(first));
  });
});

describe('isWebDistStale', () => {
  it('reports a missing build as stale', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'sift-web-empty-'));
    try {
      expect(await isWebDistStale({ outDir: empty })).toBe(true);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('reports a fresh build as current', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'sift-web-fresh-'));
    try {
      await bundleWeb({ outDir: out });
      expect(await isWebDistStale({ outDir: out })).toBe(false);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
