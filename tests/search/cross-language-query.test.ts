import { describe, expect, it } from 'vitest';
import { createEntityResolver } from '../../src/pipeline/entity-resolver';
import { createSearchEngine } from '../../src/search/engine';
import { parseSearchParams } from '../../src/search/search-params';
import type { IndexedDocument } from '../../src/types';
import { writtenCorpus as corpus } from './written-corpus';

const documents = [
  ...corpus('en', {
    'en-market': { text: 'Shelling hit a crowded market in Damascus on Tuesday.', locations: ['Damascus'] },
    'en-government': { text: 'The Syrian government rejected the proposal.', actors: ['Syrian government'] },
    'en-moscow': { text: 'The delegations met in Moscow for a second day.', locations: ['Moscow'] },
    'en-kremlin': { text: 'Russia said the talks would continue.', actors: ['Russia'] },
    'en-israel': { text: 'Israel struck a weapons depot near the border.', actors: ['Israel'] },
    'en-tribes': { text: 'Tribal fighters attacked positions east of the river.' },
    'en-fall': { text: 'The collapse of the old order surprised the diplomats.' },
  }),
  ...corpus('ru', {
    'ru-israel': { text: 'Израиль нанёс удар по складу оружия.', actors: ['Israel'] },
    'ru-turkey': { text: 'Турецкие войска вошли в город.' },
    'ru-tribes': { text: 'Арабские племена потребовали вывода отрядов.' },
    'ru-fall': { text: 'Падение режима стало неожиданностью.' },
  }),
  ...corpus('ar', {
    'ar-israel': { text: 'شنت إسرائيل غارات على مواقع عسكرية.', actors: ['Israel'] },
    'ar-turkey': { text: 'أعلنت تركيا بدء العملية العسكرية.' },
    'ar-tribes': { text: 'هاجمت العشائر مواقع القوات في الريف.' },
    'ar-fall': { text: 'أثار سقوط النظام مخاوف جديدة.' },
  }),
];
const engine = createSearchEngine(documents, { resolveEntities: createEntityResolver() });

function docsFound(q: string): string[] {
  const r = engine.search(parseSearchParams({ q: [q], limit: ['50'] }));
  return r.hits.slice(0, r.total).map((h) => h.doc.id).sort();
}

describe('a capital named alone in a query', () => {
  it.each([
    ['Damascus', 'en-market', 'en-government'],
    ['damascus', 'en-market', 'en-government'],
    ['Дамаск', 'en-market', 'en-government'],
    ['دمشق', 'en-market', 'en-government'],
    ['Moscow', 'en-moscow', 'en-kremlin'],
    ['Москва', 'en-moscow', 'en-kremlin'],
  ])('means the place: %s finds %s, not the government (%s)', (q, place, government) => {
    const found = docsFound(q);
    expect(found).toContain(place);
    expect(found).not.toContain(government);
  });
});

describe('a state or its adjective in one language', () => {
  it.each([
    ['Israeli', ['ar-israel', 'en-israel', 'ru-israel']],
    ['израильский', ['ar-israel', 'en-israel', 'ru-israel']],
    ['الإسرائيلية', ['ar-israel', 'en-israel', 'ru-israel']],
    ['Turkish', ['ar-turkey', 'ru-turkey']],
    ['Турция', ['ar-turkey', 'ru-turkey']],
    ['التركية', ['ar-turkey', 'ru-turkey']],
  ])('finds %s reporting in every language', (q, expected) => {
    expect(docsFound(q)).toEqual(expected);
  });
});

describe('conflict words across languages', () => {
  it.each([
    ['tribes', ['ar-tribes', 'en-tribes', 'ru-tribes']],
    ['племена', ['ar-tribes', 'en-tribes', 'ru-tribes']],
    ['العشائر', ['ar-tribes', 'en-tribes', 'ru-tribes']],
    ['fall', ['ar-fall', 'en-fall', 'ru-fall']],
    ['падение', ['ar-fall', 'en-fall', 'ru-fall']],
    ['سقوط', ['ar-fall', 'en-fall', 'ru-fall']],
    ['strikes', ['ar-israel', 'ru-israel']],
    ['удар', ['ar-israel', 'ru-israel']],
    ['غارات', ['ar-israel', 'ru-israel']],
  ])('%s finds the same event reported in English, Russian and Arabic', (q, expected) => {
    expect(docsFound(q)).toEqual(expected);
  });
});

