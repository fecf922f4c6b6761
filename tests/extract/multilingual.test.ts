import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocuments, type BuiltCorpus } from '../../src/pipeline/build-documents';
import type { IndexedDocument, Paragraph } from '../../src/types';

const corpusDir = fileURLToPath(new URL('../fixtures/multilingual/', import.meta.url));
const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Arabic}]/u;
const FACET_OF = { location: (p: Paragraph) => p.locations, actor: (p: Paragraph) => p.actors, group: (p: Paragraph) => p.groups };

let built: BuiltCorpus;
beforeAll(async () => {
  built = await buildDocuments(corpusDir);
});

function paragraphs(): { doc: IndexedDocument; paragraph: Paragraph }[] {
  return built.documents.flatMap((doc) => doc.paragraphs.map((paragraph) => ({ doc, paragraph })));
}

/** Languages of the documents having a paragraph where `has` holds. */
function languagesWhere(has: (p: Paragraph) => boolean): string[] {
  return [...new Set(paragraphs().filter(({ paragraph }) => has(paragraph)).map(({ doc }) => doc.lang ?? '?'))].sort();
}

describe('a mixed English, Russian and Arabic corpus', () => {
  it('reads every article, the HTML pages included', () => {
    expect(built.skipped).toEqual([]);
    expect(built.documents.map((d) => d.id).sort()).toEqual([
      'ar-sheikh-maqsoud',
      'en-al-hawl-camp',
      'en-khmeimim-drones',
      'en-sheikh-maqsoud-shelling',
      'ru-al-hawl-camp',
      'ru-khmeimim-drones',
      'ru-zakharova-sheikh-maqsoud',
    ]);
  });

  it('stores each document’s language', () => {
    for (const doc of built.documents) expect(doc.lang, doc.id).toBe(doc.id.slice(0, 2));
  });

  it('reads the Russian page in its declared legacy encoding with its metadata', () => {
    const page = built.documents.find((d) => d.id === 'ru-al-hawl-camp');
    expect(page).toMatchObject({
      title: 'СДС передали Ираку семьи боевиков из лагеря Аль-Холь',
      source: 'Новости Востока',
      published: '2021-05-26',
      url: 'https://vostok.example/news/al-hol-2021',
    });
  });

  it('names every facet value the same way in every language', () => {
    const values = paragraphs().flatMap(({ paragraph: p }) => [p.speaker ?? '', ...p.actors, ...p.locations, ...p.groups]);
    expect(values.filter((v) => NON_LATIN.test(v))).toEqual([]);
  });

  it.each<[keyof typeof FACET_OF, string, string[]]>([
    ['location', 'Sheikh Maqsoud', ['ar', 'en', 'ru']],
    ['location', 'Aleppo', ['ar', 'en', 'ru']],
    ['location', 'Al-Hol camp', ['en', 'ru']],
    ['location', 'Khmeimim Air Base', ['en', 'ru']],
    ['location', 'Idlib', ['en', 'ru']],
    ['actor', 'Maria Zakharova', ['ar', 'en', 'ru']],
    ['actor', 'Russian Foreign Ministry', ['ar', 'en', 'ru']],
    ['actor', 'Russian Defense Ministry', ['en', 'ru']],
    ['group', 'Jabhat al-Nusra', ['ar', 'en', 'ru']],
    ['group', 'ISIS', ['en', 'ru']],
    ['group', 'Syrian Democratic Forces', ['en', 'ru']],
    ['group', 'Hayat Tahrir al-Sham', ['en', 'ru']],
  ])('gives the %s %s one value found in %j paragraphs', (facet, value, languages) => {
    expect(languagesWhere((p) => FACET_OF[facet](p).includes(value))).toEqual(languages);
  });

  it('credits Maria Zakharova as speaker of English, Russian and Arabic paragraphs', () => {
    expect(languagesWhere((p) => p.speaker === 'Maria Zakharova')).toEqual(['ar', 'en', 'ru']);
    const russian = built.documents.find((d) => d.id === 'ru-zakharova-sheikh-maqsoud')!;
    expect(russian.paragraphs.map((p) => p.speaker)).toEqual([null, 'Maria Zakharova', 'Maria Zakharova', 'Maria Zakharova']);
  });

  it('credits the Defense Ministry spokesman in both languages', () => {
    for (const id of ['en-khmeimim-drones', 'ru-khmeimim-drones']) {
      const doc = built.documents.find((d) => d.id === id)!;
      expect(doc.paragraphs.map((p) => p.speaker), id).toEqual([null, 'Igor Konashenkov', 'Igor Konashenkov']);
    }
  });

  it('resolves Russian dates against the publication date as English ones are', () => {
    const dates = (id: string) => built.documents.find((d) => d.id === id)!.paragraphs.flatMap((p) => p.dates);
    expect(dates('ru-zakharova-sheikh-maqsoud')).toEqual(dates('en-sheikh-maqsoud-shelling'));
    expect(dates('ru-zakharova-sheikh-maqsoud')).toEqual(['2016-09-12']);
    expect(dates('ru-khmeimim-drones')).toEqual(['2019-08-23']);
  });
});
