import { describe, expect, it } from 'vitest';
import { defaultChromePatterns as patterns } from '../../src/ingest/chrome-patterns';
import { detectChrome } from '../../src/ingest/detect-chrome';
import { segmentDocument } from '../../src/ingest/segment-document';

// Chrome classes per language, on lines written for the test after the shapes seen on Russian, Arabic and English pages.
const doc = (lines: string[]) => ({ id: 'd', file: 'd.txt', format: 'txt' as const, text: lines.join('\n'), meta: {} });

describe('detectChrome by class', () => {
  it.each([
    ['photo credit', 'ru', 'Фото: Иван Петров / Коммерсантъ'],
    ['photo credit', 'ru', 'Фото © РИА Новости / Сергей Иванов'],
    ['photo credit', 'ru', 'Иллюстрация: Светлана Сидорова'],
    ['photo credit', 'ru', 'Источник фото: Reuters'],
    ['photo credit', 'ru', 'Стопкадр с видео Ahmad Ali (X), агентство «Анадолу».'],
    ['photo credit', 'ru', 'Скриншот видео из Telegram-канала «Сирия сегодня»'],
    ['photo credit', 'ar', 'الصورة: أرشيفية'],
    ['photo credit', 'ar', 'مصدر الصورة: رويترز'],
    ['photo credit', 'ar', 'صورة متداولة لقصف جوي على بلدة في ريف إدلب الجنوبي'],
    ['photo credit', 'ar', 'عناصر من الدفاع المدني ينتشلون جثة من تحت الأنقاض (أ ف ب)'],
    ['photo credit', 'en', 'Photo: Jane Doe/Reuters'],
    ['wire sources', 'ru', 'По материалам: AFP, Al Ekhbariya.'],
    ['wire sources', 'ru', 'По материалам ТАСС и РИА Новости.'],
    ['legal notice', 'ru', '* – «Исламское государство» – террористическая организация, запрещенная в России'],
    ['legal notice', 'ru', '(организация запрещена в России)'],
    ['legal notice', 'ru', '*Организация признана террористической и запрещена в РФ'],
    ['legal notice', 'ru', '«Хайят Тахрир аш-Шам» — террористическая организация, запрещенная в России.'],
    ['legal notice', 'ru', '*признан иностранным агентом'],
    ['channel prompt', 'ru', 'Больше новостей в нашем Telegram-канале'],
    ['channel prompt', 'ru', 'Все новости о Сирии — в нашем телеграм-канале'],
    ['channel prompt', 'ar', 'انضموا إلى قناتنا على تلغرام لمتابعة آخر الأخبار'],
    ['channel prompt', 'ar', 'تابعوا آخر الأخبار عبر تلغرام'],
    ['channel prompt', 'en', 'Get the latest updates on our WhatsApp channel'],
    ['tag list', 'ru', 'Теги: Сирия, Асад, Дамаск'],
    ['tag list', 'ru', 'Темы: Ближний Восток'],
    ['tag list', 'ar', 'الوسوم: سوريا، إدلب'],
    ['tag list', 'en', 'Keywords: Syria, Idlib, ceasefire'],
    ['licensing', 'ar', 'حقوق النشر محفوظة لموقع المدينة 2024'],
    ['related teaser', 'ru', 'Ранее: Генерал заявил о новом наступлении на севере страны'],
    ['related teaser', 'ru', 'Также по теме: Армия вошла в Пальмиру'],
    ['site widget', 'en', 'Exit mobile version'],
    ['site widget', 'ru', 'Нашли опечатку? Выделите текст и нажмите Ctrl+Enter'],
    ['site widget', 'ru', 'Версия для печати'],
    ['site widget', 'ar', 'نسخ الرابط'],
    ['site widget', 'ar', 'حمّل تطبيق الموقع على هاتفك'],
    ['licensing', 'ru', 'При использовании материалов ссылка на сайт обязательна'],
    ['disclaimer', 'ru', 'Мнение редакции может не совпадать с мнением автора'],
    ['disclaimer', 'en', 'The opinions expressed in this article are those of the author'],
    ['related list', 'ru', 'Материалы по теме'],
    ['related list', 'ar', 'مواضيع ذات صلة'],
    ['comment form', 'en', 'Your email address will not be published. Required fields are marked *'],
    ['comment form', 'ru', 'Ваш адрес email не будет опубликован. Обязательные поля помечены *'],
    ['comment form', 'ar', 'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *'],
    ['embedded post', 'en', 'Crowds cheered in the square after the rebels entered. pic.twitter.com/Ab12Cd34Ef'],
    ['embedded post', 'ru', 'Колонна техники на трассе М5 https://t.co/xY12abCD'],
    // Script residue a page copy keeps where an advert or a widget was: code, never prose.
    ['script residue', 'ru', "window.adQueue.push( function () { Ads.render({ ownerId: 1234, containerId: 'ad_99' }); });"],
    ['script residue', 'en', "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });"],
    ['script residue', 'ar', "document.getElementById('player').style.display = 'none';"],
  ])('flags a %s line (%s): %j', (_cls, _lang, line) => {
    expect(detectChrome(line, patterns)).not.toBeNull();
  });

  it.each([
    ['ru', 'По материалам следствия, боевики готовили нападение на блокпост в пригороде Дамаска.'],
    ['ru', 'Кадры из видео, опубликованного местными жителями, показывают разрушенные дома.'],
    ['ru', 'Фотографии разрушенной больницы облетели все мировые СМИ за несколько часов.'],
    ['ru', 'Боевики ИГ (террористическая организация, деятельность которой запрещена в России) атаковали позиции армии.'],
    ['ru', 'Захарова заявила, что наш канал связи с Анкарой работает без перебоев.'],
    ['ar', 'وقالت مصادر إن صورة الوضع الإنساني في المخيم قاتمة للغاية بعد انقطاع المساعدات.'],
    ['ar', 'وأكد المرصد السوري أن الطائرات الحربية شنت عشرات الغارات على ريف إدلب الجنوبي خلال الأيام الماضية.'],
    ['en', 'Officials said the photo released by the ministry showed the damaged hospital.'],
    ['en', 'The channel between Moscow and Ankara remains open, the minister said.'],
    ['en', 'The function of the window committee, he said, is to document violations.'],
  ])('keeps the body sentence (%s): %j', (_lang, line) => {
    expect(detectChrome(line, patterns)).toBeNull();
  });
});

