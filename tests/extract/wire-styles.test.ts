import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/extract-document';
import { findDatelineEnd } from '../../src/extract/dates/dateline';
import type { DocumentMeta } from '../../src/types';

// Rules found by running the engine on article styles the seeds do not have (tests/fixtures/unseen).
const extractor = createExtractor();
const meta: DocumentMeta = { id: 'd', title: null, source: null, url: null, published: '2019-07-14' };
const facetsOf = (paragraphs: string[]) => extractor.extractDocument(meta, paragraphs);
const one = (paragraph: string) => facetsOf([paragraph])[0]!;

describe('findDatelineEnd', () => {
  it.each([
    ['AMMAN (Reuters) - Thousands of Syrians are stranded.', 'AMMAN (Reuters) - '],
    ['BEIRUT (AP) — A car bomb exploded.', 'BEIRUT (AP) — '],
    ['ERBIL, Kurdistan Region - The SDF arrested 14 people.', 'ERBIL, Kurdistan Region - '],
    ['MOSCOW, March 5. /TASS/. Militants shelled Aleppo.', 'MOSCOW, March 5. /TASS/. '],
    ['Hama, SANA – Army units destroyed positions.', 'Hama, SANA – '],
  ])('finds the dateline of %j', (text, dateline) => {
    expect(text.slice(0, findDatelineEnd(text, true))).toBe(dateline);
  });

  it.each([
    ['Russia – the main ally of Damascus – said it would veto the draft.', false],
    ['The SDF said on Sunday that the cell was planning attacks.', true],
    ['A car bomb exploded in a market, killing 10 people.', true],
  ])('finds no dateline in %j', (text, startsWithPlace) => {
    expect(findDatelineEnd(text, startsWithPlace)).toBe(0);
  });
});

describe('extractDocument on wire openings', () => {
  it.each([
    ['AMMAN (Reuters) - Thousands of Syrians stranded at the Rukban camp are running out of food.', 'Jordan', 'Amman'],
    ['BEIRUT (AP) — A car bomb exploded in a market in Tal Abyad on Tuesday.', 'Lebanon', 'Beirut'],
    ['MOSCOW, March 5. /TASS/. Militants shelled residential areas of Aleppo.', 'Russia', 'Moscow'],
  ])('keeps the dateline city a place, never its state as an actor, in %j', (text, state, city) => {
    const f = one(text);
    expect(f.actors).not.toContain(state);
    expect(f.locations).toContain(city);
    expect(f.actors).not.toContain('Reuters');
  });

  it('still counts a capital standing for its government outside a dateline', () => {
    expect(one('Amman said on Sunday that the border would stay closed.').actors).toContain('Jordan');
  });
});

