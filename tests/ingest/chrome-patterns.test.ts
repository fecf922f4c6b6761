import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultChromePatterns, loadChromePatterns, validateChromePatterns } from '../../src/ingest/chrome-patterns';
import bundled from '../../src/ingest/data/chrome-patterns.json';

describe('validateChromePatterns', () => {
  it('accepts the bundled data file', () => {
    const patterns = validateChromePatterns(bundled);
    expect(patterns.prompts).toContain('leave a comment');
    expect(patterns.captionPatterns.every((re) => re instanceof RegExp)).toBe(true);
  });

  it.each([
    [{ prompts: [] }, 'prompts'],
    [{ prompts: ['ok', 3] }, 'prompts[1]'],
    [{ promptMaxWords: -1 }, 'promptMaxWords'],
    [{ uiStripRatio: 2 }, 'uiStripRatio'],
    [{ captionPatterns: [{ source: '(unclosed', flags: 'u' }] }, 'captionPatterns[0]'],
    [{ bylinePatterns: ['not an object'] }, 'bylinePatterns[0]'],
    [{ captionUnderCreditPatterns: [] }, 'captionUnderCreditPatterns'],
    [{ captionWords: ['photo', ''] }, 'captionWords[1]'],
  ])('names the bad field when given %j', (override, field) => {
    expect(() => validateChromePatterns({ ...bundled, ...override }, 'test.json')).toThrow(
      new RegExp(`test\\.json: field '${field.replace(/[[\]]/g, '\\$&')}'`),
    );
  });

  it('rejects a non-object root', () => {
    expect(() => validateChromePatterns([])).toThrow(/expected an object/);
  });
});

describe('loadChromePatterns', () => {
  it('loads the bundled file by default', () => {
    expect(loadChromePatterns().standalone).toEqual(defaultChromePatterns.standalone);
  });

  it('reports a malformed file with its path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sift-chrome-'));
    try {
      const file = join(dir, 'bad.json');
      writeFileSync(file, '{ "prompts": [');
      expect(() => loadChromePatterns(file)).toThrow(/bad\.json: cannot load chrome patterns/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
