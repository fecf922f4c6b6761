import { describe, expect, it } from 'vitest';
import { lastSpeakerOf } from './written-text';

// Speaker classes from the misses of the fourth blind set (English and Russian), one table per class. Each row is a
// short document written for the test; the last paragraph's speaker is checked.

describe('attributeSpeakers: a name after a title headed by a body noun is the speaker (S1)', () => {
  it.each([
    ['ru', ['Обстрелов стало меньше, сообщил журналистам начальник российского Центра Сергей Кураленко.'], 'Сергей Кураленко'],
    ['ru', ['Режим тишины соблюдается, заявил глава Центра Иван Петров.'], 'Иван Петров'],
    ['ru', ['Новый руководитель Центра по примирению генерал-майор Олег Смирнов рассказал, чем займётся структура.'], 'Олег Смирнов'],
    ['ru', ['Переговоры продолжатся, сообщил представитель Комитета Андрей Волков.'], 'Андрей Волков'],
  ])('credits the holder, not a fragment with the noun (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', ['Head of the Russian Centre for Reconciliation Ivan Petrov said the truce held.'], 'Ivan Petrov'],
    ['ru', ['Сергей Кураленко возглавляет российский центр.', 'По словам Кураленко, режим тишины эффективен.'], 'Сергей Кураленко'],
  ])('refers a surname back to the holder (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a lone name the lists lack, before its verb (M2)', () => {
  it.each([
    ['en', ['Davis said the coalition has been encouraging residents to leave the city.'], 'Davis'],
    ['en', ['“I have been living in this camp since 2017,” Nasr told the magazine.'], 'Nasr'],
    ['en', ['Elizabeth Hoff, the WHO representative in Syria, said by phone that many children still need to get out.'], 'Elizabeth Hoff'],
    ['en', ['“I have been living here since 2017,” Nasr told the magazine.', '“We are happy to go home,” he added.'], 'Nasr'],
    ['en', ['Nasr, 29, waited in line with his wife.', 'Nasr said the family hoped for a safer life.'], 'Nasr'],
    ['en', ['The offensive is being supported by coalition airstrikes, Silo told Reuters.'], 'Silo'],
  ])('credits the name as written (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', ['When asked about the bases, the officer declined to go further.']],
    ['en', ['The rebels advanced on the town overnight.', 'Rebels said the town had fallen.']],
    ['en', ['Sources said the talks broke down late on Monday.']],
    ['en', ['Many said the market was hit twice.']],
    ['en', ['Kurds said the market was hit twice.']],
    ['en', ['Tuvpetad said the market was hit twice.']],
  ])('takes no common word for a name (%s) in %j', (_lang, paragraphs) => {
    expect(lastSpeakerOf(paragraphs) ?? '').not.toMatch(/^(?:When|Rebels|Sources|Many|Kurds|Tuvpetad)$/u);
  });
});

describe('attributeSpeakers: a quotation never carries a speaker over a narration paragraph (S4)', () => {
  it.each([
    [
      'en',
      [
        'The State Department said, “We welcome the repatriation of Iraqi nationals from the camp.”',
        'Buses left the camp at dawn, carrying more than a hundred families towards the border.',
        '“We were displaced from our homes because of the war and today we will leave the camp.”',
      ],
    ],
    [
      'ru',
      [
        'В МИД заявили: «Мы приветствуем возвращение граждан из лагеря и продолжим эту работу».',
        'Автобусы покинули лагерь на рассвете и направились к границе с Ираком.',
        '«Нас выгнали из домов из-за войны, и сегодня мы наконец покидаем этот лагерь навсегда».',
      ],
    ],
  ])('leaves the quotation after narration unattributed (%s) in %j', (_lang, paragraphs) => {
    expect(lastSpeakerOf(paragraphs)).toBeNull();
  });

  it.each([
    [
      'en',
      [
        'The State Department said, “We welcome the repatriation of Iraqi nationals from the camp.”',
        'Nasr, 29, waited in line with his wife and daughter before boarding a bus.',
        '“I have been living in this camp since 2017,” Nasr told the magazine. “We hope for safer lives.”',
      ],
      'Nasr',
    ],
  ])('credits the quotation that names its own speaker (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: the head noun of the subject speaks, not a name inside its modifier (S2)', () => {
  it.each([
    ['en', ['The Syrian Observatory for Human Rights said 12 people died in Idlib.', 'Fighting left 30 dead, according to a Britain-based war monitor.'], 'Syrian Observatory for Human Rights'],
    ['en', ['The Syrian Observatory for Human Rights said 12 people died in Idlib.', 'A Britain-based war monitor said 30 fighters were killed near Manbij.'], 'Syrian Observatory for Human Rights'],
    ['en', ['The US-backed Syrian Democratic Forces said they had taken the town.'], 'Syrian Democratic Forces'],
    ['ru', ['«Самолёты наносят удары по целям», — заявил представитель минобороны РФ.'], 'Russian Defense Ministry'],
    ['ru', ['Информацию официально подтвердили в министерстве обороны России.'], 'Russian Defense Ministry'],
    ['ru', ['Об этом заявили в Минобороны России.'], 'Russian Defense Ministry'],
  ])('credits the head (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', ['Fighting left 30 dead, according to a Britain-based war monitor.']],
    ['en', ['A US-backed monitor said the convoy was hit.']],
  ])('credits no state named only in a modifier (%s) in %j', (_lang, paragraphs) => {
    expect(lastSpeakerOf(paragraphs) ?? '').not.toMatch(/^(?:United Kingdom|United States)$/u);
  });
});

