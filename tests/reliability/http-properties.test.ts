// Property tests over the whole HTTP app: any query string gets a 200 with a valid body or a clear 4xx, never a 500.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { parseQuery } from '../../src/search/query-parser';
import { parseSearchParams } from '../../src/search/search-params';
import { SiftError } from '../../src/errors';
import { createApp } from '../../src/server/app';
import { facetRegistry } from '../../src/facets/registry';
import { FACET_NAMES } from '../../src/types';
import type { SearchResponse, Suggestion } from '../../src/types';
import { fakeResolver, searchCorpus } from '../fixtures/search/corpus';
import { HOSTILE_STRINGS, hostileDocuments } from '../fixtures/reliability/hostile-documents';
import { findSnippetProblem, snippetText } from './snippet-safety';

const engine = createSearchEngine([...searchCorpus, ...hostileDocuments], { resolveEntities: fakeResolver });
const app = createApp(engine);
const RUNS = 300;

const KNOWN_PARAMS = ['q', 'speaker', 'actor', 'location', 'group', 'from', 'to', 'doc', 'sort', 'limit', 'offset', 'facet_size'];
const EDGE_VALUES = [
  '',
  ' ',
  '0',
  '-1',
  '1e3',
  '0x10',
  ' 5 ',
  '100',
  '101',
  '10000',
  '99999999999999999999',
  'NaN',
  'null',
  '[]',
  '{}',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\u202E',
  '\uFEFF',
  'e\u0301\u0301\u0301',
  'İstanbul',
  'ß',
  '😀👨‍👩‍👧',
  '"',
  '"unclosed phrase',
  '-',
  '--',
  '-"',
  'speaker:',
  'speaker:"',
  '-group:"Ahrar al-Sham"',
  '*',
  '?',
  '(',
  'relevance',
  'date',
  '2016',
  '2016-02-30',
  '2016-13',
  '0000-01-01',
  '9999-12-31',
  'Aleppo',
  'shelling',
  'Sheikh Maqsoud',
  'Maria Zakharova',
  ...HOSTILE_STRINGS,
];

/** Raw bytes a client may put in a query string: valid, malformed and NUL percent escapes. */
const RAW_FRAGMENTS = ['%00', '%ZZ', '%', '%E0%A4%A', '%C3', '%FF%FE', '%2', '%25', '%26', '%3D', '+', '&', '=', '#', '%0A', '%0D%0A'];

function percentEncode(value: string): string {
  return Array.from(new TextEncoder().encode(value), (b) =>
    /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_VALUES) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 200_000 }).map(String) },
  { weight: 1, arbitrary: fc.nat({ max: 3000 }).map((n) => 'shelling '.repeat(n).slice(0, n)) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...EDGE_VALUES), { maxLength: 8 }).map((parts) => parts.join(' ')) },
);
const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KNOWN_PARAMS) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) });
const pair = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(name, value).map(([n, v]) => `${percentEncode(n)}=${percentEncode(v)}`) },
  { weight: 1, arbitrary: fc.tuple(name, fc.constantFrom(...RAW_FRAGMENTS)).map(([n, raw]) => `${percentEncode(n)}=${raw}`) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_FRAGMENTS, ...KNOWN_PARAMS) },
);
const queryString = fc.array(pair, { maxLength: 12 }).map((pairs) => pairs.join('&'));

interface Answer {
  status: number;
  type: string;
  body: unknown;
}

async function get(path: string): Promise<Answer> {
  const res = await app.request(path);
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', body };
}

function expectClientError(answer: Answer, allowed: number[]): void {
  expect(allowed).toContain(answer.status);
  expect(answer.type).toContain('application/json');
  const error = (answer.body as { error?: { code?: unknown; message?: unknown } }).error;
  expect(typeof error?.code).toBe('string');
  expect(typeof error?.message).toBe('string');
  expect(String(error?.message).length).toBeGreaterThan(0);
}

function expectValidSearch(body: unknown): void {
  const r = body as SearchResponse;
  expect(Number.isInteger(r.total) && r.total >= 0).toBe(true);
  expect(typeof r.relaxed).toBe('boolean');
  expect(Array.isArray(r.hits)).toBe(true);
  expect(r.hits.length).toBeLessThanOrEqual(100);
  expect(Object.keys(r.facets).sort()).toEqual([...facetRegistry.all.map((f) => f.name), 'date'].sort());
  for (const hit of r.hits) {
    expect(hit.url).toBe(`/doc/${encodeURIComponent(hit.doc.id)}#${hit.anchor}`);
    expect(findSnippetProblem(hit.snippet)).toBeNull();
    for (const part of snippetText(hit.snippet)) expect(hit.text).toContain(part);
  }
}