describe('a query in Cyrillic or Arabic script', () => {
  const raqqa = { locations: ['Raqqa'], groups: ['Syrian Democratic Forces', 'ISIS'] };
  const withGroups = (docs: IndexedDocument[], groups: string[]): IndexedDocument[] =>
    docs.map((d) => ({ ...d, paragraphs: d.paragraphs.map((p) => ({ ...p, groups })) }));
  const own = createSearchEngine(
    [
      ...withGroups(corpus('en', { 'en-raqqa': { text: 'The SDF offensive on Raqqa against ISIS began at dawn.', locations: raqqa.locations } }), raqqa.groups),
      ...withGroups(corpus('en', { 'en-raqqa-2': { text: 'An offensive by the SDF pushed ISIS out of the Raqqa suburbs.', locations: raqqa.locations } }), raqqa.groups),
      ...withGroups(corpus('ru', { 'ru-raqqa': { text: 'Отряды СДС вошли в Ракку, которую удерживает ИГИЛ.', locations: raqqa.locations } }), raqqa.groups),
      ...withGroups(corpus('ar', { 'ar-raqqa': { text: 'دخلت قوات قسد مدينة الرقة الخاضعة لسيطرة داعش.', locations: raqqa.locations } }), raqqa.groups),
    ],
    { resolveEntities: createEntityResolver() },
  );
  const top = (q: string): string => own.search(parseSearchParams({ q: [q], limit: ['10'] })).hits[0]!.doc.id;

  it.each([
    ['Ракка СДС ИГИЛ наступление', 'ru-raqqa'],
    ['наступление СДС на Ракку против ИГИЛ', 'ru-raqqa'],
    ['الرقة قسد داعش هجوم', 'ar-raqqa'],
  ])('ranks its own language first when it matches most of the query: %s', (q, first) => {
    expect(top(q)).toBe(first);
  });

  it('leaves a Latin-script query to the plain ranking (every part matched first)', () => {
    expect(top('Raqqa SDF ISIS offensive')).toMatch(/^en-raqqa/);
  });
});

describe('a name the gazetteer knows in one language only', () => {
  const committee = createSearchEngine(
    [
      ...corpus('en', { 'en-committee': { text: 'The Constitutional Committee opened its fifth session.', actors: ['Syrian Constitutional Committee'] } }),
      ...corpus('ru', { 'ru-committee': { text: 'Первое заседание Конституционного комитета пройдёт в Женеве.' } }),
      ...corpus('ar', { 'ar-committee': { text: 'عقدت اللجنة الدستورية جلستها الأولى في جنيف.' } }),
      ...corpus('ru', { 'ru-other-committee': { text: 'Комитет по бюджету собрался во вторник.' } }),
    ],
    { resolveEntities: createEntityResolver() },
  );
  const fullMatches = (q: string): string[] => {
    const r = committee.search(parseSearchParams({ q: [q], limit: ['10'] }));
    return r.hits.slice(0, r.total).map((h) => h.doc.id).sort();
  };

  it.each([['Constitutional Committee'], ['constitutional committee']])(
    'finds %s word by word in its translations, every word required',
    (q) => {
      expect(fullMatches(q)).toEqual(['ar-committee', 'en-committee', 'ru-committee']);
    },
  );

  it('keeps a quoted name to its own spelling and entity', () => {
    expect(fullMatches('"Constitutional Committee"')).toEqual(['en-committee']);
  });
});

describe('a one-word name the gazetteer knows', () => {
  const names = createSearchEngine(
    [
      ...corpus('en', { 'en-beirut': { text: 'Officials in Beirut announced new rules.', locations: ['Lebanon'] } }),
      ...corpus('en', { 'en-lebanon': { text: 'Lebanon deported dozens of refugees last week.' } }),
      ...corpus('en', { 'en-opcw': { text: 'The OPCW inspectors visited the site.', actors: ['OPCW'] } }),
      ...corpus('ar', { 'ar-opcw': { text: 'قالت منظمة حظر الأسلحة الكيماوية إن مفتشيها زاروا الموقع.' } }),
      ...corpus('ru', { 'ru-opcw': { text: 'Инспекторы ОЗХО посетили место.' } }),
    ],
    { resolveEntities: createEntityResolver() },
  );
  const fullMatches = (q: string): string[] => {
    const r = names.search(parseSearchParams({ q: [q], limit: ['10'] }));
    return r.hits.slice(0, r.total).map((h) => h.doc.id).sort();
  };

  it.each([
    ['Ливан', ['en-beirut', 'en-lebanon']],
    ['لبنان', ['en-beirut', 'en-lebanon']],
    ['OPCW', ['ar-opcw', 'en-opcw', 'ru-opcw']],
    ['ОЗХО', ['ar-opcw', 'en-opcw', 'ru-opcw']],
  ])('%s also finds its translation where no extraction tagged it', (q, expected) => {
    expect(fullMatches(q)).toEqual(expected);
  });
});