describe('attributeSpeakers: a relayed statement belongs to the source the relay names (S3)', () => {
  it.each([
    ['ru', ['Пятьдесят жителей погибли при ударе, передает ТАСС со ссылкой на газету Addustour.'], 'Addustour'],
    ['ru', ['Погибли 29 мирных жителей, как сообщает Reuters со ссылкой на Сирийскую обсерваторию по правам человека.'], 'Syrian Observatory for Human Rights'],
    ['ru', ['Сегодня агентство ТАСС, ссылаясь на Сирийскую обсерваторию по правам человека, сообщило о новых жертвах.'], 'Syrian Observatory for Human Rights'],
    ['en', ['Twelve civilians died in the raid, Reuters reported, citing the Syrian Observatory for Human Rights.'], 'Syrian Observatory for Human Rights'],
    ['en', ['Anadolu quoted local sources on Tuesday as saying that the clashes went on through the night.'], 'Anadolu Agency'],
  ])('credits the named inner source, else the relaying one (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['ru', ['Колонна вошла в город, сообщает ТАСС со ссылкой на военный источник.'], 'TASS'],
    ['en', ['The plane left Latakia at dawn, Reuters reported, citing two senior officers.'], 'Reuters'],
    ['en', ['The town fell overnight, Anadolu reported, citing foreign media.'], 'Anadolu Agency'],
  ])('keeps the relaying outlet for an unnamed inner source (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a belief is no statement; a pronoun source refers to the source just credited (S5, S4)', () => {
  it.each([
    ['ru', ['Джихадисты ИГИЛ считают Ракку своей столицей.'], null],
    ['ru', ['Захарова считает, что удары по Идлибу необходимо прекратить.'], 'Maria Zakharova'],
    ['ru', ['Ранее агентство САНА передало со ссылкой на военный источник, что ПВО открыли огонь. По его данным, зенитчики поразили несколько ракет.'], 'SANA'],
    ['en', ['The Syrian Observatory for Human Rights said 20 people died.', 'Eleven people were killed in raids on Deraa, the Observatory said. Raqqa is surrounded, and activists have reported intense shelling.'], 'Syrian Observatory for Human Rights'],
  ])('credits the reporting cue (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: an institution or state as the subject of a refusal or a relayed source (M1)', () => {
  it.each([
    ['en', ['The Kremlin declined on Monday to confirm reports that Assad had fled to Moscow.'], 'Kremlin'],
    ['en', ['The Pentagon refused to rule out new strikes on the airbase.'], 'Pentagon'],
    ['en', ['The Kremlin source quoted by Russian news agencies had said the bases were safe.'], 'Kremlin'],
    ['ru', ['Об этом заявили в Минобороны России.'], 'Russian Defense Ministry'],
  ])('credits the body (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', ['A military source cited by Reuters said the convoy was hit.']],
    ['en', ['The army declined to take part in the talks.']],
  ])('credits no relaying outlet and no refusal of an act (%s) in %j', (_lang, paragraphs) => {
    expect(lastSpeakerOf(paragraphs)).toBeNull();
  });
});