describe('GET /api/search (property)', () => {
  it('answers 200 with a valid body and safe snippets, or a 400/414 with a message, for any query string', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        const answer = await get(`/api/search?${qs}`);
        seen.add(answer.status);
        if (answer.status === 200) expectValidSearch(answer.body);
        else expectClientError(answer, [400, 414]);
      }),
      { numRuns: RUNS },
    );
    // Both branches ran: the generator reaches valid and refused query strings alike.
    expect([...seen]).toEqual(expect.arrayContaining([200, 400]));
  });

  it('keeps every snippet inert for queries made of hostile markup and corpus words', async () => {
    const words = fc.constantFrom('shelling', 'Aleppo', 'residents', 'monitor', 'filler3', 'mark', 'script', 'alert', 'amp', 'lt', 'bold', 'svg', 'onerror');
    const query = fc.array(fc.oneof(words, fc.constantFrom(...HOSTILE_STRINGS)), { minLength: 1, maxLength: 6 }).map((p) => p.join(' '));
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const answer = await get(`/api/search?q=${encodeURIComponent(q)}&limit=100`);
        expect(answer.status).toBe(200);
        expectValidSearch(answer.body);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('GET /api/suggest and /api/docs/:id (property)', () => {
  it('answers suggest with a list of completions or a 400/414, for any query string', async () => {
    const seen = new Set<number>();
    await fc.assert(
      fc.asyncProperty(queryString, async (qs) => {
        const answer = await get(`/api/suggest?${qs}`);
        seen.add(answer.status);
        if (answer.status !== 200) return expectClientError(answer, [400, 414]);
        const list = answer.body as Suggestion[];
        expect(Array.isArray(list)).toBe(true);
        for (const s of list) {
          expect(typeof s.value).toBe('string');
          expect([...FACET_NAMES, 'term']).toContain(s.kind);
        }
      }),
      { numRuns: RUNS },
    );
    expect([...seen]).toEqual(expect.arrayContaining([200, 400]));
  });

  it('answers any document id with the document or a JSON 404', async () => {
    const seen = new Set<number>();
    const id = fc.oneof(fc.constantFrom('a1', 'hostile-1', '..%2F..%2Fpackage.json', '%2e%2e', '%00', '%E0%A4%A', '%ZZ'), fc.string({ minLength: 1, maxLength: 30 }).map(percentEncode));
    await fc.assert(
      fc.asyncProperty(id, async (raw) => {
        const answer = await get(`/api/docs/${raw}`);
        seen.add(answer.status);
        if (answer.status === 200) expect(typeof (answer.body as { id: unknown }).id).toBe('string');
        else expectClientError(answer, [404, 400]);
      }),
      { numRuns: RUNS },
    );
    expect([...seen]).toEqual(expect.arrayContaining([200, 404]));
  });
});

describe('parseQuery (property)', () => {
  it('never throws and only returns clauses that lie inside the query', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.constantFrom(...EDGE_VALUES)).map((p) => p.join(' '))), (q) => {
        const parsed = parseQuery(q);
        for (const clause of parsed.clauses) {
          expect(clause.start).toBeGreaterThanOrEqual(0);
          expect(clause.end).toBeLessThanOrEqual(q.length);
          expect(clause.start).toBeLessThanOrEqual(clause.end);
        }
        for (const filter of parsed.filters) expect(FACET_NAMES).toContain(filter.facet);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseSearchParams (property)', () => {
  it('either returns parameters within the documented bounds or throws a 400 SiftError', () => {
    const query = fc.dictionary(fc.constantFrom(...KNOWN_PARAMS, 'x'), fc.array(value, { minLength: 1, maxLength: 3 }));
    fc.assert(
      fc.property(query, (q) => {
        try {
          const p = parseSearchParams(q);
          expect(p.limit).toBeGreaterThanOrEqual(0);
          expect(p.limit).toBeLessThanOrEqual(100);
          expect(p.offset).toBeLessThanOrEqual(10_000);
          expect(p.facetSize).toBeGreaterThanOrEqual(1);
          expect(p.facetSize).toBeLessThanOrEqual(1000);
          expect(p.q.length).toBeLessThanOrEqual(1000);
        } catch (err) {
          expect(err).toBeInstanceOf(SiftError);
          expect((err as SiftError).status).toBe(400);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
