import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/ingest/segment-document';
import type { SourceDocument } from '../../src/types';

function paragraphsOf(text: string): string[] {
  const doc: SourceDocument = { id: 'page', file: 'page.txt', format: 'txt', text, meta: {} };
  return segmentDocument(doc).paragraphs;
}

const BODY = {
  en: [
    'Shelling hit the eastern districts of the city overnight, and rescue teams worked until the morning, residents said.',
    'The local council said twelve families had left their homes since the weekend and more were expected to follow.',
  ],
  ru: [
    'Обстрел восточных районов города продолжался всю ночь, спасатели работали до утра, сообщили местные жители.',
    'По данным местного совета, с выходных свои дома покинули двенадцать семей, и ожидается, что уедут и другие.',
  ],
  ar: [
    'استمر القصف على الأحياء الشرقية من المدينة طوال الليل، وعملت فرق الإنقاذ حتى الصباح، بحسب سكان محليين.',
    'وقال المجلس المحلي إن اثنتي عشرة عائلة غادرت منازلها منذ نهاية الأسبوع وإن عائلات أخرى ستغادر قريباً.',
  ],
};

describe('segmentDocument paragraph boundaries', () => {
  it.each([
    ['en', 'Aid convoys were stopped at the crossing and the drivers told to wait until'],
    ['ru', 'Гуманитарные колонны остановили на переходе, а водителям велели ждать, пока'],
    ['ar', 'وتوقفت قوافل المساعدات عند المعبر وطُلب من السائقين الانتظار حتى'],
  ] as const)('keeps the last %s paragraph of a page cut off mid-sentence', (lang, cut) => {
    expect(paragraphsOf([...BODY[lang], cut].join('\n'))).toEqual([...BODY[lang], cut]);
  });

  it.each([
    ['en', 'Fighting near the bridge', 'Aid convoys were stopped at the crossing and the drivers t'],
    ['ru', 'Бои у моста', 'Гуманитарные колонны остановили на переходе, а водителям в'],
    ['ar', 'معارك قرب الجسر', 'وتوقفت قوافل المساعدات عند المعبر وطُلب من السائقين الانتظار حتى'],
  ] as const)('keeps the last %s paragraph cut off mid-sentence under a subheading', (lang, subheading, cut) => {
    expect(paragraphsOf([...BODY[lang], subheading, cut].join('\n'))).toEqual([...BODY[lang], cut]);
  });

  it.each([
    ['en', 'He said the convo'],
    ['ru', 'В субботу в Х'],
    ['ru', 'Тем более, что ра'],
    ['ar', 'وأوضح أن الخلايا النا'],
    ['ar', 'في ظروف الازم'],
    ['en', 'Even so, it se'],
  ] as const)('keeps a %s cut-off last paragraph of only a few words', (lang, cut) => {
    expect(paragraphsOf([...BODY[lang], cut].join('\n'))).toEqual([...BODY[lang], cut]);
  });

  // A scene verb in the present tense ("stands", «ждут») is as common in reported prose as in photo captions.
  it.each([
    ['en', 'Russia stands ready to help with a humanitarian pause as soon as the guarantors agree on its terms, she added.'],
    ['en', 'Turkey waits for the council to vote before it sends more troops across the border.'],
    ['ru', 'Россия стоит на том, что гуманитарная пауза возможна, как только гаранты согласуют её условия, добавила она.'],
  ] as const)('keeps a %s body paragraph whose verb is a scene verb in the present tense', (lang, line) => {
    expect(paragraphsOf([...BODY[lang], line].join('\n'))).toEqual([...BODY[lang], line]);
  });

  it.each([
    ['en', 'Read also: Army advances on two fronts near the city', 'Aid convoys were stopped at the crossing and the drivers t'],
    ['ar', 'قد يهمك: الجيش يتقدم على جبهتين قرب المدينة', 'وتوقفت قوافل المساعدات عند المعبر وطُلب من السائقين الانتظار حتى'],
  ] as const)('keeps the %s cut-off last paragraph after an in-body "read also" teaser', (lang, teaser, cut) => {
    expect(paragraphsOf([...BODY[lang], teaser, cut].join('\n'))).toEqual([...BODY[lang], cut]);
  });

  it.each([
    ['en', ['Subscribe to our Telegram channel', 'Minister: “The talks will go on as planned”']],
    ['en', ['Related', 'Army advances on two fronts near the city', 'Aid agencies warn of a hard winter in the camps']],
    ['ar', ['المركز الإعلامي المحلي']],
    ['en', ['NEWS, information agency']],
    ['ar', ['وكالة الأنباء المحلية']],
    ['ru', ['Иван Петров, Москва']],
  ] as const)('does not take a trailing %s headline or signature for a cut-off paragraph: %j', (lang, tail) => {
    expect(paragraphsOf([...BODY[lang], ...tail].join('\n'))).toEqual(BODY[lang]);
  });

  it.each([
    ['en', 'Please enter your comment!'],
    ['en', 'The reCAPTCHA verification period has expired. Please reload the page.'],
    ['en', 'Stay up to date with the latest news!'],
    ['en', '(With inputs from agencies.)'],
    ['ru', 'Будьте в курсе последних новостей!'],
    ['ar', 'اشترك في النشرة البريدية'],
  ] as const)('drops the %s comment-form or newsletter line %j', (lang, line) => {
    expect(paragraphsOf([BODY[lang][0], line, BODY[lang][1]].join('\n'))).toEqual(BODY[lang]);
  });

  it.each([
    ['en', 'Read also: Army advances on two fronts near the city'],
    ['ru', 'Читайте также: Армия продвинулась на двух направлениях'],
    ['ar', 'اقرأ أيضاً: الجيش يتقدم على جبهتين قرب المدينة'],
    ['en', 'Smoke rises over the eastern districts, March 3, 2024. REUTERS/Jane Doe Purchase Licensing Rights'],
    ['en', 'Residents inspect the damage in the old market (Jane Doe/AFP)'],
    ['en', 'Photo: Jane Doe/Agency/Getty'],
    ['en', 'A man with his son near the border. /Example TV Photo'],
    ['en', 'Jane Doe is the Daily Example\'s Middle East correspondent.'],
    ['en', 'Example News provides the information “as is” without warranty of any kind.'],
    ['ru', '*ИГИЛ – террористическая организация, деятельность которой запрещена в России.'],
    ['en', 'Who Controls the City Today?'],
    ['en', 'Fighters regroup near the border'],
  ] as const)('drops the %s furniture line %j from between paragraphs', (lang, furniture) => {
    expect(paragraphsOf([BODY[lang][0], furniture, BODY[lang][1]].join('\n'))).toEqual(BODY[lang]);
  });

  it('drops a related headline under a "Most read" label at the end, though it stops without a full stop', () => {
    expect(paragraphsOf([...BODY.en, 'Most Read', 'Council to pay salaries next week'].join('\n'))).toEqual(BODY.en);
  });

  it('takes a wire footer off the last paragraph', () => {
    const last = 'The talks resume next month in the capital, the ministry said. (end) ab.cd';
    expect(paragraphsOf([BODY.en[0], last].join('\n')).at(-1)).toBe('The talks resume next month in the capital, the ministry said.');
  });
});

