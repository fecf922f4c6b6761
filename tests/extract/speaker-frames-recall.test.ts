import { describe, expect, it } from 'vitest';
import { createExtractor } from '../../src/extract/extract-document';
import type { DocumentMeta } from '../../src/types';

// Attribution frames beyond "X said": collective sources, issued statements, quoting verbs, appositions, relays.
const extractor = createExtractor();
const meta: DocumentMeta = { id: 'd', title: null, source: null, url: null, published: '2021-03-02' };
const facetsOf = (paragraphs: string[]) => extractor.extractDocument(meta, paragraphs);
const speakerOf = (paragraph: string) => facetsOf([paragraph])[0]!.speaker;

describe('attributeSpeakers on collective sources no name covers', () => {
  it.each([
    ['Eyewitnesses say the convoy was stopped at the checkpoint.', 'Eyewitnesses'],
    ['Syrian experts warn that returns are not safe yet.', 'Syrian experts'],
    ['Syrian state media blamed the blast on rebel shelling.', 'Syrian state media'],
  ])('credits the collective as written in %j', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it.each([['Media reports suggest the talks failed.'], ['The press reports on the siege were censored.']])(
    'reads "media reports" in %j as a noun, no attribution',
    (text) => {
      expect(speakerOf(text)).toBeNull();
    },
  );
});

describe('attributeSpeakers on reporting frames beyond a say-verb', () => {
  it.each([
    ['Hamid al-Khatib issued a statement denying any role in the attack.', 'Hamid al-Khatib'],
    ['A regional broadcaster quoted the SDF as saying the camp was secure.', 'Syrian Democratic Forces'],
    ['The talks ended with Lavrov vowing that the ceasefire would hold.', 'Sergey Lavrov'],
    ['Omer Demir, the spokesman of the provincial council has said that the road would reopen.', 'Omer Demir'],
    ['The Global Coalition – a group of states fighting the Islamic State – said in May that the camp held 40,000 people.', 'US-led coalition'],
    ['Shelling resumed overnight, according to reports Friday on Enab Baladi.', 'Enab Baladi'],
    ['Nadia al-Hasan, a leading opposition figure, promised a fair trial for the detainees.', 'Nadia al-Hasan'],
  ])('finds the source of %j', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('takes no words from an issued document the sentence does not go on to report', () => {
    expect(speakerOf('The ministry issued a statement on Monday.')).toBeNull();
  });

  it('credits the outlet relaying, not the outlet it quotes, in "quoted by X as saying"', () => {
    expect(speakerOf('Hamid al-Khatib, quoted by Enab Baladi as saying the road was open, left the town.')).not.toBe('Enab Baladi');
  });
});

describe('attributeSpeakers on Russian frames', () => {
  it.each([
    ['Как сообщает ТАСС со ссылкой на источник в военных кругах, конвой прибыл.', 'TASS'],
    ['Представитель Кремля в четверг, 12 мая опроверг сообщения о переговорах.', 'Kremlin'],
    ['Сирийское правительство отрицает применение химического оружия.', 'Syrian government'],
    ['Конвой прибыл в Алеппо, информирует ТАСС.', 'TASS'],
  ])('finds the source of %j', (text, speaker) => {
    expect(speakerOf(text)).toBe(speaker);
  });

  it('credits a body the gazetteer lacks, named by its head noun and state, as written', () => {
    expect(speakerOf('Штаб ВВС Иордании заявил, что операция продолжится.')).toBe('Штаб ВВС Иордании');
  });
});

describe('speaker cues of the new frames', () => {
  it.each([
    [['Eyewitnesses say the convoy was stopped at the checkpoint.'], 'verb', 'Eyewitnesses say'],
    [['A regional broadcaster quoted the SDF as saying the camp was secure.'], 'verb', 'quoted the SDF'],
    [['Как сообщает ТАСС со ссылкой на источник в военных кругах, конвой прибыл.'], 'according_to', 'Как сообщает ТАСС'],
    [['وقال كريم منصور في بيان إن المعبر سيفتح غداً.', 'وأشار إلى أن القوافل ستصل تباعاً.'], 'pronoun', 'وأشار إلى'],
  ])('shows the words that credit the speaker in %j', (paragraphs, kind, words) => {
    const facets = facetsOf(paragraphs);
    const last = facets.at(-1)!;
    const text = paragraphs.at(-1)!;
    expect(last.speaker_cue?.kind).toBe(kind);
    expect(last.speaker_cue && text.slice(last.speaker_cue.start, last.speaker_cue.end)).toBe(words);
  });
});
