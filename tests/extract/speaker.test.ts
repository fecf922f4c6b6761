import { describe, expect, it } from 'vitest';
import { attributeSpeakers } from '../../src/extract/speaker/attribute-speakers';
import { createExtractor } from '../../src/extract/extract-document';
import type { EntityKind, Mention } from '../../src/types';

const ENTITIES: Record<string, { kind: EntityKind; aliases: string[] }> = {
  'Maria Zakharova': { kind: 'person', aliases: ['Maria Zakharova', 'Zakharova'] },
  'Sergey Lavrov': { kind: 'person', aliases: ['Sergey Lavrov', 'Lavrov'] },
  'John Kirby': { kind: 'person', aliases: ['John Kirby', 'Kirby'] },
  'Russian Foreign Ministry': { kind: 'organisation', aliases: ['Russian Foreign Ministry'] },
  'Russian Defense Ministry': { kind: 'organisation', aliases: ['Russian Defense Ministry', 'Russia’s Defense Ministry'] },
  'Russian Center for Reconciliation': { kind: 'organisation', aliases: ['Russian Center for Reconciliation'] },
  'Syrian Foreign Ministry': { kind: 'organisation', aliases: ['Syrian Foreign Ministry'] },
  'Syrian Observatory for Human Rights': { kind: 'organisation', aliases: ['Syrian Observatory for Human Rights'] },
  'Kurdish Red Crescent': { kind: 'organisation', aliases: ['Kurdish Red Crescent'] },
  'US State Department': { kind: 'organisation', aliases: ['State Department'] },
  SANA: { kind: 'organisation', aliases: ['SANA'] },
  TASS: { kind: 'organisation', aliases: ['TASS'] },
  UN: { kind: 'organisation', aliases: ['UN'] },
  'Russian Armed Forces': { kind: 'armed_group', aliases: ['Russian military'] },
  Russia: { kind: 'state', aliases: ['Russia'] },
  Turkey: { kind: 'state', aliases: ['Turkey'] },
  Syria: { kind: 'state', aliases: ['Syria'] },
  Damascus: { kind: 'place', aliases: ['Damascus'] },
  Washington: { kind: 'place', aliases: ['Washington'] },
  Moscow: { kind: 'place', aliases: ['Moscow'] },
  Aleppo: { kind: 'place', aliases: ['Aleppo'] },
  Idlib: { kind: 'place', aliases: ['Idlib'] },
  Qamishli: { kind: 'place', aliases: ['Qamishli'] },
};

