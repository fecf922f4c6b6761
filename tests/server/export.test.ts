import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/engine';
import { createApp } from '../../src/server/app';
import { csvCell, EXPORT_COLUMNS } from '../../src/server/export-format';
import { mountExport } from '../../src/server/export-route';
import type { IndexedDocument } from '../../src/types';
import { Hono } from 'hono';

const para = (n: number, text: string, extra: Partial<IndexedDocument['paragraphs'][number]> = {}) => ({
  anchor: `p-${n}`,
  text,
  speaker: null,
  actors: [],
  locations: [],
  groups: [],
  dates: [],
  ...extra,
});
const docs: IndexedDocument[] = [
  {
    id: 'one',
    title: 'Shelling, "again"',
    source: 'Wire',
    url: null,
    published: '2020-03-01',
    paragraphs: Array.from({ length: 130 }, (_, i) =>
      para(i + 1, `Shelling report number ${i + 1}, with a comma.`, { locations: ['Aleppo'], actors: ['A', 'B'] }),
    ),
  },
  { id: 'two', title: null, source: null, url: null, published: null, paragraphs: [para(1, '=HYPERLINK("x") shelling formula')] },
];
const engine = createSearchEngine(docs, { synonyms: new Map() });
const app = createApp(engine);

describe('GET /api/export', () => {
  it('returns every matching paragraph as CSV, beyond one page', async () => {
    const res = await app.request('http://sift.test/api/export?q=shelling&limit=5&offset=3');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="sift-export-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.headers.get('x-sift-total')).toBe('131');
    expect(res.headers.get('x-sift-exported')).toBe('131');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(lines).toHaveLength(132);
    expect(lines.some((l) => l.startsWith('one,"Shelling, ""again""",Wire,2020-03-01,p-1,http://sift.test/doc/one#p-1,,A; B,Aleppo,,,'))).toBe(true);
  });

  it('applies the search filters', async () => {
    const res = await app.request('/api/export?q=shelling&location=Aleppo&format=jsonl');
    const rows = (await res.text()).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(130);
    expect(rows.every((r) => r.locations.includes('Aleppo'))).toBe(true);
    expect(Object.keys(rows[0])).toEqual([...EXPORT_COLUMNS]);
  });

  it('says when the result set is larger than the cap', async () => {
    const capped = new Hono();
    mountExport(capped, async (params) => engine.search(params), { maxRows: 10 });
    const res = await capped.request('/api/export?q=shelling');
    expect(res.headers.get('x-sift-exported')).toBe('10');
    expect(res.headers.get('x-sift-truncated')).toBe('true');
  });

  it('refuses an unknown format with 400', async () => {
    const res = await app.request('/api/export?q=x&format=xlsx');
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toContain('format');
  });

  it('refuses bad search parameters like /api/search', async () => {
    expect((await app.request('/api/export?from=2020-13')).status).toBe(400);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['\t=1', "'\t=1"],
  ])('writes %j as %j', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('joins lists and writes null as empty', () => {
    expect(csvCell(['Aleppo', 'Idlib'])).toBe('Aleppo; Idlib');
    expect(csvCell(null)).toBe('');
  });
});
