import { describe, expect, it } from 'vitest';
import { facetsOfText, lastSpeakerOf } from './written-text';

const speakerOf = lastSpeakerOf;

// Speaker classes from the misses of a blind set (articles from outlets no rule had seen), one table per class and
// language. Each row is a short document written for the test; the last paragraph's speaker is checked.

describe('attributeSpeakers: described sources are a collective voice', () => {
  it.each([
    ['en', ['Local sources told the channel that tribal fighters attacked two checkpoints.'], 'Local sources'],
    ['en', ['Syrian military sources confirmed a withdrawal from the airport, saying troops were regrouping.'], 'Syrian military sources'],
    ['en', ['Syrian opposition activists said Thursday that the militants had entered the eastern districts.'], 'Syrian opposition activists'],
    ['en', ['Local sources said the convoy was hit near the bridge.', 'The sources said that heavy weapons were used against the town.'], 'Local sources'],
    ['en', ['Medical sources said eleven people were wounded.', 'A second car was hit near the market, according to the same sources.'], 'Medical sources'],
    ['ru', ['Местные источники сообщили, что бои продолжаются у въезда в город.'], 'Местные источники'],
    ['ru', ['Как передают местные СМИ, окрестности столицы подверглись удару.'], 'Местные СМИ'],
    ['ar', ['وبحسب مصادر محلية للموقع، بدأت القوات هجوما على البلدة.'], 'مصادر محلية'],
    ['ar', ['وقالت مصادر ميدانية إن الاشتباكات تجددت قرب الجسر.', 'وقالت المصادر إن القصف طال منازل المدنيين.'], 'مصادر ميدانية'],
  ])('credits the sources as written (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', ['According to informed sources, the talks broke down late on Monday.']],
    ['en', ['Sources said the talks broke down late on Monday.']],
    ['en', ['The report cited no sources for the figure.']],
    ['ru', ['По данным неназванных источников, переговоры сорваны.']],
    ['ar', ['وقال مصدر عسكري إن الجيش تقدم نحو البلدة.']],
  ])('names nobody for vague or single sources (%s) in %j', (_lang, paragraphs) => {
    expect(speakerOf(paragraphs)).toBeNull();
  });
});

