import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNameVariantRules } from '../../src/extract/entities/name-variants';

function rulesFile(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'sift-name-variants-'));
  writeFileSync(join(dir, 'name-variants.json'), JSON.stringify(content));
  return dir;
}

describe('loadNameVariantRules', () => {
  it('reads the shipped rules', () => {
    expect(loadNameVariantRules().maxDistance).toBeGreaterThan(0);
  });

  it.each([
    ['a distance that is no positive integer', { minSurnameLength: 5, minBareSurnameLength: 7, minDocumentSurnameLength: 6, maxDistance: 0, genderedEndings: [] }, 'maxDistance'],
    ['a missing length', { minBareSurnameLength: 7, minDocumentSurnameLength: 6, maxDistance: 1, genderedEndings: [] }, 'minSurnameLength'],
    ['an ending pair of one word', { minSurnameLength: 5, minBareSurnameLength: 7, minDocumentSurnameLength: 6, maxDistance: 1, genderedEndings: [['ov']] }, 'genderedEndings'],
  ])('names the field when the file has %s', (_what, content, field) => {
    expect(() => loadNameVariantRules(rulesFile(content))).toThrow(field);
  });
});
