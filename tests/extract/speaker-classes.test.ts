import { describe, expect, it } from 'vitest';
import { lastSpeakerOf } from './written-text';

// Speaker classes measured on reporting from outlets the rules never saw, one table per class, in English, Russian
// and Arabic. Each row is a document (paragraphs in order); the last paragraph's speaker is checked.
const lastSpeaker = lastSpeakerOf;

describe('attributeSpeakers: a place is never the speaker', () => {
  it.each([
    ['en', ['According to a military source in the nearby Homs Governorate, two shells fell near the checkpoint.']],
    ['en', ['According to a military source in the nearby Homs Governorate, two shells fell.', 'The source said the crew had aimed at a rebel position.']],
    ['ru', ['Так, штаб сообщает о ночных обстрелах окраин Алеппо.']],
    ['ar', ['وقال مصدر عسكري في ريف حماة إن الجيش تقدم نحو البلدة.']],
  ])('gives no speaker (%s) in %j', (_lang, paragraphs) => {
    expect(lastSpeaker(paragraphs)).toBeNull();
  });
});

describe('attributeSpeakers: voices of a body ("officials in X", "sources in X")', () => {
  it.each([
    ['en', 'Officials in Jordan have repeatedly said that the camp is not their responsibility.', 'Jordan'],
    ['en', 'Sources in the Russian Defence Ministry said the convoy had left Latakia.', 'Russian Defense Ministry'],
    ['ru', 'Источники в Минобороны России сообщили, что колонна покинула Латакию.', 'Russian Defense Ministry'],
    ['ar', 'وبحسب مصادر في المعارضة السورية، فإن الوفد سيقدم رؤيته للمبعوث الأممي.', 'المعارضة السورية'],
  ])('credits the body (%s) in %j', (_lang, text, speaker) => {
    expect(lastSpeaker([text])).toBe(speaker);
  });
});

describe('attributeSpeakers: a collective source is the noun phrase its head closes', () => {
  it.each([
    ['en', 'The rocket was launched after Syrian state media said its air defences had downed four drones.', 'Syrian state media'],
    ['ru', 'Сирийские государственные СМИ назвали эти сообщения ложью.', 'Syrian state media'],
    ['ar', 'وذكرت وسائل إعلام سورية أن الغارات استهدفت مستودعات قرب المطار.', 'وسائل إعلام سورية'],
    ['ar', 'أعلنت المعارضة السورية المسلحة الإطاحة برئيس النظام بشار الأسد بعد دخول العاصمة.', 'المعارضة السورية المسلحة'],
  ])('credits the collective as written (%s) in %j', (_lang, text, speaker) => {
    expect(lastSpeaker([text])).toBe(speaker);
  });
});