describe('segmentDocument drops chrome lines inside a body', () => {
  it.each([
    [
      'ru',
      [
        'Сирийская армия отразила атаку боевиков в провинции Хама, сообщили в Минобороны.',
        'Фото: Иван Петров / Коммерсантъ',
        'По словам военных, в ходе боя уничтожены две единицы бронетехники противника.',
        '* – «Хайят Тахрир аш-Шам» – террористическая организация, запрещенная в России',
        'Подписывайтесь на наш канал в Telegram',
      ],
      2,
    ],
    [
      'ar',
      [
        'أعلن الجيش السوري أنه صد هجوماً لمسلحين على مواقعه في ريف حماة الشمالي.',
        'صورة أرشيفية لعناصر من الجيش السوري',
        'وأضاف المصدر أن الاشتباكات استمرت عدة ساعات قبل انسحاب المهاجمين.',
        'انضموا إلى قناتنا على تلغرام لمتابعة آخر الأخبار',
      ],
      2,
    ],
    [
      'en',
      [
        'Syrian troops repelled an attack by militants on their positions in northern Hama, the army said.',
        'Residents filmed the convoy on the highway. pic.twitter.com/Zx98Yw76Vu',
        'The fighting lasted several hours before the attackers withdrew, a military source added.',
        'Exit mobile version',
      ],
      2,
    ],
  ])('keeps only the body paragraphs (%s)', (_lang, lines, count) => {
    const { paragraphs } = segmentDocument(doc(lines));
    expect(paragraphs).toEqual([lines[0], lines[2]]);
    expect(paragraphs).toHaveLength(count);
  });

  it('keeps a paragraph that names a banned group in passing', () => {
    const line = 'Боевики «Исламского государства» (террористическая организация, деятельность которой запрещена в России) атаковали позиции армии у Пальмиры.';
    const { paragraphs } = segmentDocument(doc(['Армия Сирии продолжает наступление в провинции Хомс, сообщили военные.', line]));
    expect(paragraphs).toContain(line);
  });
});

/** A headline and a body paragraph per language, after which a site-wide line must not be read as the title. */
const headline = { en: 'Reconciliation centre opens at the air base in Syria', ru: 'На авиабазе в Сирии открыли центр по примирению сторон', ar: 'افتتاح مركز للمصالحة في القاعدة الجوية في سوريا' };
const body = {
  en: 'The centre began work at the air base on Monday under the truce agreed the day before, the ministry said.',
  ru: 'Центр начал работу на авиабазе в понедельник в соответствии с договоренностями о перемирии, сообщили в министерстве.',
  ar: 'وبدأ المركز عمله في القاعدة الجوية يوم الاثنين وفق اتفاق الهدنة الذي تم التوصل إليه، بحسب الوزارة.',
};

