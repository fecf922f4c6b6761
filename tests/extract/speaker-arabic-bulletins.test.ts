import { describe, expect, it } from 'vitest';
import { facetsOfText, lastSpeakerOf } from './written-text';

// Arabic bulletin classes from the misses of a blind set: reports whose paragraphs carry a body's words with a verb
// that writes no subject, hamza-less spellings, correspondents speaking for their outlet, and the verb-first frame
// after a comma. Each row is a short document written for the test; the last paragraph's speaker is checked.

describe('attributeSpeakers: a say-verb spelled without its hamza', () => {
  it.each([
    ['ar', ['اطلقت القوات معركة جديدة في ريف حلب، وفق ما افاد المرصد السوري لحقوق الإنسان.'], 'Syrian Observatory for Human Rights'],
    ['ar', ['وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي.', 'واكد لافروف ان موسكو تدعم المفاوضات.'], 'Sergey Lavrov'],
    ['ar', ['اعلنت وزارة الدفاع الروسية ان طائراتها قصفت مواقع المسلحين.'], 'Russian Defense Ministry'],
  ])('credits the subject (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a bulletin verb with no written subject goes on with the paragraph before', () => {
  it.each([
    ['ar', ['قال المرصد السوري لحقوق الإنسان إن الطيران شن غارات على ريف إدلب.', 'وذكر أن ستة مدنيين قتلوا في القصف.'], 'Syrian Observatory for Human Rights'],
    ['ar', ['قالت وزارة الدفاع الروسية إن الطائرات استهدفت مواقع المسلحين.', 'وكشفت أن المسلحين خرقوا الهدنة مرتين.'], 'Russian Defense Ministry'],
    ['ar', ['وقال المرصد السوري لحقوق الإنسان إن الاشتباكات مستمرة.', 'ولفت إلى أن القوات تقدمت نحو البلدة.'], 'Syrian Observatory for Human Rights'],
    ['ar', ['قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الضربة عدوان.', 'وتابعت قائلة: "هذا خرق للقانون الدولي".'], 'Maria Zakharova'],
    ['ar', ['قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن الضربة عدوان.', 'وأضافت: "الذين يعتبرون أنفسهم استثنائيين يضربون دمشق".'], 'Maria Zakharova'],
  ])('credits the earlier speaker (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    // A paragraph with a speaker of its own in between: the implied subject is that speaker, not the first one.
    ['ar', ['قال المرصد السوري لحقوق الإنسان إن الطيران شن غارات.', 'وقالت وزارة الدفاع الروسية إن طائراتها لم تشارك.', 'وذكرت أن الطائرات بقيت في قاعدتها.'], 'Russian Defense Ministry'],
  ])('never crosses a paragraph with its own speaker (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    // Narration in between: no one to continue.
    ['ar', ['قال المرصد السوري لحقوق الإنسان إن الطيران شن غارات.', 'وتشهد المنطقة نزوحا كبيرا منذ أسابيع.', 'وتوقع السكان موجة نزوح جديدة.', 'وذكر أن القصف توقف.'], null],
  ])('names nobody with no speaker close before (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a correspondent speaks for the outlet', () => {
  it.each([
    // "The correspondent" with no correspondent credited before: nobody the text names.
    ['en', ['The shelling went on overnight.', 'The correspondent added that two schools were hit.'], null],
    ['ar', ['استمر القصف طوال الليل.', 'وقال مراسل إن مدرستين أصيبتا.'], null],
  ])('names nobody for a correspondent of no outlet (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['ar', ['قُتل ثلاثة مدنيين في قصف على جبل الزاوية.', 'وقال مراسل "نداء بوست" إن القصف استهدف سوق البلدة.'], 'نداء بوست'],
    ['ar', ['وقال مراسل "نداء بوست" إن القصف استهدف سوق البلدة.', 'وأضاف المراسل أن سيارات الإسعاف وصلت بعد ساعة.'], 'نداء بوست'],
    ['ar', ['وقال مراسل "نداء بوست" إن القصف استهدف سوق البلدة.', 'وشهدت المنطقة حركة نزوح.', 'وأوضح مراسلنا أن عدد الغارات بلغ اثنتي عشرة.'], 'نداء بوست'],
  ])('credits the outlet the correspondent works for (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['ar', ['وأفاد مراسلنا بأن القصف استهدف سوق البلدة.'], 'Nedaa Post'],
    ['ar', ['وذكر المراسل أن سيارات الإسعاف وصلت بعد ساعة.'], 'Nedaa Post'],
    ['en', ['Our correspondent in Idlib reported that the shelling went on overnight.'], 'Nedaa Post'],
    ['ru', ['Наш корреспондент сообщил, что обстрел продолжался всю ночь.'], 'Nedaa Post'],
    ['ru', ['По словам нашего корреспондента, обстрел продолжался всю ночь.'], 'Nedaa Post'],
  ])("credits the page's outlet for 'our correspondent' (%s) in %j", (_lang, paragraphs, speaker) => {
    expect(facetsOfText(paragraphs, -1, { source: 'Nedaa Post' }).speaker).toBe(speaker);
  });

  it.each([
    // A correspondent with a name of his own is that person.
    ['ar', ['وذكر مراسلنا في حمص سامر خليل، أن الاشتباكات توقفت مساء أمس.'], 'سامر خليل'],
    ['en', ['A Reuters correspondent said the convoy had crossed the border.', 'The correspondent added that two schools were hit.'], 'Reuters'],
  ])('keeps a named correspondent or outlet (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(facetsOfText(paragraphs, -1, { source: 'Nedaa Post' }).speaker).toBe(speaker);
  });
});

