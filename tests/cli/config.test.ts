import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/cli/config';

describe('readConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readConfig({})).toEqual({
      corpusDir: resolve('seeds'),
      indexDir: resolve('index'),
      port: 3000,
      host: '127.0.0.1',
      backend: 'embedded',
      drainMs: 10_000,
      workers: 1,
    });
  });

  it('reads every variable', () => {
    const config = readConfig({ CORPUS_DIR: '/data/c', INDEX_DIR: '/data/i', PORT: '8080', HOST: '0.0.0.0', SIFT_DRAIN_SECONDS: '2.5', SIFT_WORKERS: '2' });
    expect(config).toEqual({ corpusDir: '/data/c', indexDir: '/data/i', port: 8080, host: '0.0.0.0', backend: 'embedded', drainMs: 2500, workers: 2 });
  });

  it.each(['abc', '-1', '70000', '3.5'])('rejects PORT=%s with a message', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(/PORT must be an integer/);
  });

  it.each(['-1', 'soon', '4000'])('rejects SIFT_DRAIN_SECONDS=%s with a message', (value) => {
    expect(() => readConfig({ SIFT_DRAIN_SECONDS: value })).toThrow(/SIFT_DRAIN_SECONDS must be a number from 0 to 3600/);
  });

  it.each(['0', 'two', '1.5'])('rejects SIFT_WORKERS=%s with a message', (value) => {
    expect(() => readConfig({ SIFT_WORKERS: value })).toThrow(/SIFT_WORKERS must be an integer from 1 to 64/);
  });

  it('reads SEARCH_BACKEND and refuses an unknown one by name', () => {
    expect(readConfig({ SEARCH_BACKEND: 'SphinxQL' }).backend).toBe('sphinxql');
    expect(() => readConfig({ SEARCH_BACKEND: 'lucene' })).toThrow(`SEARCH_BACKEND must be 'embedded' or 'sphinxql', got "lucene"`);
  });
});