describe('segmentDocument reads a site-wide funding line as chrome, not as the headline', () => {
  it.each([
    ['en', 'This website is funded with the financial support of the Ministry of Digital Development'],
    ['en', 'Produced with funding from the Example Foundation'],
    ['ru', 'Функционирует при финансовой поддержке Министерства цифрового развития, связи и массовых коммуникаций'],
    ['ru', 'Проект реализуется при поддержке Фонда президентских грантов'],
    ['ar', 'تم إنتاج هذا المحتوى بدعم من مؤسسة المثال للإعلام'],
    ['ar', 'هذا الموقع ممول من صندوق دعم الإعلام المستقل'],
  ] as const)('in %s: %j', (lang, line) => {
    const { meta, paragraphs } = segmentDocument(doc([line, headline[lang], body[lang]]));
    expect(meta.title).toBe(headline[lang]);
    expect(paragraphs).toEqual([body[lang]]);
  });

  it.each([
    ['en', 'The militia is funded by Iran and operates with the support of Hezbollah, the report said.'],
    ['en', 'With the financial support of Qatar, the group expanded its operations across the province.'],
    ['ru', 'Боевики действуют при финансовой поддержке иностранных спонсоров, заявили в министерстве.'],
    ['ru', 'Центр функционирует при поддержке российских военных на авиабазе Хмеймим.'],
    ['ru', 'Проект реализуется при поддержке правительства Сирии и агентств ООН.'],
    ['ar', 'وقال التقرير إن هذه الميليشيا مدعومة من إيران وتعمل بتمويل من الحرس الثوري.'],
  ])('keeps a body sentence about funding (%s): %j', (_lang, line) => {
    expect(detectChrome(line, patterns)).toBeNull();
  });
});

describe('detectChrome reads a caption by the credit in brackets at its end', () => {
  it.each([
    ['en', 'Fighters posing with their flag on a pickup truck (Photo – Syrian Observatory for Human Rights)'],
    ['en', 'Residents inspect the damage after the strike (Photo - Local Council)'],
    ['ru', 'Бойцы позируют с флагом на пикапе (Фото – Сирийская обсерватория)'],
    ['ru', 'Жители осматривают разрушения после удара (фото: местный совет)'],
    ['ar', 'مقاتلون يرفعون علمهم على شاحنة صغيرة (صورة - المرصد السوري)'],
    ['ar', 'سكان يتفقدون الأضرار بعد الغارة (الصورة: المجلس المحلي)'],
  ])('in %s: %j', (_lang, line) => {
    expect(detectChrome(line, patterns)).toBe('caption');
  });

  it.each([
    ['en', 'The monitor said the fighters posed with the flag in a photo shared online (a copy of which was seen by reporters).'],
    ['ru', 'Боевики позировали с флагом на снимке, опубликованном в сети (его подлинность не подтверждена).'],
    ['ar', 'وقال المرصد إن المقاتلين ظهروا في صورة نشرت على الإنترنت (لم يتسن التحقق منها).'],
  ])('keeps a body sentence that ends in brackets (%s): %j', (_lang, line) => {
    expect(detectChrome(line, patterns)).toBeNull();
  });
});

describe('segmentDocument drops a title-case label inside an English body', () => {
  const before = 'Clashes between the two forces continued for a third day in the eastern province, the monitor said.';
  const after = '45 people have lost their lives in the clashes, among them five civilians, the monitor said.';
  it.each([['Those Lost in the Clashes:'], ['Key Figures of the Offensive:'], ['What We Know So Far:']])('%j', (label) => {
    expect(segmentDocument(doc([before, label, after])).paragraphs).toEqual([before, after]);
  });

  it.each([
    ['Russian Foreign Minister Sergei Lavrov told reporters:'],
    ['The statement issued by the ministry read as follows:'],
  ])('keeps a lead-in to a quotation: %j', (lead) => {
    const quote = '“We will not allow the militants to use the zone as a base for attacks,” the minister said.';
    expect(segmentDocument(doc([before, lead, quote])).paragraphs).toEqual([before, lead, quote]);
  });
});

describe('segmentDocument reads a site appeal (donation, membership, newsletter, registration) as chrome, not the headline', () => {
  it.each([
    ['en', 'Independent journalism needs your support'],
    ['en', 'Your donation keeps our newsroom independent'],
    ['en', 'Become a member and support our reporting today'],
    ['en', 'Get the latest news delivered to your inbox'],
    ['ru', 'Поддержать редакцию можно переводом на карту'],
    ['ru', 'Сетевое издание зарегистрировано Федеральной службой по надзору в сфере связи'],
    ['ar', 'تبرع الآن لدعم صحافتنا المستقلة'],
    ['ar', 'اشترك في نشرتنا البريدية لتصلك آخر الأخبار'],
  ] as const)('in %s: %j', (lang, line) => {
    const { meta, paragraphs } = segmentDocument(doc([line, headline[lang], body[lang]]));
    expect(meta.title).toBe(headline[lang]);
    expect(paragraphs).toEqual([body[lang]]);
  });

  it.each([
    ['en', 'Russia will continue to support our mission in Syria, the minister told reporters on Monday.'],
    ['en', 'Your support for the ceasefire is essential, the envoy told the council members.'],
    ['ru', 'Министр призвал поддержать наших военных, которые выполняют задачи в Сирии.'],
    ['ar', 'وساهم الجيش في إعادة فتح الطريق الدولي أمام حركة المدنيين، بحسب المصدر.'],
  ])('keeps a body sentence (%s): %j', (_lang, line) => {
    expect(detectChrome(line, patterns)).toBeNull();
  });
});
