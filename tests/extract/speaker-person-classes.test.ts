import { describe, expect, it } from 'vitest';
import { facetsOfText, lastSpeakerOf } from './written-text';

// Speaker classes from the misses of blind set 3 (outlets no rule had seen), one table per class and language. Each
// row is a short document written for the test; the last paragraph's speaker is checked.

describe('attributeSpeakers: a person inside a relay speaks, not the outlet', () => {
  it.each([
    ['en', ['According to Syria’s SANA news agency, Lavrov said Washington was building new bodies in the east, and that it kept the displaced away.'], 'Sergey Lavrov'],
    ['en', ['Foreign Minister Sergei Lavrov spoke on Friday.', 'According to the agency, Lavrov said the talks, which stalled in May, would resume in Astana, and that Iran agreed.'], 'Sergey Lavrov'],
    ['en', ['Reuters reported that Lavrov said the talks would resume, and that a meeting, in Astana, was planned.'], 'Sergey Lavrov'],
    ['en', ['Russian Foreign Minister Sergei Lavrov told RIA Novosti that the talks would resume.'], 'Sergey Lavrov'],
    ['ru', ['Как передает РИА Новости, Лавров заявил, что переговоры, которые сорвались в мае, продолжатся в Астане.'], 'Sergey Lavrov'],
    ['ru', ['РИА Новости сообщило, что глава МИД России Сергей Лавров заявил о продолжении переговоров, а встреча, в Астане, запланирована.'], 'Sergey Lavrov'],
    ['ru', ['По данным ТАСС, Захарова заявила, что удары, по ее мнению, незаконны.'], 'Maria Zakharova'],
  ])('credits the person (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', ['Reuters reported that the talks had failed, while Lavrov said they would resume in Astana, and that Iran agreed.'], 'Reuters'],
    ['en', ['Lavrov spoke in Moscow on Friday.', 'According to SANA, the strikes that Lavrov condemned hit two depots near the airport.'], 'SANA'],
    ['ru', ['Как передает РИА Новости, переговоры продолжатся в Астане, а встреча, по плану, пройдет в мае.'], 'RIA Novosti'],
  ])('keeps the outlet when no person speaks in its clause (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', 'According to SANA, Lavrov said the talks, which stalled in May, would resume, and that Iran agreed.', 'Lavrov said'],
    ['ru', 'Как передает РИА Новости, Лавров заявил, что переговоры, которые сорвались, продолжатся.', 'Лавров заявил'],
  ])('shows the person’s verb as the cue (%s) in %j', (_lang, text, cue) => {
    const facets = facetsOfText(text);
    expect(facets.speaker_cue).toMatchObject({ kind: 'verb', text: cue, start: text.indexOf(cue), end: text.indexOf(cue) + cue.length });
  });
});

describe('attributeSpeakers: a misspelt or variant spelling of a known person', () => {
  it.each([
    ['en', ['Kremlin spokesman Dmitry Piskov said the situation in Idlib was difficult.'], 'Dmitry Peskov'],
    ['en', ['Russian President Dmitry Piskov announced talks.', '“The situation is difficult,” Piskov told reporters.'], 'Dmitry Peskov'],
    ['en', ['Russian President Dmitry Piskov announced talks.', 'Biskov also said the contacts were unplanned.'], 'Dmitry Peskov'],
    ['en', ['Maria Zaharova said the strikes were illegal.'], 'Maria Zakharova'],
    ['en', ['Zaharova said the strikes were illegal.'], 'Maria Zakharova'],
    ['en', ['Kremlin spokesman Piskov told reporters the situation was difficult.'], 'Dmitry Peskov'],
    ['en', ['Foreign Minister Lavrow said the strikes were illegal.'], 'Sergey Lavrov'],
  ])('resolves the variant to the known person (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', 'no evidence: a bare short surname', ['Piskov told reporters the situation was difficult.']],
    ['en', 'the other gender’s form of a known surname', ['Lavrova said the strikes were illegal.']],
    ['en', 'a surname close to several known people', ['President Assat said the strikes were illegal.']],
  ])('credits no known person for %s (%s) in %j', (_lang, _why, paragraphs) => {
    expect(lastSpeakerOf(paragraphs) ?? '').not.toMatch(/^(?:Dmitry Peskov|Sergey Lavrov|Bashar al-Assad)$/u);
  });

  it('lists the known person among the actors, not the misspelling', () => {
    expect(facetsOfText('Kremlin spokesman Dmitry Piskov said the situation was difficult.').actors).toEqual(['Kremlin', 'Dmitry Peskov']);
  });
});

