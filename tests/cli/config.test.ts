import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/cli/config';

describe('readConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readConfig({})).toEqual({ corpusDir: resolve('seeds'), indexDir: resolve('index'), port: 3000, host: '127.0.0.1', backend: 'embedded' });
  });

  it('reads every variable', () => {
    const config = readConfig({ CORPUS_DIR: '/data/c', INDEX_DIR: '/data/i', PORT: '8080', HOST: '0.0.0.0' });
    expect(config).toEqual({ corpusDir: '/data/c', indexDir: '/data/i', port: 8080, host: '0.0.0.0', backend: 'embedded' });
  });

  it.each(['abc', '-1', '70000', '3.5'])('rejects PORT=%s with a message', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(/PORT must be an integer/);
  });

  it('reads SEARCH_BACKEND and refuses an unknown one by name', () => {
    expect(readConfig({ SEARCH_BACKEND: 'SphinxQL' }).backend).toBe('sphinxql');
    expect(() => readConfig({ SEARCH_BACKEND: 'lucene' })).toThrow(`SEARCH_BACKEND must be 'embedded' or 'sphinxql', got "lucene"`);
  });
});