describe('segmentDocument exclaimed subheadings', () => {
  it.each([
    ['en', 'The watchdog blamed no one!'],
    ['ru', 'Виновных так и не назвали!'],
    ['ar', 'المنظمة لم تحمل أية جهة المسؤولية!'],
  ] as const)('drops a short %s exclamation standing between paragraphs: %j', (lang, line) => {
    expect(paragraphsOf([BODY[lang][0], line, BODY[lang][1]].join('\n'))).toEqual(BODY[lang]);
  });

  it.each([
    ['en', '“We will not leave our homes!” one resident shouted.'],
    ['ru', '«Мы не уйдём из своих домов!»'],
    ['en', 'Residents of the eastern districts said they had waited for help for three days and nobody had come at all!'],
  ] as const)('keeps a %s quoted or long exclamation: %j', (lang, line) => {
    expect(paragraphsOf([BODY[lang][0], line, BODY[lang][1]].join('\n'))).toEqual([BODY[lang][0], line, BODY[lang][1]]);
  });
});

describe('segmentDocument opening prose without a full stop', () => {
  it.each([
    ['ru', 'За прошедшие сутки боевики двенадцать раз открывали огонь по позициям армии в трёх провинциях, об этом на брифинге сообщил представитель центра по примирению сторон генерал Иван Петров'],
    ['en', 'Over the past day militants opened fire twelve times on army positions in three provinces, a representative of the reconciliation centre told reporters at a briefing in the capital on Monday'],
  ] as const)('keeps a %s page opening with a long lead that lost its full stop', (lang, lead) => {
    expect(paragraphsOf([lead, ...BODY[lang]].join('\n'))).toEqual([lead, ...BODY[lang]]);
  });

  it('still drops a long caption without a full stop under the headline', () => {
    const caption = 'Children stand at the entrance to a basement being used as a shelter in the besieged town during a lull in the shelling on the eighth of March Photo by a local activist';
    const lines = ['Families shelter from constant bombing in the besieged town', caption, ...BODY.en];
    expect(paragraphsOf(lines.join('\n'))).toEqual(BODY.en);
  });
});

