import { describe, expect, it } from 'vitest';
import { namesMatch } from '../../src/search/facets/name-variants';
import { searchWritten, writtenCorpus, writtenEngine } from './written-corpus';

// Extraction keeps an unresolved name as the page spells it, so one speaker can be several facet values.
const engine = writtenEngine([
  ...writtenCorpus('en', {
    'en-peskov': { text: 'The situation in Idlib is difficult, the Kremlin spokesman said.', speaker: 'Dmitry Peskov' },
    'en-piskov': { text: '"The situation in Idlib is complicated," Piskov told reporters.', speaker: 'Dmitry Piskov' },
    'en-petrov': { text: 'Idlib was discussed at length, Petrov said.', speaker: 'Ivan Petrov' },
    'en-bashar': { text: 'The president spoke about Idlib.', speaker: 'Bashar al-Assad' },
    'en-asma': { text: 'His wife spoke about Idlib.', speaker: 'Asma al-Assad' },
    'en-assad': { text: 'Assad said Idlib would be retaken.', speaker: 'Assad' },
    'en-zakharova': { text: 'The spokeswoman commented on Idlib.', speaker: 'Maria Zakharova' },
    'en-ru-ministry': { text: 'The ministry said Idlib talks would go on.', speaker: 'Russian Foreign Ministry' },
    'en-sy-ministry': { text: 'The ministry said Idlib talks were over.', speaker: 'Syrian Foreign Ministry' },
  }),
  ...writtenCorpus('ru', {
    'ru-zhmurin': { text: 'Генерал Сергей Жмурин рассказал о работе центра в Идлибе.', speaker: 'Сергей Жмурин', locations: ['Idlib'] },
    'ru-zhmurina': { text: 'По словам Жмурина, в Идлибе сохраняется напряжённость.', speaker: 'Жмурина', locations: ['Idlib'] },
  }),
]);

function speakersFound(query: Record<string, string | string[]>): string[] {
  const r = searchWritten(engine, query);
  return r.hits.slice(0, r.total).map((h) => h.doc.id).sort();
}

describe('a speaker filter', () => {
  it.each([
    ['Dmitry Peskov', ['en-peskov', 'en-piskov']],
    ['Dmitry Piskov', ['en-peskov', 'en-piskov']],
    ['Сергей Жмурин', ['ru-zhmurin', 'ru-zhmurina']],
    ['Жмурина', ['ru-zhmurin', 'ru-zhmurina']],
    ['Bashar al-Assad', ['en-bashar']],
    ['Asma al-Assad', ['en-asma']],
    ['Russian Foreign Ministry', ['en-ru-ministry']],
    ['Ivan Petrov', ['en-petrov']],
  ])('speaker=%s selects the name in every spelling the facet holds, and no one else', (speaker, docs) => {
    expect(speakersFound({ q: 'Idlib', speaker })).toEqual(docs);
  });

  it.each([['Zakharova'], ['Захарова'], ['زاخاروفا'], ['maria zakharova']])(
    'speaker=%s (as an analyst types it) selects the canonical Maria Zakharova',
    (speaker) => {
      expect(speakersFound({ q: 'Idlib', speaker })).toEqual(['en-zakharova']);
    },
  );

  it.each([['Idlib speaker:Peskov'], ['Idlib speaker:"Dmitry Peskov"'], ['Idlib speaker:Песков']])(
    'the typed filter in %s selects every spelling too',
    (q) => {
      expect(speakersFound({ q })).toEqual(['en-peskov', 'en-piskov']);
    },
  );

  it('selects nothing for a name no value has', () => {
    expect(speakersFound({ q: 'Idlib', speaker: 'Nobody Known' })).toEqual([]);
  });
});

describe('namesMatch', () => {
  it.each([
    ['Dmitry Peskov', 'Dmitry Piskov', true],
    ['Sergey Lavrov', 'Sergei Lavrov', true],
    ['Maria Zakharova', 'Zakharova', true],
    ['Geir Pedersen', 'Pederson', true],
    ['Bashar al-Assad', 'Asma al-Assad', false],
    ['Russian Foreign Ministry', 'Syrian Foreign Ministry', false],
    ['Ministry of Health', 'Ministry of Defense', false],
    ['Syria', 'Syrian', false],
    ['Ivan Petrov', 'Ivan Popov', false],
  ])('%s and %s are one name: %s', (a, b, same) => {
    expect(namesMatch(a, b)).toBe(same);
  });
});
