import { describe, expect, it } from 'vitest';
import { foldScript } from '../../web/text/fold';
import { documentLabel, formatRelativeTime, languageName } from '../../web/text/labels';

describe('documentLabel', () => {
  it.each([
    [{ id: 'a1', title: 'Shelling resumes', source: 'RT' }, 'Shelling resumes'],
    [{ id: 'a1', title: null, source: 'ARA News' }, 'Untitled article from ARA News'],
    [{ id: 'a1', title: null, source: null }, 'Untitled article'],
  ])('names %j as %s', (doc, label) => {
    expect(documentLabel(doc)).toBe(label);
  });
});

describe('languageName', () => {
  it.each([
    ['en', 'English'],
    ['ru', 'Русский (Russian)'],
    ['ar', 'العربية (Arabic)'],
    ['zz', 'zz'],
  ])('names %s as %s', (code, name) => {
    expect(languageName(code)).toBe(name);
  });
});

describe('formatRelativeTime', () => {
  const now = Date.parse('2026-06-10T12:00:00Z');
  it.each([
    ['2026-06-10T11:59:50Z', 'just now'],
    ['2026-06-10T11:57:00Z', '3 minutes ago'],
    ['2026-06-10T09:00:00Z', '3 hours ago'],
    ['2026-06-09T11:00:00Z', 'yesterday'],
    ['not a date', 'at an unknown time'],
  ])('says %s was %s', (iso, text) => {
    expect(formatRelativeTime(iso, now)).toBe(text);
  });
});

describe('foldScript', () => {
  it.each([
    ['Алеппо', 'aleppo'],
    ['Захарова', 'zakharova'],
    ['Ḥalab', 'halab'],
    ['Aleppo', 'aleppo'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldScript(text)).toBe(folded);
  });
});