describe('segmentDocument keeps Arabic body lines that lack a full stop', () => {
  const [first, second] = BODY.ar;

  it.each([
    // A sentence broken over short lines: an unpunctuated opening piece, a piece ending on a comma, its close.
    [['بعد دقائق من إعلان أنقرة بدء العملية العسكرية', 'سُمع دوي انفجار في بلدة حدودية شمال سوريا،', 'وسط تحليق للطائرات التي شنت غارات على المنطقة.']],
    // A short lead-in to a quotation, ending on a colon.
    [['وأضافت مصادر أمنية تركية:', '“إن المدفعية بدأت قصف مواقع الوحدات الكردية”.']],
    // A long line that lost its full stop, before the page's trailing furniture.
    [['وكانت المدينة أول مدينة كبيرة تقع في يد التنظيم خلال اجتياحه لمناطق واسعة من البلدين وأصبحت مركزا لعملياته في الخارج']],
  ])('keeps %j', (lines) => {
    expect(paragraphsOf([first!, ...lines, second!, 'إضافة تعليق'].join('\n'))).toEqual([first!, ...lines, second!]);
  });

  it('keeps a cut-off last line of three words that opens on a glued function word', () => {
    expect(paragraphsOf([first!, second!, 'وكان القانون يستهد'].join('\n'))).toEqual([first!, second!, 'وكان القانون يستهد']);
  });

  it.each([
    // A subheading before a paragraph, a label before a list, a related headline after the body: still furniture.
    [[first!, 'إصابات في صفوف المدنيين', second!], [first!, second!]],
    [[first!, 'أهداف العملية:', second!], [first!, second!]],
    [[first!, second!, 'اقرأ أيضاً', 'الأمم المتحدة تحذر من كارثة إنسانية في المخيم'], [first!, second!]],
    [[first!, 'المعارك في الريف الشمالي', 'استمرت الاشتباكات بين الطرفين حتى ساعات الفجر الأولى،', second!], [first!, 'استمرت الاشتباكات بين الطرفين حتى ساعات الفجر الأولى،', second!]],
  ])('drops the furniture of %j', (lines, paragraphs) => {
    expect(paragraphsOf(lines.join('\n'))).toEqual(paragraphs);
  });
});