describe('attributeSpeakers: a verb with no written subject continues the body that spoke', () => {
  it.each([
    ['ar', ['قال المرصد السوري لحقوق الإنسان إن الطيران شن عشرات الغارات على ريف إدلب.', 'وأشار إلى أن ستة مدنيين قتلوا في القصف.'], 'Syrian Observatory for Human Rights'],
    ['ar', ['قالت منظمة الصحة العالمية إن المستشفيات تعمل فوق طاقتها.', 'وأضافت في بيان: "الوضع في المدينة كارثي ويزداد سوءا".'], 'World Health Organization'],
    ['ar', ['قالت وزارة الدفاع الروسية إن الطائرات استهدفت مواقع المسلحين.', 'وفي تقرير آخر، لم تحدد الوزارة عدد القتلى، لكن الوزارة قالت إن الضربات دقيقة.'], 'Russian Defense Ministry'],
  ])('credits the body (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: an Arabic outlet named after the words of its kind', () => {
  it.each([
    ['ar', ['وقالت وكالة أنباء "الأناضول" في تقرير لها إن الجيش دعا المدنيين إلى مغادرة الناحية.'], 'Anadolu Agency'],
    ['ar', ['شنت طائرات غارات على مواقع قرب العاصمة، حسبما ذكرت وكالة الأنباء السورية الرسمية سانا.'], 'SANA'],
    ['ar', ['ذكرت وكالة الأنباء السورية الرسمية سانا أن الدفاعات الجوية تصدت للصواريخ.', 'وقالت الوكالة إن الأضرار اقتصرت على الماديات.'], 'SANA'],
  ])('credits the outlet (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a subject with an apposition', () => {
  it.each([
    ['en', 'Russia, a close ally of Syrian President Bashar al-Assad, said the evacuation of the fighters had begun.', 'Russia'],
    ['en', 'But a war monitor, the Syrian Observatory for Human Rights, said fighting went on in two districts.', 'Syrian Observatory for Human Rights'],
    ['en', 'The envoy of the United Nations, Geir Pedersen, said the committee would meet again.', 'Geir Pedersen'],
  ])('credits the subject (%s) in %j', (_lang, text, speaker) => {
    expect(speakerOf([text])).toBe(speaker);
  });

  it('credits no group listed after "including" when the verb reports no words', () => {
    expect(speakerOf(['In the province, militant groups, including HTS, have maintained control of the crossings.'])).toBeNull();
  });
});

describe('attributeSpeakers: an outlet whose name ends on its kind', () => {
  it.each([
    ['en', 'Syria TV reported that fierce clashes broke out near the city overnight.', 'Syria TV'],
    ['en', 'The pro-government Sham FM radio station reported that air defences engaged targets south of the capital.', 'Sham FM'],
    ['en', 'The Al Watan newspaper claims the reprisals were led by a local sheikh.', 'Al-Watan'],
    ['en', 'Al Jazeera TV reported heavy shelling of the eastern districts.', 'Al Jazeera'],
  ])('credits the outlet (%s) in %j', (_lang, text, speaker) => {
    expect(speakerOf([text])).toBe(speaker);
  });
});

describe("attributeSpeakers: a monitor's tally", () => {
  it.each([
    ['en', ['The Syrian Observatory for Human Rights recorded 41 deaths in the province over the week.'], 'Syrian Observatory for Human Rights'],
    ['en', ['The Syrian Observatory for Human Rights said nine soldiers were killed.', 'The monitor, which relies on a network of activists, added that the toll could rise.'], 'Syrian Observatory for Human Rights'],
    ['ru', ['Российский центр по примирению враждующих сторон зафиксировал 14 обстрелов за сутки.'], 'Russian Center for Reconciliation'],
    ['ar', ['وثق المرصد السوري لحقوق الإنسان تنفيذ الطائرات الحربية 120 غارة على ريف حماة.'], 'Syrian Observatory for Human Rights'],
    ['ar', ['قال المرصد السوري لحقوق الإنسان إن القصف استمر طوال الليل.', 'فيما أحصى المرصد الخسائر بين الفصائل المقاتلة.'], 'Syrian Observatory for Human Rights'],
    ['ar', ['نشر المرصد السوري لحقوق الإنسان حصيلة جديدة.', 'وأظهر المرصد أن الغارات قتلت مئات المدنيين.'], 'Syrian Observatory for Human Rights'],
  ])('credits the monitor (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });

  it.each([
    ['en', 'The fighters recorded steady gains near the river crossing.'],
    ['en', 'Videos shared online showed fighters cheering in the square.'],
    ['en', 'Residents counted the craters after the raid.'],
    ['ar', 'وفيما يلي رصد زمني لأبرز الهجمات على المدينة.'],
  ])('gives no speaker for a tally no named body keeps (%s) in %j', (_lang, text) => {
    expect(speakerOf([text])).toBeNull();
  });
});

describe('attributeSpeakers: a surname alone after the full name was written', () => {
  it.each([
    ['en', ['The minister toured the base with Defense Minister Adam Kessler and the army chief.', 'Kessler said the troops would stay through the winter.'], 'Adam Kessler'],
    ['en', ['Mr Kessler arrived on Monday.', 'Kessler said the troops would stay.'], null],
  ])('credits the fullest written name (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a reporting verb in the progressive', () => {
  it.each([
    ['en', ['Amnesty International said the camps were overcrowded.', 'Amnesty International is calling on the coalition to stop building new prisons.'], 'Amnesty International'],
    ['en', ['The Norwegian Refugee Council is urging donors to fund the winter response.'], 'Norwegian Refugee Council'],
  ])('credits the subject (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a relative clause between the subject and its verb', () => {
  it.each([
    ['en', ['Abu Salem, the commander of the Northern Brigade, which holds the eastern bank, told reporters that the bridge had fallen.'], 'Abu Salem'],
    ['en', ['The Syrian Observatory for Human Rights said four soldiers died.', 'The monitor, which relies on a network of sources, said the toll could rise.'], 'Syrian Observatory for Human Rights'],
    ['en', ['Sources from Al Arabiya, which broadcasts from Dubai, reported that the tribes had mobilised.'], 'Al Arabiya'],
  ])('credits the subject before the clause (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a passive say-verb names its speaker after "by"', () => {
  it.each([
    ['en', ['This was stated by Defense Minister Israel Katz during a visit to the port.'], 'Israel Katz'],
    ['en', ['This was stated by Defense Minister Israel Katz during a visit to the port.', 'According to him, the navy will stay in the zone.'], 'Israel Katz'],
    ['en', ['The shelling was reported by Reuters on Monday.'], 'Reuters'],
  ])('credits the agent (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });

  it('credits no one for an attack "claimed by" a group', () => {
    expect(speakerOf(['The border closed after an attack that was claimed by ISIS in June.'])).toBeNull();
  });
});

describe('attributeSpeakers: Arabic frames with the verb apart from its subject', () => {
  it.each([
    // The past perfect: "وكان X قد أعلن" (X had announced).
    ['ar', ['وتشهد المنطقة مجازر منذ الخميس. وكان المرصد السوري لحقوق الإنسان قد أعلن أن عشرات المدنيين قتلوا.'], 'Syrian Observatory for Human Rights'],
    // A participle reporting its sentence's subject: "…، مؤكدة أن" (…, stressing that).
    ['ar', ['ظهرت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا في مؤتمر صحفي، مؤكدة أن القوات ستبقى في القاعدة.'], 'Maria Zakharova'],
    // A name in apposition after the verb's role phrase.
    ['ar', ['جدد وزير الخارجية الروسي، سيرغي لافروف، التأكيد على ضرورة القضاء على الإرهاب.'], 'Sergey Lavrov'],
  ])('credits the subject (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });

  it('credits no one for a participle without a reported clause', () => {
    expect(speakerOf(['وصلت القافلة إلى المدينة، مؤكدة وصول المساعدات.'])).toBeNull();
  });
});

describe('attributeSpeakers: a role noun after the paragraph that named its holder', () => {
  it.each([
    ['en', ['Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Beirut on Wednesday.', '“Time is not on their side,” Iran’s top diplomat said at the airport.'], 'Hossein Amir-Abdollahian'],
  ])('credits the person named before (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: Russian present-tense verbs and relays inside the subject', () => {
  it.each([
    ['ru', ['Российский центр по примирению враждующих сторон призывает командиров отказаться от провокаций.'], 'Russian Center for Reconciliation'],
    ['ru', ['До этого агентство Reuters со ссылкой на источники сообщило, что колонна покинула город.'], 'Reuters'],
    ['ru', ['По сообщению ТАСС, документ уже подготовлен.'], 'TASS'],
  ])('credits the subject (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: the cue of the new frames shows the words that name the speaker', () => {
  it.each([
    ['This was stated by Defense Minister Israel Katz during a visit to the port.', 'verb', 'stated by Defense Minister Israel Katz'],
    ['جدد وزير الخارجية الروسي، سيرغي لافروف، التأكيد على ضرورة القضاء على الإرهاب.', 'verb', 'جدد وزير الخارجية الروسي، سيرغي لافروف'],
    ['Local sources told the channel that tribal fighters attacked two checkpoints.', 'verb', 'Local sources told'],
  ])('shows %j with a %s cue', (text, kind, words) => {
    const cue = facetsOfText([text], -1).speaker_cue;
    expect(cue?.kind).toBe(kind);
    expect(cue && text.slice(cue.start, cue.end)).toBe(words);
  });
});

describe('attributeSpeakers: a transcript is the words of the person its title names', () => {
  const stakeout = [
    'Thank you. As you may know, this was a briefing I gave to the Council after its decision.',
    'The Committee met in the same way as before, and the drafting body heard three positions.',
    'I also noted to the Council that we do not have a workplan for the future as of yet.',
  ];
  it.each([
    ['en', 'Transcript of Press Stakeout by UN Special Envoy for Syria Geir Pedersen', stakeout, 'Geir Pedersen'],
    ['ru', 'Стенограмма выступления Марии Захаровой на брифинге', ['Я хотела бы подчеркнуть, что ситуация остаётся напряжённой.', 'Обстановка в районе Идлиба остаётся сложной.', 'Мы призываем все стороны соблюдать режим прекращения огня.'], 'Maria Zakharova'],
  ])('credits every unattributed paragraph to the speaker (%s) under %j', (_lang, title, paragraphs, speaker) => {
    for (const at of [0, 1, 2]) expect(facetsOfText(paragraphs, at, { title }).speaker).toBe(speaker);
  });

  it.each([
    ['a headline that reports words', 'Geir Pedersen says the committee failed', stakeout],
    ['a transcript title over text that never speaks in the first person', 'Transcript of remarks by Geir Pedersen', ['The Committee met in the same way as before.', 'The drafting body heard three positions.']],
  ])('credits no one for narration under %s', (_what, title, paragraphs) => {
    expect(facetsOfText(paragraphs, 1, { title }).speaker).toBeNull();
  });
});

describe('attributeSpeakers: an unnamed source heading a phrase speaks for itself', () => {
  it.each([
    ['ru', ['Об этом пишет Bloomberg со ссылкой на источники.', 'По словам собеседника агентства, в Минобороны России считают, что базы останутся.'], 'Russian Defense Ministry'],
    ['en', ['According to a source close to the talks, the delegations will meet again.'], null],
  ])('credits the body named after it, or no one (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a person attribution closing the sentence credits it whole', () => {
  it.each([
    ['en', ['The Access Center for Human Rights, a group tracking refugees, has confirmed 25 deportations this year, the group’s program manager, Marielle Hayek, told the newspaper.'], 'Marielle Hayek'],
    ['en', ['The Access Center for Human Rights, a group tracking refugees, has confirmed 25 deportations this year, the group’s program manager, Marielle Hayek, told the newspaper.', '“The raids on camps have grown,” she said.'], 'Marielle Hayek'],
    ['en', ['The Syrian Observatory for Human Rights said 12 fighters died, and Rami Abdulrahman told reporters that more were missing.'], 'Syrian Observatory for Human Rights'],
  ])('credits the closing person (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: joined and coordinated subjects', () => {
  it.each([
    ['en', ['Jets struck a suburb of the city overnight, a war monitor and military sources say.'], 'Military sources'],
    ['ru', ['Утром повстанцы, которые вошли в столицу, вышли в прямой эфир и объявили, что контролируют город.'], 'Syrian rebels'],
  ])('credits the subject (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});

describe('attributeSpeakers: a generic body noun refers back to the body that spoke', () => {
  it.each([
    ['en', ['Amnesty International said the camps were overcrowded.', 'The organization is calling on the coalition to stop building prisons.'], 'Amnesty International'],
    ['en', ['Hayat Tahrir al-Sham said its fighters had entered the city.', 'The group stated that displaced people are free to return home.'], 'Hayat Tahrir al-Sham'],
    ['en', ['A group of residents gathered outside the council building on Monday.'], null],
  ])('credits the body (%s) in %j', (_lang, paragraphs, speaker) => {
    expect(speakerOf(paragraphs)).toBe(speaker);
  });
});
