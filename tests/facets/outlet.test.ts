import { describe, expect, it } from 'vitest';
import { canonicalOutlet, parseOutletTable } from '../../src/facets/outlet';

describe('canonicalOutlet', () => {
  it.each([
    [{ source: 'ТАСС' }, 'TASS'],
    [{ source: 'tass' }, 'TASS'],
    [{ url: 'https://tass.com/politics/1234' }, 'TASS'],
    [{ url: 'https://tass.ru/politika/1234', source: 'Информационное агентство' }, 'TASS'],
    [{ url: 'https://arabic.rt.com/middle_east/1' }, 'RT'],
    [{ source: 'سانا' }, 'SANA'],
    [{ source: 'Al Monitor' }, 'Al-Monitor'],
    [{ source: '  Kommersant.ru ' }, 'Kommersant'],
  ])('gives one canonical name for %j', (meta, expected) => {
    expect(canonicalOutlet(meta)).toBe(expected);
  });

  it('keeps an unknown outlet as named, or falls back to the bare host', () => {
    expect(canonicalOutlet({ source: 'The Raqqa Courier' })).toBe('The Raqqa Courier');
    expect(canonicalOutlet({ url: 'https://www.raqqa-courier.example/news/1' })).toBe('raqqa-courier.example');
    expect(canonicalOutlet({})).toBeNull();
    expect(canonicalOutlet({ url: 'file:///etc/passwd' })).toBeNull();
  });
});

describe('parseOutletTable', () => {
  it('names the file, entry and field of a bad outlet', () => {
    expect(() => parseOutletTable({ version: 1, outlets: [{ name: 'A', aliases: [], domains: ['not a host'] }] }, 'x.json')).toThrow(
      "x.json entry 0: field 'domains.0'",
    );
  });
});