describe('attributeSpeakers: a verb-first frame after an Arabic comma', () => {
  it.each([
    ['ar', ['وفي المؤتمر الصحفي السنوي لوزارة الخارجية الروسية، اليوم في موسكو، أعلن لافروف، أن روسيا تدعم العملية السياسية.'], 'Sergey Lavrov'],
  ])('credits the subject after the verb (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: an outlet described by its owner', () => {
  it.each([
    ['ar', ['وقالت وكالة الأنباء التابعة للنظام السوري "سانا" إن الدفاعات الجوية أسقطت صواريخ.'], 'SANA'],
    ['ar', ['وذكرت قناة الأخبار الموالية للحكومة "الإخبارية" أن الجيش دخل البلدة.'], 'الإخبارية'],
    ['ar', ['وقالت وكالة الأنباء التابعة للنظام السوري "سانا" إن الدفاعات الجوية أسقطت صواريخ.', 'وذكرت نقلا عن مصدر عسكري أن الغارات انطلقت من الجولان.'], 'SANA'],
  ])('credits the outlet, not its owner (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: an unknown name with its title', () => {
  it.each([
    ['ar', ['في حين أعلن هادي البحرة، زعيم المعارضة في الخارج، أن دمشق أصبحت خالية.'], 'هادي البحرة'],
    ['ar', ['وقال مستشار القيادة العامة في قوات سوريا الديمقراطية ناصر حاج منصور لفرانس برس "المعارك شديدة في الريف".'], 'ناصر حاج منصور'],
  ])('credits the person as written (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    // The adjectives of an unnamed source are no name.
    ['ar', ['وقال مصدر عسكري سوري إن الغارات انطلقت من الجولان.'], null],
    ['ar', ['وذكرت الصحيفة نقلا عن مصدر أمني رفيع أن الهجوم فشل.'], null],
  ])('names nobody for an unnamed source (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a body the text goes on to call by its head noun', () => {
  it.each([
    ['ar', ['قال مركز التنسيق الروسي للمصالحة، الأحد، إن المسلحين خرقوا الهدنة.', 'وأوضح المركز أن القصف استهدف القوات.'], 'Russian Center for Reconciliation'],
    ['ar', ['أصدرت بعثة تقصي الحقائق تقريرها النهائي عن دوما.', 'وذكرت البعثة في بيانها أن الكلور استخدم سلاحا.'], 'OPCW Fact-Finding Mission'],
  ])('credits the body named before (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: the cue of the bulletin frames', () => {
  it.each([
    ['a named outlet', ['وقال مراسل "نداء بوست" إن القصف استهدف السوق.'], 'verb', 'وقال مراسل "نداء بوست"'],
    ['the correspondent again', ['وقال مراسل "نداء بوست" إن القصف استهدف السوق.', 'وأضاف المراسل أن الإسعاف وصل.'], 'pronoun', 'وأضاف المراسل'],
    ['a verb with no subject', ['قال المرصد السوري لحقوق الإنسان إن الطيران شن غارات.', 'وذكر أن ستة مدنيين قتلوا.'], 'pronoun', 'وذكر'],
    ['an outlet relaying a source', ['وذكرت وكالة "سانا" نقلا عن مصدر عسكري أن الغارات انطلقت من الجولان.'], 'according_to', 'وذكرت وكالة "سانا"'],
  ])('shows %s', (_case, paragraphs, kind, text) => {
    const cue = facetsOfText(paragraphs, -1).speaker_cue;
    expect(cue?.kind).toBe(kind);
    expect(cue?.text).toBe(text);
  });
});

describe('attributeSpeakers: an unnamed member speaks for the body', () => {
  it.each([
    ['ar', ['صرح ضابط في الجيش السوري لوكالة رويترز بأن القيادة أبلغت الضباط بانتهاء الحكم.'], 'Syrian Arab Army'],
    ['ar', ['وقال مسؤول في وزارة الخارجية الأمريكية إن واشنطن تراقب الوضع.'], 'US State Department'],
    ['en', ['An officer in the Syrian army told Reuters that the command had informed officers.'], 'Syrian Arab Army'],
    ['ru', ['Офицер сирийской армии сообщил, что командование уведомило офицеров.'], 'Syrian Arab Army'],
  ])('credits the body (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    // A place after the preposition says where the official is, not whom he speaks for.
    ['ar', ['وقال مسؤول في دمشق إن الطائرات عادت إلى قواعدها.'], null],
  ])('names nobody for a member of no body (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a body introduced by the name it is known as', () => {
  it.each([
    ['ar', ['أفاد المركز المعروف بـ"المرصد السوري لحقوق الإنسان" اليوم أن القصف قتل عشرة مدنيين.'], 'Syrian Observatory for Human Rights'],
    ['ar', ['وقالت الجماعة المعروفة باسم هيئة تحرير الشام إن الهجوم بدأ فجرا.'], 'Hayat Tahrir al-Sham'],
  ])('credits the named body (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a paragraph opening on the reported clause', () => {
  it.each([
    ['ar', ['وأفاد المركز الروسي للمصالحة في بيانه اليومي', 'بأن إدارة إحدى البلدات في درعا وقعت اتفاقية مصالحة.'], 'Russian Center for Reconciliation'],
    ['ar', ['وقال المرصد السوري لحقوق الإنسان في تقريره الشهري', 'إن الطيران شن مئات الغارات خلال الشهر.'], 'Syrian Observatory for Human Rights'],
    // The page cut before the verb: the body before the clause is its source.
    ['ar', ['المرصد السوري لحقوق الإنسان أن طيران النظام شن مئتي غارة على المدن.'], 'Syrian Observatory for Human Rights'],
  ])('credits the frame before it (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    // Narration before, or a speaker two paragraphs back: nobody to go on with.
    ['ar', ['تشهد المنطقة نزوحا كبيرا منذ أسابيع.', 'إن الوضع الإنساني صعب جدا.'], null],
    ['ar', ['قال المرصد السوري لحقوق الإنسان إن الطيران شن غارات.', 'وتشهد المنطقة نزوحا كبيرا.', 'بأن القصف توقف مساء.'], null],
    // "يذكر أن" (it is worth noting that) is the writer's own note.
    ['ar', ['قال المرصد السوري لحقوق الإنسان إن الطيران شن غارات.', 'ويذكر أن المنطقة شهدت نزوحا كبيرا.'], null],
    ['en', ['The ministry said the strikes hit depots.', 'That is why the convoy turned back.'], null],
  ])('names nobody without a frame right before (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeakerOf(paragraphs)).toBe(speaker);
  });
});