/** Mentions of the ENTITIES found in `text` with indexOf, longest alias first, without overlaps. */
function mentionsOf(text: string, entities = ENTITIES): Mention[] {
  const aliases = Object.entries(entities)
    .flatMap(([canonical, e]) => e.aliases.map((alias) => ({ canonical, kind: e.kind, alias })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const mentions: Mention[] = [];
  for (const { canonical, kind, alias } of aliases) {
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
      const end = at + alias.length;
      if (/\w/.test(text[at - 1] ?? '') || /\w/.test(text[end] ?? '')) continue;
      if (mentions.some((m) => at < m.end && end > m.start)) continue;
      const locative = /\b(in|near|at|from)\s+$/.test(text.slice(0, at));
      const facet = kind === 'place' || (kind === 'state' && locative) ? 'location' : kind === 'armed_group' ? 'group' : 'actor';
      mentions.push({ canonical, kind, start: at, end, surface: alias, facet, origin: 'gazetteer' });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function speakersOf(...texts: string[]): (string | null)[] {
  return attributeSpeakers(texts.map((text) => ({ text, mentions: mentionsOf(text) })));
}

describe('attributeSpeakers', () => {
  it.each([
    ['Maria Zakharova said the talks would resume next month.', 'Maria Zakharova'],
    ['The talks will resume next month, said Zakharova.', 'Maria Zakharova'],
    ['Sergey Lavrov told reporters in Moscow that the talks would resume.', 'Sergey Lavrov'],
    ['Zakharova stressed that the ceasefire must hold.', 'Maria Zakharova'],
    ['Lavrov on Friday expressed concern over the fate of civilians in Idlib.', 'Sergey Lavrov'],
    ['Lavrov described the strike as a provocation.', 'Sergey Lavrov'],
    ['Lavrov has repeatedly warned that the truce could collapse.', 'Sergey Lavrov'],
    ['The convoy was hit twice, according to the Syrian Observatory for Human Rights.', 'Syrian Observatory for Human Rights'],
    ['The talks have stalled, Zakharova says.', 'Maria Zakharova'],
  ])('finds the subject of the say-verb in %j', (text, expected) => {
    expect(speakersOf(text)).toEqual([expected]);
  });

  it.each([
    ['Maria Zakharova, spokeswoman for the Russian Foreign Ministry, told reporters that the convoy had arrived.', 'Maria Zakharova'],
    ['The convoy arrived, a spokesperson for the Russian Foreign Ministry, Maria Zakharova said on Monday.', 'Maria Zakharova'],
    ['A spokesman for the Russian Center for Reconciliation in Syria said that four trucks had arrived.', 'Russian Center for Reconciliation'],
    ['State Department spokesperson John Kirby said on Tuesday that talks continue.', 'John Kirby'],
    ['Fighting resumed near Idlib overnight, Russia’s Defense Ministry said.', 'Russian Defense Ministry'],
    ['Aid reached the camp, a source from the Kurdish Red Crescent Society in Qamishli told reporters.', 'Kurdish Red Crescent'],
    ['The Russian military mission in Syria reported that the shelling had stopped.', 'Russian Armed Forces'],
    ['The Syrian Foreign Ministry complained about the attacks, SANA reports, citing the letter.', 'Syrian Foreign Ministry'],
  ])('picks the main subject among several names in %j', (text, expected) => {
    expect(speakersOf(text)).toEqual([expected]);
  });

  it.each([
    ['Turkey says the operation will continue until the border is secure.', 'Turkey'],
    ['Damascus says the attack was planned abroad.', 'Damascus'],
    ['Rebels shelled the market, a letter sent to the UN by Damascus says.', 'Damascus'],
    ['The Russian Defense Ministry said in a statement on Monday that two convoys had reached the town.', 'Russian Defense Ministry'],
    ['Russia has expressed deep concern over the rising number of casualties.', 'Russia'],
  ])('lets an institution or state speak in %j', (text, expected) => {
    expect(speakersOf(text)).toEqual([expected]);
  });

  it.each([
    ['“We will not allow this,” Zakharova said.', 'Maria Zakharova'],
    ['“We will not allow this,” said Lavrov.', 'Sergey Lavrov'],
    ['“The convoy has arrived,” the Russian Defense Ministry said in a statement.', 'Russian Defense Ministry'],
    ['“According to Turkey, the road is open,” Lavrov said.', 'Sergey Lavrov'],
    ['“They are shelling the “safe” district from the “moderate” areas,” Lavrov added.', 'Sergey Lavrov'],
  ])('attributes the direct quotation %j', (text, expected) => {
    expect(speakersOf(text)).toEqual([expected]);
  });

  it.each([
    'Heavy fighting continued in the eastern districts of Aleppo on Sunday.',
    'The road is said to be controlled by Kurdish forces.',
    'Zakharova’s remarks come after a week of heavy shelling in Idlib.',
    'Residents held protests in Qamishli calling on the international community to act.',
    'The so-called moderate opposition controls the northern districts.',
    'Many people died in Idlib, according to local residents.',
    'Local media reports suggest the town has fallen.',
    'The attacks were reported by residents of Aleppo.',
    'Russia wants a ceasefire, but Turkey disagrees. Washington says more time is needed. Moscow says time has run out.',
  ])('gives no speaker to the narration %j', (text) => {
    expect(speakersOf(text)).toEqual([null]);
  });

  it.each([
    {
      name: 'she after a named person',
      texts: [
        'Maria Zakharova said the situation in Idlib was tense.',
        '“The militants continue their attacks,” she added.',
        'She also claimed that four advisers had been injured.',
      ],
      expected: ['Maria Zakharova', 'Maria Zakharova', 'Maria Zakharova'],
    },
    {
      name: 'a role noun after a named person',
      texts: ['Sergey Lavrov told reporters that talks would resume.', 'The Russian diplomat noted that the ceasefire was fragile.'],
      expected: ['Sergey Lavrov', 'Sergey Lavrov'],
    },
    {
      name: 'a role noun after two people',
      texts: ['Zakharova said aid had arrived.', 'Lavrov said talks would resume.', 'The minister added that the truce was fragile.'],
      expected: ['Maria Zakharova', 'Sergey Lavrov', 'Sergey Lavrov'],
    },
    {
      name: 'the ministry across a narration paragraph',
      texts: [
        'The Syrian Foreign Ministry complained to the UN about the attacks.',
        'Fighting continued overnight.',
        'The ministry also accused Turkey of arming the militants.',
      ],
      expected: ['Syrian Foreign Ministry', null, 'Syrian Foreign Ministry'],
    },
    {
      name: 'the report after an institution reported',
      texts: ['The Russian military reported on Saturday that rebels had shelled Aleppo.', 'Two schools were damaged, the report said.'],
      expected: ['Russian Armed Forces', 'Russian Armed Forces'],
    },
    {
      name: 'a nationality that picks the matching ministry',
      texts: [
        'The Syrian Foreign Ministry said rebels had shelled Aleppo.',
        'The Russian Defense Ministry said 40 people had died.',
        'Rebels attacked again, the Syrian ministry’s letter reads.',
      ],
      expected: ['Syrian Foreign Ministry', 'Russian Defense Ministry', 'Syrian Foreign Ministry'],
    },
    {
      name: 'he after a spokesman for an institution',
      texts: [
        'A spokesman for the Russian Center for Reconciliation told TASS that 2,000 militants had gathered.',
        '“They are shelling the district,” the spokesman said.',
        '“The attacks continued overnight,” he added.',
        'Rebels shelled the market, an update on the center’s website says.',
      ],
      expected: Array(4).fill('Russian Center for Reconciliation'),
    },
    {
      name: 'a spokeswoman whose ministry was named earlier',
      texts: [
        'Maria Zakharova, spokeswoman for the Russian Foreign Ministry, said aid had been delivered.',
        'The Russian Defense Ministry said the convoy was attacked.',
        'The foreign ministry spokeswoman noted that the talks would continue.',
      ],
      expected: ['Maria Zakharova', 'Russian Defense Ministry', 'Maria Zakharova'],
    },
  ])('resolves $name', ({ texts, expected }) => {
    expect(speakersOf(...texts)).toEqual(expected);
  });

  it.each([
    {
      name: 'a quotation left open at the end of a paragraph',
      texts: ['Zakharova said: “The militants are regrouping near the border.', '“They have received new weapons from abroad.”'],
      expected: ['Maria Zakharova', 'Maria Zakharova'],
    },
    {
      name: 'a paragraph that closes a quotation it did not open',
      texts: [
        '“We call on all parties to respect the ceasefire,” Zakharova said.',
        'We are convinced that only negotiations can end this conflict.”',
      ],
      expected: ['Maria Zakharova', 'Maria Zakharova'],
    },
    {
      name: 'an unattributed quotation right after a speaker',
      texts: ['“The situation remains tense,” Lavrov said.', '“We will continue to support the fight against terrorism.”'],
      expected: ['Sergey Lavrov', 'Sergey Lavrov'],
    },
    {
      name: 'a long unattributed quotation one narration paragraph later',
      texts: [
        '“The camp must be closed,” Zakharova said.',
        'The camp holds 70,000 people.',
        'Russia, together with the UN, “will continue to work on resolving the problem of the camp in the coming weeks.”',
      ],
      expected: ['Maria Zakharova', null, 'Maria Zakharova'],
    },
    {
      name: 'no statement into a paragraph opening on a scare-quoted word',
      texts: ['“The shelling has not stopped,” Lavrov said.', '“Moderate” rebels shelled the district overnight.'],
      expected: ['Sergey Lavrov', null],
    },
    {
      name: 'narration after a closed quotation',
      texts: ['“The shelling has not stopped,” Lavrov said.', 'The militants are using armoured vehicles in the assault.'],
      expected: ['Sergey Lavrov', null],
    },
    {
      name: 'a quotation too far from the last speaker',
      texts: [
        '“The town is surrounded,” Lavrov said.',
        'Fighting continued.',
        'Shops stayed closed.',
        'Schools were empty.',
        'The army promised “to restore order in all the districts of the city very soon.”',
      ],
      expected: ['Sergey Lavrov', null, null, null, null],
    },
  ])('continues $name', ({ texts, expected }) => {
    expect(speakersOf(...texts)).toEqual(expected);
  });

  it('falls back to an unmatched capitalised name only when allowed', () => {
    const paragraph = { text: 'The Syrian Network for Human Rights said 12 people died.', mentions: [] };
    expect(attributeSpeakers([paragraph])).toEqual(['Syrian Network for Human Rights']);
    expect(attributeSpeakers([paragraph], { useUnmatchedNames: false })).toEqual([null]);
  });

  it('returns one entry per paragraph, including empty ones', () => {
    expect(attributeSpeakers([])).toEqual([]);
    expect(speakersOf('', 'Lavrov said so.', '')).toEqual([null, 'Sergey Lavrov', null]);
  });
});

describe('attributeSpeakers in Russian and Arabic', () => {
  const extractor = createExtractor({ nlp: false });
  const speakersIn = (...texts: string[]) => {
    const mentions = extractor.findDocumentMentions(texts);
    return attributeSpeakers(texts.map((text, i) => ({ text, mentions: mentions[i]! })));
  };

  it.each([
    ['Мария Захарова заявила, что переговоры продолжатся.', 'Maria Zakharova'],
    ['Лавров подчеркнул, что перемирие должно соблюдаться.', 'Sergey Lavrov'],
    ['Об этом заявила официальный представитель МИД России Мария Захарова на брифинге в Москве.', 'Maria Zakharova'],
    ['«Переговоры зашли в тупик», — сказал Лавров журналистам.', 'Sergey Lavrov'],
    ['Переговоры зашли в тупик, отметила Захарова.', 'Maria Zakharova'],
    ['По словам Захаровой, конвой прибыл в Алеппо.', 'Maria Zakharova'],
    ['По данным Сирийской обсерватории по правам человека, погибли пять человек.', 'Syrian Observatory for Human Rights'],
    ['Как сообщает ТАСС, конвой прибыл в Алеппо.', 'TASS'],
    ['Представитель Российского центра по примирению враждующих сторон сообщил о 15 обстрелах.', 'Russian Center for Reconciliation'],
    ['В Минобороны России сообщили, что удары нанесены по позициям ИГИЛ.', 'Russian Defense Ministry'],
    ['وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن الوضع في حلب خطير.', 'Maria Zakharova'],
    ['أعربت روسيا عن قلقها إزاء القصف.', 'Russia'],
  ])('finds the speaker of %j', (text, expected) => {
    expect(speakersIn(text)).toEqual([expected]);
  });

  it.each([
    ['Она добавила, что конвой прибыл.', 'Maria Zakharova'],
    ['По ее словам, конвой прибыл.', 'Maria Zakharova'],
    ['وأضافت أن القافلة وصلت.', 'Maria Zakharova'],
  ])('resolves a following paragraph %j to the person who spoke before', (text, expected) => {
    expect(speakersIn('Мария Захарова заявила, что переговоры продолжатся.', text)[1]).toBe(expected);
  });

  it.each([
    'Боевики обстреляли район Шейх-Масуд в Алеппо.',
    'Он рассказывал об этом много раз.',
    'دعت الحاجة إلى فتح المعبر أمام القوافل.',
  ])('finds no speaker in the narration %j', (text) => {
    expect(speakersIn(text)).toEqual([null]);
  });
});