describe('attributeSpeakers through extractDocument', () => {
  it.each([
    ['According to SOHR sources, the warplanes targeted a crowded market in Kafr Nabudah.', 'Syrian Observatory for Human Rights'],
    // Described sources speak as the subject of a verb ("Local sources said"), not after "according to".
    ['According to local sources, the price of flour in the camp has tripled.', null],
    ['Local sources said the price of flour in the camp has tripled.', 'Local sources'],
    ['SOHR documented on Saturday the death of 11 civilians in southern Idlib.', 'Syrian Observatory for Human Rights'],
    ['A Syrian army defector who asked not to be named told Reuters the offensive had emptied villages.', null],
    ["Turkey's Defense Ministry and a Syrian war monitor said at least 10 people were killed.", 'Turkish Defense Ministry'],
    ["SANA's reporter in Hama said that army units targeted the terrorists' positions.", 'SANA'],
  ])('credits %j to %s', (text, speaker) => {
    expect(one(text).speaker).toBe(speaker);
  });

  it('resolves "according to him" and "the reporter" to the source of the paragraph before', () => {
    const speakers = facetsOf([
      'Head of the Russian Center for Reconciliation Rear Admiral Oleg Zhuravlev said the militants shelled Aleppo.',
      'According to him, two Syrian servicemen were wounded in the shelling.',
      "SANA's reporter in Hama said that army units targeted the positions.",
      'The reporter added that the operations killed many terrorists.',
    ]).map((f) => f.speaker);
    expect(speakers).toEqual(['Oleg Zhuravlev', 'Oleg Zhuravlev', 'SANA', 'SANA']);
  });

  it('reads a quotation with straight double quotes and "X, who …, said" as the named person', () => {
    const f = facetsOf([
      'Jordanian Foreign Minister Ayman Safadi said the camp was a Syrian issue.',
      'Safadi, who met United Nations officials in Amman earlier this week, said Jordan would not let convoys cross.',
      '"Rukban is not a Jordanian responsibility," Safadi told reporters.',
    ]);
    expect(f.map((x) => x.speaker)).toEqual(['Ayman Safadi', 'Ayman Safadi', 'Ayman Safadi']);
    expect(f[1]!.actors).toEqual(expect.arrayContaining(['Ayman Safadi', 'United Nations', 'Jordan']));
  });

  it('takes the first of two quoted people as the main speaker', () => {
    const f = one('"It was a massacre," said Ahmad Hussein, a resident, while a local council official, Khaled Ibrahim, said the wounded were taken to Turkey.');
    expect(f.speaker).toBe('Ahmad Hussein');
    expect(f.actors).toEqual(expect.arrayContaining(['Ahmad Hussein', 'Khaled Ibrahim']));
  });

  it('reads "the ministry" as the one ministry the document named', () => {
    const f = facetsOf([
      'Turkish forces have neutralized 109 terrorists, the National Defense Ministry said on Thursday.',
      'In a statement, the ministry said the operation was continuing as planned.',
    ]);
    expect(f.map((x) => x.speaker)).toEqual(['Turkish Defense Ministry', 'Turkish Defense Ministry']);
    expect(f[1]!.actors).toEqual(['Turkish Defense Ministry']);
  });
});

describe('findNames through extractDocument', () => {
  it.each([
    ['Researcher Nawar Oliver, who works at the Omran Center for Strategic Studies, said the deal changed the map.', ['Nawar Oliver', 'Omran Center for Strategic Studies']],
    ['The Humanitarian Coordinator for Syria, Imran Riza, and the Regional Coordinator, Panos Moumtzis, called for access.', ['Imran Riza', 'Panos Moumtzis']],
    ['"Hospitals are not targets," Under-Secretary-General for Humanitarian Affairs Mark Lowcock said.', ['Mark Lowcock']],
    ['Abu Abdullah al-Shami, a member of the HTS Shura Council, said the group would not allow corrupt factions back.', ['Abu Abdullah al-Shami']],
  ])('finds exactly the people and bodies in %j', (text, actors) => {
    expect(one(text).actors).toEqual(actors);
  });

  it.each([
    ['Regime forces positioned in Tal Malah opened fire on the village.', ['Tal Malah']],
    ['The warplanes targeted a crowded market in Kafr Nabudah at noon.', ['Kafr Nabudah']],
    ['Asayish units searched homes in the villages of Tal Brak and Abu Hajira, east of the town.', ['Tal Brak', 'Abu Hajira']],
  ])('finds the unknown villages of %j', (text, places) => {
    expect(one(text).locations).toEqual(places);
  });

  it('lists the states of "Russia, Iran and Turkey" as actors', () => {
    expect(one('Russia, Iran and Turkey agreed in Sochi to work together.').actors).toEqual(['Russia', 'Iran', 'Turkey']);
  });

  it('reads the place a post covers after "Coordinator for" as a place, not an actor', () => {
    const f = one('The Resident Coordinator for Syria, Imran Riza, called on all parties to allow access.');
    expect(f.actors).not.toContain('Syria');
    expect(f.locations).toContain('Syria');
  });

  it('names the killer of a passive "was killed by" as a group', () => {
    expect(one('A young man was killed by sniper fire from Hayat Tahrir al-Sham in Idlib.').groups).toEqual(['Hayat Tahrir al-Sham']);
  });
});