describe('attributeSpeakers: outlets as sources', () => {
  it.each([
    ['en', ['The Lebanese daily Al Akhbar reported that the crossing had closed.'], 'Al Akhbar'],
    ['ru', ['Об этом пишет Bloomberg со ссылкой на собственные источники.'], 'Bloomberg'],
    ['ru', ['Ранее газета The Jerusalem Herald сообщала, что бои начались у плотины.'], 'The Jerusalem Herald'],
    ['ru', ['Колонна вошла в город, сообщает агентство Reuters со ссылкой на двух офицеров.'], 'Reuters'],
    ['ru', ['Повстанцы вошли в Хомс. Об этом передает телеканал Al Hadath.', 'По его сведениям, правительственные силы отходят на юг.'], 'Al Hadath'],
    ['ar', ['أفادت صحيفة "الوطن" السورية بشن غارات على محيط العاصمة.', 'كما تحدثت الصحيفة عن غارات على مركز للبحوث.'], 'Al-Watan'],
  ])('credits the outlet (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeaker(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a title and a name no list holds', () => {
  it.each([
    ['en', ['Deputy Assistant Secretary for the Middle East Harold Brinley said the troops would stay.'], 'Harold Brinley'],
    ['ru', ['Врач Самир Хадиди, лечащий раненых, заявил агентству, что больница переполнена.'], 'Самир Хадиди'],
    ['ru', ['Заместитель главы Пентагона по Ближнему Востоку Харольд Бринли заявил, что войска останутся.'], 'Харольд Бринли'],
    ['en', ['Defense Minister Harel Dovrat said the army would respond within hours.'], 'Harel Dovrat'],
    ['ru', ['Министр обороны Харель Доврат заявил, что армия ответит.'], 'Харель Доврат'],
    ['ar', ['وقال وزير الدفاع هارئيل دفرات إن الجيش سيرد.'], 'هارئيل دفرات'],
    ['ar', ['وأعرب رئيس وفد المعارضة سامر الحلبي، عن أمله في حل سياسي.'], 'سامر الحلبي'],
    ['ar', ['وقال مدير المرصد سامي عبد الكريم لوكالة فرانس برس إن الضربات استهدفت اجتماعا.'], 'سامي عبد الكريم'],
    ['ar', ['وقالت رزان قسيس إن الوفد جاهز للحوار.', 'وأكدت قسيس بدورها أن الوفد جزء من المعارضة.'], 'رزان قسيس'],
  ])('credits the named person (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeaker(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: an outlet relaying a body through its spokesman', () => {
  it.each([
    ['en', 'Troops are preparing to enter Sweida, Reuters reported, citing a spokesman for the Syrian Foreign Ministry.', 'Syrian Foreign Ministry'],
    ['en', 'The plane left Latakia at dawn, Reuters reported, citing two senior officers.', 'Reuters'],
    ['ru', 'Колонна вошла в город, сообщает ТАСС со ссылкой на представителя Минобороны России.', 'Russian Defense Ministry'],
    ['ru', 'Колонна вошла в город, сообщает агентство Reuters со ссылкой на двух офицеров сирийской армии.', 'Reuters'],
    ['ar', 'ودخلت القوات المدينة، بحسب ما نقلت وكالة سانا نقلا عن المتحدث باسم وزارة الخارجية السورية.', 'SANA'],
  ])('credits the origin only when a spokesman speaks for it (%s) in %j', (_lang, text, speaker) => {
    expect(lastSpeaker([text])).toBe(speaker);
  });
});

describe('attributeSpeakers: names written around an outlet noun or a verb', () => {
  it.each([
    ['en', ['According to the Kadir state news agency, the aid convoy crossed on Monday.'], 'Kadir'],
    ['en', ['Two buses reached the villages, according to al-Manar television.'], 'Al-Manar'],
    ['en', ['“We sleep on the pavement now,” said Yusuf, 14, who fled with his uncle.'], 'Yusuf'],
    ['en', ['Dmitry Peskov spoke on Monday.', 'According to Mr. Peskov, “nobody expected this” in Syria. “We were surprised too,” he added.'], 'Dmitry Peskov'],
    ['ru', ['Об этом сообщает сайт ливанского издания The Harbour Post со ссылкой на правозащитников.'], 'The Harbour Post'],
    ['ar', ['وقال محمد الحسيني رئيس الحكومة السابق، إنه مستعد للتعاون، وفق ما أكد ضابطان في الجيش.'], 'محمد الحسيني'],
    ['ar', ['من جهته، قال ائتلاف قوى الثورة إنه سيواصل العمل.'], 'ائتلاف قوى الثورة'],
  ])('credits the written source (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeaker(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', 'Many Kurds are outraged that the border stayed closed.'],
    ['en', 'According to the Syrian state news agency, the strikes hit Homs.'],
  ])('credits nobody (%s) in %j', (_lang, text) => {
    expect(lastSpeaker([text])).toBeNull();
  });
});

describe('attributeSpeakers: a surname whose full name only narration wrote', () => {
  it.each([
    ['ar', ['ووصل إلى جنيف وفد كان في عداده نائب رئيس الوزراء سابقا قدري سلامة والناشطة رزان قسيس.', 'وقال سلامة للصحافيين إن الوفد جاهز.'], 'قدري سلامة'],
    ['ar', ['ووصل إلى جنيف وفد كان في عداده نائب رئيس الوزراء سابقا قدري سلامة والناشطة رزان قسيس.', 'وأكدت قسيس بدورها أن الوفد جزء من المعارضة.'], 'رزان قسيس'],
  ])('credits the full name (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeaker(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a Russian impersonal verb after «в» + a body', () => {
  it.each([
    ['ru', 'Ранее в российском Генштабе вооруженных сил рассказали, что коридоры блокированы.', 'Russian General Staff'],
    ['ru', 'В МИД России заявили, что переговоры продолжатся.', 'Russian Foreign Ministry'],
  ])('credits the body (%s) in %j', (_lang, text, speaker) => {
    expect(lastSpeaker([text])).toBe(speaker);
  });

  it('credits no place after «в»', () => {
    expect(lastSpeaker(['В Алеппо сообщили о новых обстрелах.'])).toBeNull();
  });
});

describe('attributeSpeakers: a source the text never names', () => {
  it.each([
    ['en', ['Maria Zakharova said the talks would resume.', 'The source said the convoy had been stopped at the border.']],
    ['en', ['Maria Zakharova said the talks would resume.', '“The convoy was stopped twice before it reached the border,” sources said.']],
    ['ru', ['Мария Захарова заявила, что переговоры продолжатся.', 'При этом источник подчеркнул, что ситуация может измениться.']],
    ['ru', ['Мария Захарова заявила, что переговоры продолжатся.', '«Армия вышла к реке и отбросила боевиков на пять километров», — говорится в сообщении источника.']],
    ['ar', ['وقالت ماريا زاخاروفا إن المحادثات ستستأنف.', 'وقال المصدر إن القافلة توقفت عند الحدود.']],
  ])('gives no speaker (%s) in %j', (_lang, paragraphs) => {
    expect(lastSpeaker(paragraphs)).toBeNull();
  });
});

describe('attributeSpeakers: sources set against each other', () => {
  it.each([
    ['en', 'The assault began with two car bombs. Syrian state media claimed an offensive was repelled, while Turkish media said the rebels reached the centre.', 'Syrian state media'],
    ['ru', 'Бои начались утром. Сирийские СМИ утверждают, что атака отбита, тогда как турецкие СМИ сообщают о прорыве.', 'Syrian state media'],
    ['ar', 'بدأ الهجوم صباحا. وذكرت وسائل إعلام سورية أن الهجوم صد، فيما قالت وسائل إعلام تركية إن المقاتلين وصلوا.', 'وسائل إعلام سورية'],
  ])('leads with the first in one sentence (%s) in %j', (_lang, text, speaker) => {
    expect(lastSpeaker([text])).toBe(speaker);
  });

  it('names no main speaker when each source has a sentence of its own after narration', () => {
    expect(lastSpeaker(['Russia wants a ceasefire, but Turkey disagrees. Washington says more time is needed. Moscow says time has run out.'])).toBeNull();
  });
});

describe('attributeSpeakers: a state and its official in one paragraph', () => {
  it.each([
    ['en', 'Moscow has confirmed that it granted the family asylum. “It was the president’s decision,” said Dmitry Peskov.', 'Dmitry Peskov'],
    ['ru', 'Россия подтвердила, что предоставила семье убежище. «Это было решение президента», — сказал Дмитрий Песков.', 'Dmitry Peskov'],
    ['ar', 'وأكدت روسيا أنها منحت العائلة حق اللجوء. وقال دميتري بيسكوف إن القرار اتخذه الرئيس.', 'Dmitry Peskov'],
  ])('credits the official (%s) in %j', (_lang, text, speaker) => {
    expect(lastSpeaker([text])).toBe(speaker);
  });
});

describe('attributeSpeakers: a say-verb that reports an act', () => {
  it.each([
    ['en', 'President Bashar al-Assad responded with airstrikes on the northern towns.'],
    ['en', 'Sergey Lavrov replied by recalling the ambassador.'],
  ])('gives no speaker (%s) in %j', (_lang, text) => {
    expect(lastSpeaker([text])).toBeNull();
  });
});

describe('attributeSpeakers: a quotation inside narration is no continued statement', () => {
  it.each([
    ['ru', ['Мария Захарова заявила, что переговоры продолжатся.', 'Суд выдал ордер по иску родственников жертв «событий в Дараа, произошедших весной того года».']],
    ['ar', ['وقال رئيس الأركان التركي إن العملية بدأت.', 'وتعتبر السلطات أن "وحدات حماية الشعب الكردية" السورية امتداد لحزب محظور في البلاد منذ سنوات طويلة.']],
    ['en', ['Maria Zakharova said the talks would resume.', 'The court cited the families of victims of “the events in Daraa that spring and the months after” in its ruling.']],
  ])('gives no speaker (%s) in %j', (_lang, paragraphs) => {
    expect(lastSpeaker(paragraphs)).toBeNull();
  });

  it.each([
    ['ar', ['أعلنت وزارة الدفاع الروسية أن الغارة أصابت القائد.', 'وجاء في بيان لوزارة الدفاع "على إثر هذه الضربة أصيب القائد بجروح خطيرة وبترت ذراعه".'], 'Russian Defense Ministry'],
    ['en', ['Maria Zakharova said the talks would resume.', 'She went on: “We will not accept any conditions set by the other side at this stage.”'], 'Maria Zakharova'],
  ])('carries a quotation after a colon or a body\'s noun (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeaker(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a town\'s own body', () => {
  it.each([
    ['en', ['The Harasta council says burials have been suspended because of the shelling.'], 'Harasta council'],
    ['en', ['“The situation is catastrophic,” the opposition-run local Harasta council said.', 'The opposition-controlled town council said bread had run out.'], 'Harasta council'],
    ['ar', ['وقال المجلس المحلي في حرستا إن الخبز نفد.'], 'المجلس المحلي'],
  ])('credits the council as written (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(lastSpeaker(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: sources of named bodies', () => {
  it.each([
    ['ru', 'Президент покинул столицу на самолете, сообщают источники Reuters и Al Hadath.', 'Reuters'],
    ['en', 'Sources close to the SDF said the talks had stalled.', 'Syrian Democratic Forces'],
  ])('credits the first body (%s) in %j', (_lang, text, speaker) => {
    expect(lastSpeaker([text])).toBe(speaker);
  });
});

describe('attributeSpeakers: verbs of finding report words only before their clause', () => {
  it.each([
    ['en', 'The OPCW found that chlorine had been used in the attack.', 'OPCW'],
    ['ru', 'Организация по запрещению химического оружия установила, что при атаке применялся хлор.', 'OPCW'],
    ['ar', 'ووجدت منظمة حظر الأسلحة الكيميائية أن الكلور استخدم في الهجوم.', 'OPCW'],
  ])('credits the finder (%s) in %j', (_lang, text, speaker) => {
    expect(lastSpeaker([text])).toBe(speaker);
  });

  it.each([
    ['en', 'The Syrian army found weapons that had been hidden in the tunnels.'],
    ['ru', 'Сирийская армия установила контроль над городом.'],
    ['ar', 'ووجد الجيش السوري أسلحة في الأنفاق.'],
  ])('credits nobody without the clause (%s) in %j', (_lang, text) => {
    expect(lastSpeaker([text])).toBeNull();
  });
});
