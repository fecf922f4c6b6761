import { describe, expect, it } from 'vitest';
import { defaultChromePatterns as patterns } from '../../src/ingest/chrome-patterns';
import { detectChrome } from '../../src/ingest/detect-chrome';
import { detectDatelineOutlet, readBylineName } from '../../src/ingest/detect-metadata-line';
import { segmentDocument } from '../../src/ingest/segment-document';

// Page chrome and credit lines of outlets the seeds do not come from (see tests/fixtures/unseen).
describe('detectChrome', () => {
  it.each([
    'Our Standards: The Thomson Reuters Trust Principles.',
    'About the author: Khalil Ahmad is a journalist at Enab Baladi covering northwestern Syria.',
    'For more information, please contact:',
    'Associated Press writer Suzan Fraser in Ankara, Turkey, contributed to this report.',
    'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form.',
    'Most read',
    'Sign up for our Middle East newsletter',
    'We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.',
  ])('recognises %j as chrome', (line) => {
    expect(detectChrome(line, patterns)).not.toBeNull();
  });

  it.each([
    'The standards our forces follow were set by the ministry, the general said.',
    'Reporters contributed to the report by visiting the camp, the agency said.',
  ])('keeps the body sentence %j', (line) => {
    expect(detectChrome(line, patterns)).toBeNull();
  });
});

describe('readBylineName', () => {
  it.each([
    ['Reporting by Suleiman Al-Khalidi; Editing by Mark Heinrich', 'Suleiman Al-Khalidi'],
    ['Reporting by Ellen Francis | Editing by Alex Richardson', 'Ellen Francis'],
  ])('takes the author from the first credit of %j', (line, name) => {
    expect(readBylineName(line)).toBe(name);
  });
});

describe('detectDatelineOutlet', () => {
  it.each([
    ['Hama, SANA – Units of the Syrian Arab Army carried out strikes.', 'SANA'],
    ['MOSCOW, March 5. /TASS/. Militants shelled Aleppo.', 'TASS'],
    ['AMMAN (Reuters) - Thousands of Syrians are stranded.', 'Reuters'],
  ])('reads the outlet of %j', (paragraph, outlet) => {
    expect(detectDatelineOutlet(paragraph)).toBe(outlet);
  });

  it('reads no outlet from a place and region dateline', () => {
    expect(detectDatelineOutlet('ERBIL, Kurdistan Region - The SDF arrested 14 suspects.')).toBeNull();
  });
});

describe('segmentDocument on a wire story', () => {
  it('records the Reuters footer as the byline and indexes neither footer line', () => {
    const text = [
      'AMMAN (Reuters) - Thousands of Syrians stranded at the remote Rukban camp are running out of food, aid workers said.',
      'Jordan said it would not let convoys cross from its territory into the camp.',
      'Reporting by Suleiman Al-Khalidi; Editing by Mark Heinrich',
      'Our Standards: The Thomson Reuters Trust Principles.',
    ].join('\n');
    const { meta, paragraphs } = segmentDocument({ id: 'w', file: 'w.txt', format: 'txt', text, meta: {} });
    expect(meta.byline).toBe('Suleiman Al-Khalidi');
    expect(meta.source).toBe('Reuters');
    expect(paragraphs).toHaveLength(2);
  });
});

describe('detectDatelineOutlet in more dateline shapes', () => {
  it.each([
    ['en', 'DAMASCUS, Syria (AP) — Syrian troops shelled rebel positions overnight.', 'AP'],
    ['en', 'Damascus, March 5 (SANA) – Army units shelled militant positions.', 'SANA'],
    ['ru', 'БЕЙРУТ, 5 марта – РИА Новости. Боевики обстреляли пригород города.', 'РИА Новости'],
    ['ar', 'دمشق-سانا قصفت وحدات من الجيش مواقع المسلحين في ريف إدلب.', 'سانا'],
    ['ar', 'أنقرة (الأناضول) - قصفت الطائرات التركية مواقع في شمال سوريا.', 'الأناضول'],
    ['ar', 'القاهرة - (د ب أ) - قصفت الطائرات مواقع في شمال سوريا.', 'د ب أ'],
  ])('reads the outlet of a %s dateline: %j', (_lang, paragraph, outlet) => {
    expect(detectDatelineOutlet(paragraph)).toBe(outlet);
  });

  it.each([
    ['en', 'Russia, which backs Assad (and Iran) - said nothing about the strikes.'],
    ['ru', 'МОСКВА, 5 марта – Российские военные заявили, что удары продолжатся.'],
    ['ar', 'دمشق - قصفت الطائرات مواقع في ريف إدلب.'],
  ])('reads no outlet from a %s sentence: %j', (_lang, paragraph) => {
    expect(detectDatelineOutlet(paragraph)).toBeNull();
  });
});
