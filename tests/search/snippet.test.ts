import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/text';
import { buildSnippet, escapeHtml, mergeSpans } from '../../src/search/present/snippet';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;');
  });
});

describe('mergeSpans', () => {
  it('merges overlapping and nested spans so marks never overlap', () => {
    expect(mergeSpans([{ start: 5, end: 9, unit: 0 }, { start: 0, end: 6, unit: 1 }, { start: 1, end: 2, unit: 2 }, { start: 12, end: 14, unit: 0 }])).toEqual([
      { start: 0, end: 9, unit: 1 },
      { start: 12, end: 14, unit: 0 },
    ]);
  });
});

describe('buildSnippet', () => {
  it('shows a short text whole with its marks', () => {
    const text = 'A & B <i>';
    expect(buildSnippet(text, analyzeText(text), [{ start: 4, end: 5, unit: 0 }])).toBe('A &amp; <mark>B</mark> &lt;i&gt;');
  });

  it('windows a long text around the span with the most distinct query parts', () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const text = words.join(' ');
    const at = (w: string) => text.indexOf(` ${w} `) + 1;
    const spans = [
      { start: at('w20'), end: at('w20') + 3, unit: 0 },
      { start: at('w150'), end: at('w150') + 4, unit: 0 },
      { start: at('w155'), end: at('w155') + 4, unit: 1 },
    ];
    const html = buildSnippet(text, analyzeText(text), spans, { windowWords: 40 });
    expect(html).toContain('<mark>w150</mark>');
    expect(html).toContain('<mark>w155</mark>');
    expect(html).not.toContain('w20 ');
    expect(html.startsWith('… ')).toBe(true);
    expect(html.endsWith(' …')).toBe(true);
    expect(html.replace(/<\/?mark>/g, '').split(' ').length).toBe(42);
  });
});
