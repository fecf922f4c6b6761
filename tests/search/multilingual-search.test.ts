import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments } from '../../src/pipeline/build-documents';
import { createEntityResolver } from '../../src/pipeline/entity-resolver';
import { createSearchEngine } from '../../src/search/engine';
import type { SiftEngine } from '../../src/search/engine';
import { parseSearchParams } from '../../src/search/search-params';
import { createApp } from '../../src/server/app';
import type { IndexedDocument, SearchResponse } from '../../src/types';

const corpusDir = fileURLToPath(new URL('../fixtures/multilingual/', import.meta.url));

let documents: IndexedDocument[];
let engine: SiftEngine;
beforeAll(async () => {
  ({ documents } = await buildDocuments(corpusDir));
  engine = createSearchEngine(documents, { resolveEntities: createEntityResolver() });
}, 60_000);

function search(query: Record<string, string | string[]>): SearchResponse {
  const raw = Object.fromEntries(Object.entries({ limit: '100', ...query }).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
  return engine.search(parseSearchParams(raw));
}

/** Languages of the documents of the full matches (partial matches past `total` excluded). */
function languagesOf(r: SearchResponse): string[] {
  const lang = new Map(documents.map((d) => [d.id, d.lang ?? '?']));
  return [...new Set(r.hits.slice(0, r.total).map((h) => lang.get(h.doc.id)!))].sort();
}

/** Every paragraph of the corpus in a language whose text contains one of `needles`. */
function paragraphsContaining(lang: string, needles: string[]): string[] {
  return documents
    .filter((d) => d.lang === lang)
    .flatMap((d) => d.paragraphs.filter((p) => needles.some((n) => p.text.includes(n))).map((p) => `${d.id}#${p.anchor}`));
}

describe('search over English, Russian and Arabic documents', () => {
  it.each([
    ['Sheikh Maqsoud', ['ar', 'en', 'ru']],
    ['Zakharova', ['ar', 'en', 'ru']],
    ['Захарова', ['ar', 'en', 'ru']],
    ['Захаровой', ['ar', 'en', 'ru']],
    ['Алеппо', ['ar', 'en', 'ru']],
    ['الشيخ مقصود', ['ar', 'en', 'ru']],
  ])('finds %s in every language that names the entity', (q, languages) => {
    const r = search({ q });
    expect(r.relaxed).toBe(false);
    expect(languagesOf(r)).toEqual(languages);
  });

  it('filters location=Sheikh Maqsoud to English, Russian and Arabic paragraphs alike', () => {
    const r = search({ location: 'Sheikh Maqsoud' });
    expect(languagesOf(r)).toEqual(['ar', 'en', 'ru']);
    expect(r.hits.slice(0, r.total).every((h) => h.locations.includes('Sheikh Maqsoud'))).toBe(true);
  });

  it('finds every inflected form of a Russian word through its stem, ranked before its translations', () => {
    const r = search({ q: 'обстрел' });
    const russian = paragraphsContaining('ru', ['обстрел', 'Обстрел']);
    expect(russian.length).toBeGreaterThan(0);
    expect(r.hits.slice(0, russian.length).map((h) => h.id).sort()).toEqual([...russian].sort());
  });

  it.each([
    ['обстрел', 'en', ['shelling']],
    ['shelling', 'ru', ['обстрел', 'Обстрел']],
    ['shelling', 'ar', ['قصف']],
  ])('finds %s in %s reporting through the cross-language lexicon', (q, lang, words) => {
    const r = search({ q });
    const translated = paragraphsContaining(lang, words);
    expect(translated.length).toBeGreaterThan(0);
    expect(r.hits.slice(0, r.total).map((h) => h.id)).toEqual(expect.arrayContaining(translated));
  });

  it('matches Arabic words whatever their diacritics, article and glued prefix', () => {
    const plain = search({ q: 'حلب' });
    expect(plain.total).toBeGreaterThan(0);
    expect(search({ q: 'حَلَب' }).total).toBe(plain.total);
    expect(search({ q: 'بحلب' }).total).toBe(plain.total);
  });
});

describe('the lang facet and filter', () => {
  it('counts paragraphs per document language', () => {
    const r = search({ limit: '0' });
    const want = new Map<string, number>();
    for (const d of documents) want.set(d.lang!, (want.get(d.lang!) ?? 0) + d.paragraphs.length);
    expect(new Map(r.facets.lang!.map((v) => [v.value, v.count]))).toEqual(want);
  });

  it('keeps only the chosen languages with lang=, OR-ing repeated values', () => {
    expect(languagesOf(search({ lang: 'ru' }))).toEqual(['ru']);
    expect(languagesOf(search({ lang: ['ru', 'ar'] }))).toEqual(['ar', 'ru']);
    expect(languagesOf(search({ q: 'Sheikh Maqsoud', lang: 'en' }))).toEqual(['en']);
  });

  it('counts every language for its own facet while lang is filtered (multi-select)', () => {
    const r = search({ lang: 'ru', limit: '0' });
    expect(r.facets.lang!.map((v) => v.value).sort()).toEqual(['ar', 'en', 'ru']);
    expect(r.total).toBe(r.facets.lang!.find((v) => v.value === 'ru')!.count);
  });

  it.each([
    ['Zakharova lang:ru', ['ru']],
    ['Zakharova -lang:ru', ['ar', 'en']],
    ['Zakharova lang:russian', ['ru']],
    ['Zakharova lang:Русский', ['ru']],
    ['Zakharova lang:RU', ['ru']],
  ])('reads %j in the query language', (q, languages) => {
    expect(languagesOf(search({ q }))).toEqual(languages);
  });

  it('matches nothing for a language no document has', () => {
    expect(search({ lang: 'fr' }).total).toBe(0);
    expect(search({ q: 'lang:fr' }).total).toBe(0);
  });
});

describe('GET /api/search with lang', () => {
  it('answers facets.lang beside every other facet', async () => {
    const res = await createApp(engine).request('/api/search?q=Zakharova&lang=ru&lang=en');
    expect(res.status).toBe(200);
    const body = (await res.json()) as SearchResponse;
    expect(Object.keys(body.facets).sort()).toEqual(['actor', 'date', 'group', 'lang', 'location', 'outlet', 'speaker']);
    expect(languagesOf(body)).toEqual(['en', 'ru']);
  });

  it.each(['russian', 'r', 'rus', 'en-GB'])('refuses lang=%s with a 400 naming the parameter', async (value) => {
    const res = await createApp(engine).request(`/api/search?lang=${encodeURIComponent(value)}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('bad_parameter');
    expect(body.error.message).toContain("'lang'");
  });

  it('reports when the index was last updated in /api/health', async () => {
    const body = (await (await createApp(engine).request('/api/health')).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', documents: documents.length });
    expect(Number.isNaN(Date.parse(String(body.updated_at)))).toBe(false);
  });
});