describe('attributeSpeakers: a resident or witness named by one name, and later references to them', () => {
  it.each([
    ['en', ['“I could not believe it. Everyone was in the streets,” said Damascus resident Abdullah.'], 'Abdullah'],
    ['en', ['Damascus resident Abdullah said the shelling went on all night.'], 'Abdullah'],
    ['en', ['Abdullah, a 45-year-old father of three, told AFP the shelling went on all night.'], 'Abdullah'],
    ['en', ['Assad has fled.', '“I could not believe it,” said Damascus resident Abdullah.', 'Rebel fighters were posted as guards outside banks, he added.'], 'Abdullah'],
    ['en', ['Ahmad, a resident of Idlib, said the shelling went on all night.', 'Assad forces advanced on the town.', '“We have nothing left,” he said.'], 'Ahmad'],
    ['en', ['Ahmad, a resident of Idlib, said the shelling went on all night.', 'The army did not comment.', '“We have nothing left,” Ahmad said.'], 'Ahmad'],
    ['ru', ['«Я не мог поверить», — сказал житель Дамаска Абдулла.'], 'Абдулла'],
    ['ru', ['Ахмад, житель Идлиба, рассказал, что обстрел шел всю ночь.', 'Армия не дала комментариев.', '«У нас ничего не осталось», — сказал он.'], 'Ахмад'],
    ['ru', ['Генерал-майор Сергей Жмурин рассказал о работе центра.', 'Центр располагается на авиабазе. По словам Жмурина, сейчас на первый план выходит гуманитарная помощь.'], 'Сергей Жмурин'],
  ])('credits the person (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', ['A resident of Idlib said the shelling went on all night.']],
    ['en', ['“We have nothing left,” said a Douma resident.']],
    ['ru', ['Житель Идлиба рассказал, что обстрел шел всю ночь.']],
  ])('names nobody when the resident is left unnamed (%s) in %j', (_lang, paragraphs) => {
    expect(lastSpeakerOf(paragraphs)).toBeNull();
  });

  it('shows the declined surname whole in the cue (ru)', () => {
    const text = 'Центр располагается на авиабазе. По словам Жмурина, сейчас на первый план выходит гуманитарная помощь.';
    const facets = facetsOfText(['Генерал-майор Сергей Жмурин рассказал о работе центра.', text], -1);
    expect(facets.speaker_cue).toMatchObject({ kind: 'according_to', text: 'По словам Жмурина' });
  });
});

describe('attributeSpeakers: words that only look like an attribution credit nobody', () => {
  it.each([
    ['en', 'Assad’s whereabouts remain unknown and reports suggest he has fled the capital.'],
    ['en', 'Claims emerged on Monday that the convoy had been hit near the bridge.'],
    ['ru', 'В российском внешнеполитическом ведомстве прокомментировали удары США по Сирии.'],
    ['ru', 'В местных советах сообщили об ударах Турции по Африну.'],
  ])('names no speaker (%s) in %j', (_lang, text) => {
    expect(lastSpeakerOf([text])).toBeNull();
  });

  it.each([
    ['en', 'Reuters reports that the talks failed in Astana.', 'Reuters'],
    ['ru', 'В среду заявила Захарова, что удары незаконны.', 'Maria Zakharova'],
    ['ru', 'В пятницу заявили в Минобороны России, что удары незаконны.', 'Russian Defense Ministry'],
  ])('still credits a real attribution of the same shape (%s) in %j', (_lang, text, speaker) => {
    expect(lastSpeakerOf([text])).toBe(speaker);
  });
});
