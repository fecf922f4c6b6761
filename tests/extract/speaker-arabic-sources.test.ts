import { describe, expect, it } from 'vitest';
import { arabicSkeleton } from '../../src/extract/entities/arabic-name-variants';
import { arabicNisbaForms } from '../../src/extract/speaker/arabic-demonyms';
import { analyseQuotes } from '../../src/extract/speaker/quotes';
import { facetsOfText, lastSpeakerOf } from './written-text';

// Arabic classes from the misses of a blind set: speakers credited as a raw piece of text, according-to at the end of
// a sentence, bodies as subjects, a place standing for the body it houses, lead-ins ending on a colon, and vowel
// spellings of known names. Each row is a short document written for the test; the last paragraph is read.

describe('attributeSpeakers: an Arabic speaker is an entity, never a piece of the phrase', () => {
  it.each([
    // An unnamed official: his nationality speaks for its state, as "Turkish officials said" does; none: nobody.
    [['قال مسؤول أمني تركي إن العملية بدأت بضربات جوية.'], 'Turkey'],
    [['كما صرح مسؤول عسكري روسي بأن الطائرات عادت إلى قواعدها.'], 'Russia'],
    [['وقال مسؤول أمني رفيع إن الهجوم أحبط.'], null],
    // The name after a body's noun, quoted or known to the gazetteer, is the body.
    [['أعلنت منظمة "حظر الأسلحة الكيماوية"، اليوم الجمعة، استعدادها لإرسال خبراء.'], 'OPCW'],
    [['أعلنت منظمة "الخوذ البيضاء" أن فرقها انتشلت جثث الضحايا.'], 'White Helmets'],
    [['أعلنت منظمة "نجوم الصباح" أنها وزعت مساعدات على النازحين.'], 'نجوم الصباح'],
    // Function words glued by a typo ("كل منفرنسا", each of France) are no name.
    [['وأكدت كل منفرنسا وبريطانيا، استخدام الغاز في الهجوم.'], null],
    // A body described by adjectives alone names no body.
    [['قالت منظمة سورية محسوبة على المعارضة إن قريتين تعرضتا للقصف.'], null],
    [['قالت منظمة غير حكومية إن السجناء تعرضوا للتعذيب.'], null],
    // A relative clause or an "and it is" aside describes the subject; the names inside it never speak.
    [['قال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.', 'وبحسب ما ذكر المسؤول الروسي الذي تعد بلاده من أبرز حلفاء بشار الأسد، فإن المركز سيراقب الهدنة.'], 'Sergey Lavrov'],
    [['قوات سوريا الديمقراطية وهي تحالف من مقاتلين عرب وأكراد تدعمه الولايات المتحدة قالت إن المعركة ستستمر.'], 'Syrian Democratic Forces'],
  ])('credits %j to %j', (paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: an Arabic according-to closing the sentence', () => {
  it.each([
    [['قتل عشرة مدنيين في غارات على ريف إدلب، وفق ما أفاد به المرصد السوري لحقوق الإنسان.'], 'Syrian Observatory for Human Rights'],
    [['يعاني الأطفال من سوء التغذية في المخيم، وفقاً لمنظمة أطباء بلا حدود.'], 'Médecins Sans Frontières'],
    [['يعاني الأطفال من سوء التغذية في المخيم، وفقا لـ"أطباء بلا حدود".'], 'Médecins Sans Frontières'],
    [['قتل خمسة عناصر في الهجوم، بحسب ما نقلت وكالة رويترز.'], 'Reuters'],
    [['قتل خمسة عناصر في الهجوم، حسبما ذكرت وكالة الأنباء السورية سانا.'], 'SANA'],
    // "what" and a verb with its object's pronoun between the source phrase and the source.
    [['قتل ثلاثة مدنيين في القصف، وفق ما ذكرته وكالة سانا.'], 'SANA'],
    [['قتل ثلاثة مدنيين في القصف، بحسب ما أعلنته وزارة الدفاع الروسية.'], 'Russian Defense Ministry'],
    [['قتل ثلاثة مدنيين في القصف، وفقاً لما ذكره المرصد السوري لحقوق الإنسان.'], 'Syrian Observatory for Human Rights'],
    // The preposition glued to the source's name, or to the document that carries its words.
    [['نزح أكثر من مئة ألف شخص، وفقا للأمم المتحدة.'], 'United Nations'],
    [['نزح أكثر من مئة ألف شخص، طبقا لتقرير الأمم المتحدة.'], 'United Nations'],
  ])('credits %j to %j', (paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: an Arabic body as the subject of its verb', () => {
  it.each([
    // A quotation opened by a right-hand mark (لـ”…”), as Arabic pages write it, leaves the verb before it readable.
    [['أعلنت وزارة الدفاع الروسية، اليوم الأربعاء، أنها ستقيم مركزاً لـ”تنسيق المصالحة” في سوريا.'], 'Russian Defense Ministry'],
    // Subject first, the particle of the past perfect cut off by a comma.
    [['وكانت فصائل المعارضة السورية، قد أعلنت دخولها دمشق من محاور عدة.'], 'Syrian rebels'],
    // The ministry spoke through its spokesman: he is the speaker.
    [['أعلنت وزارة الدفاع الروسية أنها ستقيم مركزاً للمصالحة.', 'وذكرت الوزارة على لسان المتحدث باسمها، إيغور كوناشينكوف، إن الخطوة تأتي في إطار اتفاق.'], 'Igor Konashenkov'],
  ])('credits %j to %j', (paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('extractDocument: a place that houses a body stands for it only when it speaks', () => {
  it.each([
    ['وأشار “حميميم” إلى أن المسلحين قصفوا البلدة بالهاون.', 'Russian Center for Reconciliation', ['Russian Center for Reconciliation'], []],
    ['وقالت قاعدة حميميم إن المسلحين خرقوا الهدنة.', 'Russian Center for Reconciliation', ['Russian Center for Reconciliation'], []],
    ['Hmeimim said the militants shelled the town.', 'Russian Center for Reconciliation', ['Russian Center for Reconciliation'], []],
    ['ويعد مطار “حميميم” من أهم القواعد الجوية في سوريا.', null, [], ['Khmeimim Air Base']],
    ['استهدفت طائرات مسيرة مواقع الجيش وقاعدة حميميم مساء أمس.', null, [], ['Khmeimim Air Base']],
    ['Hmeimim was attacked by drones overnight.', null, [], ['Khmeimim Air Base']],
  ])('reads %j as speaker %j, actors %j, locations %j', (text, speaker, actors, locations) => {
    const facets = facetsOfText(text);
    expect(facets.speaker).toBe(speaker);
    expect(facets.actors).toEqual(actors);
    expect(facets.locations.filter((l) => l !== 'Syria')).toEqual(locations);
  });
});

describe('attributeSpeakers: words introduced by a line ending on a colon', () => {
  it.each([
    [['كما صرح مسؤول أمني تركي:', 'العملية العسكرية بدأت بضربات جوية وستدعمها المدفعية.'], 'Turkey'],
    [['وقال وزير الخارجية الروسي سيرغي لافروف:', 'الحل في سوريا سياسي ولا بديل عن الحوار.'], 'Sergey Lavrov'],
    // "in which he said": the one who posted the tweet.
    [['نشر الرئيس التركي رجب طيب أردوغان تغريدة على حسابه قال فيها إن:'], 'Recep Tayyip Erdogan'],
    [['نشر الرئيس التركي رجب طيب أردوغان تغريدة على حسابه قال فيها:', '“القوات المسلحة التركية بدأت عملية في شمال سوريا”'], 'Recep Tayyip Erdogan'],
    // The points of a statement set out as list items under the lead-in.
    [['وقال وزير الخارجية الروسي سيرغي لافروف:', '- وقف إطلاق النار في كل المناطق.', '- عودة اللاجئين إلى مدنهم.'], 'Sergey Lavrov'],
  ])('credits %j to %j', (paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    // A colon line with no speaker introduces no one's words; narration after a carried paragraph is narration.
    [['أهداف العملية:', 'القضاء على الممر الإرهابي على الحدود.'], null],
    [['كما صرح مسؤول أمني تركي:', 'العملية العسكرية بدأت بضربات جوية.', 'وتشهد المنطقة نزوحا كبيرا منذ أسابيع.'], null],
  ])('credits nobody in %j', (paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('extractDocument: an Arabic spelling of a known surname with other long vowels', () => {
  it.each([
    ['ورأى بيدرسون أن اجتماع اللجنة الدستورية كان إيجابيا.', 'Geir Pedersen'],
    ['ولفت “بيدرسون” إلى الاتفاق على أسماء الأعضاء.', 'Geir Pedersen'],
    ['وقال المبعوث الأممي بيدرسون إن الاجتماع كان إيجابيا.', 'Geir Pedersen'],
  ])('reads %j as %j', (text, person) => {
    expect(facetsOfText(text).actors).toContain(person);
  });

  it.each([
    // No say-verb or title next to it: a word is only a word.
    ['زار الوفد بيدرسون الجديدة أمس.'],
  ])('finds no person in %j', (text) => {
    expect(facetsOfText(text).actors).not.toContain('Geir Pedersen');
  });
});

describe('arabicSkeleton', () => {
  it.each([
    ['بيدرسون', 'بدرسن'],
    ['بيدرسن', 'بدرسن'],
    ['اردوغان', 'اردغن'],
  ])('reads %j as %j', (word, skeleton) => {
    expect(arabicSkeleton(word)).toBe(skeleton);
  });
});

describe('arabicNisbaForms', () => {
  it.each([
    ['تركيا', ['تركي', 'تركية', 'التركي', 'التركية']],
    ['العراق', ['عراقي', 'عراقية', 'العراقي', 'العراقية']],
    ['إيران', ['إيراني', 'إيرانية', 'الإيراني', 'الإيرانية', 'ايراني', 'ايرانية', 'الايراني', 'الايرانية']],
    ['الولايات المتحدة', []],
    ['Turkey', []],
  ])('derives the adjectives of %j', (name, forms) => {
    expect(arabicNisbaForms(name)).toEqual(forms);
  });
});

describe('analyseQuotes: right-hand marks in Arabic', () => {
  it.each([
    // ” opening a quotation glued to its first word, as Arabic pages write it.
    ['أعلنت الوزارة أنها ستقيم مركزاً لـ”تنسيق المصالحة” في سوريا.', 'تنسيق المصالحة'],
    ['وأشار “حميميم” إلى أن المسلحين قصفوا البلدة.', 'حميميم'],
    ['He said ”we will stay” and left.', null],
  ])('quotes only the words inside the marks of %j', (text, inside) => {
    const layout = analyseQuotes(text);
    const quoted = layout.spans.map(([s, e]) => text.slice(s + 1, e - 1));
    if (inside === null) expect(layout.spans[0]?.[0]).toBe(0);
    else expect(quoted).toEqual([inside]);
  });
});

describe('attributeSpeakers: a reporting participle with its tanween on either side of the alef', () => {
  it.each([
    [['التقت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا الصحفيين، مشددًا على أن الضربة عدوان.'], 'Maria Zakharova'],
    [['التقت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا الصحفيين، مشدداً على أن الضربة عدوان.'], 'Maria Zakharova'],
  ])('credits %j to %j', (paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});
