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
      workerMode: 'threads',
      token: null,
      allowOpen: false,
    });
  });

  it('reads every variable', () => {
    const config = readConfig({
      CORPUS_DIR: '/data/c',
      INDEX_DIR: '/data/i',
      PORT: '8080',
      HOST: '0.0.0.0',
      SIFT_DRAIN_SECONDS: '2.5',
      SIFT_WORKERS: '2',
      SIFT_WORKER_MODE: 'Processes',
      SIFT_TOKEN: ' correct horse battery ',
      SIFT_ALLOW_OPEN: 'yes',
    });
    expect(config).toEqual({
      corpusDir: '/data/c',
      indexDir: '/data/i',
      port: 8080,
      host: '0.0.0.0',
      backend: 'embedded',
      drainMs: 2500,
      workers: 2,
      workerMode: 'processes',
      token: ' correct horse battery ',
      allowOpen: true,
    });
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

  it('refuses SIFT_ALLOW_OPEN values other than yes or no', () => {
    expect(() => readConfig({ SIFT_ALLOW_OPEN: 'maybe' })).toThrow('SIFT_ALLOW_OPEN must be 1 or 0 (or true/false), got "maybe"');
  });

  it('refuses an unknown SIFT_WORKER_MODE by name, and serves the sphinxql backend from processes (it holds no index)', () => {
    expect(() => readConfig({ SIFT_WORKER_MODE: 'fibers' })).toThrow(`SIFT_WORKER_MODE must be 'threads' or 'processes', got "fibers"`);
    expect(readConfig({ SEARCH_BACKEND: 'sphinxql', SIFT_WORKER_MODE: 'threads' }).workerMode).toBe('processes');
  });

  it('reads SEARCH_BACKEND and refuses an unknown one by name', () => {
    expect(readConfig({ SEARCH_BACKEND: 'SphinxQL' }).backend).toBe('sphinxql');
    expect(() => readConfig({ SEARCH_BACKEND: 'lucene' })).toThrow(`SEARCH_BACKEND must be 'embedded' or 'sphinxql', got "lucene"`);
  });
});
