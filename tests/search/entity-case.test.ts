import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/build-documents';
import { createEntityResolver } from '../../src/pipeline/entity-resolver';
import { titleCaseWords } from '../../src/search/entity-expansion';
import { createSearchEngine } from '../../src/search/engine';
import type { SiftEngine } from '../../src/search/engine';
import { parseSearchParams } from '../../src/search/search-params';

const corpusDir = fileURLToPath(new URL('../fixtures/e2e-corpus/', import.meta.url));

let engine: SiftEngine;
beforeAll(async () => {
  const { documents } = await buildDocuments(corpusDir);
  engine = createSearchEngine(documents, { resolveEntities: createEntityResolver() });
}, 60_000);

const total = (q: string) => engine.search(parseSearchParams({ q: [q], limit: ['0'] })).total;

describe('titleCaseWords', () => {
  it.each([
    ['zakharova', 'Zakharova'],
    ['maria zakharova said', 'Maria Zakharova Said'],
    ['алеппо', 'Алеппо'],
    ["al-nusra o'brien", "Al-nusra O'brien"],
    ['حلب', 'حلب'],
  ])('title-cases %s without moving offsets', (text, expected) => {
    expect(titleCaseWords(text)).toBe(expected);
    expect(titleCaseWords(text).length).toBe(text.length);
  });
});

describe('entity recognition in queries', () => {
  it.each([
    ['zakharova', 'Zakharova'],
    ['ZAKHAROVA', 'Zakharova'],
    ['захарова', 'Захарова'],
    ['алеппо', 'Алеппо'],
    ['maria zakharova', 'Maria Zakharova'],
  ])('finds as many paragraphs for %s as for %s', (lower, proper) => {
    expect(total(proper)).toBeGreaterThan(0);
    expect(total(lower)).toBe(total(proper));
  });
});
